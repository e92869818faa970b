from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetMaxVideoStreams")


@_attrs_define
class PresetMaxVideoStreams:
    """How many video streams a device shows at once."""

    desktop: int
    """ Video streams visible on a desktop device. """
    mobile: int
    """ Video streams visible on a mobile device. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        desktop = self.desktop

        mobile = self.mobile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "desktop": desktop,
                "mobile": mobile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        desktop = d.pop("desktop")

        mobile = d.pop("mobile")

        preset_max_video_streams = cls(
            desktop=desktop,
            mobile=mobile,
        )

        preset_max_video_streams.additional_properties = d
        return preset_max_video_streams

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
