"""Client per-call cost in-process: raw httpx + json.loads, realtimekit_client, the official SDK.

Every variant sends through an `httpx.MockTransport` answering the `MeetingFound` example
(seed 000) as bytes, so no network is involved, and ends by reading a nested field
(`recording_config.video_config.watermark.position`) so lazily parsed models pay for parsing.
The floor is the cheapest plain use of httpx: an absolute URL and `json.loads` of the body.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from benchmarks.common import (
    ACCOUNT_ID,
    APP_ID,
    MEETING_ID,
    TOKEN,
    compare,
    meeting_create_body,
    meeting_found_bytes,
    print_client,
)

BASE_URL = "https://api.cloudflare.com/client/v4"
GET_PATH = f"/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/meetings/{MEETING_ID}"
CREATE_PATH = f"/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/meetings"
EXPECTED_POSITION = "left top"


def canned_transport() -> httpx.MockTransport:
    """A transport answering every request with `MeetingFound` (200 for GET, 201 otherwise)."""
    content = meeting_found_bytes()
    headers = {"content-type": "application/json"}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200 if request.method == "GET" else 201, content=content, headers=headers
        )

    return httpx.MockTransport(handler)


def build(
    make_transport: Callable[[], httpx.BaseTransport], base_url: str = BASE_URL
) -> tuple[dict[str, Callable[[], object]], list[Any]]:
    """The variants of get_meeting and create_meeting, each client over its own
    `make_transport()`, and the clients to close."""
    import cloudflare
    from realtimekit_client import RealtimeKit
    from realtimekit_client.api.meetings import create_meeting, get_meeting
    from realtimekit_client.models import MeetingCreate

    body = meeting_create_body()
    model = MeetingCreate.from_dict(body)
    auth = {"Authorization": f"Bearer {TOKEN}"}

    raw = httpx.Client(headers=auth, transport=make_transport())
    based = httpx.Client(base_url=base_url, headers=auth, transport=make_transport())
    get_url, create_url = base_url + GET_PATH, base_url + CREATE_PATH
    rk = RealtimeKit(
        token=TOKEN,
        account_id=ACCOUNT_ID,
        app_id=APP_ID,
        base_url=base_url,
        transport=make_transport(),
    )
    ours = rk.client
    sdk = cloudflare.Cloudflare(
        api_token=TOKEN,
        base_url=base_url,
        http_client=httpx.Client(base_url=base_url, transport=make_transport()),
    )
    meetings = sdk.realtime_kit.meetings

    def raw_get() -> str:
        d = json.loads(raw.get(get_url).content)
        return d["data"]["recording_config"]["video_config"]["watermark"]["position"]  # type: ignore[no-any-return]

    def raw_create() -> str:
        d = json.loads(raw.post(create_url, json=body).content)
        return d["data"]["recording_config"]["video_config"]["watermark"]["position"]  # type: ignore[no-any-return]

    def based_get() -> str:
        d = json.loads(based.get(GET_PATH).content)
        return d["data"]["recording_config"]["video_config"]["watermark"]["position"]  # type: ignore[no-any-return]

    def based_create() -> str:
        d = json.loads(based.post(CREATE_PATH, json=body).content)
        return d["data"]["recording_config"]["video_config"]["watermark"]["position"]  # type: ignore[no-any-return]

    def rk_get() -> str:
        return rk.meetings.get(MEETING_ID).recording_config.video_config.watermark.position  # type: ignore[union-attr]

    def rk_create() -> str:
        return rk.meetings.create(model).recording_config.video_config.watermark.position  # type: ignore[union-attr]

    def op_get() -> str:
        m = get_meeting.sync(ACCOUNT_ID, APP_ID, MEETING_ID, client=ours).data
        return m.recording_config.video_config.watermark.position  # type: ignore[union-attr]

    def op_create() -> str:
        m = create_meeting.sync(ACCOUNT_ID, APP_ID, client=ours, body=model).data
        return m.recording_config.video_config.watermark.position  # type: ignore[union-attr]

    def sdk_get() -> str:
        r = meetings.get_meeting_by_id(MEETING_ID, account_id=ACCOUNT_ID, app_id=APP_ID)
        return r.data.recording_config.video_config.watermark.position  # type: ignore[union-attr]

    def sdk_create() -> str:
        r = meetings.create(APP_ID, account_id=ACCOUNT_ID, **body)
        return r.data.recording_config.video_config.watermark.position  # type: ignore[union-attr]

    variants: dict[str, Callable[[], object]] = {
        "get/httpx+json.loads": raw_get,
        "get/httpx base_url+json.loads": based_get,
        "get/realtimekit_client": rk_get,
        "get/realtimekit_client sync()": op_get,
        "get/cloudflare SDK": sdk_get,
        "create/httpx+json.loads": raw_create,
        "create/httpx base_url+json.loads": based_create,
        "create/realtimekit_client": rk_create,
        "create/realtimekit_client sync()": op_create,
        "create/cloudflare SDK": sdk_create,
    }
    for name, fn in variants.items():
        value = fn()
        if value != EXPECTED_POSITION:
            raise AssertionError(f"{name} read {value!r}, expected {EXPECTED_POSITION!r}")
    return variants, [raw, based, rk.client, sdk]


def split(
    variants: dict[str, Callable[[], object]], operation: str
) -> dict[str, Callable[[], object]]:
    return {
        name.split("/", 1)[1]: fn
        for name, fn in variants.items()
        if name.startswith(operation + "/")
    }


def run(*, calls: int = 2000, repeats: int = 15, warmup: int = 300) -> dict[str, Any]:
    """Both operations, all variants interleaved in this process; floor = httpx + json.loads."""
    variants, closers = build(canned_transport)
    try:
        return {
            operation: compare(
                split(variants, operation),
                floor="httpx+json.loads",
                calls=calls,
                repeats=repeats,
                warmup=warmup,
            )
            for operation in ("get", "create")
        }
    finally:
        for c in closers:
            c.close()


if __name__ == "__main__":
    import sys

    print_client(run(calls=int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
