from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audio_channel import AudioChannel
from ..models.audio_codec import AudioCodec
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioConfig")


@_attrs_define
class AudioConfig:
    """Configuration of the audio that is being recorded."""

    channel: AudioChannel | Unset = AudioChannel.STEREO
    """ Audio signal pathway within an audio file that carries a specific sound source. """
    codec: AudioCodec | Unset = AudioCodec.AAC
    """ Codec the audio recording is encoded with. If VP8/VP9 is selected for the video, the
    audio configuration cannot be changed and the audio codec is set to vorbis.
     """
    export_file: bool | Unset = True
    """ Controls whether to export the audio file separately. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel._value_

        codec: str | Unset = UNSET
        if not isinstance(self.codec, Unset):
            codec = self.codec._value_

        export_file = self.export_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel is not UNSET:
            field_dict["channel"] = channel
        if codec is not UNSET:
            field_dict["codec"] = codec
        if export_file is not UNSET:
            field_dict["export_file"] = export_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _channel = d.pop("channel", UNSET)
        channel: AudioChannel | Unset
        if _channel is UNSET:
            channel = UNSET
        else:
            channel = AudioChannel.from_value(_channel)

        _codec = d.pop("codec", UNSET)
        codec: AudioCodec | Unset
        if _codec is UNSET:
            codec = UNSET
        else:
            codec = AudioCodec.from_value(_codec)

        export_file = d.pop("export_file", UNSET)

        audio_config = cls(
            channel=channel,
            codec=codec,
            export_file=export_file,
        )

        audio_config.additional_properties = d
        return audio_config

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
