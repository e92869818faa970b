"""The control API, outside ``/client/v4`` and not part of openapi.yaml.

* ``POST /_emulator/reset`` — forget all state and all faults (204).
* ``GET /_emulator/faults`` — the fault configuration in force (200).
* ``PUT /_emulator/faults`` — replace it (200 with the new configuration; 400 if invalid).
* ``DELETE /_emulator/faults`` — no faults (204).

Protection: the control API answers only loopback peers (127.0.0.0/8, ::1) and in-process
callers (no peer address, or httpx's/Starlette's in-process test transports); anyone else gets
the same 404 envelope as an unknown path, so an emulator bound to a public interface cannot be
reset or sabotaged from the network.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .api import MAX_BODY_BYTES
from .exceptions import EmulatorError, NotFound, PayloadTooLarge, UnsupportedMediaType
from .jsonio import decode_body, dumps

__all__ = ["control_routes", "is_local"]

_IN_PROCESS_HOSTS = frozenset({"testclient"})


def is_local(client: tuple[str, int] | Any | None) -> bool:
    """Whether a peer address is loopback or in-process."""
    if client is None:
        return True
    host = client[0]
    if host in _IN_PROCESS_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _json(status: int, payload: Any) -> Response:
    return Response(dumps(payload), status_code=status, media_type="application/json")


def _guard(request: Request) -> None:
    if not is_local(request.scope.get("client")):
        raise NotFound(f"No route for {request.url.path[:200]}")


async def reset(request: Request) -> Response:
    """Forget every meeting, participant and fault."""
    _guard(request)
    request.app.store.reset()
    request.app.faults.clear()
    return Response(status_code=204)


async def faults(request: Request) -> Response:
    """Read, replace or clear the fault configuration."""
    _guard(request)
    state = request.app.faults
    if request.method == "DELETE":
        state.clear()
        return Response(status_code=204)
    if request.method == "PUT":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            raise UnsupportedMediaType(request.headers.get("content-type"))
        return _json(200, state.configure(decode_body(await _bounded_body(request))))
    return _json(200, state.snapshot())


async def _bounded_body(request: Request) -> bytes:
    """The request body; :class:`PayloadTooLarge` as soon as it passes the limit (not read on)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise PayloadTooLarge(MAX_BODY_BYTES)
    chunks = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise PayloadTooLarge(MAX_BODY_BYTES)
        chunks.append(chunk)
    return b"".join(chunks)


def control_routes() -> list[Route]:
    """The control API's routes."""
    return [
        Route("/_emulator/reset", reset, methods=["POST"]),
        Route("/_emulator/faults", faults, methods=["GET", "PUT", "DELETE"]),
    ]


def error_response(exc: EmulatorError) -> Response:
    """The error envelope of an :class:`EmulatorError`, as a Starlette response."""
    return Response(
        dumps(exc.envelope()),
        status_code=exc.status,
        media_type="application/json",
        headers=exc.headers,
    )
