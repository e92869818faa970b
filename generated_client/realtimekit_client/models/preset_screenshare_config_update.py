from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_media_quality import PresetMediaQuality
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetScreenshareConfigUpdate")


@_attrs_define
class PresetScreenshareConfigUpdate:
    """Settings of screen shares. Every property is optional."""

    frame_rate: int | Unset = UNSET
    """ Frame rate of screen shares, in frames per second. """
    quality: PresetMediaQuality | Unset = UNSET
    """ Quality of a video or screen-share stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame_rate = self.frame_rate

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality._value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frame_rate = d.pop("frame_rate", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: PresetMediaQuality | Unset
        if _quality is UNSET:
            quality = UNSET
        else:
            quality = PresetMediaQuality.from_value(_quality)

        preset_screenshare_config_update = cls(
            frame_rate=frame_rate,
            quality=quality,
        )

        preset_screenshare_config_update.additional_properties = d
        return preset_screenshare_config_update

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
