from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetMaxVideoStreamsUpdate")


@_attrs_define
class PresetMaxVideoStreamsUpdate:
    """How many video streams a device shows at once. Every property is optional."""

    desktop: int | Unset = UNSET
    """ Video streams visible on a desktop device. """
    mobile: int | Unset = UNSET
    """ Video streams visible on a mobile device. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        desktop = self.desktop

        mobile = self.mobile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if desktop is not UNSET:
            field_dict["desktop"] = desktop
        if mobile is not UNSET:
            field_dict["mobile"] = mobile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        desktop = d.pop("desktop", UNSET)

        mobile = d.pop("mobile", UNSET)

        preset_max_video_streams_update = cls(
            desktop=desktop,
            mobile=mobile,
        )

        preset_max_video_streams_update.additional_properties = d
        return preset_max_video_streams_update

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
