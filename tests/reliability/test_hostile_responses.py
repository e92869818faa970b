"""The client against hostile responses: a typed result or a documented error, nothing else.

The property tests (reliability/client_fuzz.py) cover every operation of openapi.yaml, four ways
of calling it, any status, headers and body; the tests below pin the failures they found.
"""

from __future__ import annotations

import asyncio
import gzip
import json

import httpx
import pytest
from realtimekit_client import (
    AsyncRealtimeKit,
    RealtimeKit,
    ResponseParseError,
    RetryPolicy,
    ServerError,
)
from realtimekit_client.api.meetings import get_meeting

from reliability.client_fuzz import POLICY, SAMPLES, WAYS, property_for

MEETING_ID = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
DEEP = b"[" * 100_000 + b"]" * 100_000


def _rk(handler: object, **kwargs: object) -> RealtimeKit:
    kwargs.setdefault("retry_policy", POLICY)
    return RealtimeKit(
        token="t-0123456789",
        account_id="a",
        app_id="b",
        base_url="http://x.test/client/v4",
        transport=httpx.MockTransport(handler),  # type: ignore[arg-type]
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("way", sorted(WAYS))
def test_hostile_responses_give_a_result_or_a_documented_error(way: str) -> None:
    """Every operation, any status/headers/body: the documented type or a RealtimeKitError."""
    property_for(way, examples=60, derandomize=True)()


@pytest.mark.parametrize("status", [200, 404, 503])
def test_deeply_nested_json_is_a_parse_error_not_a_recursion_error(status: int) -> None:
    """A body nested 100,000 deep used to escape as RecursionError."""
    rk = _rk(lambda request: httpx.Response(status, content=DEEP), max_retries=0)
    expected = ResponseParseError if status == 200 else Exception
    with pytest.raises(expected) as info:
        rk.meetings.get(MEETING_ID)
    assert not isinstance(info.value, RecursionError)
    if status == 503:
        assert isinstance(info.value, ServerError) and info.value.status == 503


def test_deeply_nested_json_async() -> None:
    """The same through the async client."""

    async def call() -> None:
        async with AsyncRealtimeKit(
            token="t-0123456789",
            account_id="a",
            app_id="b",
            base_url="http://x.test/client/v4",
            transport=httpx.MockTransport(lambda request: httpx.Response(200, content=DEEP)),
            retry_policy=POLICY,
        ) as rk:
            await rk.meetings.get(MEETING_ID)

    with pytest.raises(ResponseParseError, match="could not be parsed"):
        asyncio.run(call())


def _undecodable(status: int) -> httpx.Response:
    """An answer claiming gzip whose body is not gzip (decoded by the client, as on a socket)."""
    return httpx.Response(
        status,
        headers={"content-encoding": "gzip", "content-type": "application/json"},
        stream=httpx.ByteStream(b'{"success": true}'),
    )


def test_undecodable_body_is_a_parse_error_not_an_httpx_error() -> None:
    """A Content-Encoding the body does not match used to escape as httpx.DecodingError."""
    rk = _rk(lambda request: _undecodable(200))
    with pytest.raises(ResponseParseError, match="could not be decoded"):
        rk.meetings.get(MEETING_ID)

    client = rk.client
    with pytest.raises(ResponseParseError):
        get_meeting.sync("a", "b", MEETING_ID, client=client)


def test_undecodable_error_body_does_not_stop_the_retries() -> None:
    """A retryable 503 whose body cannot be decoded is still retried; the next answer counts."""
    meeting = SAMPLES["get_meeting"]
    answers = [_undecodable(503), httpx.Response(200, content=meeting)]
    waits: list[float] = []
    rk = _rk(
        lambda request: answers.pop(0),
        retry_policy=RetryPolicy(sleep=waits.append),
    )
    assert str(rk.meetings.get(MEETING_ID).id)
    assert answers == [] and len(waits) == 1


def test_gzip_that_is_gzip_still_works() -> None:
    """The fix does not get in the way of a correctly compressed answer."""
    meeting = SAMPLES["get_meeting"]
    rk = _rk(
        lambda request: httpx.Response(
            200,
            headers={"content-encoding": "gzip"},
            stream=httpx.ByteStream(gzip.compress(meeting)),
        )
    )
    assert (
        rk.meetings.get(MEETING_ID).title
        == json.loads(meeting)["data"]["title"]
        == ("Seeded meeting")
    )
