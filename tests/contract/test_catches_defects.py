"""The contract job catches each deliberately broken variant of the emulator.

Each variant (tests/contract/variants.py) wraps the real emulator in a small ASGI middleware
that introduces one defect. The job's pytest face (the same schemathesis configuration and
checks) runs against it in-process, and the test asserts that the check meant to catch that
defect reports it; the intact emulator reports nothing for the same runs.
"""

from __future__ import annotations

import asyncio
import re
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.core.failures import CustomFailure, Failure

from contract import spec
from contract.inprocess import BASE_URL as BASE
from contract.inprocess import schema_for
from contract.settings import SPEC
from realtimekit_mock import create_app
from tests.contract import variants as v

TOKEN = "contract-defects-token-0123456789"
ACCOUNT, APP_ID = "contract-account", "contract-app"
EXAMPLES, FEW = 40, 10  # examples of an operation in a run: by default, and where they do
Scope = v.Scope
Receive = v.Receive
Send = v.Send
CUSTOM = re.compile(r"`(\w+)`")
_PINNED: weakref.WeakKeyDictionary[Any, dict[str, str]] = weakref.WeakKeyDictionary()


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
    if isinstance(error, CustomFailure):
        failures.update(CUSTOM.findall(error.title)[:1] or ["CustomFailure"])
    elif isinstance(error, Failure):
        failures.update(type(error).checks or (type(error).__name__,))
    for inner in getattr(error, "exceptions", ()):
        _collect(failures, inner)


def _post(app: Any, url: str, body: dict[str, Any]) -> httpx.Response:
    """POST to `app` in-process, as the tenant under test (`url` is under BASE, or absolute)."""

    async def post() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
            return await client.post(url, json=body, headers={"Authorization": f"Bearer {TOKEN}"})

    return asyncio.run(post())


def _create_meeting(app: Any, body: dict[str, Any]) -> httpx.Response:
    return _post(app, f"/accounts/{ACCOUNT}/realtime/kit/{APP_ID}/meetings", body)


def _first_example(operation: spec.Operation) -> Any:
    """The value of the first example of an operation's JSON request body."""
    body = spec.resolve(operation.raw["requestBody"])
    media = body["content"]["application/json"]
    if "example" in media:
        return media["example"]
    return spec.resolve(next(iter(media["examples"].values())))["value"]


def _pins(app: Any) -> dict[str, str]:
    """Ids that exist, by path parameter name, as the job's links and seeding aim requests
    (made once per app: a second run on it finds them, or what the first run left of them).

    The control API seeds the app: `meeting_id` and `participant_id` name its live meeting
    (a live session, a participant in it) and `session_id` the other meeting's ended session
    (chat, transcript and summary ready). Every other item an operation names is created by
    its create operation in the spec (a POST whose answer its GET reads back), sent its first
    example with the ids pinned so far in its path and in its body's top level.
    """
    if app in _PINNED:
        return _PINNED[app]
    pins = {"account_id": ACCOUNT, "app_id": APP_ID}
    seeded = _post(app, BASE.rsplit("/client/", 1)[0] + "/_emulator/seed", pins).json()
    pins |= {
        "meeting_id": seeded["live_meeting_id"],
        "participant_id": seeded["live_participant_id"],
        "session_id": seeded["session_id"],
    }
    for create in spec.operations().values():
        read = spec.item_read(create.operation_id)
        if create.method != "POST" or read is None:
            continue
        name = read.path.rsplit("{", 1)[1].rstrip("}")
        url = create.path
        for key, value in pins.items():
            url = url.replace("{" + key + "}", value)
        if name in pins or "{" in url:
            continue
        example = _first_example(create)
        body = {k: pins.get(k, v) for k, v in example.items()}
        answer = _post(app, url, body)
        data = answer.json().get("data") if answer.is_success else None
        if isinstance(data, dict) and "id" in data:  # a variant may lose what it creates
            pins[name] = data["id"]
    _PINNED[app] = pins
    return pins


def stateless_failures(
    app: Any, operation_ids: list[str], mode: GenerationMode, examples: int = EXAMPLES
) -> set[str]:
    """The checks that fail when the job's generated requests hit `app`.

    Requests go to the pinned tenant and to items that exist (`_pins`), as the job's links and
    seeding would aim them.
    """
    pins = _pins(app)
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

        try:
            run()
        except Unsatisfiable:
            continue  # every parameter is pinned: no case of this mode exists
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


POSITIVE = GenerationMode.POSITIVE
VARIANTS = [
    ("missing required field", v.rewrite_responses(v.drop_created_at), ["get_meeting"],
     "response_schema_conformance"),
    ("wrong enum casing", v.rewrite_responses(v.lowercase_status), ["get_meeting"],
     "response_schema_conformance"),
    ("date-time in the wrong format", v.rewrite_responses(v.human_dates), ["create_meeting"],
     "response_schema_conformance"),
    ("500 on valid input", lambda app: v.rewrite_requests(_fail_on_non_ascii)(_crash_route(app)),
     ["create_meeting"], "not_a_server_error"),
    ("write-only secret echoed", v.rewrite_responses(v.echo_secret), ["create_meeting"],
     "response_schema_conformance"),
    ("auth ignored", v.rewrite_requests(_accept_any_token), ["list_meetings"], "ignored_auth"),
    ("wrong status code (200 for 201)", v.rewrite_responses(v.created_as_200),
     ["add_participant"], "status_code_conformance"),
    # Valid JSON, still wrong: only the checks beyond the schema see these.
    ("a field silently ignored", v.rewrite_requests(v.ignore_persist_chat), ["create_meeting"],
     "read_your_writes"),
    ("a created meeting whose GET answers 404", v.rewrite_responses(v.lose_created_meetings),
     ["create_meeting"], "read_your_writes"),
    ("a read that returns stale data", v.stale_reads(), ["update_meeting"], "read_your_writes"),
    ("a PATCH that resets what it did not send", v.rewrite_requests(v.patch_as_put),
     ["update_meeting"], "read_your_writes"),
    ("a delete that deletes nothing", v.delete_keeps, ["delete_participant"], "gone_means_gone"),
    ("a list whose count lies", v.rewrite_responses(v.count_one_more), ["list_meetings"],
     "lists_tell_the_truth"),
    ("paging that ignores page_no", v.rewrite_requests(v.first_page_always), ["list_meetings"],
     "lists_tell_the_truth"),
    ("a listed item that differs from its GET", v.rewrite_responses(v.shout_listed_titles),
     ["list_meetings"], "lists_tell_the_truth"),
    # The other resources, on items that exist (`_pins`), with as few examples as catch them.
    ("a created preset missing from its list", v.unlisted_creates("presets"), ["create_preset"],
     "read_your_writes", FEW),
    ("session paging that ignores page_no", v.rewrite_requests(v.first_page_always),
     ["list_sessions"], "lists_tell_the_truth"),  # two sessions: few cases page them
    ("a recording status outside the enum", v.rewrite_responses(v.unknown_recording_status),
     ["get_recording"], "response_schema_conformance", FEW),
    ("wrong status code (201 for 200)", v.rewrite_responses(v.ok_as_201), ["create_app"],
     "status_code_conformance", FEW),
    ("a webhook delete that deletes nothing", v.deletes_nothing(), ["delete_webhook"],
     "gone_means_gone", FEW),
    ("a webhook default not applied", v.rewrite_requests(v.webhooks_created_disabled),
     ["create_webhook"], "read_your_writes", FEW),
    ("a livestream status outside the enum",
     v.rewrite_responses(v.webhook_vocabulary_livestreams), ["get_active_livestream"],
     "response_schema_conformance", FEW),
    ("active session without a required field", v.rewrite_responses(v.drop_live_participants),
     ["get_active_session"], "response_schema_conformance", FEW),
]  # fmt: skip


def _examples(variant: tuple[Any, ...]) -> int:
    """How many examples of each operation a variant's run generates."""
    return int(variant[4]) if len(variant) > 4 else EXAMPLES


@pytest.mark.parametrize(
    ("wrap", "operation_ids", "check", "examples"),
    [pytest.param(*variant[1:4], _examples(variant), id=variant[0]) for variant in VARIANTS],
)
def test_broken_variant_is_caught(
    wrap: Callable[[Any], Any], operation_ids: list[str], check: str, examples: int
) -> None:
    """The check meant for this defect fails against the broken emulator."""
    app = wrap(create_app(tokens=[TOKEN]))

    assert check in stateless_failures(app, operation_ids, POSITIVE, examples)


def test_accepted_invalid_body_is_caught(tmp_path: Path) -> None:
    """An emulator that does not enforce the spec's bounds (word_limit 5000 accepted) is caught."""
    app = _unbounded_validation(tmp_path)
    accepted = _create_meeting(app, {"ai_config": {"summarization": {"word_limit": 5000}}})
    assert accepted.status_code == 201  # the defect is really there

    assert "negative_data_rejection" in stateless_failures(
        app, ["create_meeting"], GenerationMode.NEGATIVE, examples=200
    )


def test_created_meeting_that_cannot_be_found_is_caught() -> None:
    """A create whose returned id does not exist is caught in every run: its GET is read back.

    (schemathesis' ensure_resource_availability would find it too, but only when a stateful
    link happens to reach the created id; read_your_writes reads back every create.)
    """
    app = v.rewrite_responses(v.forget_created)(create_app(tokens=[TOKEN]))

    assert "read_your_writes" in stateful_failures(app)
    assert "read_your_writes" in stateless_failures(app, ["create_meeting"], POSITIVE, examples=5)


# Each operation of a variant, with the most examples a variant runs it with.
INTACT = {
    op: max(_examples(variant) for variant in VARIANTS if op in variant[2])
    for op in sorted({op for variant in VARIANTS for op in variant[2]})
}


@pytest.mark.parametrize(("operation_id", "examples"), INTACT.items())
def test_intact_emulator_passes(operation_id: str, examples: int) -> None:
    """The same runs against the intact emulator report nothing (no false positives)."""
    app = create_app(tokens=[TOKEN])

    assert stateless_failures(app, [operation_id], POSITIVE, examples) == set()
    assert stateless_failures(app, [operation_id], GenerationMode.NEGATIVE, examples) == set()


def test_intact_emulator_passes_stateful() -> None:
    """Chains through the spec's links, with every check, report nothing either."""
    assert stateful_failures(create_app(tokens=[TOKEN])) == set()
