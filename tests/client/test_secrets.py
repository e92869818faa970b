"""The API token never shows in reprs, error messages, tracebacks or logs."""

from __future__ import annotations

import asyncio
import logging
import traceback

import httpx
import pytest
from realtimekit_client import AuthenticatedClient, RealtimeKitError

from .conftest import MEETING_ID, TOKEN, Script, Waits, async_bound, bound, error_body


def test_token_not_in_client_reprs() -> None:
    """repr and str of the bound, async and low-level clients and resources omit the token."""
    rk = bound(Script((200, {})))
    arko = async_bound(Script((200, {})))
    rk.client.get_httpx_client()
    arko.client.get_async_httpx_client()
    low = AuthenticatedClient(base_url="https://x.test", token=TOKEN, headers={"X-Trace": "1"})
    low.get_httpx_client()

    shown = [
        repr(rk),
        str(rk),
        repr(arko),
        repr(rk.client),
        str(arko.client),
        repr(low),
        repr(rk.meetings),
    ]
    shown += [
        repr(rk.client.get_httpx_client().headers),
        repr(vars(low) if hasattr(low, "__dict__") else low),
    ]

    for text in shown:
        assert TOKEN not in text
    assert "acc123" in repr(rk)


def test_user_headers_not_mutated_with_token() -> None:
    """The headers dict given to the client does not get the Authorization header added."""
    headers = {"X-Trace": "1"}
    low = AuthenticatedClient(base_url="https://x.test", token=TOKEN, headers=headers)

    low.get_httpx_client()

    assert headers == {"X-Trace": "1"}
    assert low.get_httpx_client().headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.parametrize(
    "answer",
    [
        pytest.param((401, error_body(401, "Missing or invalid API token")), id="401"),
        pytest.param((503, error_body(503, "busy")), id="503"),
        pytest.param((200, b"{not json"), id="malformed"),
        pytest.param(httpx.ConnectError("refused"), id="connect"),
        pytest.param(httpx.ReadTimeout("slow"), id="timeout"),
    ],
)
def test_token_not_in_errors_or_tracebacks(
    answer: object, waits: Waits, caplog: pytest.LogCaptureFixture
) -> None:
    """Error str/repr, the formatted traceback (with causes) and the retry logs omit the token."""
    rk = bound(Script(answer), waits)  # type: ignore[arg-type]

    with caplog.at_level(logging.DEBUG), pytest.raises(RealtimeKitError) as info:
        rk.meetings.get(MEETING_ID)

    text = "".join(traceback.format_exception(info.value))
    assert TOKEN not in text
    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    assert TOKEN not in repr(vars(info.value))
    assert TOKEN not in caplog.text


def test_token_not_in_async_errors(waits: Waits) -> None:
    """Async errors omit the token as well."""
    rk = async_bound(Script((403, error_body(403, "forbidden"))), waits)

    async def run() -> BaseException:
        try:
            await rk.meetings.get(MEETING_ID)
        except RealtimeKitError as exc:
            return exc
        raise AssertionError("no error")

    err = asyncio.run(run())

    assert TOKEN not in "".join(traceback.format_exception(err))
