"""The HTTP surface: routing, methods, auth, media types, sizes and whatever bytes arrive."""

from __future__ import annotations

import asyncio
import random
import uuid
from typing import Any

import httpx
import pytest

from realtimekit_mock import MAX_BODY_BYTES, create_app
from realtimekit_mock.spec import load_spec

SPEC = load_spec()
METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"}
BODY_OPS = [op.operation_id for op in SPEC.operations if op.body_schema is not None]


def _url(operation_id: str, meeting_id: str, participant_id: str = "p1") -> str:
    """The operation's path (relative to the app) with concrete parameters: the meeting and
    participant given, any other a valid value of its schema."""
    op = SPEC.by_id[operation_id]
    path = (
        op.path.replace("/accounts/{account_id}/realtime/kit/{app_id}", "")
        .replace("/accounts/{account_id}/realtime/kit/apps", "APPS")
        .replace("/accounts/{account_id}/realtimekit", "ORG")
        .replace("{meeting_id}", meeting_id)
        .replace("{participant_id}", participant_id)
    )
    for p in op.parameters:
        if p.location == "path":
            uuid_like = SPEC.resolve(p.schema).get("format") == "uuid"
            path = path.replace("{" + p.name + "}", meeting_id if uuid_like else f"{p.name}-1")
    return path


def _absolute(emulator: Any, relative: str) -> str:
    if relative.startswith("ORG"):
        return f"{emulator.base_url}/accounts/{emulator.account_id}/realtimekit{relative[3:]}"
    if relative.startswith("APPS"):
        return f"{emulator.base_url}/accounts/{emulator.account_id}/realtime/kit/apps{relative[4:]}"
    return (
        f"{emulator.base_url}/accounts/{emulator.account_id}/realtime/kit/{emulator.app_id}"
        f"{relative}"
    )


# ---- routing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/client/v4/nope",
        "/client/v4/accounts/a/realtime/kit/b/meetings/",
        "/client/v4/accounts/a/realtime/kit/b/rooms",
        "/client/v4",
        "/",
        "/_emulator",
    ],
)
def test_unknown_routes_are_404(emulator: Any, http: Any, contract: Any, path: str) -> None:
    """Paths the spec does not have answer the 404 envelope."""
    res = http.get(emulator.url + path)
    assert res.status_code == 404
    assert contract.error(res)["message"].startswith("No route for ")


@pytest.mark.parametrize("operation_id", [op.operation_id for op in SPEC.operations])
def test_wrong_method_is_405_with_allow(
    emulator: Any, http: Any, contract: Any, operation_id: str
) -> None:
    """Every method a path lacks answers 405 with an Allow header listing the spec's methods."""
    op = SPEC.by_id[operation_id]
    allowed = sorted(o.method for o in SPEC.operations if o.path == op.path)
    url = _absolute(emulator, _url(operation_id, str(uuid.uuid4())))
    for method in [*sorted(METHODS - set(allowed)), "HEAD", "OPTIONS"]:
        res = http.request(method, url)
        assert res.status_code == 405, (method, url)
        assert res.headers["allow"] == ", ".join(allowed)
        if method != "HEAD":
            assert contract.check(operation_id, res)["error"]["message"] == (
                f"Method {method} not allowed; allowed methods are {', '.join(allowed)}"
            )


# ---- authentication ------------------------------------------------------------------------


@pytest.mark.parametrize("operation_id", [op.operation_id for op in SPEC.operations])
@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-token", "Basic dXNlcjpwYXNz", "Bearer", "Token x"],
)
def test_every_route_needs_a_valid_token(
    emulator: Any, raw_client: Any, contract: Any, operation_id: str, authorization: str | None
) -> None:
    """Without an accepted bearer token every operation answers 401, before any validation."""
    url = _absolute(emulator, _url(operation_id, "not-a-uuid"))
    headers = {"Authorization": authorization} if authorization else {}
    method = SPEC.by_id[operation_id].method
    res = raw_client.request(method, url, headers=headers, content=b"{not json")
    assert contract.check(operation_id, res)["error"]["message"] == "Missing or invalid API token"
    assert res.status_code == 401


def test_several_tokens_and_scheme_case() -> None:
    """Every configured token is accepted, the scheme case-insensitively; others are not."""
    app = create_app(tokens=["token-a", "token-b"])
    cases = [
        ("Bearer token-a", 200),
        ("bearer token-b", 200),
        ("Bearer token-c", 401),
        ("Bearer token-a-longer", 401),
        ("Bearer realtimekit-emulator-local-token", 401),
    ]

    async def statuses() -> list[int]:
        transport = httpx.ASGITransport(app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            url = "/client/v4/accounts/a/realtime/kit/b/meetings"
            return [
                (await client.get(url, headers={"Authorization": auth})).status_code
                for auth, _ in cases
            ]

    assert asyncio.run(statuses()) == [status for _, status in cases]


def test_empty_token_is_refused_at_start() -> None:
    """An empty accepted token is a configuration error."""
    with pytest.raises(ValueError, match="non-empty"):
        create_app(tokens=[""])


# ---- content type and size -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "status", "message"),
    [
        ("text/plain", 415, "Content-Type must be application/json, got text/plain"),
        (None, 415, "Content-Type must be application/json, got none"),
        ("application/xml", 415, "Content-Type must be application/json, got application/xml"),
        ("application/json; charset=latin-1", 415, "Content-Type must be application/json, got"),
        ("application/json; charset=UTF-8", 201, None),
        ("APPLICATION/JSON", 201, None),
    ],
)
def test_content_type(
    http: Any, contract: Any, content_type: str | None, status: int, message: str | None
) -> None:
    """Bodies must be application/json (UTF-8): 415 otherwise, naming what was sent."""
    headers = {"Content-Type": content_type} if content_type else {}
    res = http.post("/meetings", content=b'{"title": "t"}', headers=headers)
    body = contract.check("create_meeting", res)
    assert res.status_code == status
    if message:
        assert body["error"]["message"].startswith(message)


@pytest.mark.parametrize("operation_id", BODY_OPS)
def test_wrong_content_type_on_every_body_operation(
    emulator: Any, http: Any, create: Any, add: Any, contract: Any, operation_id: str
) -> None:
    """Every operation with a body answers 415 to a non-JSON content type."""
    mid = create()["id"]
    pid = add(mid, "u1")["id"]
    url = _absolute(emulator, _url(operation_id, mid, pid))
    res = http.request(
        SPEC.by_id[operation_id].method,
        url,
        content=b"title=x",
        headers={"Content-Type": "text/plain"},
    )
    assert res.status_code == 415
    contract.check(operation_id, res)


def test_body_over_limit_is_413(http: Any, contract: Any) -> None:
    """A body over 1 MiB answers 413, whether its length is declared or chunked."""
    big = b'{"title": "' + b"x" * MAX_BODY_BYTES + b'"}'
    headers = {"Content-Type": "application/json"}
    res = http.post("/meetings", content=big, headers=headers)
    assert res.status_code == 413
    assert contract.check("create_meeting", res)["error"]["message"] == (
        "Request body is larger than 1048576 bytes"
    )

    def chunks() -> Any:
        for i in range(0, len(big), 65536):
            yield big[i : i + 65536]

    res = http.post("/meetings", content=chunks(), headers=headers)
    assert res.status_code == 413
    assert http.get("/meetings").json()["paging"]["total_count"] == 0


def test_body_at_the_limit_is_accepted(http: Any) -> None:
    """A body of exactly 1 MiB is accepted."""
    head, tail = b'{"title": "', b'"}'
    body = head + b"x" * (MAX_BODY_BYTES - len(head) - len(tail)) + tail
    assert len(body) == MAX_BODY_BYTES
    res = http.post("/meetings", content=body, headers={"Content-Type": "application/json"})
    assert res.status_code == 201


# ---- whatever bytes arrive -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{bad", "body: malformed JSON"),
        (b"", "body: a JSON request body is required"),
        (b'{"title": "\xff\xfe"}', "body: not valid UTF-8"),
        (b"[" * 5000 + b"]" * 5000, "body: malformed JSON"),
        (b'{"title": NaN}', "body: malformed JSON"),
        (b'{"title": Infinity}', "body: malformed JSON"),
        (b'{"session_keep_alive_time_in_secs": -Infinity}', "body: malformed JSON"),
        (b'{"session_keep_alive_time_in_secs": 1e400}', "body: malformed JSON"),
        (b'{"session_keep_alive_time_in_secs": ' + b"9" * 5000 + b"}", "body: malformed JSON"),
        (b'{"title": "a\x00b"}', "body: malformed JSON"),
        (b"\x00\x00\x00", "body: malformed JSON"),
        (b'{"title": "\\ud800"}', "body: malformed JSON"),
        (b'\xef\xbb\xbf{"title": "bom"}', "body: malformed JSON"),
        (b'{"title": "x"} trailing', "body: malformed JSON"),
        (b'"just a string"', 'body: "just a string" is not of type "object"'),
        (b"null", 'body: null is not of type "object"'),
    ],
)
def test_malformed_bodies_are_400(http: Any, contract: Any, raw: bytes, message: str) -> None:
    """Invalid UTF-8, deep nesting, NaN/Infinity, huge numbers, NUL bytes: 400, never 500."""
    res = http.post("/meetings", content=raw, headers={"Content-Type": "application/json"})
    assert res.status_code == 400, res.text
    assert contract.check("create_meeting", res)["error"]["message"].startswith(message)


def test_json_edge_cases_that_are_valid(http: Any) -> None:
    """Duplicate keys (last wins), escaped NUL, big integers as floats and deep extras are fine."""
    headers = {"Content-Type": "application/json"}
    res = http.post("/meetings", content=b'{"title": "a", "title": "b"}', headers=headers)
    assert res.json()["data"]["title"] == "b"
    res = http.post("/meetings", content=b'{"title": "a\\u0000b"}', headers=headers)
    assert res.json()["data"]["title"] == "a\x00b"
    deep = b'{"title": "deep", "extra": ' + b"[" * 500 + b"]" * 500 + b"}"
    res = http.post("/meetings", content=deep, headers=headers)
    assert res.status_code == 201 and "extra" not in res.json()["data"]
    huge = b'{"recording_config": {"video_config": {"watermark": {"size": {"width": 1' + (
        b"0" * 30 + b"}}}}}"
    )
    res = http.post("/meetings", content=huge, headers=headers)
    assert res.status_code == 201
    assert res.json()["data"]["recording_config"]["video_config"]["watermark"]["size"]["width"] > 1


@pytest.mark.parametrize("operation_id", BODY_OPS)
def test_random_bytes_never_cause_a_server_error(
    emulator: Any, http: Any, create: Any, add: Any, contract: Any, operation_id: str
) -> None:
    """Seeded random byte strings to every body operation: documented 4xx answers only."""
    mid = create()["id"]
    pid = add(mid, "u1")["id"]
    url = _absolute(emulator, _url(operation_id, mid, pid))
    method = SPEC.by_id[operation_id].method
    rng = random.Random(operation_id)
    alphabet = b'{}[]":,0123456789.eE+-tfnul\\ \x00\xff\xc3\xa9ab'
    for _ in range(60):
        raw = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        res = http.request(method, url, content=raw, headers={"Content-Type": "application/json"})
        assert res.status_code in (200, 201, 400, 409), (raw, res.text)
        contract.check(operation_id, res)


def test_bad_path_and_query_encodings_are_400(http: Any, contract: Any) -> None:
    """Percent-encoded invalid UTF-8 in the path or query, or an encoded slash: 400."""
    res = http.get("/meetings/%ff%fe")
    assert res.status_code == 400
    assert contract.error(res)["message"] == "path: not valid UTF-8"
    res = http.get("/meetings?search=%ff")
    assert contract.check("list_meetings", res)["error"]["message"].startswith("query:")
    res = http.get(f"/meetings/{uuid.uuid4()}%2Fx")
    assert contract.check("get_meeting", res)["error"]["message"].startswith("meeting_id:")


# ---- unexpected failures -------------------------------------------------------------------


def test_unexpected_exception_is_a_500_envelope(
    http: Any, create: Any, emulator: Any, contract: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug in the store becomes a 500 envelope without a traceback; the server keeps going."""
    mid = create()["id"]

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(emulator.app.store.meetings, "require", broken)
    res = http.get(f"/meetings/{mid}")
    assert res.status_code == 500
    assert contract.check("get_meeting", res)["error"]["message"] == "Internal server error"
    assert "Traceback" not in res.text and "secret internal detail" not in res.text
    monkeypatch.undo()
    assert http.get(f"/meetings/{mid}").status_code == 200


def test_every_answer_carries_a_cf_ray_request_id(
    realtimekit_client: Any, http: httpx.Client
) -> None:
    """Errors raised by the client name the emulator's cf-ray, unique per answer."""
    import re

    from realtimekit_client import NotFoundError

    rays = set()
    for _ in range(3):
        with pytest.raises(NotFoundError) as caught:
            realtimekit_client.meetings.get(str(uuid.uuid4()))
        rays.add(caught.value.request_id)
    rays.add(http.get("/meetings").headers["cf-ray"])
    assert len(rays) == 4
    assert all(re.fullmatch(r"[0-9a-f]{16}-EMU", ray or "") for ray in rays), rays
    assert "[cf-ray " in str(caught.value)
