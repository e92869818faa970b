"""Retries: which failures are retried for which methods, the waits, and when retrying stops."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from typing import Any

import httpx
import pytest
from realtimekit_client import (
    ApiConnectionError,
    AuthenticatedClient,
    RateLimitError,
    RealtimeKit,
    RetryPolicy,
    ServerError,
)
from realtimekit_client.api.meetings import get_meeting
from realtimekit_client.client import RetryTransport

from .conftest import (
    MEETING_ID,
    TOKEN,
    Script,
    Waits,
    async_bound,
    bound,
    envelope,
    error_body,
    meeting,
    queue_faults,
)

OK_GET = (200, envelope(meeting()))
OK_CREATE = (201, envelope(meeting()))


def unavailable(retry_after: str | None = None) -> tuple[int, Any, dict[str, str]]:
    """A 503 answer, with a Retry-After header when given."""
    headers = {"retry-after": retry_after} if retry_after is not None else {}
    return (503, error_body(503, "Service unavailable"), headers)


# ---- against the emulator and its fault queue ---------------------------------------------


def test_429_with_retry_after_then_success(
    realtimekit_emulator: Any, emulator_rk: RealtimeKit, waits: Waits
) -> None:
    """A 429 with Retry-After: 2 is waited out for exactly 2 s, then the create succeeds once."""
    queue_faults(realtimekit_emulator, {"status": 429, "retry_after": "2"})

    created = emulator_rk.meetings.create(title="Rate limited")

    assert waits.seconds == [2.0]
    assert created.title == "Rate limited"
    assert [m.id for m in emulator_rk.meetings.iter()] == [created.id]


def test_503_twice_then_success(
    realtimekit_emulator: Any, emulator_rk: RealtimeKit, waits: Waits
) -> None:
    """Two 503s on a GET are retried with jittered exponential backoff, then the meeting is back."""
    created = emulator_rk.meetings.create(title="Flaky")
    queue_faults(realtimekit_emulator, {"status": 503}, {"status": 503})

    fetched = emulator_rk.meetings.get(created.id)

    assert fetched.id == created.id
    assert len(waits.seconds) == 2
    assert 0.25 <= waits.seconds[0] <= 0.5
    assert 0.5 <= waits.seconds[1] <= 1.0


def test_retries_exhausted_raise_server_error(
    realtimekit_emulator: Any, emulator_rk: RealtimeKit, waits: Waits
) -> None:
    """Three 503s exhaust the default two retries and raise ServerError with the last status."""
    created = emulator_rk.meetings.create(title="Down")
    queue_faults(realtimekit_emulator, *[{"status": 503}] * 3)

    with pytest.raises(ServerError) as info:
        emulator_rk.meetings.get(created.id)

    assert info.value.status == 503
    assert info.value.operation == "get_meeting"
    assert len(waits.seconds) == 2


def test_async_429_then_503_then_success(
    realtimekit_emulator: Any, emulator_async_rk: Any, waits: Waits
) -> None:
    """The async client waits out a 429's Retry-After and backs off a 503 before succeeding."""

    async def run() -> Any:
        async with emulator_async_rk as rk:
            queue_faults(realtimekit_emulator, {"status": 429, "retry_after": "1"})
            created = await rk.meetings.create(title="Async")
            queue_faults(realtimekit_emulator, {"status": 503}, {"status": 503})
            return created, await rk.meetings.get(created.id)

    created, fetched = asyncio.run(run())

    assert fetched.id == created.id
    assert waits.seconds[0] == 1.0
    assert len(waits.seconds) == 3
    assert 0.25 <= waits.seconds[1] <= 0.5


def test_dropped_connection_retried_for_get_not_for_post(
    realtimekit_emulator: Any, emulator_rk: RealtimeKit
) -> None:
    """A dropped connection is retried for a GET; for a POST it surfaces as ApiConnectionError."""
    created = emulator_rk.meetings.create(title="Dropped")
    queue_faults(realtimekit_emulator, {"drop": True})

    assert emulator_rk.meetings.get(created.id).id == created.id

    queue_faults(realtimekit_emulator, {"drop": True})
    with pytest.raises(ApiConnectionError, match="create_meeting"):
        emulator_rk.meetings.create(title="Maybe created")
    assert [m.title for m in emulator_rk.meetings.iter()] == ["Dropped"]


# ---- method rules (MockTransport) ----------------------------------------------------------


def test_post_not_retried_on_500_no_duplicate_create(waits: Waits) -> None:
    """A POST answered 500 after being processed is not re-sent: one meeting, one ServerError."""
    created: list[bytes] = []

    def create_then_fail(request: httpx.Request) -> httpx.Response:
        created.append(request.content)
        return httpx.Response(500, json=error_body(500, "Internal server error"))

    script = Script(create_then_fail)

    with pytest.raises(ServerError):
        bound(script, waits).meetings.create(title="Once")

    assert len(created) == 1
    assert waits.seconds == []


def test_get_retried_on_500(waits: Waits) -> None:
    """The same 500 on a GET is retried, and the second answer is returned."""
    script = Script((500, error_body(500, "boom")), OK_GET)

    assert bound(script, waits).meetings.get(MEETING_ID).title == "Weekly sync"
    assert script.methods == ["GET", "GET"]


@pytest.mark.parametrize(
    ("answer", "retried"),
    [
        pytest.param(unavailable("1"), True, id="503 with Retry-After"),
        pytest.param(unavailable(), False, id="503 without Retry-After"),
        pytest.param((429, error_body(429, "slow down")), True, id="429"),
        pytest.param((522, "<html>timeout</html>"), True, id="Cloudflare 522"),
        pytest.param((502, "bad gateway"), False, id="502"),
        pytest.param((408, error_body(408, "timeout")), False, id="408"),
        pytest.param(httpx.ConnectError("refused"), True, id="connect error"),
        pytest.param(httpx.ConnectTimeout("slow connect"), True, id="connect timeout"),
        pytest.param(httpx.ReadTimeout("no answer"), False, id="read timeout"),
        pytest.param(httpx.RemoteProtocolError("dropped"), False, id="dropped"),
    ],
)
def test_post_retried_only_when_not_processed(answer: Any, retried: bool, waits: Waits) -> None:
    """POST is re-sent only after failures that mean the server did not process it."""
    script = Script(answer, OK_CREATE)
    rk = bound(script, waits)

    if retried:
        assert rk.meetings.create(title="x").title == "Weekly sync"
    else:
        with pytest.raises(Exception, match="create_meeting"):
            rk.meetings.create(title="x")

    assert len(script.requests) == (2 if retried else 1)


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param((408, error_body(408, "timeout")), id="408"),
        pytest.param((502, "bad gateway"), id="502"),
        pytest.param((520, "<html>unknown</html>"), id="520"),
        pytest.param(httpx.ReadTimeout("no answer"), id="read timeout"),
        pytest.param(httpx.RemoteProtocolError("dropped"), id="dropped"),
    ],
)
def test_idempotent_methods_retried_on_every_retryable_failure(answer: Any, waits: Waits) -> None:
    """GET, PUT and DELETE are re-sent after any retryable status or connection failure."""
    rk = bound(Script(answer, OK_GET), waits)
    assert rk.meetings.get(MEETING_ID).id.hex == MEETING_ID.replace("-", "")

    script = Script(answer, OK_GET)
    assert bound(script, waits).meetings.replace(MEETING_ID, title="x").title == "Weekly sync"
    assert script.methods == ["PUT", "PUT"]

    deleted = {
        "created_at": "2026-11-21T09:31:00Z",
        "custom_participant_id": "u",
        "preset_id": "p",
        "updated_at": "2026-11-21T09:40:00Z",
    }
    script = Script(answer, (200, envelope(deleted)))
    assert bound(script, waits).participants.delete(MEETING_ID, "p1").preset_id == "p"
    assert script.methods == ["DELETE", "DELETE"]


def test_client_errors_not_retried(waits: Waits) -> None:
    """A 400 or 404 is final: one attempt, no wait."""
    script = Script((404, error_body(404, "Meeting not found")))

    with pytest.raises(Exception, match="404"):
        bound(script, waits).meetings.get(MEETING_ID)

    assert len(script.requests) == 1
    assert waits.seconds == []


# ---- waits --------------------------------------------------------------------------------


def test_retry_after_http_date(waits: Waits) -> None:
    """A Retry-After given as an HTTP date is waited until that date."""
    when = email.utils.formatdate(time.time() + 3, usegmt=True)
    script = Script((429, error_body(429, "slow down"), {"retry-after": when}), OK_GET)

    bound(script, waits).meetings.get(MEETING_ID)

    assert len(waits.seconds) == 1
    assert 1.5 <= waits.seconds[0] <= 3.0


def test_retry_after_longer_than_cap_is_not_waited(waits: Waits) -> None:
    """A Retry-After beyond max_retry_after returns at once as RateLimitError carrying the delay."""
    script = Script((429, error_body(429, "slow down"), {"retry-after": "120"}), OK_GET)

    with pytest.raises(RateLimitError) as info:
        bound(script, waits).meetings.get(MEETING_ID)

    assert info.value.retry_after == 120.0
    assert waits.seconds == []
    assert len(script.requests) == 1


def test_backoff_is_exponential_and_capped(waits: Waits) -> None:
    """Without Retry-After each wait doubles, jittered into (base/2, base], up to max_backoff."""
    script = Script(unavailable())
    rk = bound(
        script,
        waits,
        max_retries=5,
        retry_policy=waits.policy(initial_backoff=1.0, max_backoff=4.0),
    )

    with pytest.raises(ServerError):
        rk.meetings.get(MEETING_ID)

    bases = [1.0, 2.0, 4.0, 4.0, 4.0]
    assert len(waits.seconds) == 5
    for wait, base in zip(waits.seconds, bases, strict=True):
        assert base / 2 <= wait <= base


def test_max_retries_zero_disables_retries(waits: Waits) -> None:
    """max_retries=0 sends once and raises the 503 without waiting."""
    script = Script(unavailable("1"), OK_GET)

    with pytest.raises(ServerError):
        bound(script, waits, max_retries=0).meetings.get(MEETING_ID)

    assert len(script.requests) == 1
    assert waits.seconds == []


def test_max_retries_configurable(waits: Waits) -> None:
    """max_retries=4 makes five attempts before giving up."""
    script = Script(unavailable())

    with pytest.raises(ServerError):
        bound(script, waits, max_retries=4).meetings.get(MEETING_ID)

    assert len(script.requests) == 5


def test_retries_on_by_default_in_authenticated_client(waits: Waits) -> None:
    """The low-level AuthenticatedClient itself retries, re-sending the same request."""
    script = Script(unavailable("0"), OK_GET)
    client = AuthenticatedClient(
        base_url="https://api.example.test/client/v4",
        token=TOKEN,
        httpx_args={"transport": httpx.MockTransport(script)},
        retry_policy=waits.policy(),
    )

    envelope_ = get_meeting.sync("acc", "app", MEETING_ID, client=client)

    assert envelope_.success is True
    assert isinstance(client.get_httpx_client()._transport, RetryTransport)
    assert [str(r.url) for r in script.requests] == [str(script.requests[0].url)] * 2


def test_detailed_functions_also_retry(waits: Waits) -> None:
    """sync_detailed goes through the same retries and returns the final response."""
    script = Script(unavailable("0"), OK_GET)
    rk = bound(script, waits)

    response = get_meeting.sync_detailed("acc", "app", MEETING_ID, client=rk.client)

    assert response.status_code == 200
    assert len(script.requests) == 2


def test_retry_logged_without_token(caplog: pytest.LogCaptureFixture, waits: Waits) -> None:
    """Each retry is logged with method, path and cause, never with the token."""
    script = Script(unavailable("0"), OK_GET)

    with caplog.at_level(logging.INFO, logger="realtimekit_client"):
        bound(script, waits).meetings.get(MEETING_ID)

    (record,) = caplog.records
    assert "GET" in record.getMessage()
    assert "status 503" in record.getMessage()
    assert TOKEN not in caplog.text


def test_default_policy_waits_for_real() -> None:
    """The default policy sleeps (here a Retry-After of 0.2 s) before the retry."""
    script = Script(unavailable("0.2"), OK_GET)
    rk = bound(script, retry_policy=RetryPolicy())

    started = time.monotonic()
    rk.meetings.get(MEETING_ID)

    assert time.monotonic() - started >= 0.2


def test_default_policy_waits_for_real_async() -> None:
    """The default async policy waits (a Retry-After of 0.2 s) without blocking other tasks."""
    script = Script(unavailable("0.2"), OK_GET)
    rk = async_bound(script, retry_policy=RetryPolicy())
    ticks: list[float] = []

    async def ticker() -> None:
        for _ in range(3):
            ticks.append(time.monotonic())
            await asyncio.sleep(0.05)

    async def run() -> float:
        started = time.monotonic()
        await asyncio.gather(rk.meetings.get(MEETING_ID), ticker())
        return time.monotonic() - started

    assert asyncio.run(run()) >= 0.2
    assert len(ticks) == 3 and ticks[-1] - ticks[0] < 0.2


# ---- async parity -------------------------------------------------------------------------


def test_async_post_not_retried_on_500_but_get_is(waits: Waits) -> None:
    """Async: a POST answered 500 is sent once; a GET answered 500 is retried."""
    post = Script((500, error_body(500, "boom")), OK_CREATE)
    get = Script((500, error_body(500, "boom")), OK_GET)

    async def run() -> None:
        with pytest.raises(ServerError):
            await async_bound(post, waits).meetings.create(title="x")
        await async_bound(get, waits).meetings.get(MEETING_ID)

    asyncio.run(run())

    assert post.methods == ["POST"]
    assert get.methods == ["GET", "GET"]


def test_async_connect_error_retried_for_post(waits: Waits) -> None:
    """Async: a connection that could not be made is retried even for POST."""
    script = Script(httpx.ConnectError("refused"), OK_CREATE)

    created = asyncio.run(async_bound(script, waits).meetings.create(title="x"))

    assert created.title == "Weekly sync"
    assert script.methods == ["POST", "POST"]


def test_async_retry_after_date_and_exhaustion(waits: Waits) -> None:
    """Async: Retry-After dates are honoured and exhausted retries raise the typed error."""
    when = email.utils.formatdate(time.time() + 3, usegmt=True)
    script = Script((503, error_body(503, "busy"), {"retry-after": when}))

    async def run() -> None:
        with pytest.raises(ServerError):
            await async_bound(script, waits).meetings.get(MEETING_ID)

    asyncio.run(run())

    assert len(script.requests) == 3
    assert all(1.0 <= w <= 3.0 for w in waits.seconds)


def test_async_max_retries_zero(waits: Waits) -> None:
    """Async: max_retries=0 sends once."""
    script = Script(unavailable("1"), OK_GET)

    async def run() -> None:
        with pytest.raises(ServerError):
            await async_bound(script, waits, max_retries=0).meetings.get(MEETING_ID)

    asyncio.run(run())

    assert len(script.requests) == 1
    assert waits.seconds == []
