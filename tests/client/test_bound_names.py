"""The bound namespaces carry the whole spec: for every operation, `rk.<tag>` has exactly one
method, it sends that operation, and the method names are unique and read naturally."""

from __future__ import annotations

import asyncio
import functools
import inspect
import keyword
import re
import uuid
from importlib import import_module
from typing import Any

import httpx
import pytest
from realtimekit_client import AsyncRealtimeKit, RealtimeKit

from realtimekit_mock.spec import Operation, Spec, load_spec

from .conftest import ACCOUNT, APP, BASE, TOKEN

SPEC = load_spec()
BASE_PATH = httpx.URL(BASE).path

EXPECTED = {
    # meetings and participants
    "list_meetings": "meetings.list",
    "create_meeting": "meetings.create",
    "get_meeting": "meetings.get",
    "update_meeting": "meetings.update",
    "replace_meeting": "meetings.replace",
    "create_org_meeting": "meetings.create_org",
    "add_participant": "participants.add",
    "list_participants": "participants.list",
    "get_participant": "participants.get",
    "edit_participant": "participants.edit",
    "delete_participant": "participants.delete",
    "refresh_participant_token": "participants.refresh_token",
    # apps
    "list_apps": "apps.list",
    "create_app": "apps.create",
    "get_app": "apps.get",
    # presets
    "create_preset": "presets.create",
    "list_presets": "presets.list",
    "get_preset": "presets.get",
    "update_preset": "presets.update",
    "replace_preset": "presets.replace",
    "delete_preset": "presets.delete",
    # webhooks
    "create_webhook": "webhooks.create",
    "list_webhooks": "webhooks.list",
    "get_webhook": "webhooks.get",
    "edit_webhook": "webhooks.edit",
    "replace_webhook": "webhooks.replace",
    "delete_webhook": "webhooks.delete",
    "list_webhook_events": "webhooks.list_events",
    # sessions
    "list_sessions": "sessions.list",
    "get_session": "sessions.get",
    "list_session_participants": "sessions.list_participants",
    "get_session_participant": "sessions.get_participant",
    "get_session_peer_report": "sessions.get_peer_report",
    "get_session_chat": "sessions.get_chat",
    "get_session_transcript": "sessions.get_transcript",
    "get_session_summary": "sessions.get_summary",
    "generate_session_summary": "sessions.generate_summary",
    # recordings
    "start_recording": "recordings.start",
    "start_track_recording": "recordings.start_track",
    "list_recordings": "recordings.list",
    "get_recording": "recordings.get",
    "get_active_recording": "recordings.get_active",
    "pause_resume_stop_recording": "recordings.pause_resume_stop",
    # active_session
    "get_active_session": "active_session.get",
    "kick_participants": "active_session.kick_participants",
    "kick_all_participants": "active_session.kick_all_participants",
    "create_poll": "active_session.create_poll",
    "mute_participants": "active_session.mute_participants",
    "mute_all_participants": "active_session.mute_all_participants",
    # livestreams
    "start_livestream": "livestreams.start",
    "stop_livestream": "livestreams.stop",
    "get_active_livestream": "livestreams.get_active",
    "get_active_livestream_session": "livestreams.get_active_session",
    "get_livestream_session": "livestreams.get_session",
    "get_livestream": "livestreams.get",
    "list_livestreams": "livestreams.list",
    "get_livestream_analytics": "livestreams.get_analytics",
    "get_livestream_analytics_daywise": "livestreams.get_analytics_daywise",
    "create_livestream": "livestreams.create",
    # analytics
    "get_analytics_daywise": "analytics.get_daywise",
}
"""operationId -> `<namespace>.<method>`: the names the whole API is planned with. Checked for
the operations the spec has, so it holds today and bites as operations are added."""

VERBS = frozenset(
    {
        "add",
        "create",
        "delete",
        "edit",
        "generate",
        "get",
        "iter",
        "kick",
        "list",
        "mute",
        "pause",
        "refresh",
        "replace",
        "start",
        "stop",
        "update",
    }
)
"""The words a bound method name may start with; a new verb is added here on purpose."""

SNAKE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")


def _rk() -> RealtimeKit:
    return RealtimeKit(token=TOKEN, account_id=ACCOUNT, app_id=APP, base_url=BASE)


def _async_rk() -> AsyncRealtimeKit:
    return AsyncRealtimeKit(token=TOKEN, account_id=ACCOUNT, app_id=APP, base_url=BASE)


def _by_tag() -> dict[str, list[Operation]]:
    found: dict[str, list[Operation]] = {}
    for op in SPEC.operations:
        found.setdefault(op.tag, []).append(op)
    return found


def _method_of(namespace: Any, op: Operation) -> str:
    (name,) = [m for m, o in namespace.OPERATIONS.items() if o == op.operation_id]
    return name


def test_every_tag_is_a_namespace() -> None:
    """RealtimeKit and AsyncRealtimeKit have one namespace per tag of the spec's operations,
    each a property built once per client."""
    tags = {op.tag for op in SPEC.operations}
    assert set(RealtimeKit.NAMESPACES) == set(AsyncRealtimeKit.NAMESPACES) == tags
    for client in (_rk(), _async_rk()):
        for tag in tags:
            assert isinstance(type(client).__dict__[tag], functools.cached_property)
            assert getattr(client, tag) is getattr(client, tag)


@pytest.mark.parametrize("tag", sorted(_by_tag()))
def test_one_method_per_operation(tag: str) -> None:
    """OPERATIONS maps exactly one method to each operation of the tag and nothing else; the
    method and every iterator exist on the sync and the async class; no name is used twice."""
    operations = {op.operation_id for op in _by_tag()[tag]}
    for namespace in (getattr(_rk(), tag), getattr(_async_rk(), tag)):
        mapping = namespace.OPERATIONS
        assert sorted(mapping.values()) == sorted(operations), "two operations, one method name?"
        assert set(namespace.ITERATORS.values()) <= operations
        assert not set(namespace.ITERATORS) & set(mapping)
        for name in (*mapping, *namespace.ITERATORS):
            assert callable(getattr(namespace, name)), name


def _names() -> list[tuple[str, str]]:
    rk = _rk()
    return [
        (tag, name)
        for tag in RealtimeKit.NAMESPACES
        for name in (*getattr(rk, tag).OPERATIONS, *getattr(rk, tag).ITERATORS)
    ]


@pytest.mark.parametrize(("tag", "name"), _names())
def test_method_names_are_natural(tag: str, name: str) -> None:
    """A snake_case identifier, not a keyword, starting with a verb, without the namespace's
    name (plural or singular) in it."""
    assert SNAKE.fullmatch(name), name
    assert not keyword.iskeyword(name)
    words = name.split("_")
    assert words[0] in VERBS, f"{tag}.{name} does not start with a verb"
    singular = tag[:-1] if tag.endswith("s") else tag
    for repeated in {tag, singular}:
        assert f"_{repeated}_" not in f"_{name}_", f"{tag}.{name} repeats {repeated!r}"


@pytest.mark.parametrize("op", SPEC.operations, ids=lambda op: op.operation_id)
def test_planned_names(op: Operation) -> None:
    """Operations of the plan reach the bound client under the planned namespace and name."""
    if op.operation_id not in EXPECTED:
        pytest.skip(f"{op.operation_id} is not in the planned names")
    method = _method_of(getattr(_rk(), op.tag), op)
    assert f"{op.tag}.{method}" == EXPECTED[op.operation_id]


def test_planned_names_cover_the_existing_operations() -> None:
    """The plan names at least the operations the client started with, so the check above
    runs for them."""
    assert {op.operation_id for op in SPEC.operations} >= {
        "list_meetings",
        "create_org_meeting",
        "refresh_participant_token",
    }
    assert sum(op.operation_id in EXPECTED for op in SPEC.operations) >= 12


# ---- each method sends its operation -------------------------------------------------------


def _first_example(media: dict[str, Any]) -> Any:
    examples = media.get("examples") or {}
    if examples:
        return SPEC.resolve(next(iter(examples.values())))["value"]
    return media.get("example")


def _success_reply(spec: Spec, op: Operation) -> tuple[int, Any]:
    raw = spec.document["paths"][op.path][op.method.lower()]
    response = spec.resolve(raw["responses"][str(op.success_status)])
    media = response.get("content", {}).get("application/json")
    return op.success_status, None if media is None else _first_example(media)


def _body(spec: Spec, op: Operation) -> Any:
    """The request body model built from the operation's first request example."""
    raw = spec.document["paths"][op.path][op.method.lower()]
    media = spec.resolve(raw["requestBody"])["content"]["application/json"]
    example = _first_example(media)
    assert example is not None, f"{op.operation_id}: no request example"
    name = media["schema"]["$ref"].rsplit("/", 1)[1]
    return getattr(import_module("realtimekit_client.models"), name).from_dict(example)


def _value(schema: dict[str, Any], name: str) -> Any:
    """A value for a parameter of this schema."""
    schema = SPEC.resolve(schema)
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("format") == "uuid":
        return str(uuid.uuid5(uuid.NAMESPACE_URL, name))
    return {"integer": 1, "number": 1, "boolean": True}.get(schema.get("type"), f"{name}-1")


def _normal(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "_", name.lower())


def _call(namespace: Any, op: Operation) -> tuple[Any, dict[str, str]]:
    """The bound method's call for `op` (a zero-argument callable) and the path values used."""
    method = getattr(namespace, _method_of(namespace, op))
    signature = inspect.signature(method)
    path_params = {_normal(p.name): p for p in op.parameters if p.location == "path"}
    query_params = {_normal(p.name): p for p in op.parameters if p.location == "query"}
    values = {"account_id": ACCOUNT, "app_id": APP}
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, parameter in signature.parameters.items():
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD and name != "body":
            spec_param = path_params[name]
            values[spec_param.name] = _value(spec_param.schema, spec_param.name)
            args.append(values[spec_param.name])
        elif parameter.default is parameter.empty and name in query_params:
            kwargs[name] = _value(query_params[name].schema, name)
    if op.body_schema is not None:
        kwargs["body"] = _body(SPEC, op)
    return (lambda: method(*args, **kwargs)), values


def _expected_path(op: Operation, values: dict[str, str]) -> str:
    return BASE_PATH + re.sub(r"\{([^}]+)\}", lambda m: str(values[m.group(1)]), op.path)


@pytest.mark.parametrize("op", SPEC.operations, ids=lambda op: op.operation_id)
def test_bound_method_sends_its_operation(op: Operation) -> None:
    """The method OPERATIONS names sends the operation's HTTP method and path (account and app
    ids from the client, the rest from its arguments), sync and async, and parses the answer."""
    status, reply = _success_reply(SPEC, op)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, json=reply)

    rk = RealtimeKit(
        token=TOKEN,
        account_id=ACCOUNT,
        app_id=APP,
        base_url=BASE,
        transport=httpx.MockTransport(handler),
    )
    call, values = _call(getattr(rk, op.tag), op)
    call()

    async def run_async() -> None:
        async with AsyncRealtimeKit(
            token=TOKEN,
            account_id=ACCOUNT,
            app_id=APP,
            base_url=BASE,
            transport=httpx.MockTransport(handler),
        ) as arko:
            acall, _ = _call(getattr(arko, op.tag), op)
            await acall()

    asyncio.run(run_async())

    assert [(r.method, r.url.path) for r in seen] == [(op.method, _expected_path(op, values))] * 2
