"""The ASGI dispatcher of the API under the spec's server path (``/client/v4``).

Per request: route (404/405) → authenticate (401) → faults → parameters (400) → content type
(415) → body size (413) → JSON (400) → body schema (400) → handler → JSON envelope. Any
unexpected exception becomes a 500 envelope; no traceback leaves the process.

Routing needs no regex scan: templates are grouped by segment count and matched on their
literal segments.
"""

from __future__ import annotations

import asyncio
import logging
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote_to_bytes

from .auth import TokenChecker
from .exceptions import (
    BadRequest,
    EmulatorError,
    MethodNotAllowed,
    NotFound,
    PayloadTooLarge,
    ServerError,
    TooManyRequests,
    Unauthorized,
    UnsupportedMediaType,
)
from .faults import Action, Faults
from .jsonio import decode_body, dumps
from .routes import HANDLERS, Call, Handler
from .shapes import Shape, shape_of
from .spec import Operation, Spec
from .store import Store
from .validation import OperationValidator

__all__ = ["MAX_BODY_BYTES", "Api", "ConnectionDropped"]

MAX_BODY_BYTES = 1024 * 1024
"""Request bodies over this many bytes are answered 413."""

_DRAIN_LIMIT = 64 * MAX_BODY_BYTES
_CONTENT_TYPE = (b"content-type", b"application/json")
_logger = logging.getLogger("realtimekit_mock")


class ConnectionDropped(Exception):
    """Raised to an in-process caller when a fault drops the connection (no socket to close)."""


class _ClientGone(Exception):
    """The client disconnected while the body was being read."""


class Endpoint:
    """One operation, ready to serve: validator, handler and response shape."""

    __slots__ = ("handler", "media_types", "op", "validator", "view")

    def __init__(self, spec: Spec, op: Operation, handler: Handler) -> None:
        self.op = op
        self.handler = handler
        self.validator = OperationValidator(spec, op)
        self.media_types = frozenset(m.lower().encode("latin-1") for m in op.body_media_types)
        self.view: Shape | None = None
        schema = spec.resolve(op.data_schema) if op.data_schema is not None else None
        if schema is not None:
            if schema.get("type") == "array":
                schema = schema["items"]
            self.view = shape_of(spec, schema)


class _Route:
    __slots__ = ("allowed", "endpoints", "literals", "params")

    def __init__(self, segments: list[str]) -> None:
        self.literals = tuple(
            (i, s.encode()) for i, s in enumerate(segments) if not s.startswith("{")
        )
        self.params = tuple((i, s[1:-1]) for i, s in enumerate(segments) if s.startswith("{"))
        self.endpoints: dict[str, Endpoint] = {}
        self.allowed: list[str] = []


class Router:
    """Path templates grouped by segment count; matched on literal segments."""

    def __init__(self, base_path: str, endpoints: list[Endpoint]) -> None:
        self.by_length: dict[int, list[_Route]] = {}
        routes: dict[str, _Route] = {}
        for ep in endpoints:
            template = base_path + ep.op.path
            route = routes.get(template)
            if route is None:
                route = routes[template] = _Route(template.split("/"))
                self.by_length.setdefault(len(template.split("/")), []).append(route)
            route.endpoints[ep.op.method] = ep
            route.allowed = sorted(route.endpoints)

    def match(self, raw_path: bytes) -> tuple[_Route, dict[str, str]] | None:
        """The route of a raw (percent-encoded) path and its decoded parameters, or None."""
        # Plain loops: this runs on every request, and generators passed to all() cost more
        # than the comparisons themselves.
        parts = raw_path.split(b"/")
        for route in self.by_length.get(len(parts), ()):
            for i, literal in route.literals:
                segment = parts[i]
                if segment != literal and not (
                    b"%" in segment and unquote_to_bytes(segment) == literal
                ):
                    break  # not this route (percent-encoded spellings of a literal match)
            else:
                for i, _ in route.params:
                    if not parts[i]:
                        break
                else:
                    params = {}
                    for i, name in route.params:
                        params[name] = _decode(parts[i])
                    return route, params
        return None


def _decode(segment: bytes) -> str:
    if b"%" in segment:
        segment = unquote_to_bytes(segment)
    try:
        return segment.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("path: not valid UTF-8") from None


class Api:
    """The API as an ASGI callable (``scope['path']`` starts with the spec's server path)."""

    def __init__(
        self,
        spec: Spec,
        store: Store,
        tokens: TokenChecker,
        faults: Faults,
        *,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        missing = {op.operation_id for op in spec.operations} - set(HANDLERS)
        if missing:
            raise RuntimeError(f"no handler for operations {sorted(missing)}")
        self.spec = spec
        self.store = store
        self.tokens = tokens
        self.faults = faults
        self.max_body_bytes = max_body_bytes
        self.endpoints = [Endpoint(spec, op, HANDLERS[op.operation_id]) for op in spec.operations]
        self.router = Router(spec.base_path, self.endpoints)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        try:
            status, body, headers = await self._handle(scope, receive)
        except EmulatorError as exc:
            status, body, headers = _error(exc)
        except _Drop:
            await _drop(send)
            return
        except _ClientGone:
            return
        except Exception:
            _logger.exception("unexpected error in %s %s", scope.get("method"), scope.get("path"))
            status, body, headers = _error(ServerError())
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _handle(
        self, scope: dict[str, Any], receive: Any
    ) -> tuple[int, bytes, list[tuple[bytes, bytes]]]:
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        cut = raw_path.find(b"?")
        if cut >= 0:
            raw_path = raw_path[:cut]
        found = self.router.match(raw_path)
        if found is None:
            raise NotFound(f"No route for {scope['path'][:200]}")
        route, path_params = found
        method = scope["method"]
        endpoint = route.endpoints.get(method)
        if endpoint is None:
            raise MethodNotAllowed(method, route.allowed)

        authorization = content_type = content_length = None
        for key, value in scope["headers"]:
            if key == b"authorization":
                authorization = value
            elif key == b"content-type":
                content_type = value
            elif key == b"content-length":
                content_length = value
        if not self.tokens.accepts(authorization):
            raise Unauthorized()

        if self.faults.active:
            action = self.faults.decide(endpoint.op.operation_id)
            if action is not None:
                answer = await _apply(action)
                if answer is not None:
                    return answer

        params = endpoint.validator.parameters(path_params, scope["query_string"], scope["headers"])
        body = None
        if endpoint.op.body_schema is not None:
            _check_content_type(content_type, endpoint.media_types)
            raw = await self._read_body(receive, content_length)
            body = decode_body(raw)
            endpoint.validator.body(body)
        status, payload = endpoint.handler(
            self.store, Call(params, body, endpoint.view, endpoint.op.success_status)
        )
        return status, dumps(payload), [_CONTENT_TYPE]

    async def _read_body(self, receive: Any, content_length: bytes | None) -> bytes:
        limit = self.max_body_bytes
        if content_length is not None and content_length.isdigit() and int(content_length) > limit:
            # Refused before a byte of it is read: a client announcing a huge body (or one that
            # never comes) gets its answer at once, and uvicorn discards whatever follows.
            raise PayloadTooLarge(limit)
        message = await receive()
        if message["type"] == "http.disconnect":
            raise _ClientGone
        chunk = message.get("body", b"")
        if not message.get("more_body", False) and len(chunk) <= limit:
            return chunk
        chunks = [chunk]
        size = len(chunk)
        while message.get("more_body", False) and size <= _DRAIN_LIMIT:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _ClientGone
            chunk = message.get("body", b"")
            size += len(chunk)
            if size <= limit:
                chunks.append(chunk)
        if size > limit:
            raise PayloadTooLarge(limit)
        return b"".join(chunks)


class _Drop(Exception):
    """Drop the connection instead of answering."""


async def _apply(action: Action) -> tuple[int, bytes, list[tuple[bytes, bytes]]] | None:
    """Wait out the latency; the scripted or faulty answer, or None to answer normally."""
    if action.latency_s:
        await asyncio.sleep(action.latency_s)
    if action.drop:
        raise _Drop
    if action.status is None:
        return None
    if action.body is not None:
        headers = [_CONTENT_TYPE]
        if action.retry_after is not None:
            headers.append((b"retry-after", action.retry_after.encode()))
        return action.status, action.body.encode(), headers
    if action.status == 429:
        return _error(TooManyRequests(action.retry_after or "1"))
    error: EmulatorError = _fault_error(action.status)
    if action.retry_after is not None:
        error.headers["Retry-After"] = action.retry_after
    return _error(error)


def _fault_error(status: int) -> EmulatorError:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Server error" if status >= 500 else "Error"
    if status >= 500:
        return ServerError(f"{phrase} (injected fault)", status=status)
    error = EmulatorError(f"{phrase} (injected fault)")
    error.status = status
    return error


def _check_content_type(content_type: bytes | None, accepted: frozenset[bytes]) -> None:
    if content_type is None:
        raise UnsupportedMediaType(None)
    media, _, rest = content_type.partition(b";")
    if media.strip().lower() not in accepted:
        raise UnsupportedMediaType(content_type.decode("latin-1")[:100])
    if rest:
        for param in rest.split(b";"):
            name, _, value = param.partition(b"=")
            if name.strip().lower() == b"charset" and value.strip(b' "').lower() not in (
                b"utf-8",
                b"utf8",
            ):
                raise UnsupportedMediaType(content_type.decode("latin-1")[:100])


def _error(exc: EmulatorError) -> tuple[int, bytes, list[tuple[bytes, bytes]]]:
    headers = [_CONTENT_TYPE]
    for name, value in exc.headers.items():
        headers.append((name.lower().encode("latin-1"), value.encode("latin-1")))
    return exc.status, dumps(exc.envelope()), headers


async def _drop(send: Any) -> None:
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
