"""What an injected fault answers: an error envelope, a scripted body, or a dropped connection."""

from __future__ import annotations

import asyncio
from http import HTTPStatus
from typing import Any

from ..exceptions import EmulatorError, ServerError, TooManyRequests
from ..faults import Action
from .envelopes import JSON, Answer, error_answer

__all__ = ["ConnectionDropped", "Drop", "drop", "fault_answer"]


class ConnectionDropped(Exception):
    """Raised to an in-process caller when a fault drops the connection (no socket to close)."""


class Drop(Exception):
    """Drop the connection instead of answering."""


async def fault_answer(action: Action) -> Answer | None:
    """Wait out the latency; the scripted or faulty answer, or None to answer normally.

    Raises :class:`Drop` when the connection is to be dropped.
    """
    if action.latency_s:
        await asyncio.sleep(action.latency_s)
    if action.drop:
        raise Drop
    if action.status is None:
        return None
    if action.body is not None:
        headers = [JSON]
        if action.retry_after is not None:
            headers.append((b"retry-after", action.retry_after.encode()))
        return action.status, action.body.encode(), headers
    if action.status == 429:
        return error_answer(TooManyRequests(action.retry_after or "1"))
    error = _fault_error(action.status)
    if action.retry_after is not None:
        error.headers["Retry-After"] = action.retry_after
    return error_answer(error)


def _fault_error(status: int) -> EmulatorError:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Server error" if status >= 500 else "Error"
    if status >= 500:
        return ServerError(f"{phrase} (injected fault)", status=status)
    return EmulatorError(f"{phrase} (injected fault)", status=status)


async def drop(send: Any) -> None:
    """Close the client's connection without a response.

    Under uvicorn the ASGI ``send`` is a bound method of the request cycle, which holds the
    socket's transport: abort it. With no transport (an in-process caller), raise
    :class:`ConnectionDropped` instead.
    """
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise ConnectionDropped("the connection was dropped by an injected fault")
    transport.abort()
    # Let the server see the disconnect before the app returns, so it sends nothing.
    await asyncio.sleep(0)
    await asyncio.sleep(0)
