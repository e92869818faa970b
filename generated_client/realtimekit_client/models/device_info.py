from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceInfo")


@_attrs_define
class DeviceInfo:
    """The peer's device."""

    cpus: float | Unset = UNSET
    """ Number of CPU cores. """
    is_mobile: bool | Unset = UNSET
    """ Whether it is a mobile device. """
    os: str | Unset = UNSET
    os_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpus = self.cpus

        is_mobile = self.is_mobile

        os = self.os

        os_version = self.os_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if cpus is not UNSET:
            field_dict["cpus"] = cpus
        if is_mobile is not UNSET:
            field_dict["is_mobile"] = is_mobile
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os_version"] = os_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpus = d.pop("cpus", UNSET)

        is_mobile = d.pop("is_mobile", UNSET)

        os = d.pop("os", UNSET)

        os_version = d.pop("os_version", UNSET)

        device_info = cls(
            cpus=cpus,
            is_mobile=is_mobile,
            os=os,
            os_version=os_version,
        )

        device_info.additional_properties = d
        return device_info

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
