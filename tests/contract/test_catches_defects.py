"""The contract job catches each deliberately broken variant of the emulator.

Each variant wraps the real emulator in a small ASGI middleware that introduces one defect.
The job's pytest face (the same schemathesis configuration) runs against it in-process, and
the test asserts that the check meant to catch that defect reports it.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.core.failures import Failure

from contract.inprocess import BASE_URL as BASE
from contract.inprocess import schema_for
from contract.settings import SPEC
from realtimekit_mock import create_app

TOKEN = "contract-defects-token-0123456789"
ACCOUNT, APP_ID = "contract-account", "contract-app"
Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
BodyEdit = Callable[[Scope, int, Any], tuple[int, Any]]


def rewrite_responses(edit: BodyEdit) -> Callable[[Any], Any]:
    """A middleware factory that lets `edit(scope, status, json_body)` change each response."""

    def wrap(app: Any) -> Any:
        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            start: dict[str, Any] = {}
            chunks: list[bytes] = []

            async def capture(message: dict[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    start.update(message)
                    return
                chunks.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                status, raw = start["status"], b"".join(chunks)
                try:
                    status, body = edit(scope, status, json.loads(raw))
                    raw = json.dumps(body).encode()
                except ValueError:
                    pass
                headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(raw)).encode()))
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": raw})

            await app(scope, receive, capture)

        return middleware

    return wrap


def rewrite_requests(edit: Callable[[Scope, bytes], tuple[Scope, bytes]]) -> Callable[[Any], Any]:
    """A middleware factory that lets `edit(scope, body)` change each request."""

    def wrap(app: Any) -> Any:
        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            body, more = b"", True
            while more:
                message = await receive()
                body += message.get("body", b"")
                more = message.get("more_body", False)
            scope, body = edit(dict(scope), body)
            sent = False

            async def replay() -> dict[str, Any]:
                nonlocal sent
                if sent:
                    return {"type": "http.disconnect"}
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}

            await app(scope, replay, send)

        return middleware

    return wrap


def _data(body: Any) -> list[dict[str, Any]]:
    """The meeting or participant objects in a success envelope."""
    if not isinstance(body, dict) or not body.get("success"):
        return []
    data = body.get("data")
    items = data if isinstance(data, list) else [data]
    return [item for item in items if isinstance(item, dict)]


def _drop_created_at(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    for item in _data(body):
        item.pop("created_at", None)
    return status, body


def _lowercase_status(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    for item in _data(body):
        if isinstance(item.get("status"), str):
            item["status"] = item["status"].lower()
    return status, body


def _human_dates(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    for item in _data(body):
        if "updated_at" in item:
            item["updated_at"] = "21/11/2026 09:30"
    return status, body


def _echo_secret(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    for item in _data(body):
        if "id" in item and "created_at" in item and "preset_name" not in item:
            item.setdefault("recording_config", {})["storage_config"] = {
                "type": "aws",
                "secret": "echoed-secret",
            }
    return status, body


def _created_as_200(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    return (200 if status == 201 else status), body


def _forget_created(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    if status == 201:
        for item in _data(body):
            item["id"] = str(uuid.uuid4())
    return status, body


def _fail_on_non_ascii(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
    if scope["method"] == "POST" and b"\\u" in body:  # a JSON-escaped non-ASCII character
        scope["path"] = "/__crash__"
    return scope, body


def _without_bounds(node: Any) -> Any:
    """A copy of a schema tree with every range, length, enum and format constraint dropped."""
    dropped = {"minimum", "maximum", "minLength", "maxLength", "enum", "format"}
    if isinstance(node, dict):
        return {k: _without_bounds(v) for k, v in node.items() if k not in dropped}
    if isinstance(node, list):
        return [_without_bounds(v) for v in node]
    return node


def _unbounded_validation(tmp_path: Path) -> Any:
    """The emulator validating requests against a copy of the spec without any bounds."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec["components"]["schemas"] = _without_bounds(spec["components"]["schemas"])
    loose = tmp_path / "openapi.yaml"
    loose.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return create_app(tokens=[TOKEN], spec_path=loose)


def _accept_any_token(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
    headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
    scope["headers"] = [*headers, (b"authorization", f"Bearer {TOKEN}".encode())]
    return scope, body


def _crash_route(app: Any) -> Any:
    """A 500 for requests that _fail_on_persist_chat redirected."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("path") == "/__crash__":
            body = b'{"success": false, "error": {"code": 500, "message": "boom"}}'
            headers = [(b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 500, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await app(scope, receive, send)

    return middleware


def _collect(failures: set[str], error: BaseException) -> None:
    """Add the names of the checks behind a schemathesis failure (or group) to `failures`."""
    if isinstance(error, Failure):
        failures.update(type(error).checks or (type(error).__name__,))
    for inner in getattr(error, "exceptions", ()):
        _collect(failures, inner)


def _create_meeting(app: Any, body: dict[str, Any]) -> httpx.Response:
    """POST a meeting to `app` in-process, as the tenant under test."""

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
            return await client.post(
                f"/accounts/{ACCOUNT}/realtime/kit/{APP_ID}/meetings",
                json=body,
                headers={"Authorization": f"Bearer {TOKEN}"},
            )

    return asyncio.run(post())


def stateless_failures(
    app: Any, operation_ids: list[str], mode: GenerationMode, examples: int = 40
) -> set[str]:
    """The checks that fail when the job's generated requests hit `app`.

    Requests go to the pinned tenant and to a meeting that exists, as in the job.
    """
    created = _create_meeting(app, {"title": "existing"})
    pins = {"account_id": ACCOUNT, "app_id": APP_ID, "meeting_id": created.json()["data"]["id"]}
    schema = schema_for(app, token=TOKEN, account_id=ACCOUNT, app_id=APP_ID)
    failures: set[str] = set()
    for op_id in operation_ids:
        operation = schema.find_operation_by_id(op_id)
        names = {p.name for p in operation.path_parameters}
        fixed = {k: v for k, v in pins.items() if k in names}

        @given(case=operation.as_strategy(generation_mode=mode, path_parameters=fixed))
        @settings(
            max_examples=examples,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: Any) -> None:
            try:
                case.call_and_validate()
            except (Exception, BaseExceptionGroup) as error:  # a FailureGroup or a Failure
                _collect(failures, error)

        run()
    return failures


def stateful_failures(app: Any) -> set[str]:
    """The checks that fail when the job's stateful scenarios hit `app`."""
    schema = schema_for(app, token=TOKEN, account_id=ACCOUNT, app_id=APP_ID)
    machine = schema.as_state_machine()
    machine.TestCase.settings = settings(
        max_examples=40,
        stateful_step_count=4,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    failures: set[str] = set()
    try:
        machine.run()
    except (Exception, BaseExceptionGroup) as error:  # a FailureGroup, through hypothesis
        _collect(failures, error)
    return failures


VARIANTS = [
    ("missing required field", rewrite_responses(_drop_created_at), ["get_meeting"],
     GenerationMode.POSITIVE, "response_schema_conformance"),
    ("wrong enum casing", rewrite_responses(_lowercase_status), ["get_meeting"],
     GenerationMode.POSITIVE, "response_schema_conformance"),
    ("date-time in the wrong format", rewrite_responses(_human_dates), ["create_meeting"],
     GenerationMode.POSITIVE, "response_schema_conformance"),
    ("500 on valid input", lambda app: rewrite_requests(_fail_on_non_ascii)(_crash_route(app)),
     ["create_meeting"], GenerationMode.POSITIVE, "not_a_server_error"),
    ("write-only secret echoed", rewrite_responses(_echo_secret), ["create_meeting"],
     GenerationMode.POSITIVE, "response_schema_conformance"),
    ("auth ignored", rewrite_requests(_accept_any_token), ["list_meetings"],
     GenerationMode.POSITIVE, "ignored_auth"),
    ("wrong status code (200 for 201)", rewrite_responses(_created_as_200), ["add_participant"],
     GenerationMode.POSITIVE, "status_code_conformance"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("wrap", "operation_ids", "mode", "check"),
    [pytest.param(*variant[1:], id=variant[0]) for variant in VARIANTS],
)
def test_broken_variant_is_caught(
    wrap: Callable[[Any], Any], operation_ids: list[str], mode: GenerationMode, check: str
) -> None:
    """The check meant for this defect fails against the broken emulator."""
    app = wrap(create_app(tokens=[TOKEN]))

    assert check in stateless_failures(app, operation_ids, mode)


def test_accepted_invalid_body_is_caught(tmp_path: Path) -> None:
    """An emulator that does not enforce the spec's bounds (word_limit 5000 accepted) is caught."""
    app = _unbounded_validation(tmp_path)
    accepted = _create_meeting(app, {"ai_config": {"summarization": {"word_limit": 5000}}})
    assert accepted.status_code == 201  # the defect is really there

    assert "negative_data_rejection" in stateless_failures(
        app, ["create_meeting"], GenerationMode.NEGATIVE, examples=200
    )


def test_created_meeting_that_cannot_be_found_is_caught() -> None:
    """A create whose returned id does not exist is caught by following the spec's links."""
    app = rewrite_responses(_forget_created)(create_app(tokens=[TOKEN]))

    assert "ensure_resource_availability" in stateful_failures(app)


@pytest.mark.parametrize("operation_id", ["get_meeting", "create_meeting", "add_participant"])
def test_intact_emulator_passes(operation_id: str) -> None:
    """The same runs against the intact emulator report nothing (no false positives)."""
    app = create_app(tokens=[TOKEN])

    assert stateless_failures(app, [operation_id], GenerationMode.POSITIVE) == set()
    assert stateless_failures(app, [operation_id], GenerationMode.NEGATIVE) == set()
