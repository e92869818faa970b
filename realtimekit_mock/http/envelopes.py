"""The one path from an error to a response, and the success envelopes.

Errors become ``{"success": false, "error": {"code", "message"}}`` with the error's status and
headers; successes ``{"success": true, "data"}`` (plus ``paging`` for a page).
"""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ..exceptions import EmulatorError
from ..jsonio import dumps

__all__ = ["JSON", "Answer", "error_answer", "error_response"]

JSON = (b"content-type", b"application/json")

Answer = tuple[int, bytes, list[tuple[bytes, bytes]]]
"""A response as the dispatcher sends it: status, body, headers."""


def error_answer(exc: EmulatorError) -> Answer:
    """The error envelope of ``exc`` as an :data:`Answer`."""
    headers = [JSON]
    for name, value in exc.headers.items():
        headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))
    return exc.status, dumps(exc.envelope()), headers


def error_response(exc: EmulatorError) -> Response:
    """The error envelope of ``exc`` as a Starlette response (control API, unknown paths)."""
    status, body, headers = error_answer(exc)
    response = Response(body, status_code=status)
    response.raw_headers = [*headers, (b"content-length", str(len(body)).encode())]
    return response


def success(data: Any, paging: dict[str, int] | None = None) -> bytes:
    """The success envelope's bytes."""
    if paging is None:
        return dumps({"success": True, "data": data})
    return dumps({"success": True, "data": data, "paging": paging})
