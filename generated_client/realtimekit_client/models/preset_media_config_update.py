from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetMediaConfigUpdate")


@_attrs_define
class PresetMediaConfigUpdate:
    """Settings of the media a participant sends. Every property is optional."""

    screenshare: PresetScreenshareConfigUpdate | Unset = UNSET
    """ Settings of screen shares. Every property is optional. """
    video: PresetVideoConfigUpdate | Unset = UNSET
    """ Settings of video. Every property is optional. """
    audio: PresetAudioConfig | Unset = UNSET
    """ Settings of the audio a participant sends. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        screenshare: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screenshare, Unset):
            screenshare = self.screenshare.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if screenshare is not UNSET:
            field_dict["screenshare"] = screenshare
        if video is not UNSET:
            field_dict["video"] = video
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _screenshare = d.pop("screenshare", UNSET)
        screenshare: PresetScreenshareConfigUpdate | Unset
        if _screenshare is UNSET:
            screenshare = UNSET
        else:
            screenshare = PresetScreenshareConfigUpdate.from_dict(_screenshare)

        _video = d.pop("video", UNSET)
        video: PresetVideoConfigUpdate | Unset
        if _video is UNSET:
            video = UNSET
        else:
            video = PresetVideoConfigUpdate.from_dict(_video)

        _audio = d.pop("audio", UNSET)
        audio: PresetAudioConfig | Unset
        if _audio is UNSET:
            audio = UNSET
        else:
            audio = PresetAudioConfig.from_dict(_audio)

        preset_media_config_update = cls(
            screenshare=screenshare,
            video=video,
            audio=audio,
        )

        preset_media_config_update.additional_properties = d
        return preset_media_config_update

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
from ..models.preset_audio_config import PresetAudioConfig
from ..models.preset_screenshare_config_update import PresetScreenshareConfigUpdate
from ..models.preset_video_config_update import PresetVideoConfigUpdate
