from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_view_type import PresetViewType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetConfig")


@_attrs_define
class PresetConfig:
    """Media and meeting-type settings of the preset."""

    max_screenshare_count: int
    """ How many screen shares may run at the same time. """
    max_video_streams: PresetMaxVideoStreams
    """ How many video streams a device shows at once. """
    media: PresetMediaConfig
    """ Settings of the media a participant sends. """
    view_type: PresetViewType
    """ The kind of meeting a preset's participants see. """
    livestream_viewer_qualities: list[int] | None | Unset = UNSET
    """ Quality levels offered to livestream viewers, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_screenshare_count = self.max_screenshare_count

        max_video_streams = self.max_video_streams.to_dict()

        media = self.media.to_dict()

        view_type = self.view_type._value_

        livestream_viewer_qualities: list[int] | None | Unset
        if isinstance(self.livestream_viewer_qualities, Unset):
            livestream_viewer_qualities = UNSET
        elif isinstance(self.livestream_viewer_qualities, list):
            livestream_viewer_qualities = self.livestream_viewer_qualities

        else:
            livestream_viewer_qualities = self.livestream_viewer_qualities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_screenshare_count": max_screenshare_count,
                "max_video_streams": max_video_streams,
                "media": media,
                "view_type": view_type,
            }
        )
        if livestream_viewer_qualities is not UNSET:
            field_dict["livestream_viewer_qualities"] = livestream_viewer_qualities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_screenshare_count = d.pop("max_screenshare_count")

        max_video_streams = PresetMaxVideoStreams.from_dict(d.pop("max_video_streams"))

        media = PresetMediaConfig.from_dict(d.pop("media"))

        view_type = PresetViewType.from_value(d.pop("view_type"))

        def _parse_livestream_viewer_qualities(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                livestream_viewer_qualities_type_0 = cast(list[int], data)

                return livestream_viewer_qualities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        livestream_viewer_qualities = _parse_livestream_viewer_qualities(d.pop("livestream_viewer_qualities", UNSET))

        preset_config = cls(
            max_screenshare_count=max_screenshare_count,
            max_video_streams=max_video_streams,
            media=media,
            view_type=view_type,
            livestream_viewer_qualities=livestream_viewer_qualities,
        )

        preset_config.additional_properties = d
        return preset_config

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
from ..models.preset_max_video_streams import PresetMaxVideoStreams
from ..models.preset_media_config import PresetMediaConfig
