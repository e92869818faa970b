from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetAudioConfig")


@_attrs_define
class PresetAudioConfig:
    """Settings of the audio a participant sends."""

    enable_high_bitrate: bool | Unset = UNSET
    """ Whether audio is sent at a high bitrate. """
    enable_stereo: bool | Unset = UNSET
    """ Whether audio is sent in stereo. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_high_bitrate = self.enable_high_bitrate

        enable_stereo = self.enable_stereo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enable_high_bitrate is not UNSET:
            field_dict["enable_high_bitrate"] = enable_high_bitrate
        if enable_stereo is not UNSET:
            field_dict["enable_stereo"] = enable_stereo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_high_bitrate = d.pop("enable_high_bitrate", UNSET)

        enable_stereo = d.pop("enable_stereo", UNSET)

        preset_audio_config = cls(
            enable_high_bitrate=enable_high_bitrate,
            enable_stereo=enable_stereo,
        )

        preset_audio_config.additional_properties = d
        return preset_audio_config

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
