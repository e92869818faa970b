from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingConfig")


@_attrs_define
class RecordingConfig:
    """Recording configuration for this meeting. It takes precedence over the App level
    (organization level) configuration on the RealtimeKit developer portal.

    """

    audio_config: AudioConfig | Unset = UNSET
    """ Configuration of the audio that is being recorded. """
    file_name_prefix: str | Unset = UNSET
    """ Adds a prefix to the beginning of the file name of the recording. """
    live_streaming_config: LiveStreamingConfig | Unset = UNSET
    """ Live streaming configuration. """
    max_seconds: float | Unset = UNSET
    """ Maximum duration of a recording in seconds, from 60 seconds to 24 hours. """
    realtimekit_bucket_config: RealtimekitBucketConfig | Unset = UNSET
    """ Upload of recordings to RealtimeKit's bucket. """
    storage_config: None | StorageConfig | Unset = UNSET
    """ Where recordings are uploaded; null for none. """
    video_config: VideoConfig | Unset = UNSET
    """ Configuration of the video that is being recorded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        file_name_prefix = self.file_name_prefix

        live_streaming_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.live_streaming_config, Unset):
            live_streaming_config = self.live_streaming_config.to_dict()

        max_seconds = self.max_seconds

        realtimekit_bucket_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.realtimekit_bucket_config, Unset):
            realtimekit_bucket_config = self.realtimekit_bucket_config.to_dict()

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(self.storage_config, StorageConfig):
            storage_config = self.storage_config.to_dict()
        else:
            storage_config = self.storage_config

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if audio_config is not UNSET:
            field_dict["audio_config"] = audio_config
        if file_name_prefix is not UNSET:
            field_dict["file_name_prefix"] = file_name_prefix
        if live_streaming_config is not UNSET:
            field_dict["live_streaming_config"] = live_streaming_config
        if max_seconds is not UNSET:
            field_dict["max_seconds"] = max_seconds
        if realtimekit_bucket_config is not UNSET:
            field_dict["realtimekit_bucket_config"] = realtimekit_bucket_config
        if storage_config is not UNSET:
            field_dict["storage_config"] = storage_config
        if video_config is not UNSET:
            field_dict["video_config"] = video_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _audio_config = d.pop("audio_config", UNSET)
        audio_config: AudioConfig | Unset
        if _audio_config is UNSET:
            audio_config = UNSET
        else:
            audio_config = AudioConfig.from_dict(_audio_config)

        file_name_prefix = d.pop("file_name_prefix", UNSET)

        _live_streaming_config = d.pop("live_streaming_config", UNSET)
        live_streaming_config: LiveStreamingConfig | Unset
        if _live_streaming_config is UNSET:
            live_streaming_config = UNSET
        else:
            live_streaming_config = LiveStreamingConfig.from_dict(_live_streaming_config)

        max_seconds = d.pop("max_seconds", UNSET)

        _realtimekit_bucket_config = d.pop("realtimekit_bucket_config", UNSET)
        realtimekit_bucket_config: RealtimekitBucketConfig | Unset
        if _realtimekit_bucket_config is UNSET:
            realtimekit_bucket_config = UNSET
        else:
            realtimekit_bucket_config = RealtimekitBucketConfig.from_dict(_realtimekit_bucket_config)

        def _parse_storage_config(data: object) -> None | StorageConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_config_type_0 = StorageConfig.from_dict(data)

                return storage_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageConfig | Unset, data)

        storage_config = _parse_storage_config(d.pop("storage_config", UNSET))

        _video_config = d.pop("video_config", UNSET)
        video_config: VideoConfig | Unset
        if _video_config is UNSET:
            video_config = UNSET
        else:
            video_config = VideoConfig.from_dict(_video_config)

        recording_config = cls(
            audio_config=audio_config,
            file_name_prefix=file_name_prefix,
            live_streaming_config=live_streaming_config,
            max_seconds=max_seconds,
            realtimekit_bucket_config=realtimekit_bucket_config,
            storage_config=storage_config,
            video_config=video_config,
        )

        recording_config.additional_properties = d
        return recording_config

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
from ..models.audio_config import AudioConfig
from ..models.live_streaming_config import LiveStreamingConfig
from ..models.realtimekit_bucket_config import RealtimekitBucketConfig
from ..models.storage_config import StorageConfig
from ..models.video_config import VideoConfig
