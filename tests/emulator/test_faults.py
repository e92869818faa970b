"""Fault injection and the control API: scripted answers, 429s, drops, latency, protection."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from realtimekit_mock import create_app
from realtimekit_mock.__main__ import fault_config, main, parse_args
from realtimekit_mock.control import is_local


def test_queue_items_answer_requests_in_order(http: Any, contract: Any) -> None:
    """Scripted answers are consumed one per API request, in order, then normal service resumes."""
    res = _put_faults(
        http,
        {
            "queue": [
                {"status": 503},
                {"status": 429, "retry_after": "2"},
                {"status": 200, "body": "{not json"},
            ]
        },
    )
    assert res.status_code == 200 and len(res.json()["queue"]) == 3
    first = http.get("/meetings")
    assert first.status_code == 503
    assert contract.check("list_meetings", first)["error"]["message"].endswith("(injected fault)")
    second = http.get("/meetings")
    assert second.status_code == 429 and second.headers["retry-after"] == "2"
    contract.check("list_meetings", second)
    third = http.get("/meetings")
    assert (third.status_code, third.text) == (200, "{not json")
    assert http.get("/meetings").json()["success"] is True
    assert _get_faults(http)["queue"] == []


def test_queue_item_for_one_operation_waits_for_it(http: Any, create: Any) -> None:
    """An item with operation_id applies only to that operation; others pass it by."""
    mid = create()["id"]
    _put_faults(http, {"queue": [{"status": 500, "operation_id": "get_meeting"}]})
    assert http.get("/meetings").status_code == 200
    assert http.patch(f"/meetings/{mid}", json={"title": "x"}).status_code == 200
    assert http.get(f"/meetings/{mid}").status_code == 500
    assert http.get(f"/meetings/{mid}").status_code == 200


def test_scripted_answer_replaces_the_operation(http: Any) -> None:
    """A scripted answer is not carried out: the create it answered did not happen."""
    _put_faults(http, {"queue": [{"status": 502}]})
    assert http.post("/meetings", json={"title": "x"}).status_code == 502
    assert http.get("/meetings").json()["paging"]["total_count"] == 0


def test_unauthenticated_requests_consume_nothing(raw_client: Any, http: Any) -> None:
    """Requests refused with 401 do not consume scripted answers."""
    _put_faults(http, {"queue": [{"status": 503}]})
    url = str(http.base_url).rstrip("/") + "/meetings"
    assert raw_client.get(url).status_code == 401
    assert http.get("/meetings").status_code == 503


def test_dropped_connection_is_seen_by_the_client(http: Any) -> None:
    """A drop closes the connection with no response: httpx raises a protocol error."""
    _put_faults(http, {"queue": [{"drop": True}]})
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError, httpx.ConnectError)):
        http.get("/meetings")
    assert http.get("/meetings").status_code == 200


def test_drop_rate_one_drops_everything_until_cleared(http: Any) -> None:
    """drop_rate 1 drops every API request; the control API still answers; DELETE clears it."""
    _put_faults(http, {"drop_rate": 1})
    for _ in range(3):
        with pytest.raises(httpx.TransportError):
            http.get("/meetings")
    assert _get_faults(http)["drop_rate"] == 1
    assert http.delete(_control(http, "faults")).status_code == 204
    assert http.get("/meetings").status_code == 200


def test_in_process_drop_raises() -> None:
    """Without a socket (in-process ASGI), a drop raises ConnectionDropped to the caller."""
    from realtimekit_mock import ConnectionDropped

    app = create_app(faults={"queue": [{"drop": True}]})

    async def call() -> None:
        transport = httpx.ASGITransport(app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            await client.get(
                "/client/v4/accounts/a/realtime/kit/b/meetings",
                headers={"Authorization": "Bearer realtimekit-emulator-local-token"},
            )

    with pytest.raises(ConnectionDropped):
        asyncio.run(call())


def test_rate_limit_answers_429_with_retry_after(http: Any, contract: Any) -> None:
    """Past rate_limit_per_second, requests get 429 with Retry-After; the bucket refills."""
    _put_faults(http, {"rate_limit_per_second": 2, "retry_after": 3})
    statuses = [http.get("/meetings") for _ in range(5)]
    assert [r.status_code for r in statuses] == [200, 200, 429, 429, 429]
    limited = statuses[-1]
    assert limited.headers["retry-after"] == "3"
    assert contract.check("list_meetings", limited)["error"]["message"] == (
        "Too many requests; retry after 3 seconds"
    )
    time.sleep(0.6)
    assert http.get("/meetings").status_code == 200


def test_error_rate_uses_the_configured_statuses(http: Any, contract: Any) -> None:
    """error_rate 1 answers every request with one of error_status, as an error envelope."""
    _put_faults(http, {"error_rate": 1, "error_status": [500, 503, 520]})
    seen = set()
    for _ in range(30):
        res = http.get("/meetings")
        contract.check("list_meetings", res)
        seen.add(res.status_code)
    assert seen <= {500, 503, 520} and len(seen) >= 2


def test_seed_makes_random_faults_repeatable(http: Any) -> None:
    """The same seed gives the same sequence of random faults."""

    def run() -> list[int]:
        _put_faults(http, {"error_rate": 0.5, "seed": 7})
        return [http.get("/meetings").status_code for _ in range(20)]

    first = run()
    assert first == run()
    assert set(first) == {200, 503}


def test_latency_delays_responses(http: Any) -> None:
    """latency_ms delays every API answer."""
    _put_faults(http, {"latency_ms": 150})
    started = time.perf_counter()
    assert http.get("/meetings").status_code == 200
    assert time.perf_counter() - started >= 0.15


# ---- the control API -----------------------------------------------------------------------


def test_reset_forgets_state_and_faults(http: Any, create: Any) -> None:
    """POST /_emulator/reset answers 204 and forgets meetings and faults."""
    create()
    _put_faults(http, {"latency_ms": 1})
    assert http.post(_control(http, "reset")).status_code == 204
    assert http.get("/meetings").json()["paging"]["total_count"] == 0
    assert _get_faults(http)["latency_ms"] == 0


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"error_rate": 2}, "error_rate: 2 is greater than the maximum of 1"),
        ({"error_status": 404}, "error_status: "),
        ({"latency": 5}, "faults: "),
        ({"queue": [{"retry_after": "1"}]}, "queue[0].status: this property is required"),
        ({"queue": [{"status": 503, "operation_id": "nope"}]}, "queue[0].operation_id: "),
        ({"queue": [{"status": 429, "retry_after": "1\r\nX: y"}]}, "queue[0].retry_after: "),
        ([], 'faults: [] is not of type "object"'),
    ],
)
def test_invalid_fault_config_is_400(http: Any, contract: Any, config: Any, message: str) -> None:
    """An invalid fault configuration answers a 400 envelope naming the field; nothing changes."""
    res = http.put(_control(http, "faults"), json=config)
    assert res.status_code == 400
    assert contract.error(res)["message"].startswith(message)
    assert _get_faults(http)["queue"] == []


def test_fault_config_must_be_json(http: Any, contract: Any) -> None:
    """The fault configuration must be a JSON body: 415 for another type, 400 if malformed."""
    url = _control(http, "faults")
    res = http.put(url, content=b"{}", headers={"Content-Type": "text/plain"})
    assert res.status_code == 415 and contract.error(res)
    res = http.put(url, content=b"{", headers={"Content-Type": "application/json"})
    assert res.status_code == 400 and contract.error(res)


def test_control_api_wrong_method_is_405(http: Any, contract: Any) -> None:
    """The control API answers 405 with Allow for methods it lacks."""
    res = http.get(_control(http, "reset"))
    assert res.status_code == 405 and res.headers["allow"] == "POST"
    assert contract.error(res)["message"].startswith("Method GET not allowed")


@pytest.mark.parametrize(
    ("peer", "local"),
    [
        (("127.0.0.1", 5000), True),
        (("127.8.9.10", 5000), True),
        (("::1", 5000), True),
        (None, True),
        (("10.1.2.3", 5000), False),
        (("192.168.0.7", 5000), False),
        (("2001:db8::1", 5000), False),
        (("not-an-address", 1), False),
    ],
)
def test_control_api_answers_only_local_callers(peer: Any, local: bool) -> None:
    """Loopback and in-process callers reach the control API; others get the 404 envelope."""
    assert is_local(peer) is local
    if peer is None:
        return
    app = create_app()
    app.store.meetings.create_meeting(account_id="a", app_id="b", body={})

    async def call() -> tuple[int, int, int]:
        transport = httpx.ASGITransport(app, client=peer)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            get = await client.get("/_emulator/faults")
            put = await client.put("/_emulator/faults", json={"error_rate": 1})
            reset = await client.post("/_emulator/reset")
            return get.status_code, put.status_code, reset.status_code

    statuses = asyncio.run(call())
    assert statuses == ((200, 200, 204) if local else (404, 404, 404))
    remaining = app.store.meetings.list_meetings(
        account_id="a", app_id="b", page_no=1, per_page=20
    ).total_count
    assert remaining == (0 if local else 1)
    assert app.faults.snapshot()["error_rate"] == 0  # refused, or reset afterwards


def test_cli_fault_flags_become_the_initial_configuration() -> None:
    """The fault flags map onto the control API's configuration keys."""
    args = parse_args(
        [
            "--latency-ms", "5", "--error-rate", "0.25", "--error-status", "520",
            "--error-status", "503", "--rate-limit", "10", "--drop-rate", "0.1",
            "--fault-seed", "42", "--retry-after", "4",
        ]
    )  # fmt: skip
    config = fault_config(args)
    assert config == {
        "latency_ms": 5.0,
        "error_rate": 0.25,
        "error_status": [520, 503],
        "rate_limit_per_second": 10.0,
        "drop_rate": 0.1,
        "seed": 42,
        "retry_after": 4,
    }
    app = create_app(faults=config)
    assert app.faults.snapshot()["error_status"] == [520, 503]
    assert fault_config(parse_args([])) == {}


def test_cli_refuses_an_invalid_fault_flag(capsys: pytest.CaptureFixture[str]) -> None:
    """An invalid fault flag stops the CLI with a clear message and exit status 2."""
    assert main(["--error-rate", "2"]) == 2
    assert "error_rate: 2.0 is greater than the maximum of 1" in capsys.readouterr().err


# ---- helpers -------------------------------------------------------------------------------


def _control(http: Any, name: str) -> str:
    root = str(http.base_url).split("/client/v4")[0]
    return f"{root}/_emulator/{name}"


def _put_faults(http: Any, config: dict[str, Any]) -> httpx.Response:
    res = http.put(_control(http, "faults"), json=config)
    assert res.status_code == 200, res.text
    return res


def _get_faults(http: Any) -> dict[str, Any]:
    res = http.get(_control(http, "faults"))
    assert res.status_code == 200
    return res.json()
