"""Forward compatibility: values and properties the spec does not know yet parse and round-trip."""

from __future__ import annotations

import asyncio
import json
import pickle
from typing import Any

from realtimekit_client.models import (
    MeetingCreate,
    MeetingEnvelope,
    MeetingStatus,
    RecordingConfig,
    VideoCodec,
    VideoConfig,
)

from .conftest import MEETING_ID, Script, Waits, async_bound, bound, envelope, meeting

FUTURE_MEETING = meeting(
    status="ARCHIVED",
    recording_config={
        "video_config": {"codec": "AV1", "width": 1920, "height": 1080, "hdr": True},
        "audio_config": {"codec": "OPUS", "channel": "surround"},
        "storage_config": {"type": "r2", "bucket": "recordings"},
    },
    ai_config={"summarization": {"summary_type": "board_meeting", "text_format": "html"}},
    region_hint="weur",
)


def test_unknown_enum_values_parse_and_round_trip(waits: Waits) -> None:
    """Unknown codec, status, storage type and summary values parse and serialize back unchanged."""
    script = Script((200, envelope(FUTURE_MEETING)))

    fetched = bound(script, waits).meetings.get(MEETING_ID)

    video = fetched.recording_config.video_config  # type: ignore[union-attr]
    assert video.codec == "AV1"  # type: ignore[union-attr]
    assert isinstance(video.codec, VideoCodec)  # type: ignore[union-attr]
    assert video.codec.is_known is False  # type: ignore[union-attr]
    assert fetched.status == "ARCHIVED"
    assert isinstance(fetched.status, MeetingStatus)
    assert fetched.to_dict() == json.loads(json.dumps(FUTURE_MEETING).replace(".000Z", "+00:00"))


def test_unknown_properties_are_kept(waits: Waits) -> None:
    """Properties the spec does not list stay on the model, at every level, and are sent back."""
    script = Script((200, envelope(FUTURE_MEETING)))

    fetched = bound(script, waits).meetings.get(MEETING_ID)

    assert fetched["region_hint"] == "weur"
    assert fetched.recording_config.video_config["hdr"] is True  # type: ignore[union-attr]
    assert fetched.to_dict()["recording_config"]["video_config"]["hdr"] is True


def test_known_enum_values_unchanged() -> None:
    """Known values are still the declared members, and unknown ones are reused, not recreated."""
    assert VideoCodec("H264") is VideoCodec.H264
    assert VideoCodec.H264.is_known is True
    assert VideoCodec("AV2") is VideoCodec("AV2")
    assert VideoCodec("AV2") not in list(VideoCodec)
    assert [m.value for m in VideoCodec] == ["H264", "VP8", "VP9"]


def test_unknown_enum_value_can_be_sent() -> None:
    """A value newer than the client can be put in a request body and is sent as given."""
    body = MeetingCreate(
        recording_config=RecordingConfig(video_config=VideoConfig(codec=VideoCodec("AV1")))
    )

    assert body.to_dict()["recording_config"]["video_config"]["codec"] == "AV1"


def test_unknown_enum_member_pickles() -> None:
    """An unknown enum value survives pickling (e.g. into a task queue)."""
    value = MeetingStatus("ARCHIVED")

    assert pickle.loads(pickle.dumps(value)) is value


def test_envelope_round_trip_of_unknown_everything() -> None:
    """from_dict then to_dict of an envelope with unknown values and keys is lossless."""
    data: dict[str, Any] = {"success": True, "data": FUTURE_MEETING, "result_info": {"cursor": "x"}}

    parsed = MeetingEnvelope.from_dict(data)

    out = parsed.to_dict()
    assert out["result_info"] == {"cursor": "x"}
    assert out["data"]["ai_config"] == FUTURE_MEETING["ai_config"]
    assert out["data"]["recording_config"] == FUTURE_MEETING["recording_config"]


def test_async_unknown_enum_value(waits: Waits) -> None:
    """The async client parses unknown enum values the same way."""
    script = Script((200, envelope(FUTURE_MEETING)))

    fetched = asyncio.run(async_bound(script, waits).meetings.get(MEETING_ID))

    assert fetched.recording_config.audio_config.codec == "OPUS"  # type: ignore[union-attr]
    assert fetched.status.is_known is False  # type: ignore[union-attr]
