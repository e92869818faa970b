"""Model parse alone: the `MeetingFound` bytes to a `Meeting` versus `json.loads` alone.

`json.loads` is the floor; `MeetingEnvelope.from_dict(json.loads(b))` is what the client does
after the transport. The SDK's pydantic response model shows what the official client pays for
the same step: `construct_type` (its default, no validation) and `model_validate` (its strict
mode). Each variant ends with the nested read.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from benchmarks.common import compare, meeting_found, meeting_found_bytes


def build() -> dict[str, Callable[[], object]]:
    from cloudflare._models import construct_type
    from cloudflare.types.realtime_kit.meeting_get_meeting_by_id_response import (
        MeetingGetMeetingByIDResponse,
    )
    from realtimekit_client.models import MeetingEnvelope

    raw = meeting_found_bytes()
    parsed = meeting_found()

    def loads() -> str:
        return json.loads(raw)["data"]["recording_config"]["video_config"]["watermark"]["position"]  # type: ignore[no-any-return]

    def from_bytes() -> str:
        envelope = MeetingEnvelope.from_dict(json.loads(raw))
        return envelope.data.recording_config.video_config.watermark.position  # type: ignore[union-attr]

    def from_dict() -> str:
        envelope = MeetingEnvelope.from_dict(parsed)
        return envelope.data.recording_config.video_config.watermark.position  # type: ignore[union-attr]

    def sdk_validate() -> str:
        envelope = MeetingGetMeetingByIDResponse.model_validate(json.loads(raw))
        return envelope.data.recording_config.video_config.watermark.position  # type: ignore[union-attr]

    def sdk_construct() -> str:
        envelope = construct_type(type_=MeetingGetMeetingByIDResponse, value=json.loads(raw))
        return envelope.data.recording_config.video_config.watermark.position  # type: ignore[no-any-return]

    variants: dict[str, Callable[[], object]] = {
        "json.loads": loads,
        "json.loads + MeetingEnvelope.from_dict": from_bytes,
        "MeetingEnvelope.from_dict (dict given)": from_dict,
        "json.loads + SDK construct_type (its default)": sdk_construct,
        "json.loads + SDK model_validate (strict)": sdk_validate,
    }
    for name, fn in variants.items():
        if fn() != "left top":
            raise AssertionError(f"{name} read the wrong position")
    return variants


def run(*, calls: int = 5000, repeats: int = 15, warmup: int = 500) -> dict[str, Any]:
    return compare(build(), floor="json.loads", calls=calls, repeats=repeats, warmup=warmup)


if __name__ == "__main__":
    import sys

    result = run(calls=int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
    for name, v in result["variants"].items():
        print(f"{name:42} {v['median_wall_us']:8.2f} us  x{v['ratio']:.2f}")
