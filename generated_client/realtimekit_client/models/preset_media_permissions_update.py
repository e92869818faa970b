from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetMediaPermissionsUpdate")


@_attrs_define
class PresetMediaPermissionsUpdate:
    """Which media the participant may produce. Every property is optional."""

    audio: PresetAudioPermissionUpdate | Unset = UNSET
    """ Whether the participant may produce audio. Every property is optional. """
    screenshare: PresetScreensharePermissionUpdate | Unset = UNSET
    """ Whether the participant may produce a screen share. Every property is optional. """
    video: PresetVideoPermissionUpdate | Unset = UNSET
    """ Whether the participant may produce video. Every property is optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = self.audio.to_dict()

        screenshare: dict[str, Any] | Unset = UNSET
        if not isinstance(self.screenshare, Unset):
            screenshare = self.screenshare.to_dict()

        video: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video, Unset):
            video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio is not UNSET:
            field_dict["audio"] = audio
        if screenshare is not UNSET:
            field_dict["screenshare"] = screenshare
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _audio = d.pop("audio", UNSET)
        audio: PresetAudioPermissionUpdate | Unset
        if _audio is UNSET:
            audio = UNSET
        else:
            audio = PresetAudioPermissionUpdate.from_dict(_audio)

        _screenshare = d.pop("screenshare", UNSET)
        screenshare: PresetScreensharePermissionUpdate | Unset
        if _screenshare is UNSET:
            screenshare = UNSET
        else:
            screenshare = PresetScreensharePermissionUpdate.from_dict(_screenshare)

        _video = d.pop("video", UNSET)
        video: PresetVideoPermissionUpdate | Unset
        if _video is UNSET:
            video = UNSET
        else:
            video = PresetVideoPermissionUpdate.from_dict(_video)

        preset_media_permissions_update = cls(
            audio=audio,
            screenshare=screenshare,
            video=video,
        )

        preset_media_permissions_update.additional_properties = d
        return preset_media_permissions_update

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
from ..models.preset_audio_permission_update import PresetAudioPermissionUpdate
from ..models.preset_screenshare_permission_update import PresetScreensharePermissionUpdate
from ..models.preset_video_permission_update import PresetVideoPermissionUpdate
