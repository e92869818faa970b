from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeerDevice")


@_attrs_define
class PeerDevice:
    """A media device."""

    device_id: str | Unset = UNSET
    """ ID of the device. """
    kind: str | Unset = UNSET
    """ Kind of device, e.g. `audioinput`, `videoinput`. """
    label: str | Unset = UNSET
    """ Label of the device. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        kind = self.kind

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = d.pop("device_id", UNSET)

        kind = d.pop("kind", UNSET)

        label = d.pop("label", UNSET)

        peer_device = cls(
            device_id=device_id,
            kind=kind,
            label=label,
        )

        peer_device.additional_properties = d
        return peer_device

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
