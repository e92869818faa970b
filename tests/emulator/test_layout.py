"""The emulator's layout guarantees: operations and resource methods match one to one, routes
prefer literal segments, an optional request body may be left out."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from realtimekit_mock import create_app
from realtimekit_mock.exceptions import NotFound
from realtimekit_mock.http.routing import Router
from realtimekit_mock.resources import RESOURCES, check_operations
from realtimekit_mock.resources.meetings import Meetings
from realtimekit_mock.spec import load_spec

ROOT = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": "Bearer realtimekit-emulator-local-token"}
APP_PATH = "/client/v4/accounts/a/realtime/kit/b"


def _edited_spec(tmp_path: Path, edit: Any) -> Path:
    document = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    edit(document)
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def _call(
    app: Any, method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any
) -> httpx.Response:
    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return await client.request(method, path, headers={**AUTH, **(headers or {})}, **kwargs)

    return asyncio.run(call())


def test_every_resource_method_is_an_operation_of_its_tag() -> None:
    """Each resource's public methods are exactly its tag's operations plus declared helpers."""
    spec = load_spec()
    for cls in RESOURCES:
        ops = {op.operation_id for op in spec.operations if op.tag == cls.tag}
        assert ops, f"{cls.tag} serves no operation"
        assert ops <= set(dir(cls))


def test_a_public_method_without_operation_is_refused() -> None:
    """A resource method the spec has no operation for stops the emulator at start."""

    class WithStray(Meetings):
        def archive_meeting(self, *, account_id: str, app_id: str) -> None:
            """Not in the spec."""

    others = [cls for cls in RESOURCES if cls is not Meetings]
    with pytest.raises(RuntimeError, match=r"WithStray has public methods .*archive_meeting"):
        check_operations(load_spec(), [WithStray, *others])


def test_a_method_missing_a_spec_parameter_is_refused() -> None:
    """A method that does not take one of the operation's parameters is refused at start."""

    class Narrow(Meetings):
        def get_meeting(self, *, account_id: str, app_id: str, meeting_id: str) -> Any:  # type: ignore[override]
            """Forgets the spec's `name` query parameter."""

    others = [cls for cls in RESOURCES if cls is not Meetings]
    with pytest.raises(RuntimeError, match=r"get_meeting does not take \['name'\]"):
        check_operations(load_spec(), [Narrow, *others])


def test_a_tag_without_resource_is_refused(tmp_path: Path) -> None:
    """An operation under a tag no resource serves names itself and its tag."""

    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/accounts/{account_id}/realtime/kit/{app_id}/things"] = {
            "get": {
                "operationId": "list_things",
                "tags": ["things"],
                "responses": {"200": {"description": "things"}},
            }
        }

    with pytest.raises(RuntimeError, match=r"list_things \(tag things\) has no resource method"):
        create_app(spec_path=_edited_spec(tmp_path, edit))


def test_literal_segments_win_over_captures() -> None:
    """Of two templates matching one path, the one with the leftmost literal segment wins,
    whichever was added first."""
    router: Router[str] = Router()
    router.add("/s/{session_id}/participants", "GET", "participants")
    router.add("/s/peer-report/{peer_id}", "GET", "peer report")
    route, params = router.match(b"/s/peer-report/participants") or (None, None)
    assert route is not None and route.targets["GET"] == "peer report"
    assert params == {"peer_id": "participants"}
    route, params = router.match(b"/s/abc/participants") or (None, None)
    assert route is not None and route.targets["GET"] == "participants"
    assert params == {"session_id": "abc"}


def test_an_optional_body_may_be_absent(tmp_path: Path) -> None:
    """With `required: false`, no body at all (with or without a JSON content type) is `{}`
    with its defaults; a body that is sent, whitespace alone included, is still checked."""

    def edit(doc: dict[str, Any]) -> None:
        post = doc["paths"]["/accounts/{account_id}/realtime/kit/{app_id}/meetings"]["post"]
        post["requestBody"] = {
            "required": False,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/MeetingCreate"}}
            },
        }

    app = create_app(spec_path=_edited_spec(tmp_path, edit))
    bare = _call(app, "POST", f"{APP_PATH}/meetings")
    typed = _call(app, "POST", f"{APP_PATH}/meetings", headers={"Content-Type": "application/json"})
    for res in (bare, typed):
        assert res.status_code == 201, res.text
        assert res.json()["data"]["persist_chat"] is False  # a default of MeetingCreate
    for malformed in (b"{", b" ", b"\n"):  # whitespace is a body, and not JSON
        sent = _call(
            app,
            "POST",
            f"{APP_PATH}/meetings",
            content=malformed,
            headers={"Content-Type": "application/json"},
        )
        assert sent.status_code == 400, malformed
    untyped = _call(app, "POST", f"{APP_PATH}/meetings", content=b"{}")
    assert untyped.status_code == 415


def test_a_required_body_may_not_be_absent() -> None:
    """Without `required: false` an empty body is a 400 naming the body."""
    res = _call(
        create_app(),
        "POST",
        f"{APP_PATH}/meetings",
        headers={"Content-Type": "application/json"},
    )
    assert res.status_code == 400
    assert res.json()["error"]["message"] == "body: a JSON request body is required"


def test_errors_are_generic_by_kind() -> None:
    """A missing record of any kind is one NotFound naming the kind and the id."""
    app = create_app()
    with pytest.raises(NotFound, match="Meeting not found: m-1") as caught:
        app.store.meetings.get_meeting(account_id="a", app_id="b", meeting_id="m-1")
    assert (caught.value.kind, caught.value.record_id, caught.value.status) == (
        "Meeting",
        "m-1",
        404,
    )


def test_a_failed_operation_changes_nothing(tmp_path: Path) -> None:
    """An operation that raises after writing leaves no trace, in memory or in the database."""
    app = create_app(db=tmp_path / "tx.db")
    store = app.store
    meetings = store.meetings

    def create_then_fail(*, account_id: str, app_id: str, body: dict[str, Any]) -> Any:
        Meetings.create_meeting(meetings, account_id=account_id, app_id=app_id, body=body)
        raise NotFound("Anything", "x")

    guarded = store._guarded(create_then_fail)
    with pytest.raises(NotFound):
        guarded(account_id="a", app_id="b", body={"title": "ghost"})
    listed = meetings.list_meetings(account_id="a", app_id="b", page_no=1, per_page=20)
    assert listed.total_count == 0
    app.close()
    again = create_app(db=tmp_path / "tx.db")
    try:
        listed = again.store.meetings.list_meetings(
            account_id="a", app_id="b", page_no=1, per_page=20
        )
        assert listed.total_count == 0
    finally:
        again.close()
