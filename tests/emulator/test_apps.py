"""Apps: created or made on first use, listed, each an isolated workspace; strict mode."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from realtimekit_client import BadRequestError, NotFoundError, RealtimeKit
from realtimekit_client.models import SortOrder

from realtimekit_mock import EmulatorServer, create_app
from realtimekit_mock.__main__ import parse_args
from realtimekit_mock.app import STRICT_APPS_ENV
from realtimekit_mock.resources.presets import DEFAULT_PRESET_NAMES


def _rk(server: EmulatorServer, app_id: str, account_id: str | None = None) -> RealtimeKit:
    return RealtimeKit(
        base_url=server.base_url,
        token=server.token,
        account_id=account_id or server.account_id,
        app_id=app_id,
    )


def _ids(rk: RealtimeKit, **query: Any) -> list[str]:
    return [a.id for a in rk.apps.list(**query).data]


# ---- lazy apps -----------------------------------------------------------------------------


def test_an_app_used_once_is_listed(
    realtimekit_client: RealtimeKit, realtimekit_emulator: Any
) -> None:
    """An app ID nobody created works, and is listed from its first use on, named by its ID."""
    rk = realtimekit_client
    assert _ids(rk) == []  # listing apps is no use of an app
    rk.meetings.list()
    (app,) = rk.apps.list().data
    assert (app.id, app.name) == (realtimekit_emulator.app_id, realtimekit_emulator.app_id)
    with _rk(realtimekit_emulator, "second") as other:
        other.presets.list()
    assert _ids(rk) == ["second", realtimekit_emulator.app_id]  # newest first


def test_a_failed_first_use_still_makes_the_app(
    realtimekit_client: RealtimeKit, realtimekit_emulator: Any
) -> None:
    """The app exists from its first operation on, even one answering 404."""
    with pytest.raises(NotFoundError):
        realtimekit_client.meetings.get("00000000-0000-4000-8000-000000000000")
    assert _ids(realtimekit_client) == [realtimekit_emulator.app_id]


# ---- create_app, list_apps -----------------------------------------------------------------


def test_create_app_makes_a_usable_app(
    realtimekit_client: RealtimeKit, realtimekit_emulator: Any, http: Any, contract: Any
) -> None:
    """create_app answers 200 with the app wrapped in `app`; its 32-hex-digit ID is an app_id
    that starts with the default presets."""
    account = realtimekit_emulator.account_id
    res = http.post(
        f"{realtimekit_emulator.base_url}/accounts/{account}/realtime/kit/apps",
        json={"name": "staging"},
    )
    assert res.status_code == 200
    made = contract.check("create_app", res)["data"]["app"]
    assert re.fullmatch(r"[0-9a-f]{32}", made["id"]) and made["name"] == "staging"
    with _rk(realtimekit_emulator, made["id"]) as staging:
        assert [p.name for p in staging.presets.list(per_page=100).data] == list(
            DEFAULT_PRESET_NAMES
        )
        meeting = staging.meetings.create(title="Staged")
        with pytest.raises(NotFoundError):
            realtimekit_client.meetings.get(meeting.id)  # another app's meeting
    created = realtimekit_client.apps.create(name="production").app
    assert created.id != made["id"]
    # The 404 above was the fixture's app's first use.
    assert _ids(realtimekit_client) == [created.id, realtimekit_emulator.app_id, made["id"]]


def test_list_orders_searches_and_pages(
    realtimekit_client: RealtimeKit, realtimekit_emulator: Any
) -> None:
    """Newest first by default, oldest first with ASC; search matches name or ID, any case;
    pages by page_no/per_page."""
    rk = realtimekit_client
    realtimekit_emulator.set_clock("2030-01-01T10:00:00Z", frozen=True)
    made = []
    for name in ("Alpha", "beta", "Gamma"):
        made.append(rk.apps.create(name=name).app.id)
        realtimekit_emulator.advance(1)
    assert _ids(rk) == made[::-1]
    assert _ids(rk, sort_order=SortOrder.ASC) == made
    assert [a.name for a in rk.apps.list(search="ALP").data] == ["Alpha"]
    assert _ids(rk, search=made[1][:12]) == [made[1]]
    page = rk.apps.list(per_page=2, page_no=2)
    assert [a.id for a in page.data] == [made[0]]
    assert (page.paging.start_offset, page.paging.end_offset, page.paging.total_count) == (3, 3, 3)


def test_apps_belong_to_their_account(realtimekit_emulator: Any) -> None:
    """Another account lists none of this account's apps; the same app ID there is another
    app."""
    with (
        _rk(realtimekit_emulator, "shared", "acct-one") as one,
        _rk(realtimekit_emulator, "shared", "acct-two") as two,
    ):
        one.apps.create(name="only-one")
        meeting = one.meetings.create(title="One's")
        two.meetings.list()
        assert sorted(a.name for a in one.apps.list().data) == ["only-one", "shared"]
        assert [a.name for a in two.apps.list().data] == ["shared"]
        with pytest.raises(NotFoundError):
            two.meetings.get(meeting.id)


@pytest.mark.parametrize(
    ("body", "message"),
    [({}, "name: this property is required"), ({"name": ""}, "name: ")],
)
def test_create_app_needs_a_name(
    realtimekit_emulator: Any, http: Any, contract: Any, body: dict[str, Any], message: str
) -> None:
    """A body without a (non-empty) name is a 400 naming it; nothing is created."""
    account = realtimekit_emulator.account_id
    url = f"{realtimekit_emulator.base_url}/accounts/{account}/realtime/kit/apps"
    res = http.post(url, json=body)
    assert res.status_code == 400
    assert contract.error(res)["message"].startswith(message)
    assert http.get(url).json()["data"] == []


# ---- strict mode ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def strict() -> Iterator[EmulatorServer]:
    server = EmulatorServer(strict_apps=True).start()
    try:
        yield server
    finally:
        server.stop()


def test_strict_mode_refuses_apps_nobody_created(strict: EmulatorServer) -> None:
    """With strict apps, an app ID create_app did not make is a 404 envelope for every
    operation under it, and is not listed; a created app works."""
    strict.reset()
    with _rk(strict, "never-created") as rk:
        for call in (rk.meetings.list, rk.presets.list, lambda: rk.meetings.create(title="x")):
            with pytest.raises(NotFoundError, match="App not found: never-created"):
                call()
        assert _ids(rk) == []
        made = rk.apps.create(name="real").app
    with _rk(strict, made.id) as real:
        assert real.meetings.create(title="Works").title == "Works"
        assert len(real.presets.list(per_page=100).data) == len(DEFAULT_PRESET_NAMES)
    res = httpx.get(
        f"{strict.base_url}/accounts/{strict.account_id}/realtime/kit/nope/meetings",
        headers={"Authorization": f"Bearer {strict.token}"},
    )
    assert res.status_code == 404
    assert res.json() == {
        "success": False,
        "error": {"code": 404, "message": "App not found: nope"},
    }


def test_get_app_strict_and_lazy(strict: EmulatorServer, realtimekit_emulator: Any) -> None:
    """get_app (the bound app): strict, an app create_app did not make is a 404 and one it
    made is found with its name; lazy, an unknown app is made by the lookup itself (named
    after its ID), then listed."""
    strict.reset()
    with _rk(strict, "never-made") as rk:
        with pytest.raises(NotFoundError, match="App not found: never-made"):
            rk.apps.get()
        made = rk.apps.create(name="real").app
    with _rk(strict, made.id) as rk:
        found = rk.apps.get()
        assert (found.id, found.name, found.created_at) == (made.id, "real", made.created_at)
    with _rk(realtimekit_emulator, "looked-up") as rk:
        found = rk.apps.get()
        assert (found.id, found.name) == ("looked-up", "looked-up")
        assert "looked-up" in _ids(rk)


def test_strict_mode_still_serves_the_org_path(strict: EmulatorServer) -> None:
    """The deprecated organization path makes its `default` app even when strict."""
    strict.reset()
    headers = {"Authorization": f"Bearer {strict.token}"}
    res = httpx.post(
        f"{strict.base_url}/accounts/{strict.account_id}/realtimekit/meetings",
        json={"title": "Org"},
        headers=headers,
    )
    assert res.status_code == 201
    with _rk(strict, "default") as rk:
        assert rk.meetings.get(res.json()["data"]["id"]).title == "Org"
        assert _ids(rk) == ["default"]


def test_strict_mode_from_flag_option_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """--strict-apps, create_app(strict_apps=...) and the environment variable all switch it
    on; the option wins over the environment; off by default."""
    assert parse_args(["--strict-apps"]).strict_apps is True
    assert parse_args([]).strict_apps is None
    monkeypatch.delenv(STRICT_APPS_ENV, raising=False)
    assert create_app().store.strict_apps is False
    assert create_app(strict_apps=True).store.strict_apps is True
    monkeypatch.setenv(STRICT_APPS_ENV, "1")
    assert create_app().store.strict_apps is True
    assert create_app(strict_apps=False).store.strict_apps is False


def test_bad_name_through_the_client_is_a_bad_request(realtimekit_client: RealtimeKit) -> None:
    """The client turns the 400 into BadRequestError."""
    with pytest.raises(BadRequestError, match="name"):
        realtimekit_client.apps.create(name="")
