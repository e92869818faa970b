"""Each app's clock: read, set, frozen, advanced, through the control API and the server;
it stamps records, survives a restart with --db, and is forgotten by a reset."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtimekit_mock import EmulatorServer, create_app
from realtimekit_mock.clock import parse_rfc3339_us

AT = "2031-05-04T10:00:00.000Z"


def test_a_frozen_clock_stamps_creates_and_advances_exactly(emulator: Any, create: Any) -> None:
    """Frozen at an instant, creates carry that instant; advancing moves it by the amount."""
    assert emulator.set_clock(AT, frozen=True)["now"] == AT
    assert create()["created_at"] == AT
    emulator.advance(90.5)
    assert create()["created_at"] == "2031-05-04T10:01:30.500Z"


def test_a_running_clock_goes_on_from_where_it_was_set(emulator: Any, create: Any) -> None:
    """Set without freezing, the app's time runs on from the instant given."""
    emulator.set_clock(AT, frozen=False)
    created = parse_rfc3339_us(create()["created_at"])
    assert created is not None
    assert 0 <= created - parse_rfc3339_us(AT) < 5_000_000  # seconds, not years, later


def test_clocks_belong_to_one_app(emulator: Any, raw_client: httpx.Client) -> None:
    """Moving one app's clock leaves every other app on the real time."""
    emulator.set_clock(AT, frozen=True)
    other = raw_client.post(
        f"{emulator.base_url}/accounts/{emulator.account_id}/realtime/kit/other-app/meetings",
        json={},
        headers={"Authorization": f"Bearer {emulator.token}"},
    )
    created = datetime.datetime.fromisoformat(other.json()["data"]["created_at"])
    assert abs(created - datetime.datetime.now(datetime.UTC)) < datetime.timedelta(minutes=5)


def test_control_api_reads_sets_and_advances(emulator: Any, raw_client: httpx.Client) -> None:
    """GET/PUT /_emulator/clock and POST /_emulator/clock/advance speak JSON about one app."""
    scope = {"account_id": emulator.account_id, "app_id": emulator.app_id}
    url = f"{emulator.url}/_emulator/clock"
    put = raw_client.put(url, json={**scope, "now": "2031-05-04T12:00:00+02:00", "frozen": True})
    assert put.status_code == 200
    assert put.json() == {**scope, "now": AT, "frozen": True, "offset_ms": None}
    advanced = raw_client.post(f"{url}/advance", json={**scope, "seconds": 60})
    assert advanced.json()["now"] == "2031-05-04T10:01:00.000Z"
    assert raw_client.get(url, params=scope).json()["now"] == "2031-05-04T10:01:00.000Z"
    running = raw_client.put(url, json={**scope, "frozen": False}).json()
    assert running["frozen"] is False and isinstance(running["offset_ms"], int)


@pytest.mark.parametrize(
    ("method", "path", "body", "message"),
    [
        ("PUT", "", {"app_id": "b", "now": AT}, "account_id: this property is required"),
        (
            "PUT",
            "",
            {"account_id": "a", "app_id": "b", "now": "soon"},
            'now: "soon" is not a "date-time"',
        ),
        (
            "PUT",
            "",
            {"account_id": "a", "app_id": "b", "speed": 2},
            "clock: Additional properties are not allowed ('speed' was unexpected)",
        ),
        (
            "POST",
            "/advance",
            {"account_id": "a", "app_id": "b", "seconds": -1},
            "seconds: -1 is less than or equal to the minimum of 0",
        ),
        (
            "POST",
            "/advance",
            {"account_id": "a", "app_id": "b"},
            "seconds: this property is required",
        ),
    ],
)
def test_control_api_refuses_bad_clock_requests(
    emulator: Any, raw_client: httpx.Client, method: str, path: str, body: Any, message: str
) -> None:
    """Invalid clock requests are 400 envelopes naming the field; nothing moves."""
    before = emulator.app.describe_clock("a", "b")
    res = raw_client.request(method, f"{emulator.url}/_emulator/clock{path}", json=body)
    assert res.status_code == 400
    assert res.json()["error"]["message"] == message
    assert emulator.app.describe_clock("a", "b")["frozen"] is before["frozen"]


def test_get_needs_the_app(emulator: Any, raw_client: httpx.Client) -> None:
    """Reading a clock without naming the app is a 400."""
    res = raw_client.get(f"{emulator.url}/_emulator/clock", params={"account_id": "a"})
    assert res.status_code == 400
    assert res.json()["error"]["message"] == "app_id: this property is required"


def test_reset_forgets_clock_settings(emulator: Any) -> None:
    """After a reset the app's clock shows the real time again."""
    emulator.set_clock(AT, frozen=True)
    emulator.reset()
    assert emulator.app.describe_clock(emulator.account_id, emulator.app_id)["frozen"] is False


def test_server_helpers_validate_their_arguments(emulator: Any) -> None:
    """Naive datetimes, non-RFC 3339 text and non-positive advances are refused."""
    with pytest.raises(ValueError, match="timezone-aware"):
        emulator.set_clock(datetime.datetime(2030, 1, 1))
    with pytest.raises(ValueError, match="RFC 3339"):
        emulator.set_clock("tomorrow")
    with pytest.raises(ValueError, match="positive"):
        emulator.advance(0)
    aware = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    assert emulator.set_clock(aware, frozen=True)["now"] == "2030-01-01T00:00:00.000Z"


def test_a_set_clock_survives_a_restart(tmp_path: Path) -> None:
    """With --db, an app's clock setting is stored like any record."""
    db = tmp_path / "clock.db"
    app = create_app(db=db)
    app.set_clock("a", "b", at_ms=1_900_000_000_000, frozen=True)
    app.close()
    again = create_app(db=db)
    try:
        assert again.describe_clock("a", "b")["now"] == "2030-03-17T17:46:40.000Z"
    finally:
        again.close()


def test_the_server_defaults_to_its_own_app() -> None:
    """EmulatorServer's helpers act on the app it hands out unless told otherwise."""
    with EmulatorServer(app_id="mine") as server:
        server.set_clock(AT, frozen=True)
        assert server.app.describe_clock(server.account_id, "mine")["now"] == AT
        assert server.app.describe_clock(server.account_id, "yours")["frozen"] is False
