from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeerSelectedDeviceUpdate")


@_attrs_define
class PeerSelectedDeviceUpdate:
    """A device selected at one moment."""

    device: PeerDevice | Unset = UNSET
    """ A media device. """
    timestamp: str | Unset = UNSET
    """ When the device was selected. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device is not UNSET:
            field_dict["device"] = device
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _device = d.pop("device", UNSET)
        device: PeerDevice | Unset
        if _device is UNSET:
            device = UNSET
        else:
            device = PeerDevice.from_dict(_device)

        timestamp = d.pop("timestamp", UNSET)

        peer_selected_device_update = cls(
            device=device,
            timestamp=timestamp,
        )

        peer_selected_device_update.additional_properties = d
        return peer_selected_device_update

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
