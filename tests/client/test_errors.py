"""Typed errors: one class per status family, the parsed error body, parse and connection errors."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from realtimekit_client import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AuthenticatedClient,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RealtimeKit,
    RealtimeKitError,
    ResponseParseError,
    ServerError,
    UnexpectedStatus,
    UnprocessableEntityError,
)
from realtimekit_client.api.meetings import create_meeting, get_meeting
from realtimekit_client.models import ErrorEnvelope, MeetingCreate

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


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (405, ApiError),
        (409, ConflictError),
        (413, ApiError),
        (418, ApiError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (520, ServerError),
        (526, ServerError),
        (530, ServerError),
        (599, ServerError),
    ],
)
def test_status_maps_to_error_class(status: int, cls: type[ApiError], waits: Waits) -> None:
    """sync() raises the error class of the status, carrying status, code, message and cf-ray."""
    headers = {"cf-ray": "8c1f2a3b4d5e6f70-LHR"}
    script = Script((status, error_body(status, "What went wrong"), headers))

    with pytest.raises(cls) as info:
        bound(script, waits, max_retries=0).meetings.get(MEETING_ID)

    err = info.value
    assert type(err) is cls
    assert err.status == status
    assert err.code == status
    assert err.message == "What went wrong"
    assert err.request_id == "8c1f2a3b4d5e6f70-LHR"
    assert err.operation == "get_meeting"
    assert err.body == error_body(status, "What went wrong")
    assert json.loads(err.content) == error_body(status, "What went wrong")
    assert (
        f"{status}" in str(err)
        and "What went wrong" in str(err)
        and "8c1f2a3b4d5e6f70-LHR" in str(err)
    )


def test_cloudflare_errors_list_shape(waits: Waits) -> None:
    """Cloudflare's `errors: [...]` body is parsed like RealtimeKit's `error` object."""
    body = {
        "success": False,
        "errors": [
            {
                "code": 10000,
                "message": "Authentication error",
                "documentation_url": "https://developers.cloudflare.com/",
                "source": {"pointer": "/headers/authorization"},
            },
            {"code": 10001, "message": "Second problem"},
        ],
        "messages": [],
        "result": None,
    }
    script = Script((403, body))

    with pytest.raises(PermissionDeniedError) as info:
        bound(script, waits).meetings.get(MEETING_ID)

    err = info.value
    assert [(e.code, e.message) for e in err.errors] == [
        (10000, "Authentication error"),
        (10001, "Second problem"),
    ]
    assert err.error is not None
    assert err.error.documentation_url == "https://developers.cloudflare.com/"
    assert err.error.pointer == "/headers/authorization"
    assert err.code == 10000
    assert "Authentication error" in str(err) and "code 10000" in str(err)


def test_520_html_is_server_error_and_detailed_keeps_int_status(waits: Waits) -> None:
    """A 520 HTML page raises ServerError; sync_detailed returns it (status 520), no ValueError."""
    page = "<html><title>520: Web server is returning an unknown error</title></html>"
    script = Script((520, page, {"content-type": "text/html"}))
    rk = bound(script, waits, max_retries=0)

    with pytest.raises(ServerError) as info:
        rk.meetings.get(MEETING_ID)
    response = get_meeting.sync_detailed("acc", "app", MEETING_ID, client=rk.client)

    assert info.value.status == 520
    assert info.value.body == page
    assert info.value.errors == []
    assert "Web Server Returned an Unknown Error" in str(info.value)
    assert response.status_code == 520
    assert response.parsed is None
    assert response.content == page.encode()


@pytest.mark.parametrize("status", [302, 418, 451, 520, 521, 527, 530, 599])
def test_detailed_never_raises_on_unknown_status(status: int, waits: Waits) -> None:
    """Any non-2xx status code, documented or not, gives a Response from sync_detailed."""
    script = Script((status, b"not an envelope"))
    client = bound(script, waits, max_retries=0).client

    response = get_meeting.sync_detailed("acc", "app", MEETING_ID, client=client)

    assert response.status_code == status
    assert response.parsed is None


def test_detailed_parses_error_envelope(waits: Waits) -> None:
    """sync_detailed still returns the parsed ErrorEnvelope for a documented error."""
    script = Script((404, error_body(404, "Meeting not found")))

    response = get_meeting.sync_detailed(
        "acc", "app", MEETING_ID, client=bound(script, waits).client
    )

    assert isinstance(response.parsed, ErrorEnvelope)
    assert response.parsed.error.message == "Meeting not found"
    assert response.status_code == 404


def test_unexpected_status_raised_when_asked(waits: Waits) -> None:
    """raise_on_unexpected_status makes sync_detailed raise UnexpectedStatus for a 418."""
    script = Script((418, b"teapot"))
    client = AuthenticatedClient(
        base_url="https://api.example.test/client/v4",
        token=TOKEN,
        transport=httpx.MockTransport(script),
        raise_on_unexpected_status=True,
    )

    with pytest.raises(UnexpectedStatus) as info:
        get_meeting.sync_detailed("acc", "app", MEETING_ID, client=client)

    assert info.value.status_code == 418
    assert isinstance(info.value, RealtimeKitError)


def test_malformed_json_on_200_from_emulator(
    realtimekit_emulator: Any, emulator_rk: RealtimeKit
) -> None:
    """A 200 whose body is not JSON raises ResponseParseError naming the operation."""
    queue_faults(realtimekit_emulator, {"status": 200, "body": "{not json"})

    with pytest.raises(ResponseParseError) as info:
        emulator_rk.meetings.get(MEETING_ID)

    assert info.value.operation == "get_meeting"
    assert info.value.status == 200
    assert info.value.content == b"{not json"
    assert "get_meeting" in str(info.value) and "not JSON" in str(info.value)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"<html>maintenance</html>", "not JSON", id="html"),
        pytest.param(b'{"success": true, "data": {"title": "no id"}}', "'id'", id="missing id"),
        pytest.param(
            b'{"success": true, "data": {"id": "nope", "created_at": "x", "updated_at": "y"}}',
            "ValueError",
            id="bad uuid",
        ),
        pytest.param(b"[1, 2]", "TypeError", id="array"),
    ],
)
def test_malformed_2xx_bodies(body: bytes, reason: str, waits: Waits) -> None:
    """Each kind of malformed 201 body raises ResponseParseError naming create_meeting."""
    script = Script((201, body))

    with pytest.raises(ResponseParseError) as info:
        bound(script, waits).meetings.create(title="x")

    assert info.value.operation == "create_meeting"
    assert reason in str(info.value)


def test_detailed_raises_parse_error_for_malformed_success(waits: Waits) -> None:
    """sync_detailed also raises ResponseParseError (not JSONDecodeError) for a bad 201 body."""
    script = Script((201, b"{truncated"))

    with pytest.raises(ResponseParseError, match="create_meeting"):
        create_meeting.sync_detailed(
            "acc", "app", client=bound(script, waits).client, body=MeetingCreate()
        )


def test_missing_data_in_envelope(waits: Waits) -> None:
    """A success envelope without `data` raises ResponseParseError from the bound client."""
    script = Script((200, {"success": True}))

    with pytest.raises(ResponseParseError, match="get_meeting"):
        bound(script, waits).meetings.get(MEETING_ID)


def test_connection_errors_are_typed(waits: Waits) -> None:
    """Refused: ApiConnectionError; read timeout: ApiTimeoutError; both name the call."""
    refused = Script(httpx.ConnectError("Connection refused"))
    slow = Script(httpx.ReadTimeout("timed out"))

    with pytest.raises(ApiConnectionError) as refused_info:
        bound(refused, waits).meetings.get(MEETING_ID)
    with pytest.raises(ApiTimeoutError) as slow_info:
        bound(slow, waits).meetings.get(MEETING_ID)

    assert type(refused_info.value) is ApiConnectionError
    assert "get_meeting" in str(refused_info.value) and "Connection refused" in str(
        refused_info.value
    )
    assert isinstance(refused_info.value.__cause__, httpx.ConnectError)
    assert len(refused.requests) == 3
    assert slow_info.value.method == "GET"
    assert slow_info.value.url.endswith(f"/meetings/{MEETING_ID}")


def test_real_connection_refused() -> None:
    """Nothing listening on the port gives ApiConnectionError after the retries."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    waits = Waits()
    rk = RealtimeKit(
        token=TOKEN,
        account_id="acc",
        app_id="app",
        base_url=f"http://127.0.0.1:{port}/client/v4",
        retry_policy=waits.policy(),
    )

    with pytest.raises(ApiConnectionError):
        rk.meetings.create(title="x")

    assert len(waits.seconds) == 2


def test_async_errors_match_sync(waits: Waits) -> None:
    """Async calls raise the same typed errors: 409, malformed 201, connection failure."""
    conflict = Script((409, error_body(409, "custom_participant_id: u1 already exists")))
    malformed = Script((201, b"{oops"))
    refused = Script(httpx.ConnectError("refused"))

    async def run() -> list[BaseException]:
        found: list[BaseException] = []
        for script, call in (
            (
                conflict,
                lambda rk: rk.participants.add(
                    MEETING_ID, custom_participant_id="u1", preset_name="host"
                ),
            ),
            (malformed, lambda rk: rk.meetings.create(title="x")),
            (refused, lambda rk: rk.meetings.get(MEETING_ID)),
        ):
            try:
                await call(async_bound(script, waits))
            except RealtimeKitError as exc:
                found.append(exc)
        return found

    conflict_err, parse_err, conn_err = asyncio.run(run())

    assert isinstance(conflict_err, ConflictError) and conflict_err.operation == "add_participant"
    assert isinstance(parse_err, ResponseParseError) and parse_err.operation == "create_meeting"
    assert isinstance(conn_err, ApiConnectionError) and conn_err.operation == "get_meeting"


def test_success_still_returns_model(waits: Waits) -> None:
    """The low-level sync() returns the envelope model on 2xx, any 2xx status accepted."""
    script = Script((200, envelope(meeting())))

    result = create_meeting.sync(
        "acc", "app", client=bound(script, waits).client, body=MeetingCreate()
    )

    assert result.success is True
    assert str(result.data.id) == MEETING_ID  # type: ignore[union-attr]
