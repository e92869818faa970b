from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_codec import VideoCodec
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoConfig")


@_attrs_define
class VideoConfig:
    """Configuration of the video that is being recorded."""

    codec: VideoCodec | Unset = VideoCodec.H264
    """ Codec the video recording is encoded with. """
    export_file: bool | Unset = True
    """ Controls whether to export the video file separately. """
    height: int | Unset = 720
    """ Height of the recording video in pixels. """
    watermark: Watermark | Unset = UNSET
    """ Watermark added to the recording. """
    width: int | Unset = 1280
    """ Width of the recording video in pixels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec._value_

        export_file = self.export_file

        height = self.height

        watermark: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark, Unset):
            watermark = self.watermark.to_dict()

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if codec is not UNSET:
            field_dict["codec"] = codec
        if export_file is not UNSET:
            field_dict["export_file"] = export_file
        if height is not UNSET:
            field_dict["height"] = height
        if watermark is not UNSET:
            field_dict["watermark"] = watermark
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _codec = d.pop("codec", UNSET)
        codec: VideoCodec | Unset
        if _codec is UNSET:
            codec = UNSET
        else:
            codec = VideoCodec.from_value(_codec)

        export_file = d.pop("export_file", UNSET)

        height = d.pop("height", UNSET)

        _watermark = d.pop("watermark", UNSET)
        watermark: Watermark | Unset
        if _watermark is UNSET:
            watermark = UNSET
        else:
            watermark = Watermark.from_dict(_watermark)

        width = d.pop("width", UNSET)

        video_config = cls(
            codec=codec,
            export_file=export_file,
            height=height,
            watermark=watermark,
            width=width,
        )

        video_config.additional_properties = d
        return video_config

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
from ..models.watermark import Watermark
