"""The ASGI dispatcher of the API under the spec's server path (``/client/v4``).

Per request: route (404/405) → authenticate (401) → faults → parameters (400) → body: content
type (415), size (413), JSON (400), schema (400) → the resource method named after the
operationId, with the spec's parameter names as keyword arguments and the body cleaned from
its schema → the success envelope, ``data`` projected onto the response schema. Any unexpected
exception becomes a 500 envelope; no traceback leaves the process. Every answer carries a
``cf-ray`` request id shaped like Cloudflare's (16 hex digits, a dash, a three-letter location:
``EMU``), unique within the process, so code that logs ``err.request_id`` can be tested.

An operation whose request body is optional (``required: false``) also accepts no body at all,
with or without a JSON content type; it is then treated as ``{}`` (with its defaults).
"""

from __future__ import annotations

import itertools
import logging
import secrets
from collections.abc import Callable
from typing import Any

from ..auth import TokenChecker
from ..exceptions import EmulatorError, MethodNotAllowed, NoRoute, ServerError, Unauthorized
from ..faults import Faults
from ..jsonio import decode_body
from ..shapes import Shape, shape_of
from ..spec import Operation, Spec
from ..state import Page
from ..store import REQUEST_ORIGIN
from ..validation import OperationValidator
from .bodies import MAX_BODY_BYTES, ClientGone, check_content_type, read_body
from .envelopes import JSON, Answer, error_answer, success
from .faults import Drop, drop, fault_answer
from .routing import Router

__all__ = ["Api", "Endpoint"]

_logger = logging.getLogger("realtimekit_mock")


class Endpoint:
    """One operation, ready to serve: its validator, body and response shapes, and its call."""

    __slots__ = (
        "body_shape",
        "call",
        "item_shape",
        "media_types",
        "op",
        "response_shape",
        "validator",
    )

    def __init__(self, spec: Spec, op: Operation, call: Callable[..., Any]) -> None:
        self.op = op
        self.call = call
        self.validator = OperationValidator(spec, op)
        self.media_types = frozenset(m.lower().encode("latin-1") for m in op.body_media_types)
        self.body_shape = shape_of(spec, op.body_schema) if op.body_schema is not None else None
        # The shape of the success answer's `data`: an object's, or an array's items'.
        self.response_shape: Shape | None = None
        self.item_shape: Shape | None = None
        schema = spec.resolve(op.data_schema) if op.data_schema is not None else None
        if schema is not None:
            if schema.get("type") == "array":
                self.item_shape = shape_of(spec, schema["items"])
            else:
                self.response_shape = shape_of(spec, schema)

    def answer(self, result: Any) -> tuple[int, bytes]:
        """The success status and body for what the resource method returned."""
        if result is None:
            return self.op.success_status, b""
        if type(result) is Page:
            paging = result.paging()
            data: Any = result.items if result.wrap is None else {result.wrap: result.items}
            return self.op.success_status, success(self.project(data), paging)
        return self.op.success_status, success(self.project(result))

    def project(self, data: Any) -> Any:
        """``data`` with only what the response schema declares and may show."""
        if type(data) is dict:
            return data if self.response_shape is None else self.response_shape.view(data)
        if type(data) is list and self.item_shape is not None:
            view = self.item_shape.view
            return [view(item) if type(item) is dict else item for item in data]
        return data


class Api:
    """The API as an ASGI callable (``scope['path']`` starts with the spec's server path).

    Args:
        spec: the parsed spec.
        operations: the callable of every operation, by operationId.
        tick: runs an app's due timers (account_id, app_id), before each operation of the app.
        tokens: the accepted API tokens.
        faults: the fault configuration.
        max_body_bytes: request bodies over this size are answered 413.
    """

    def __init__(
        self,
        spec: Spec,
        operations: dict[str, Callable[..., Any]],
        tick: Callable[[str, str], Any],
        tokens: TokenChecker,
        faults: Faults,
        *,
        max_body_bytes: int = MAX_BODY_BYTES,
    ) -> None:
        self.tick = tick
        self.tokens = tokens
        self.faults = faults
        self.max_body_bytes = max_body_bytes
        self.endpoints = [Endpoint(spec, op, operations[op.operation_id]) for op in spec.operations]
        self._rays = itertools.count(secrets.randbits(32) << 32)
        self.router: Router[Endpoint] = Router()
        for endpoint in self.endpoints:
            self.router.add(spec.base_path + endpoint.op.path, endpoint.op.method, endpoint)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        try:
            status, body, headers = await self._handle(scope, receive)
        except EmulatorError as exc:
            status, body, headers = error_answer(exc)
        except Drop:
            await drop(send)
            return
        except ClientGone:
            return
        except Exception:
            _logger.exception("unexpected error in %s %s", scope.get("method"), scope.get("path"))
            status, body, headers = error_answer(ServerError())
        headers.append((b"content-length", str(len(body)).encode()))
        headers.append((b"cf-ray", b"%016x-EMU" % (next(self._rays) & 0xFFFFFFFFFFFFFFFF)))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _handle(self, scope: dict[str, Any], receive: Any) -> Answer:
        raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
        cut = raw_path.find(b"?")
        if cut >= 0:
            raw_path = raw_path[:cut]
        found = self.router.match(raw_path)
        if found is None:
            raise NoRoute(scope["path"])
        route, path_params = found
        method = scope["method"]
        endpoint = route.targets.get(method)
        if endpoint is None:
            raise MethodNotAllowed(method, route.allowed)

        authorization = content_type = content_length = host = None
        for key, value in scope["headers"]:
            if key == b"authorization":
                authorization = value
            elif key == b"content-type":
                content_type = value
            elif key == b"content-length":
                content_length = value
            elif key == b"host":
                host = value
        if not self.tokens.accepts(authorization):
            raise Unauthorized()

        op = endpoint.op
        if self.faults.active:
            action = self.faults.decide(op.operation_id)
            if action is not None:
                answer = await fault_answer(action)
                if answer is not None:
                    return answer

        params = endpoint.validator.parameters(path_params, scope["query_string"], scope["headers"])
        if host is not None:
            REQUEST_ORIGIN.set((scope.get("scheme", "http"), host))
        app_id = params.get("app_id")
        if app_id is not None:
            self.tick(params["account_id"], app_id)
        shape = endpoint.body_shape
        if shape is not None:
            if op.body_required:
                check_content_type(content_type, endpoint.media_types)
                raw = await read_body(receive, content_length, self.max_body_bytes)
            else:
                raw = await read_body(receive, content_length, self.max_body_bytes)
                if raw:  # an optional body is absent only when empty: whitespace is not JSON
                    check_content_type(content_type, endpoint.media_types)
            body = decode_body(raw) if raw or op.body_required else {}
            endpoint.validator.body(body)
            params["body"] = shape.clean(body)
        status, payload = endpoint.answer(endpoint.call(**params))
        return status, payload, [JSON] if payload else []
