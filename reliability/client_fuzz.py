"""Hostile responses for the client: every operation, any status, headers and body.

Each call goes through ``httpx.MockTransport`` (behind the client's own retrying transport) and
must either return the operation's documented type or raise one of the client's documented
errors (``RealtimeKitError`` subclasses), with the error class matching the status. Nothing else
(``KeyError``, ``TypeError``, ``RecursionError``, an httpx exception...) may escape.

The operations, their arguments and a real success body for each are read from openapi.yaml
and the emulator, so a new operation is fuzzed without touching this file. Four ways to call
each operation are covered: the bound ``RealtimeKit`` / ``AsyncRealtimeKit`` methods (and
the iterators of paged lists) and the per-operation ``sync()`` / ``asyncio()`` functions.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import itertools
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from realtimekit_client import (
    ApiError,
    AsyncRealtimeKit,
    AuthenticatedClient,
    RealtimeKit,
    RealtimeKitError,
    ResponseParseError,
    RetryPolicy,
    ServerError,
)
from realtimekit_client.errors import STATUS_ERRORS

from realtimekit_mock import create_app
from realtimekit_mock.spec import Operation, Spec, load_spec

SPEC: Spec = load_spec()
TOKEN = "client-fuzz-token-0b6c2d9e4f1a"
ACCOUNT, APP = "fuzz-account", "fuzz-app"
BASE = "http://api.fuzz.test/client/v4"
MEETING_ID = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"
ITER_LIMIT = 50
"""Items taken from an ``iter`` at most (a hostile server can make it endless)."""


async def _no_wait(seconds: float) -> None:
    del seconds


POLICY = RetryPolicy(sleep=lambda seconds: None, async_sleep=_no_wait)


@dataclass(frozen=True)
class Target:
    """One operation and how to call it four ways."""

    op: Operation
    module: Any
    body_class: Any
    sync_type: Any
    bound_type: Any
    resource: str
    method: str
    iterator: str | None
    """The bound iterator paging through the operation, if it has one."""

    def __repr__(self) -> str:
        return f"<{self.op.operation_id}>"

    def body(self) -> Any:
        return None if self.body_class is None else self.body_class.from_dict(_example(self.op))

    def free_args(self) -> list[str]:
        """Path parameters other than account_id and app_id, in order (a UUID where the spec
        asks for one)."""
        return [
            MEETING_ID if SPEC.resolve(p.schema).get("format") == "uuid" else f"{p.name}-1"
            for p in self.op.parameters
            if p.location == "path" and p.name not in ("account_id", "app_id")
        ]

    def op_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        names = [p.name for p in self.op.parameters if p.location == "path"]
        values = {"account_id": ACCOUNT, "app_id": APP}
        args = dict(zip([n for n in names if n not in values], self.free_args(), strict=True))
        kwargs.update({n: values.get(n, args.get(n)) for n in names})
        if self.body_class is not None:
            kwargs["body"] = self.body()
        return kwargs


def _example(op: Operation) -> dict[str, Any]:
    """The first example of an operation's request body (valid by the spec's own tests)."""
    raw = SPEC.resolve(SPEC.document["paths"][op.path][op.method.lower()]["requestBody"])
    media = raw["content"]["application/json"]
    value: dict[str, Any] = SPEC.resolve(next(iter(media["examples"].values())))["value"]
    return json.loads(json.dumps(value))


NAMESPACE_HOLDER = RealtimeKit(token=TOKEN, account_id=ACCOUNT, app_id=APP, base_url=BASE)
"""A bound client whose namespaces give each tag's resource class and its OPERATIONS."""


def targets() -> list[Target]:
    """Every operation of the spec, with its client functions and types; the bound method and
    iterator of each are those the resource class's OPERATIONS and ITERATORS name."""
    found = []
    for op in SPEC.operations:
        module = importlib.import_module(f"realtimekit_client.api.{op.tag}.{op.operation_id}")
        signature = inspect.signature(module.sync)
        body = signature.parameters.get("body")
        resource_class = type(getattr(NAMESPACE_HOLDER, op.tag))
        (name,) = [m for m, o in resource_class.OPERATIONS.items() if o == op.operation_id]
        iterators = [i for i, o in resource_class.ITERATORS.items() if o == op.operation_id]
        bound = getattr(resource_class, name)
        found.append(
            Target(
                op=op,
                module=module,
                body_class=body.annotation if body is not None else None,
                sync_type=signature.return_annotation,
                bound_type=inspect.signature(bound).return_annotation,
                resource=op.tag,
                method=name,
                iterator=iterators[0] if iterators else None,
            )
        )
    return found


TARGETS = targets()


# Operations that change what later ones need run last, in this order (a kick empties the live
# session, a kick-all ends it, a delete removes what the others read).
_LAST = ("kick_participants", "kick_all_participants")
# The live meeting's livestream is read, stopped, then a new one started on it.
_STREAM = ("get_active_livestream", "stop_livestream", "start_livestream")


def sample_bodies() -> dict[str, bytes]:
    """operationId → the body of a real success answer of the emulator, each operation called
    on the records of a seeded app (``EmulatorApp.seed``) with its request example."""
    app = create_app(tokens=[TOKEN])
    ids = app.seed(ACCOUNT, APP)
    bodies: dict[str, bytes] = {}
    # Operations that need the live session's meeting.
    live_ops = {
        op.operation_id
        for op in SPEC.operations
        if op.tag in ("active_session", "recordings", "livestreams")
    }
    values = {
        "account_id": ACCOUNT,
        "app_id": APP,
        "meeting_id": ids["meeting_id"],
        "session_id": ids["session_id"],
        "peer_id": ids["peer_id"],
        "livestream_id": ids["live_livestream_id"],
        "livestream_session_id": ids["livestream_session_id"],
    }

    async def collect() -> None:
        transport = httpx.ASGITransport(app)
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            ordered = sorted(
                SPEC.operations,
                key=lambda o: (
                    o.method == "DELETE",
                    _LAST.index(o.operation_id) + 1 if o.operation_id in _LAST else 0,
                    _STREAM.index(o.operation_id) + 1 if o.operation_id in _STREAM else 0,
                ),
            )
            for op in ordered:
                here = dict(values)
                if op.operation_id in live_ops:
                    here["meeting_id"] = ids["live_meeting_id"]
                here["participant_id"] = (
                    ids["peer_id"] if op.tag == "sessions" else ids["participant_id"]
                )
                path = SPEC.base_path + op.path.format(**here)
                body = _example(op) if op.body_schema is not None else None
                if body and "custom_participant_id" in body:
                    body["custom_participant_id"] = f"fuzz-{op.operation_id}"
                if body and ("participant_ids" in body or "custom_participant_ids" in body):
                    body = {"participant_ids": [ids["live_participant_id"]]}
                if body and "meeting_id" in body:
                    body["meeting_id"] = ids["live_meeting_id"]
                res = await client.request(op.method, path, json=body, headers=headers)
                assert res.is_success, (op.operation_id, res.text)
                bodies[op.operation_id] = res.content
                if op.operation_id == "start_recording":
                    values["recording_id"] = res.json()["data"]["id"]
                if op.operation_id == "create_preset":  # the preset the later ones act on
                    values["preset_id"] = res.json()["data"]["id"]
                if op.operation_id == "create_webhook":
                    values["webhook_id"] = res.json()["data"]["id"]

    asyncio.run(collect())
    return bodies


SAMPLES = sample_bodies()

# ---- strategies ----------------------------------------------------------------------------

STATUSES = st.one_of(
    st.sampled_from(
        [
            *(200, 201, 202, 204, 400, 401, 403, 404, 405, 408, 409, 413, 415, 422, 429),
            *(500, 502, 503, 504, 520, 521, 522, 523, 524, 525, 530),
        ]
    ),
    st.integers(100, 999),
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**20, max_value=10**400)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=20,
)
HEADER_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)
RETRY_AFTER = st.one_of(
    st.integers(-10, 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(
        [
            "Fri, 31 Dec 9999 23:59:59 GMT",
            "Mon, 01 Jan 0001 00:00:00 GMT",
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "Wed, 21 Oct 2015 07:28:00",
            "1e400",
            "0x10",
            "",
            " 1 ",
        ]
    ),
    HEADER_TEXT,
)
CONTENT_TYPES = st.sampled_from(
    ["application/json", "text/html", "application/json; charset=utf-16", "x/y; charset=nope", ""]
)
ENCODINGS = st.sampled_from(
    ["identity", "gzip", "deflate", "br", "zstd", "x-garbage", "gzip, gzip"]
)


def _mutate(value: Any, data: st.DataObject) -> Any:
    """``value`` with one random part replaced, removed, or nested deeply."""
    if isinstance(value, dict) and value and data.draw(st.booleans()):
        key = data.draw(st.sampled_from(sorted(value)))
        copy = dict(value)
        action = data.draw(st.sampled_from(["drop", "replace", "descend"]))
        if action == "drop":
            del copy[key]
        elif action == "replace":
            copy[key] = data.draw(JSON_VALUES)
        else:
            copy[key] = _mutate(value[key], data)
        return copy
    if isinstance(value, list) and value and data.draw(st.booleans()):
        index = data.draw(st.integers(0, len(value) - 1))
        copy = list(value)
        copy[index] = _mutate(value[index], data)
        return copy
    return data.draw(JSON_VALUES)


def body_for(target: Target, data: st.DataObject) -> bytes:
    """A response body: real, mutated, truncated, random, huge, deep or not JSON at all."""
    sample = SAMPLES[target.op.operation_id]
    kind = data.draw(
        st.sampled_from(
            ["real", "mutated", "truncated", "random", "error", "huge", "deep", "bytes", "empty"]
        )
    )
    if kind == "real":
        return sample
    if kind == "mutated":
        return json.dumps(_mutate(json.loads(sample), data)).encode()
    if kind == "truncated":
        return sample[: data.draw(st.integers(0, max(0, len(sample) - 1)))]
    if kind == "random":
        return json.dumps(data.draw(JSON_VALUES)).encode()
    if kind == "error":
        error = data.draw(
            st.one_of(
                JSON_VALUES, st.fixed_dictionaries({"code": JSON_VALUES, "message": JSON_VALUES})
            )
        )
        shape = data.draw(st.sampled_from(["error", "errors"]))
        return json.dumps(
            {"success": False, shape: error if shape == "error" else [error]}
        ).encode()
    if kind == "huge":
        decoded = json.loads(sample)
        if isinstance(decoded.get("data"), list) and decoded["data"]:
            decoded["data"] = decoded["data"] * 5000
        elif isinstance(decoded.get("data"), dict):
            decoded["data"]["title"] = "x" * 2_000_000
        return json.dumps(decoded).encode()
    if kind == "deep":
        depth = data.draw(st.sampled_from([100, 10_000, 200_000]))
        where = data.draw(st.sampled_from(["whole", "data", "error"]))
        nest = "[" * depth + "]" * depth
        if where == "whole":
            return nest.encode()
        return f'{{"success": true, "{where}": {nest}}}'.encode()
    if kind == "bytes":
        return data.draw(st.binary(max_size=200))
    return b""


@dataclass
class Answer:
    """The response the mock transport gives to every attempt."""

    status: int
    body: bytes
    headers: list[tuple[str, str]]

    def handler(self, request: httpx.Request) -> httpx.Response:
        # A stream, so content decoding happens in the client as it would over the network.
        return httpx.Response(
            self.status, headers=self.headers, stream=httpx.ByteStream(self.body), request=request
        )


def answers(target: Target) -> st.SearchStrategy[Answer]:
    """Responses for one operation."""

    @st.composite
    def build(draw: Any) -> Answer:
        data = draw(st.data())
        status = draw(STATUSES)
        body = body_for(target, data)
        headers: list[tuple[str, str]] = []
        if draw(st.booleans()):
            headers.append(("content-type", draw(CONTENT_TYPES)))
        if draw(st.booleans()):
            headers.append(("retry-after", draw(RETRY_AFTER)))
        if draw(st.booleans()):
            headers.append(("cf-ray", draw(HEADER_TEXT)))
        if draw(st.integers(0, 4)) == 0:
            headers.append(("content-encoding", draw(ENCODINGS)))
        return Answer(status, body, headers)

    return build()


# ---- the property --------------------------------------------------------------------------


def check_outcome(answer: Answer, call: Callable[[], Any], expected: Any, *, many: bool) -> None:
    """The call returns ``expected`` (each item, if ``many``) or raises the documented error."""
    try:
        result = call()
    except RealtimeKitError as exc:
        _check_error(answer, exc)
        return
    assert 200 <= answer.status <= 299, f"status {answer.status} returned {result!r:.200}"
    items = result if many else [result]
    for item in items:
        assert isinstance(item, expected), f"{type(item).__name__} is not {expected.__name__}"


def _check_error(answer: Answer, exc: RealtimeKitError) -> None:
    if isinstance(exc, ResponseParseError):
        encoded = any(name == "content-encoding" for name, _ in answer.headers)
        assert 200 <= answer.status <= 299 or encoded, f"{answer.status}: {exc}"
        return
    assert isinstance(exc, ApiError), f"{type(exc).__name__}: {exc}"
    assert not 200 <= answer.status <= 299, f"{answer.status} raised {exc!r}"
    assert exc.status == answer.status
    wanted = STATUS_ERRORS.get(answer.status) or (ServerError if answer.status >= 500 else ApiError)
    assert type(exc) is wanted, f"{answer.status} raised {type(exc).__name__}"
    str(exc), repr(exc)


def _sync_bound(target: Target, answer: Answer) -> None:
    rk = RealtimeKit(
        token=TOKEN,
        account_id=ACCOUNT,
        app_id=APP,
        base_url=BASE,
        transport=httpx.MockTransport(answer.handler),
        retry_policy=POLICY,
    )
    with rk:
        method = getattr(getattr(rk, target.resource), target.method)
        args = target.free_args()
        if target.body_class is not None:
            check_outcome(
                answer, lambda: method(*args, target.body()), target.bound_type, many=False
            )
        else:
            check_outcome(answer, lambda: method(*args), target.bound_type, many=False)
        if target.iterator is not None:
            pages = getattr(getattr(rk, target.resource), target.iterator)
            items = lambda: list(itertools.islice(pages(*args), ITER_LIMIT))  # noqa: E731
            check_outcome(answer, items, object, many=True)


def _sync_function(target: Target, answer: Answer) -> None:
    client = AuthenticatedClient(
        base_url=BASE,
        token=TOKEN,
        transport=httpx.MockTransport(answer.handler),
        retry_policy=POLICY,
    )
    with client:
        kwargs = target.op_kwargs()
        check_outcome(
            answer,
            lambda: target.module.sync(client=client, **kwargs),
            target.sync_type,
            many=False,
        )


def _run(coro: Callable[[], Awaitable[Any]]) -> Callable[[], Any]:
    return lambda: asyncio.run(coro())  # type: ignore[arg-type]


def _async_bound(target: Target, answer: Answer) -> None:
    def make() -> AsyncRealtimeKit:
        return AsyncRealtimeKit(
            token=TOKEN,
            account_id=ACCOUNT,
            app_id=APP,
            base_url=BASE,
            transport=httpx.MockTransport(answer.handler),
            retry_policy=POLICY,
        )

    args = target.free_args()

    async def call() -> Any:
        async with make() as rk:
            method = getattr(getattr(rk, target.resource), target.method)
            if target.body_class is not None:
                return await method(*args, target.body())
            return await method(*args)

    check_outcome(answer, _run(call), target.bound_type, many=False)
    if target.iterator is not None:
        iterator = target.iterator

        async def items() -> list[Any]:
            async with make() as rk:
                out = []
                async for item in getattr(getattr(rk, target.resource), iterator)(*args):
                    out.append(item)
                    if len(out) >= ITER_LIMIT:
                        break
                return out

        check_outcome(answer, _run(items), object, many=True)


def _async_function(target: Target, answer: Answer) -> None:
    async def call() -> Any:
        client = AuthenticatedClient(
            base_url=BASE,
            token=TOKEN,
            async_transport=httpx.MockTransport(answer.handler),
            retry_policy=POLICY,
        )
        async with client:
            return await target.module.asyncio(client=client, **target.op_kwargs())

    check_outcome(answer, _run(call), target.sync_type, many=False)


WAYS: dict[str, Callable[[Target, Answer], None]] = {
    "sync-bound": _sync_bound,
    "async-bound": _async_bound,
    "sync-function": _sync_function,
    "async-function": _async_function,
}
"""The four ways of calling an operation."""


def property_for(way: str, *, examples: int, derandomize: bool) -> Callable[[], None]:
    """A hypothesis test of one way of calling, over every operation."""
    run = WAYS[way]

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=derandomize,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def hostile_responses(data: st.DataObject) -> None:
        target = data.draw(st.sampled_from(TARGETS), label="operation")
        answer = data.draw(answers(target), label="answer")
        run(target, answer)

    return hostile_responses  # type: ignore[no-any-return]
