"""The control API, outside ``/client/v4`` and not part of openapi.yaml.

* ``POST /_emulator/reset`` — forget all state, faults and clock settings (204).
* ``GET /_emulator/faults`` — the fault configuration in force (200).
* ``PUT /_emulator/faults`` — replace it (200 with the new configuration; 400 if invalid).
* ``DELETE /_emulator/faults`` — no faults (204).
* ``GET /_emulator/clock?account_id=A&app_id=B`` — an app's clock:
  ``{"account_id", "app_id", "now", "frozen", "offset_ms"}`` (200).
* ``PUT /_emulator/clock`` — set it: ``{"account_id", "app_id", "now"?, "frozen"?}`` moves the
  app's clock to ``now`` (a date-time; default: where it is) and stops it there when
  ``frozen`` is true, or lets it run on when false (200, the clock).
* ``POST /_emulator/clock/advance`` — ``{"account_id", "app_id", "seconds"}`` moves it forward
  and runs what became due (200, the clock).
* ``POST /_emulator/join`` — ``{"account_id", "app_id", "meeting_id", "participant_id" | "token"}``:
  a participant joins the meeting (200, its peer).
* ``POST /_emulator/leave`` — ``{"account_id", "app_id", "meeting_id", "peer_id" |
  "participant_id"}``: a peer, or every live peer of a participant, leaves (200, the peers).
* ``POST /_emulator/seed`` — ``{"account_id", "app_id"}``: a ready-made meeting with an ended
  session (chat, transcript and summary ready) and one with a live session (200, their IDs).
* ``POST /_emulator/chat`` — ``{"account_id", "app_id", "meeting_id", "participant_id",
  "message"}``: a participant in the live session sends a chat message (200, the message).
* ``POST /_emulator/ingest/start``, ``POST /_emulator/ingest/stop`` — ``{"account_id", "app_id",
  "livestream_id"}``: an RTMP stream starts or stops coming in to an independent livestream,
  which goes ``LIVE`` or ``IDLE`` (200, the livestream; 409 for a meeting's livestream or a
  status that does not allow it).
* ``GET /_emulator/webhooks/deliveries?account_id=A&app_id=B&webhook_id=&event=&wait=S&count=N``
  — the webhook delivery log, oldest first: ``{"deliveries": [...], "complete"}``, each with its
  status and attempts (``rtk_uuid``, ``status_code``, ``error``, ``latency_ms``). With ``wait``
  (seconds, at most 60), it answers once at least ``count`` (default 1) matching deliveries exist
  and none of them is pending, or when the time is up (``"complete": false``).

Protection: the control API answers only loopback peers (127.0.0.0/8, ::1) and in-process
callers (no peer address, or httpx's/Starlette's in-process test transports); anyone else gets
the same 404 envelope as an unknown path, so an emulator bound to a public interface cannot be
reset or sabotaged from the network. An emulator started with a control token (``--control-token``
or ``REALTIMEKIT_MOCK_CONTROL_TOKEN``) also answers callers that send
``Authorization: Bearer <control token>`` (compared in constant time): the way to drive an
emulator running as a service in another container.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
from typing import TYPE_CHECKING, Any

import jsonschema_rs
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .clock import parse_rfc3339_us
from .exceptions import BadRequest, NoRoute, UnsupportedMediaType
from .http.bodies import MAX_BODY_BYTES, read_body
from .jsonio import decode_body, dumps
from .validation import describe_error

if TYPE_CHECKING:
    from .app import EmulatorApp

__all__ = ["control_routes", "is_local"]

_IN_PROCESS_HOSTS = frozenset({"testclient"})
_APP_SCOPE = {
    "account_id": {"type": "string", "minLength": 1, "maxLength": 200},
    "app_id": {"type": "string", "minLength": 1, "maxLength": 200},
}
_SET_CLOCK = jsonschema_rs.Draft202012Validator(
    {
        "type": "object",
        "additionalProperties": False,
        "required": ["account_id", "app_id"],
        "properties": {
            **_APP_SCOPE,
            "now": {"type": "string", "format": "date-time"},
            "frozen": {"type": "boolean"},
        },
    },
    validate_formats=True,
)
_ADVANCE = jsonschema_rs.Draft202012Validator(
    {
        "type": "object",
        "additionalProperties": False,
        "required": ["account_id", "app_id", "seconds"],
        "properties": {
            **_APP_SCOPE,
            "seconds": {"type": "number", "exclusiveMinimum": 0, "maximum": 10 * 365 * 86400},
        },
    }
)
_GET_CLOCK = jsonschema_rs.Draft202012Validator(
    {"type": "object", "required": ["account_id", "app_id"], "properties": _APP_SCOPE}
)
_ID = {"type": "string", "minLength": 1, "maxLength": 200}
_SEED = jsonschema_rs.Draft202012Validator(
    {
        "type": "object",
        "additionalProperties": False,
        "required": ["account_id", "app_id"],
        "properties": _APP_SCOPE,
    }
)


_INGEST = jsonschema_rs.Draft202012Validator(
    {
        "type": "object",
        "additionalProperties": False,
        "required": ["account_id", "app_id", "livestream_id"],
        "properties": {**_APP_SCOPE, "livestream_id": _ID},
    }
)


_DELIVERIES = jsonschema_rs.Draft202012Validator(
    {
        "type": "object",
        "additionalProperties": False,
        "dependentRequired": {"account_id": ["app_id"], "app_id": ["account_id"]},
        "properties": {
            **_APP_SCOPE,
            "webhook_id": _ID,
            "event": _ID,
            "wait": {"type": "string", "pattern": "^[0-9]{1,2}(\\.[0-9]{1,3})?$"},
            "count": {"type": "string", "pattern": "^[0-9]{1,6}$"},
        },
    }
)


def _one_of(body_props: dict[str, Any], either: tuple[str, str]) -> Any:
    return jsonschema_rs.Draft202012Validator(
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["account_id", "app_id", "meeting_id"],
            "properties": {**_APP_SCOPE, "meeting_id": _ID, **body_props},
            "oneOf": [{"required": [either[0]]}, {"required": [either[1]]}],
        }
    )


_JOIN = _one_of(
    {"participant_id": _ID, "token": {"type": "string", "minLength": 1}},
    ("participant_id", "token"),
)
_LEAVE = _one_of({"peer_id": _ID, "participant_id": _ID}, ("peer_id", "participant_id"))
_CHAT = jsonschema_rs.Draft202012Validator(
    {
        "type": "object",
        "additionalProperties": False,
        "required": ["account_id", "app_id", "meeting_id", "participant_id", "message"],
        "properties": {
            **_APP_SCOPE,
            "meeting_id": _ID,
            "participant_id": _ID,
            "message": {"type": "string", "minLength": 1, "maxLength": 10_000},
        },
    }
)


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


def _app(request: Request) -> EmulatorApp:
    """The emulator app, once the caller is known to be local or to hold the control token."""
    app: EmulatorApp = request.app
    if not is_local(request.scope.get("client")) and not _has_control_token(request, app):
        raise NoRoute(request.url.path)
    return app


def _has_control_token(request: Request, app: EmulatorApp) -> bool:
    expected = app.control_token
    if not expected:
        return False
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(
        given.strip().encode(), expected.encode()
    )


async def _json_body(request: Request, validator: Any, what: str) -> dict[str, Any]:
    """The request's JSON body, bounded and validated."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json":
        raise UnsupportedMediaType(request.headers.get("content-type"))
    declared = request.headers.get("content-length")
    raw = await read_body(
        request.receive,
        declared.encode("latin-1") if declared else None,
        MAX_BODY_BYTES,
        drain=False,
    )
    body = decode_body(raw)
    if validator is not None:
        try:
            validator.validate(body)
        except jsonschema_rs.ValidationError as exc:
            raise BadRequest(describe_error(exc, what)) from None
    return body  # type: ignore[no-any-return]


async def reset(request: Request) -> Response:
    """Forget every record, fault and clock setting."""
    _app(request).reset()
    return Response(status_code=204)


async def faults(request: Request) -> Response:
    """Read, replace or clear the fault configuration."""
    state = _app(request).faults
    if request.method == "DELETE":
        state.clear()
        return Response(status_code=204)
    if request.method == "PUT":
        return _json(200, state.configure(await _json_body(request, None, "faults")))
    return _json(200, state.snapshot())


async def clock(request: Request) -> Response:
    """Read or set an app's clock."""
    app = _app(request)
    if request.method == "PUT":
        body = await _json_body(request, _SET_CLOCK, "clock")
        at = parse_rfc3339_us(body["now"]) if "now" in body else None
        if "now" in body and at is None:
            raise BadRequest(f'now: "{body["now"]}" is not a "date-time"')
        described = app.set_clock(
            body["account_id"],
            body["app_id"],
            at_ms=None if at is None else at // 1000,
            frozen=body.get("frozen"),
        )
    else:
        query = dict(request.query_params)
        try:
            _GET_CLOCK.validate(query)
        except jsonschema_rs.ValidationError as exc:
            raise BadRequest(describe_error(exc, "query")) from None
        described = app.describe_clock(query["account_id"], query["app_id"])
    return _json(200, described)


async def advance(request: Request) -> Response:
    """Move an app's clock forward."""
    app = _app(request)
    body = await _json_body(request, _ADVANCE, "advance")
    return _json(200, app.advance(body["account_id"], body["app_id"], body["seconds"]))


async def join(request: Request) -> Response:
    """A participant joins a meeting."""
    app = _app(request)
    body = await _json_body(request, _JOIN, "join")
    peer = app.join(
        body["account_id"],
        body["app_id"],
        body["meeting_id"],
        participant_id=body.get("participant_id"),
        token=body.get("token"),
    )
    return _json(200, peer)


async def leave(request: Request) -> Response:
    """A peer, or a participant's live peers, leave a meeting."""
    app = _app(request)
    body = await _json_body(request, _LEAVE, "leave")
    left = app.leave(
        body["account_id"],
        body["app_id"],
        body["meeting_id"],
        peer_id=body.get("peer_id"),
        participant_id=body.get("participant_id"),
    )
    return _json(200, {"peers": left})


async def seed(request: Request) -> Response:
    """Seed an app with a meeting and sessions to act on."""
    app = _app(request)
    body = await _json_body(request, _SEED, "seed")
    return _json(200, app.seed(body["account_id"], body["app_id"]))


async def chat(request: Request) -> Response:
    """A participant in a live session sends a chat message."""
    app = _app(request)
    body = await _json_body(request, _CHAT, "chat")
    message = app.chat(
        body["account_id"],
        body["app_id"],
        body["meeting_id"],
        body["participant_id"],
        body["message"],
    )
    return _json(200, message)


async def ingest(request: Request) -> Response:
    """A stream starts or stops coming in to an independent livestream."""
    app = _app(request)
    body = await _json_body(request, _INGEST, "ingest")
    on = request.url.path.endswith("/start")
    livestream = app.ingest(body["account_id"], body["app_id"], body["livestream_id"], on=on)
    return _json(200, _livestream(livestream))


def _livestream(data: dict[str, Any]) -> dict[str, Any]:
    keys = ("id", "status", "name", "ingest_server", "stream_key", "playback_url", "session_id")
    return {k: data.get(k) for k in keys}


async def deliveries(request: Request) -> Response:
    """The webhook delivery log, optionally once the matching deliveries are settled."""
    app = _app(request)
    query = dict(request.query_params)
    try:
        _DELIVERIES.validate(query)
    except jsonschema_rs.ValidationError as exc:
        raise BadRequest(describe_error(exc, "query")) from None
    wait = float(query.pop("wait", "0"))
    if wait > 60:
        raise BadRequest("wait: at most 60 seconds")
    count = int(query.pop("count", "1"))
    outbox = app.store.deliveries
    if wait > 0:
        complete, found = await asyncio.to_thread(outbox.wait, count, wait, **query)
    else:
        found = outbox.log(**query)
        complete = len(found) >= count and all(d["status"] != "pending" for d in found)
    return _json(200, {"deliveries": found, "complete": complete})


def control_routes() -> list[Route]:
    """The control API's routes."""
    return [
        Route("/_emulator/reset", reset, methods=["POST"]),
        Route("/_emulator/faults", faults, methods=["GET", "PUT", "DELETE"]),
        Route("/_emulator/clock", clock, methods=["GET", "PUT"]),
        Route("/_emulator/clock/advance", advance, methods=["POST"]),
        Route("/_emulator/join", join, methods=["POST"]),
        Route("/_emulator/leave", leave, methods=["POST"]),
        Route("/_emulator/chat", chat, methods=["POST"]),
        Route("/_emulator/seed", seed, methods=["POST"]),
        Route("/_emulator/ingest/start", ingest, methods=["POST"]),
        Route("/_emulator/ingest/stop", ingest, methods=["POST"]),
        Route("/_emulator/webhooks/deliveries", deliveries, methods=["GET"]),
    ]
