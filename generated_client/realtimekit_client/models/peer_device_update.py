from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeerDeviceUpdate")


@_attrs_define
class PeerDeviceUpdate:
    """Devices added and removed at one moment."""

    added: list[PeerDevice] | Unset = UNSET
    """ Devices that appeared. """
    removed: list[PeerDevice] | Unset = UNSET
    """ Devices that went away. """
    timestamp: str | Unset = UNSET
    """ When the devices changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.added, Unset):
            added = []
            for added_item_data in self.added:
                added_item = added_item_data.to_dict()
                added.append(added_item)

        removed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.removed, Unset):
            removed = []
            for removed_item_data in self.removed:
                removed_item = removed_item_data.to_dict()
                removed.append(removed_item)

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if added is not UNSET:
            field_dict["added"] = added
        if removed is not UNSET:
            field_dict["removed"] = removed
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _added = d.pop("added", UNSET)
        added: list[PeerDevice] | Unset = UNSET
        if _added is not UNSET:
            added = []
            for added_item_data in _added:
                added_item = PeerDevice.from_dict(added_item_data)

                added.append(added_item)

        _removed = d.pop("removed", UNSET)
        removed: list[PeerDevice] | Unset = UNSET
        if _removed is not UNSET:
            removed = []
            for removed_item_data in _removed:
                removed_item = PeerDevice.from_dict(removed_item_data)

                removed.append(removed_item)

        timestamp = d.pop("timestamp", UNSET)

        peer_device_update = cls(
            added=added,
            removed=removed,
            timestamp=timestamp,
        )

        peer_device_update.additional_properties = d
        return peer_device_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, not inside its methods (an import statement per call costs more
# than the rest of a small from_dict) and not at the top (models may refer to each other).
from ..models.peer_device import PeerDevice
