from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_media_quality import PresetMediaQuality
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetVideoConfig")


@_attrs_define
class PresetVideoConfig:
    """Settings of video."""

    frame_rate: int
    """ Frame rate of video, in frames per second. """
    quality: PresetMediaQuality
    """ Quality of a video or screen-share stream. """
    simulcast: bool | Unset = UNSET
    """ Whether the video is sent in several qualities at once (simulcast). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame_rate = self.frame_rate

        quality = self.quality._value_

        simulcast = self.simulcast

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frame_rate": frame_rate,
                "quality": quality,
            }
        )
        if simulcast is not UNSET:
            field_dict["simulcast"] = simulcast

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        frame_rate = d.pop("frame_rate")

        quality = PresetMediaQuality.from_value(d.pop("quality"))

        simulcast = d.pop("simulcast", UNSET)

        preset_video_config = cls(
            frame_rate=frame_rate,
            quality=quality,
            simulcast=simulcast,
        )

        preset_video_config.additional_properties = d
        return preset_video_config

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
