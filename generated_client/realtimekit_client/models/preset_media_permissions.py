from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetMediaPermissions")


@_attrs_define
class PresetMediaPermissions:
    """Which media the participant may produce."""

    audio: PresetAudioPermission
    """ Whether the participant may produce audio. """
    screenshare: PresetScreensharePermission
    """ Whether the participant may produce a screen share. """
    video: PresetVideoPermission
    """ Whether the participant may produce video. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio.to_dict()

        screenshare = self.screenshare.to_dict()

        video = self.video.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "screenshare": screenshare,
                "video": video,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = PresetAudioPermission.from_dict(d.pop("audio"))

        screenshare = PresetScreensharePermission.from_dict(d.pop("screenshare"))

        video = PresetVideoPermission.from_dict(d.pop("video"))

        preset_media_permissions = cls(
            audio=audio,
            screenshare=screenshare,
            video=video,
        )

        preset_media_permissions.additional_properties = d
        return preset_media_permissions

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
from ..models.preset_audio_permission import PresetAudioPermission
from ..models.preset_screenshare_permission import PresetScreensharePermission
from ..models.preset_video_permission import PresetVideoPermission
