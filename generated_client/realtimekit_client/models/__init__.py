"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .ai_config import AiConfig
    from .audio_channel import AudioChannel
    from .audio_codec import AudioCodec
    from .audio_config import AudioConfig
    from .deleted_participant import DeletedParticipant
    from .deleted_participant_envelope import DeletedParticipantEnvelope
    from .error_detail import ErrorDetail
    from .error_envelope import ErrorEnvelope
    from .live_streaming_config import LiveStreamingConfig
    from .meeting import Meeting
    from .meeting_create import MeetingCreate
    from .meeting_envelope import MeetingEnvelope
    from .meeting_list import MeetingList
    from .meeting_status import MeetingStatus
    from .meeting_summary import MeetingSummary
    from .meeting_update import MeetingUpdate
    from .paging import Paging
    from .participant import Participant
    from .participant_create import ParticipantCreate
    from .participant_envelope import ParticipantEnvelope
    from .participant_list import ParticipantList
    from .participant_token import ParticipantToken
    from .participant_token_envelope import ParticipantTokenEnvelope
    from .participant_update import ParticipantUpdate
    from .participant_with_token import ParticipantWithToken
    from .participant_with_token_envelope import ParticipantWithTokenEnvelope
    from .realtimekit_bucket_config import RealtimekitBucketConfig
    from .recording_config import RecordingConfig
    from .storage_auth_method import StorageAuthMethod
    from .storage_config import StorageConfig
    from .storage_type import StorageType
    from .summarization_config import SummarizationConfig
    from .summary_type import SummaryType
    from .text_format import TextFormat
    from .transcription_config import TranscriptionConfig
    from .transcription_language import TranscriptionLanguage
    from .video_codec import VideoCodec
    from .video_config import VideoConfig
    from .watermark import Watermark
    from .watermark_position import WatermarkPosition
    from .watermark_size import WatermarkSize

# Each model's name, with the module defining it.
_MODULES = {
    "AiConfig": ".ai_config",
    "AudioChannel": ".audio_channel",
    "AudioCodec": ".audio_codec",
    "AudioConfig": ".audio_config",
    "DeletedParticipant": ".deleted_participant",
    "DeletedParticipantEnvelope": ".deleted_participant_envelope",
    "ErrorDetail": ".error_detail",
    "ErrorEnvelope": ".error_envelope",
    "LiveStreamingConfig": ".live_streaming_config",
    "Meeting": ".meeting",
    "MeetingCreate": ".meeting_create",
    "MeetingEnvelope": ".meeting_envelope",
    "MeetingList": ".meeting_list",
    "MeetingStatus": ".meeting_status",
    "MeetingSummary": ".meeting_summary",
    "MeetingUpdate": ".meeting_update",
    "Paging": ".paging",
    "Participant": ".participant",
    "ParticipantCreate": ".participant_create",
    "ParticipantEnvelope": ".participant_envelope",
    "ParticipantList": ".participant_list",
    "ParticipantToken": ".participant_token",
    "ParticipantTokenEnvelope": ".participant_token_envelope",
    "ParticipantUpdate": ".participant_update",
    "ParticipantWithToken": ".participant_with_token",
    "ParticipantWithTokenEnvelope": ".participant_with_token_envelope",
    "RealtimekitBucketConfig": ".realtimekit_bucket_config",
    "RecordingConfig": ".recording_config",
    "StorageAuthMethod": ".storage_auth_method",
    "StorageConfig": ".storage_config",
    "StorageType": ".storage_type",
    "SummarizationConfig": ".summarization_config",
    "SummaryType": ".summary_type",
    "TextFormat": ".text_format",
    "TranscriptionConfig": ".transcription_config",
    "TranscriptionLanguage": ".transcription_language",
    "VideoCodec": ".video_codec",
    "VideoConfig": ".video_config",
    "Watermark": ".watermark",
    "WatermarkPosition": ".watermark_position",
    "WatermarkSize": ".watermark_size",
}


def __getattr__(name: str) -> Any:
    """The model `name`, imported from its module on first use."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "AiConfig",
    "AudioChannel",
    "AudioCodec",
    "AudioConfig",
    "DeletedParticipant",
    "DeletedParticipantEnvelope",
    "ErrorDetail",
    "ErrorEnvelope",
    "LiveStreamingConfig",
    "Meeting",
    "MeetingCreate",
    "MeetingEnvelope",
    "MeetingList",
    "MeetingStatus",
    "MeetingSummary",
    "MeetingUpdate",
    "Paging",
    "Participant",
    "ParticipantCreate",
    "ParticipantEnvelope",
    "ParticipantList",
    "ParticipantToken",
    "ParticipantTokenEnvelope",
    "ParticipantUpdate",
    "ParticipantWithToken",
    "ParticipantWithTokenEnvelope",
    "RealtimekitBucketConfig",
    "RecordingConfig",
    "StorageAuthMethod",
    "StorageConfig",
    "StorageType",
    "SummarizationConfig",
    "SummaryType",
    "TextFormat",
    "TranscriptionConfig",
    "TranscriptionLanguage",
    "VideoCodec",
    "VideoConfig",
    "Watermark",
    "WatermarkPosition",
    "WatermarkSize",
)
