"""Hostile input the emulator's own tests do not send: raw protocol abuse, stalled clients,
injection-looking strings, query tricks, token variants and the control API's exposure.

Each case checks the answer (status and, for the API, the error envelope) and then that the
server still answers the next request. The HTTP cases run against an emulator process of their
own on 127.0.0.1, so a crash could not hide behind an in-process server.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from realtimekit_mock import MAX_BODY_BYTES, EmulatorServer, create_app
from realtimekit_mock.spec import load_spec
from reliability.emulator import ACCOUNT, APP, TOKEN, Emulator
from reliability.hostile import RAW_CASES, SEARCH_STRINGS, send_raw, stall

SPEC = load_spec()


@pytest.fixture(scope="module")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """One emulator process for the module."""
    log = tmp_path_factory.mktemp("hostile") / "emulator.log"
    with Emulator(log=log) as running:
        yield running


@pytest.fixture
def client(emulator: Emulator) -> Iterator[httpx.Client]:
    """An authenticated client of the test tenant."""
    with httpx.Client(base_url=emulator.app_url, headers=emulator.headers, timeout=10) as c:
        yield c


def _still_up(client: httpx.Client) -> None:
    assert client.get("/meetings", params={"per_page": 1}).status_code == 200


@pytest.mark.parametrize("case", RAW_CASES, ids=[c.name for c in RAW_CASES])
def test_raw_protocol_abuse_gets_an_answer_and_the_server_stays_up(
    emulator: Emulator, client: httpx.Client, case: Any
) -> None:
    """Malformed framing, huge headers and URLs, bad chunking: an answer, then business as usual."""
    answer = send_raw(emulator.port, case.request)
    status = int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1 ") else None
    assert status == case.status, answer[:300]
    if case.envelope:
        body = answer.split(b"\r\n\r\n", 1)[1]
        assert b'"success":false' in body and b'"code":%d' % case.status in body
    _still_up(client)


def test_declared_oversized_body_is_refused_before_it_is_sent(emulator: Emulator) -> None:
    """Content-Length over the limit is a 413 at once, even if the client never sends a byte."""
    head = (
        f"POST /client/v4/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings HTTP/1.1\r\n"
        f"Host: x\r\nAuthorization: Bearer {TOKEN}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {MAX_BODY_BYTES * 1024}\r\n\r\n"
    ).encode()
    started = time.monotonic()
    answer = send_raw(emulator.port, head, timeout=3)
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    assert time.monotonic() - started < 2
    assert b"Request body is larger than 1048576 bytes" in answer


def test_stalled_clients_do_not_slow_down_the_others(
    emulator: Emulator, client: httpx.Client
) -> None:
    """Connections stalled at every stage of a request: others are answered at once; the
    stalled requests create nothing, and closing them leaves the server healthy."""
    before = client.get("/meetings").json()["paging"]["total_count"]
    with stall(emulator.port, connections=60) as stalled:
        assert len(stalled) == 60
        timings = []
        for i in range(40):
            started = time.perf_counter()
            res = client.post("/meetings", json={"title": f"while stalled {i}"})
            timings.append(time.perf_counter() - started)
            assert res.status_code == 201
        assert max(timings) < 0.5, max(timings)
    time.sleep(0.2)
    listed = client.get("/meetings", params={"per_page": 100}).json()
    assert listed["paging"]["total_count"] == before + 40
    assert all(m["title"].startswith("while stalled ") for m in listed["data"][:40])
    assert "Traceback" not in emulator.output()


@pytest.mark.parametrize("text", SEARCH_STRINGS)
def test_injection_looking_search_strings_are_plain_text(client: httpx.Client, text: str) -> None:
    """SQL, LIKE wildcards, regex and path traversal in `search` match only themselves."""
    plain = client.post("/meetings", json={"title": "plain meeting"})
    assert plain.status_code == 201
    literal = client.post("/meetings", json={"title": f"literal {text} here"})
    assert literal.status_code == 201
    res = client.get("/meetings", params={"search": text, "per_page": 100})
    assert res.status_code == 200, res.text
    titles = {m["title"] for m in res.json()["data"]}
    assert titles == {f"literal {text} here"}
    _still_up(client)


@pytest.mark.parametrize(
    ("segment", "status"),
    [
        ("..%2F..%2Fetc%2Fpasswd", 404),
        ("%2e%2e", 404),
        ("1%27%20OR%20%271%27%3D%271", 404),
        ("%00", 404),
        ("a%20b%09c", 404),
        ("%ff", 400),
        ("x" * 65, 400),
    ],
)
def test_hostile_participant_ids(client: httpx.Client, segment: str, status: int) -> None:
    """Traversal, SQL and control characters in an id are an ordinary unknown id (or a 400)."""
    mid = client.post("/meetings", json={}).json()["data"]["id"]
    res = client.get(f"/meetings/{mid}/participants/{segment}")
    assert res.status_code == status, res.text
    assert res.json()["error"]["code"] == status


@pytest.mark.parametrize(
    "account",
    ["%2e%2e", "%2e%2e%2F..", "a%00b", "%27%3B%20DROP%20TABLE%20meetings%3B--", "%E2%80%AEx"],
)
def test_hostile_account_ids_are_separate_tenants(
    emulator: Emulator, client: httpx.Client, account: str
) -> None:
    """An account id made of traversal or SQL text is just another tenant, isolated from ours."""
    base = f"{emulator.url}/client/v4/accounts/{account}/realtime/kit/{APP}/meetings"
    made = httpx.post(base, json={"title": "elsewhere"}, headers=emulator.headers)
    assert made.status_code == 201, made.text
    mine = client.get("/meetings", params={"search": "elsewhere"}).json()
    assert mine["paging"]["total_count"] == 0
    again = httpx.get(f"{base}/{made.json()['data']['id']}", headers=emulator.headers)
    assert again.status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        "page_no=%D9%A1",  # ARABIC-INDIC DIGIT ONE
        "per_page=%EF%BC%92",  # FULLWIDTH DIGIT TWO
        "page_no=1e3",
        "page_no=0x10",
        "page_no=+1",
        "page_no=1.0",
        "page_no=99999999999999999999999",
        "per_page=0",
        "search=" + "a" * 257,
        "&".join(f"page_no={i}" for i in range(150)),
        "status=active",
        "start_time=2026-13-01T00:00:00Z",
    ],
)
def test_hostile_query_values_are_400(client: httpx.Client, query: str) -> None:
    """Numbers in other scripts or notations, out-of-range values, floods of fields: 400."""
    res = client.get(f"/meetings?{query}")
    assert res.status_code == 400, res.text
    assert res.json()["error"]["code"] == 400


@pytest.mark.parametrize(
    "body",
    [
        b'{"title": "' + "\U0001f600\u202e\u200b".encode() * 1000 + b'"}',
        b'{"title": "' + b"\\u0000" * 1000 + b'"}',
        b"{" + b",".join(b'"k%d": %d' % (i, i) for i in range(50_000)) + b"}",
        b'{"title": "x", "ai_config": {"transcription": {"keywords": ['
        + b",".join(b'"w%d"' % i for i in range(20_000))
        + b"]}}}",
    ],
    ids=["emoji-rtl-zero-width", "escaped-nuls", "50k-unknown-keys", "20k-keywords"],
)
def test_big_odd_but_valid_bodies_are_stored_exactly(client: httpx.Client, body: bytes) -> None:
    """Odd Unicode, escaped NULs, tens of thousands of keys or items: stored and read back."""
    started = time.perf_counter()
    res = client.post("/meetings", content=body, headers={"Content-Type": "application/json"})
    assert time.perf_counter() - started < 2
    assert res.status_code == 201, res.text[:300]
    data = res.json()["data"]
    assert client.get(f"/meetings/{data['id']}").json()["data"] == data
    assert not any(k.startswith("k") and k[1:].isdigit() for k in data)


def test_huge_invalid_value_gives_a_short_message(client: httpx.Client) -> None:
    """A 900 kB invalid value is a 400 whose message stays short (it is not echoed whole)."""
    body = {"title": ["x" * 900_000]}
    res = client.post("/meetings", json=body)
    assert res.status_code == 400
    assert len(res.json()["error"]["message"]) < 600


# ---- authentication ------------------------------------------------------------------------

TOKEN_VARIANTS = [
    f"Bearer {TOKEN[:-1]}",
    f"Bearer {TOKEN}x",
    f"Bearer {TOKEN.upper()}",
    f"Bearer x{TOKEN}",
    f"Bearer {TOKEN[: len(TOKEN) // 2]}",
    f"Bearer\t{TOKEN}",
    f"Bearer:{TOKEN}",
    f"Basic {TOKEN}",
    f"{TOKEN}",
    f"Bearer {TOKEN} {TOKEN}",
    f"Bearer {TOKEN},{TOKEN}",
    "Bearer " + "A" * 100_000,
    "Bearer \u00e9\u00e8",
    "Bearer ",
    "",
]


def _operation_paths(mid: str) -> list[tuple[str, str]]:
    """(method, path) of every operation in openapi.yaml, with concrete parameters."""
    out = []
    for op in SPEC.operations:
        path = (
            op.path.replace("{account_id}", ACCOUNT)
            .replace("{app_id}", APP)
            .replace("{meeting_id}", mid)
            .replace("{participant_id}", "p-1")
        )
        out.append((op.method, SPEC.base_path + path))
    return out


def test_every_operation_refuses_every_bad_token() -> None:
    """For every operation of the spec and every near-miss token: 401 and nothing changes."""
    app = create_app(tokens=[TOKEN])
    mid = app.store.meetings.create_meeting(
        account_id=ACCOUNT, app_id=APP, body={"title": "untouched"}
    )["id"]
    before = app.store.meetings.get_meeting(account_id=ACCOUNT, app_id=APP, meeting_id=mid)

    async def statuses() -> list[tuple[str, str, str, int, Any]]:
        out = []
        transport = httpx.ASGITransport(app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            for method, path in _operation_paths(mid):
                for auth in TOKEN_VARIANTS:
                    headers = {"Authorization": auth.encode("utf-8")} if auth else {}
                    res = await c.request(method, path, headers=headers, json={"title": "changed"})
                    out.append((method, path, auth[:20], res.status_code, res.json()))
                res = await c.request(method, path, params={"token": TOKEN}, json={})
                out.append((method, path, "query", res.status_code, res.json()))
        return out

    for method, path, auth, status, body in asyncio.run(statuses()):
        assert status == 401, (method, path, auth, body)
        assert body == {
            "success": False,
            "error": {"code": 401, "message": "Missing or invalid API token"},
        }
    assert app.store.meetings.get_meeting(account_id=ACCOUNT, app_id=APP, meeting_id=mid) == before
    assert (
        app.store.meetings.list_meetings(
            account_id=ACCOUNT, app_id=APP, page_no=1, per_page=20
        ).total_count
        == 1
    )
    assert (
        app.store.meetings.list_meetings(
            account_id=ACCOUNT, app_id="default", page_no=1, per_page=20
        ).total_count
        == 0
    )


# ---- the control API -----------------------------------------------------------------------


def test_control_api_body_is_not_read_past_the_limit() -> None:
    """An endless fault configuration body is refused after about 1 MiB, not read to the end."""
    app = create_app()
    chunk = b" " * 65536
    consumed = 0

    async def receive() -> dict[str, Any]:
        nonlocal consumed
        consumed += len(chunk)
        if consumed > 64 * MAX_BODY_BYTES:
            raise AssertionError("the control API kept reading past the limit")
        return {"type": "http.request", "body": chunk, "more_body": True}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "PUT",
        "scheme": "http",
        "path": "/_emulator/faults",
        "raw_path": b"/_emulator/faults",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"t"), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 80),
    }
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 413
    assert consumed <= MAX_BODY_BYTES + 2 * len(chunk)


def test_control_api_is_refused_to_a_request_forwarded_for_a_remote_client() -> None:
    """Through a local proxy that names the real client (X-Forwarded-For), a remote caller
    still gets the 404; loopback callers without it reach the control API."""
    with EmulatorServer() as server:
        direct = httpx.get(server.url + "/_emulator/faults")
        forwarded = httpx.post(
            server.url + "/_emulator/reset", headers={"X-Forwarded-For": "203.0.113.7"}
        )
        spoofed_local = httpx.put(
            server.url + "/_emulator/faults",
            json={"error_rate": 1},
            headers={"X-Forwarded-For": "203.0.113.7, 127.0.0.1"},
        )
        assert direct.status_code == 200
        assert forwarded.status_code == 404
        assert forwarded.json()["error"]["code"] == 404
        assert spoofed_local.status_code == 404  # the untrusted hop is the client
        assert server.app.faults.snapshot()["error_rate"] == 0


def test_path_traversal_cannot_reach_the_control_api(emulator: Emulator) -> None:
    """The API prefix never leads to the control API, however the path is spelled."""
    for path in (
        "/client/v4/../_emulator/faults",
        "/client/v4/%2e%2e/_emulator/faults",
        "/client/v4/accounts/a/realtime/kit/b/../../../../../_emulator/faults",
    ):
        answer = send_raw(
            emulator.port,
            f"GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n\r\n".encode(),
        )
        assert answer.startswith(b"HTTP/1.1 404 "), (path, answer[:200])
        assert b'"error_rate"' not in answer
