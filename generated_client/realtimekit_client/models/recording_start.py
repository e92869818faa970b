from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStart")


@_attrs_define
class RecordingStart:
    """What to record and how; settings given here win over the meeting's `recording_config`, object by object."""

    meeting_id: UUID
    """ ID of the meeting to record. """
    allow_multiple_recordings: bool | Unset = False
    """ Allow this recording while the meeting already has one that has not stopped. """
    audio_config: AudioConfig | Unset = UNSET
    """ Configuration of the audio that is being recorded. """
    file_name_prefix: str | Unset = UNSET
    """ Prefix of the output file's name. """
    interactive_config: InteractiveConfig | Unset = UNSET
    """ Timed metadata written into the recording (ID3 tags on the HLS timeline, delivered as a compressed .tar).
    """
    max_seconds: int | Unset = UNSET
    """ Stop after this many seconds of recording (60 s to 24 h). """
    realtimekit_bucket_config: RealtimekitBucketConfig | Unset = UNSET
    """ Upload of recordings to RealtimeKit's bucket. """
    rtmp_out_config: RtmpOutConfig | Unset = UNSET
    """ Stream the recording to an RTMP endpoint while recording. """
    storage_config: None | StorageConfig | Unset = UNSET
    """ Where to upload the recording, besides the RealtimeKit bucket (its secrets are stored, never returned). """
    url: str | Unset = UNSET
    """ Record this page instead of the meeting's default view. """
    video_config: VideoConfig | Unset = UNSET
    """ Configuration of the video that is being recorded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = str(self.meeting_id)

        allow_multiple_recordings = self.allow_multiple_recordings

        audio_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audio_config, Unset):
            audio_config = self.audio_config.to_dict()

        file_name_prefix = self.file_name_prefix

        interactive_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.interactive_config, Unset):
            interactive_config = self.interactive_config.to_dict()

        max_seconds = self.max_seconds

        realtimekit_bucket_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.realtimekit_bucket_config, Unset):
            realtimekit_bucket_config = self.realtimekit_bucket_config.to_dict()

        rtmp_out_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtmp_out_config, Unset):
            rtmp_out_config = self.rtmp_out_config.to_dict()

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(self.storage_config, StorageConfig):
            storage_config = self.storage_config.to_dict()
        else:
            storage_config = self.storage_config

        url = self.url

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
            }
        )
        if allow_multiple_recordings is not UNSET:
            field_dict["allow_multiple_recordings"] = allow_multiple_recordings
        if audio_config is not UNSET:
            field_dict["audio_config"] = audio_config
        if file_name_prefix is not UNSET:
            field_dict["file_name_prefix"] = file_name_prefix
        if interactive_config is not UNSET:
            field_dict["interactive_config"] = interactive_config
        if max_seconds is not UNSET:
            field_dict["max_seconds"] = max_seconds
        if realtimekit_bucket_config is not UNSET:
            field_dict["realtimekit_bucket_config"] = realtimekit_bucket_config
        if rtmp_out_config is not UNSET:
            field_dict["rtmp_out_config"] = rtmp_out_config
        if storage_config is not UNSET:
            field_dict["storage_config"] = storage_config
        if url is not UNSET:
            field_dict["url"] = url
        if video_config is not UNSET:
            field_dict["video_config"] = video_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meeting_id = UUID(d.pop("meeting_id"))

        allow_multiple_recordings = d.pop("allow_multiple_recordings", UNSET)

        _audio_config = d.pop("audio_config", UNSET)
        audio_config: AudioConfig | Unset
        if _audio_config is UNSET:
            audio_config = UNSET
        else:
            audio_config = AudioConfig.from_dict(_audio_config)

        file_name_prefix = d.pop("file_name_prefix", UNSET)

        _interactive_config = d.pop("interactive_config", UNSET)
        interactive_config: InteractiveConfig | Unset
        if _interactive_config is UNSET:
            interactive_config = UNSET
        else:
            interactive_config = InteractiveConfig.from_dict(_interactive_config)

        max_seconds = d.pop("max_seconds", UNSET)

        _realtimekit_bucket_config = d.pop("realtimekit_bucket_config", UNSET)
        realtimekit_bucket_config: RealtimekitBucketConfig | Unset
        if _realtimekit_bucket_config is UNSET:
            realtimekit_bucket_config = UNSET
        else:
            realtimekit_bucket_config = RealtimekitBucketConfig.from_dict(_realtimekit_bucket_config)

        _rtmp_out_config = d.pop("rtmp_out_config", UNSET)
        rtmp_out_config: RtmpOutConfig | Unset
        if _rtmp_out_config is UNSET:
            rtmp_out_config = UNSET
        else:
            rtmp_out_config = RtmpOutConfig.from_dict(_rtmp_out_config)

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

        url = d.pop("url", UNSET)

        _video_config = d.pop("video_config", UNSET)
        video_config: VideoConfig | Unset
        if _video_config is UNSET:
            video_config = UNSET
        else:
            video_config = VideoConfig.from_dict(_video_config)

        recording_start = cls(
            meeting_id=meeting_id,
            allow_multiple_recordings=allow_multiple_recordings,
            audio_config=audio_config,
            file_name_prefix=file_name_prefix,
            interactive_config=interactive_config,
            max_seconds=max_seconds,
            realtimekit_bucket_config=realtimekit_bucket_config,
            rtmp_out_config=rtmp_out_config,
            storage_config=storage_config,
            url=url,
            video_config=video_config,
        )

        recording_start.additional_properties = d
        return recording_start

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
from ..models.interactive_config import InteractiveConfig
from ..models.realtimekit_bucket_config import RealtimekitBucketConfig
from ..models.rtmp_out_config import RtmpOutConfig
from ..models.storage_config import StorageConfig
from ..models.video_config import VideoConfig
