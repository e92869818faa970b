"""Livestreams: of meetings (started in a live session) and independent ones (fed through the
control API), their sessions and paging, by the app's clock."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from realtimekit_client import ConflictError, NotFoundError
from realtimekit_client.models import LivestreamSortOrder, LivestreamStatus, LivestreamVideoConfig

from realtimekit_mock import create_app

T0 = "2030-01-01T10:00:00.000Z"


@pytest.fixture
def live(realtimekit_client: Any, realtimekit_emulator: Any) -> dict[str, Any]:
    """A meeting with a live session (ada joined) at a frozen T0."""
    realtimekit_emulator.set_clock(T0, frozen=True)
    rk = realtimekit_client
    meeting = rk.meetings.create(title="Weekly sync")
    ada = rk.participants.add(
        meeting.id, custom_participant_id="ada", preset_name="group_call_host"
    )
    bob = rk.participants.add(
        meeting.id, custom_participant_id="bob", preset_name="group_call_host"
    )
    peer = realtimekit_emulator.join(meeting.id, ada.id)
    return {
        "rk": rk,
        "em": realtimekit_emulator,
        "meeting": meeting,
        "ada": ada,
        "bob": bob,
        "peer": peer,
    }


def test_the_whole_lifecycle(live: dict[str, Any], http: Any, contract: Any) -> None:
    """INVOKED → LIVE 3 s later (a session starts) → IDLE on stop; ingest seconds are the live
    time, viewer seconds the peers' time in the meeting while live, typed per operation."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    started = rk.livestreams.start(
        meeting.id, name="weekly-sync", video_config=LivestreamVideoConfig(height=720, width=1280)
    )
    assert started.status == LivestreamStatus.INVOKED
    assert started.ingest_server.startswith("rtmps://") and len(started.stream_key) == 32
    active = rk.livestreams.get_active(meeting.id)
    assert (active.id, active.stream_key, active.name) == (
        started.id,
        started.stream_key,
        "weekly-sync",
    )
    assert "session" not in rk.livestreams.get_active_session(started.id).to_dict()
    em.advance(2)
    assert rk.livestreams.get_active(meeting.id).status == LivestreamStatus.INVOKED
    em.advance(1)
    assert rk.livestreams.get_active(meeting.id).status == LivestreamStatus.LIVE
    em.advance(60)
    em.join(meeting.id, live["bob"].id)  # T0+63
    em.advance(30)
    raw = contract.check(
        "get_active_livestream_session",
        http.get(f"/livestreams/{started.id}/active-livestream-session"),
    )
    session = raw["data"]["session"]
    assert (session["ingest_seconds"], session["viewer_seconds"]) == ("90", "120")  # 90 + 30
    assert (session["started_time"], session["stopped_time"]) == ("2030-01-01T10:00:03.000Z", None)
    assert session["invoked_time"] == "2030-01-01T10:00:00.000Z"
    stopped = rk.livestreams.stop(meeting.id)
    assert stopped.message == "Stopped live stream successfully"
    em.advance(100)  # nothing more is counted after the stop
    page = rk.livestreams.get(started.id)
    assert page.livestream.status == LivestreamStatus.IDLE
    assert (page.session.ingest_seconds, page.session.viewer_seconds) == (90.0, 120.0)
    assert page.session.stopped_time.isoformat() == "2030-01-01T10:01:33+00:00"
    one = contract.check(
        "get_livestream_session", http.get(f"/livestreams/sessions/{page.session.id}")
    )["data"]
    assert (one["ingest_seconds"], one["viewer_seconds"]) == (90, 120)
    assert "invoked_time" not in one
    assert "session" not in rk.livestreams.get_active_session(started.id).to_dict()


def test_one_livestream_per_meeting_and_the_404s(live: dict[str, Any]) -> None:
    """A second start while one is active is a 409 naming it; start, stop and get_active say
    what is missing; after a stop a new livestream (a new ID) can start."""
    rk, meeting = live["rk"], live["meeting"]
    with pytest.raises(
        NotFoundError, match=f"No active livestream found for meeting_id {meeting.id}"
    ):
        rk.livestreams.get_active(meeting.id)
    with pytest.raises(
        NotFoundError, match=f"No active livestream found for meeting_id {meeting.id}"
    ):
        rk.livestreams.stop(meeting.id)
    first = rk.livestreams.start(meeting.id)
    with pytest.raises(ConflictError, match=f"already being livestreamed \\(livestream {first.id}"):
        rk.livestreams.start(meeting.id)
    rk.livestreams.stop(meeting.id)
    second = rk.livestreams.start(meeting.id)
    assert second.id != first.id
    empty = rk.meetings.create(title="Nobody here")
    with pytest.raises(NotFoundError, match=f"No active session found for meeting_id {empty.id}"):
        rk.livestreams.start(empty.id)
    with pytest.raises(NotFoundError, match="Meeting not found"):
        rk.livestreams.start("5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30")
    with pytest.raises(NotFoundError, match="Livestream not found: nope"):
        rk.livestreams.get("nope")


def test_the_session_end_stops_it(live: dict[str, Any]) -> None:
    """The meeting's session ending (keep-alive after the last leave) makes it IDLE then."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    lid = rk.livestreams.start(meeting.id).id
    em.advance(10)
    em.leave(meeting.id, live["ada"].id)  # T0+10
    em.advance(60)
    page = rk.livestreams.get(lid)
    assert page.livestream.status == LivestreamStatus.IDLE
    assert page.session.stopped_time.isoformat() == "2030-01-01T10:01:10+00:00"
    assert (page.session.ingest_seconds, page.session.viewer_seconds) == (67.0, 7.0)


def test_stopped_before_it_went_live(live: dict[str, Any]) -> None:
    """Stopped while INVOKED: IDLE without any session; it never goes LIVE later."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    lid = rk.livestreams.start(meeting.id).id
    rk.livestreams.stop(meeting.id)
    em.advance(10)
    page = rk.livestreams.get(lid)
    assert page.livestream.status == LivestreamStatus.IDLE
    assert "session" not in page.to_dict() and page.paging.total_count == 0


def test_routing_trap(live: dict[str, Any], http: Any, contract: Any) -> None:
    """`sessions` under /livestreams is never a livestream ID; `{livestream_id}` paths still
    take any other ID."""
    assert contract.error(http.get("/livestreams/sessions/active-livestream-session")) == {
        "code": 404,
        "message": "Livestream session not found: active-livestream-session",
    }
    assert contract.error(http.get("/livestreams/sessions"))["message"] == (
        "Livestream not found: sessions"
    )
    lid = live["rk"].livestreams.create(name="launch").id
    assert (
        contract.check("get_livestream", http.get(f"/livestreams/{lid}"))["data"]["livestream"][
            "name"
        ]
        == "launch"
    )


def test_stream_keys_only_where_documented(live: dict[str, Any], http: Any) -> None:
    """start, create and get_active answer the key; no list, get or session answer does, and
    no model's repr shows it."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    started = rk.livestreams.start(meeting.id)
    created = rk.livestreams.create(name="launch")
    em.advance(3)
    em.start_ingest(created.id)
    keys = {started.stream_key, created.stream_key}
    session_id = rk.livestreams.get_active_session(started.id).session.id
    answers = [
        http.get("/livestreams"),
        http.get("/livestreams", params={"page_no": 2, "per_page": 1}),
        http.get(f"/livestreams/{started.id}"),
        http.get(f"/livestreams/{created.id}"),
        http.get(f"/livestreams/{started.id}/active-livestream-session"),
        http.get(f"/livestreams/{created.id}/active-livestream-session"),
        http.get(f"/livestreams/sessions/{session_id}"),
    ]
    for answer in answers:
        assert answer.status_code == 200, answer.text
        assert "stream_key" not in answer.text and not any(k in answer.text for k in keys)
    assert http.get(f"/meetings/{meeting.id}/active-livestream").json()["data"]["stream_key"] == (
        started.stream_key
    )
    shown = [repr(started), repr(created), repr(rk.livestreams.get_active(meeting.id))]
    for text in shown:
        assert "<sensitive value>" in text and not any(k in text for k in keys)
    assert created.to_dict()["stream_key"] == created.stream_key  # still sent and parsed


def test_list_livestreams_one_per_page(live: dict[str, Any]) -> None:
    """`data` is the first livestream of the page; `paging` counts every match; per_page=1
    walks them; filters: exclude_meetings, status, times; ASC and DSC."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    first = rk.livestreams.start(meeting.id).id
    em.advance(10)  # LIVE
    second = rk.livestreams.create(name="launch").id
    em.advance(10)
    third = rk.livestreams.create().id

    def walk(**query: Any) -> list[str]:
        found, page_no = [], 1
        while True:
            page = rk.livestreams.list(page_no=page_no, per_page=1, **query)
            if page.paging.end_offset == 0:
                assert page.paging.start_offset == 0
                return found
            assert page.paging.start_offset == page.paging.end_offset == page_no
            found.append(page.id)
            assert page.paging.total_count >= len(found)
            page_no += 1

    assert walk() == [third, second, first]
    assert walk(sort_order=LivestreamSortOrder.ASC) == [first, second, third]
    assert walk(exclude_meetings=True) == [third, second]
    assert walk(status=LivestreamStatus.LIVE) == [first]
    big = rk.livestreams.list(per_page=20)
    assert (big.id, big.paging.start_offset, big.paging.end_offset, big.paging.total_count) == (
        third,
        1,
        3,
        3,
    )
    assert "stream_key" not in big.to_dict()
    empty = rk.livestreams.list(status=LivestreamStatus.ERRORED)
    assert empty.to_dict() == {"paging": {"start_offset": 0, "end_offset": 0, "total_count": 0}}
    after = datetime.datetime(2030, 1, 1, 10, 0, 5, tzinfo=datetime.UTC)
    assert walk(start_time=after) == [third, second]
    assert walk(end_time=after) == [first]


def test_independent_livestream_sessions_page(live: dict[str, Any]) -> None:
    """An independent livestream is IDLE until ingest starts; each LIVE period is a session
    (no viewers counted); get pages its sessions newest first."""
    rk, em = live["rk"], live["em"]
    created = rk.livestreams.create(name="launch")
    assert (created.status, created.meeting_id) == (LivestreamStatus.IDLE, None)
    assert created.disabled == "false"
    with pytest.raises(Exception, match="Livestream is IDLE: cannot stop ingest"):
        em.stop_ingest(created.id)
    em.start_ingest(created.id)
    em.advance(40)
    em.stop_ingest(created.id)
    em.advance(100)
    again = em.start_ingest(created.id)
    assert again["status"] == "LIVE"
    em.advance(5)
    newest = rk.livestreams.get(created.id, per_page=1)
    assert (newest.session.ingest_seconds, newest.session.viewer_seconds) == (5.0, 0.0)
    assert newest.session.stopped_time is None
    assert (newest.paging.start_offset, newest.paging.end_offset, newest.paging.total_count) == (
        1,
        1,
        2,
    )
    older = rk.livestreams.get(created.id, page_no=2, per_page=1)
    assert older.session.ingest_seconds == 40.0
    assert older.session.stopped_time.isoformat() == "2030-01-01T10:00:40+00:00"
    past = rk.livestreams.get(created.id, page_no=3, per_page=1)
    assert "session" not in past.to_dict() and past.paging.total_count == 2


def test_bad_input_is_a_400(live: dict[str, Any], http: Any, contract: Any) -> None:
    """The name pattern and video sizes are checked; `null` names are fine (the SDK sends it)."""
    meeting = live["meeting"]
    bad = http.post(f"/meetings/{meeting.id}/livestreams", json={"name": "no spaces"})
    assert bad.status_code == 400 and "name" in contract.error(bad)["message"]
    assert http.post("/livestreams", json={"name": "a/b"}).status_code == 400
    assert (
        http.post(
            f"/meetings/{meeting.id}/livestreams", json={"video_config": {"width": 0}}
        ).status_code
        == 400
    )
    ok = http.post(f"/meetings/{meeting.id}/livestreams", json={"name": None})
    assert contract.check("start_livestream", ok)["data"]["status"] == "INVOKED"
    stop = http.post(
        f"/meetings/{meeting.id}/active-livestream/stop",
        content=b"",
        headers={"Content-Type": "application/json"},
    )
    assert contract.check("stop_livestream", stop)["data"]["message"]


def test_livestreams_survive_a_restart(tmp_path: Path) -> None:
    """With --db, an INVOKED livestream goes LIVE after a restart, its key kept."""
    db = tmp_path / "live.db"
    app = create_app(db=db)
    app.set_clock("a", "b", at_ms=1_900_000_000_000, frozen=True)
    seeded = app.seed("a", "b")
    meeting_id = seeded["live_meeting_id"]
    app.store.livestreams.stop_livestream(account_id="a", app_id="b", meeting_id=meeting_id)
    started = app.store.livestreams.start_livestream(
        account_id="a", app_id="b", meeting_id=meeting_id, body={}
    )
    app.close()
    again = create_app(db=db)
    try:
        again.advance("a", "b", 3)
        active = again.store.livestreams.get_active_livestream(
            account_id="a", app_id="b", meeting_id=meeting_id
        )
        assert (active["id"], active["status"], active["stream_key"]) == (
            started["id"],
            "LIVE",
            started["stream_key"],
        )
        again.reset()
        with pytest.raises(Exception, match="Livestream not found"):
            again.store.livestreams.get_livestream(
                account_id="a", app_id="b", livestream_id=started["id"], page_no=1, per_page=1
            )
    finally:
        again.close()


def test_status_webhooks(live: dict[str, Any], realtimekit_webhooks: Any) -> None:
    """`livestreaming.statusUpdate`: LIVE when a livestream goes live, OFFLINE when it goes
    IDLE; nothing for INVOKED or for a creation; independent livestreams too."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    lid = str(rk.livestreams.start(meeting.id).id)
    em.advance(3)
    event = realtimekit_webhooks.wait_for(
        "livestreaming.statusUpdate", where=lambda e: e.data["streamId"] == lid
    )
    assert event.data == {"event": "livestreaming.statusUpdate", "streamId": lid, "status": "LIVE"}
    assert event.model.stream_id == lid
    rk.livestreams.stop(meeting.id)
    offline = realtimekit_webhooks.wait_for(
        "livestreaming.statusUpdate", where=lambda e: e.data["streamId"] == lid
    )
    assert offline.data["status"] == "OFFLINE"
    created = str(rk.livestreams.create().id)
    em.start_ingest(created)
    em.stop_ingest(created)
    statuses = [
        realtimekit_webhooks.wait_for(
            "livestreaming.statusUpdate", where=lambda e: e.data["streamId"] == created
        ).data["status"]
        for _ in range(2)
    ]
    assert statuses == ["LIVE", "OFFLINE"]
    seen = [
        (e.data["streamId"], e.data["status"])
        for e in realtimekit_webhooks.events
        if e.name == "livestreaming.statusUpdate"
    ]
    assert seen == [(lid, "LIVE"), (lid, "OFFLINE"), (created, "LIVE"), (created, "OFFLINE")]
