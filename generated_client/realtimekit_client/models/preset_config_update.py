from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_view_type import PresetViewType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetConfigUpdate")


@_attrs_define
class PresetConfigUpdate:
    """Media and meeting-type settings of the preset. Every property is optional."""

    max_screenshare_count: int | Unset = UNSET
    """ How many screen shares may run at the same time. """
    max_video_streams: PresetMaxVideoStreamsUpdate | Unset = UNSET
    """ How many video streams a device shows at once. Every property is optional. """
    media: PresetMediaConfigUpdate | Unset = UNSET
    """ Settings of the media a participant sends. Every property is optional. """
    view_type: PresetViewType | Unset = UNSET
    """ The kind of meeting a preset's participants see. """
    livestream_viewer_qualities: list[int] | None | Unset = UNSET
    """ Quality levels offered to livestream viewers, or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_screenshare_count = self.max_screenshare_count

        max_video_streams: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_video_streams, Unset):
            max_video_streams = self.max_video_streams.to_dict()

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        view_type: str | Unset = UNSET
        if not isinstance(self.view_type, Unset):
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
        if max_screenshare_count is not UNSET:
            field_dict["max_screenshare_count"] = max_screenshare_count
        if max_video_streams is not UNSET:
            field_dict["max_video_streams"] = max_video_streams
        if media is not UNSET:
            field_dict["media"] = media
        if view_type is not UNSET:
            field_dict["view_type"] = view_type
        if livestream_viewer_qualities is not UNSET:
            field_dict["livestream_viewer_qualities"] = livestream_viewer_qualities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_screenshare_count = d.pop("max_screenshare_count", UNSET)

        _max_video_streams = d.pop("max_video_streams", UNSET)
        max_video_streams: PresetMaxVideoStreamsUpdate | Unset
        if _max_video_streams is UNSET:
            max_video_streams = UNSET
        else:
            max_video_streams = PresetMaxVideoStreamsUpdate.from_dict(_max_video_streams)

        _media = d.pop("media", UNSET)
        media: PresetMediaConfigUpdate | Unset
        if _media is UNSET:
            media = UNSET
        else:
            media = PresetMediaConfigUpdate.from_dict(_media)

        _view_type = d.pop("view_type", UNSET)
        view_type: PresetViewType | Unset
        if _view_type is UNSET:
            view_type = UNSET
        else:
            view_type = PresetViewType.from_value(_view_type)

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

        preset_config_update = cls(
            max_screenshare_count=max_screenshare_count,
            max_video_streams=max_video_streams,
            media=media,
            view_type=view_type,
            livestream_viewer_qualities=livestream_viewer_qualities,
        )

        preset_config_update.additional_properties = d
        return preset_config_update

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
from ..models.preset_max_video_streams_update import PresetMaxVideoStreamsUpdate
from ..models.preset_media_config_update import PresetMediaConfigUpdate
