"""Sessions: started by the simulated live side, read through the ``sessions`` operations."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from realtimekit_client import ConflictError, NotFoundError
from realtimekit_client.api.sessions import list_sessions
from realtimekit_client.models import (
    AiConfig,
    MeetingStatus,
    PeerReportFilter,
    SessionParticipantSortBy,
    SessionParticipantView,
    SessionSortBy,
    SessionStatus,
    SortOrder,
    SummarizationConfig,
    TextFormat,
    TranscriptFormat,
)
from realtimekit_client.types import Unset

from realtimekit_mock import create_app
from realtimekit_mock.exceptions import InvalidState, NotFound

T0 = "2030-01-01T10:00:00.000Z"


@pytest.fixture
def rk(realtimekit_client: Any, realtimekit_emulator: Any) -> Any:
    """The bound client, with the emulator's app clock frozen at T0."""
    realtimekit_emulator.set_clock(T0, frozen=True)
    return realtimekit_client


def _meeting(rk: Any, *people: str, **config: Any) -> tuple[Any, list[Any]]:
    meeting = rk.meetings.create(title="Weekly sync", **config)
    added = [
        rk.participants.add(
            meeting.id, custom_participant_id=p, preset_name="group_call_host", name=p.title()
        )
        for p in people
    ]
    return meeting, added


def test_first_join_starts_a_live_session(rk: Any, realtimekit_emulator: Any) -> None:
    """The first join of a meeting starts a session carrying the meeting, the app and the time."""
    meeting, (ada, bob) = _meeting(rk, "ada", "bob")
    first = realtimekit_emulator.join(meeting.id, ada.id)
    realtimekit_emulator.advance(30)
    second = realtimekit_emulator.join(meeting.id, token=bob.token)
    assert first["session_id"] == second["session_id"]
    assert first["peer_id"] != second["peer_id"]
    session = rk.sessions.get(first["session_id"])
    assert session.status == SessionStatus.LIVE
    assert str(session.associated_id) == str(meeting.id)
    assert session.organization_id == realtimekit_emulator.app_id
    assert session.meeting_display_name == "Weekly sync"
    assert (session.started_at, session.live_participants, session.max_concurrent_participants) == (
        T0,
        2,
        2,
    )
    assert session.minutes_consumed == 0.5
    assert isinstance(session.ended_at, Unset)


def test_the_session_ends_after_the_keep_alive(rk: Any, realtimekit_emulator: Any) -> None:
    """When the last peer leaves, the session stays live for the keep-alive time, then ends at
    leave time plus keep-alive."""
    meeting, (ada,) = _meeting(rk, "ada", session_keep_alive_time_in_secs=120)
    sid = realtimekit_emulator.join(meeting.id, ada.id)["session_id"]
    realtimekit_emulator.advance(600)
    realtimekit_emulator.leave(meeting.id, ada.id)
    realtimekit_emulator.advance(119)
    assert rk.sessions.get(sid).status == SessionStatus.LIVE
    assert rk.sessions.get(sid).live_participants == 0
    realtimekit_emulator.advance(3600)
    ended = rk.sessions.get(sid)
    assert ended.status == SessionStatus.ENDED
    assert ended.ended_at == "2030-01-01T10:12:00.000Z"
    assert ended.minutes_consumed == 12
    with pytest.raises(NotFoundError, match=f"No active session found for meeting_id {meeting.id}"):
        rk.active_session.get(meeting.id)


def test_a_join_within_the_keep_alive_continues_the_session(
    rk: Any, realtimekit_emulator: Any
) -> None:
    """Rejoining before the keep-alive ends keeps the session; after it, a new one starts."""
    meeting, (ada,) = _meeting(rk, "ada")
    sid = realtimekit_emulator.join(meeting.id, ada.id)["session_id"]
    realtimekit_emulator.leave(meeting.id, ada.id)
    realtimekit_emulator.advance(59)
    assert realtimekit_emulator.join(meeting.id, ada.id)["session_id"] == sid
    realtimekit_emulator.advance(600)  # still joined: nothing ends
    assert rk.sessions.get(sid).status == SessionStatus.LIVE
    realtimekit_emulator.leave(meeting.id, ada.id)
    realtimekit_emulator.advance(60)
    assert rk.sessions.get(sid).status == SessionStatus.ENDED
    assert realtimekit_emulator.join(meeting.id, ada.id)["session_id"] != sid


def test_an_inactive_meeting_cannot_be_joined(rk: Any, realtimekit_emulator: Any) -> None:
    """Users cannot join an INACTIVE meeting; unknown participants and tokens are 404s."""
    meeting, (ada,) = _meeting(rk, "ada")
    rk.meetings.update(meeting.id, status=MeetingStatus.INACTIVE)
    with pytest.raises(InvalidState, match="Meeting is INACTIVE: cannot join it"):
        realtimekit_emulator.join(meeting.id, ada.id)
    rk.meetings.update(meeting.id, status=MeetingStatus.ACTIVE)
    with pytest.raises(NotFound, match="Participant not found"):
        realtimekit_emulator.join(meeting.id, "5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30")
    with pytest.raises(NotFound, match="No participant of this meeting has this token"):
        realtimekit_emulator.join(meeting.id, token="a.b.c")


def test_control_api_join_and_leave(rk: Any, realtimekit_emulator: Any) -> None:
    """The control API's join/leave take the participant, its token or the peer; bad bodies are
    400s naming the problem."""
    meeting, (ada,) = _meeting(rk, "ada")
    scope = {
        "account_id": realtimekit_emulator.account_id,
        "app_id": realtimekit_emulator.app_id,
        "meeting_id": str(meeting.id),
    }
    url = realtimekit_emulator.url + "/_emulator"
    joined = httpx.post(f"{url}/join", json={**scope, "token": ada.token})
    assert joined.status_code == 200
    peer = joined.json()
    assert peer["participant_id"] == str(ada.id) and peer["custom_participant_id"] == "ada"
    both = httpx.post(
        f"{url}/join", json={**scope, "token": ada.token, "participant_id": str(ada.id)}
    )
    assert both.status_code == 400
    left = httpx.post(f"{url}/leave", json={**scope, "peer_id": peer["peer_id"]})
    assert left.status_code == 200
    assert left.json()["peers"][0]["left_at"] == T0
    again = httpx.post(f"{url}/leave", json={**scope, "peer_id": peer["peer_id"]})
    assert again.status_code == 404
    assert again.json()["error"]["message"] == f"Peer {peer['peer_id']} is not in the session"


def test_list_sessions_filters_sorts_and_pages(rk: Any, realtimekit_emulator: Any) -> None:
    """list_sessions filters by meeting, status and text, sorts, and pages like the spec says."""
    first, (ada,) = _meeting(rk, "ada")
    second = rk.meetings.create(title="Retro")
    bob = rk.participants.add(second.id, custom_participant_id="bob", preset_name="group_call_host")
    s1 = realtimekit_emulator.join(first.id, ada.id)["session_id"]
    realtimekit_emulator.advance(300)
    s2 = realtimekit_emulator.join(second.id, bob.id)["session_id"]
    realtimekit_emulator.leave(first.id, ada.id)
    realtimekit_emulator.advance(60)  # the first session ends

    def listed(**query: Any) -> Any:
        return list_sessions.sync(
            realtimekit_emulator.account_id, realtimekit_emulator.app_id, client=rk.client, **query
        )

    def ids(**query: Any) -> list[str]:
        return [str(s.id) for s in listed(**query).data.sessions]

    page = listed()
    assert [str(s.id) for s in page.data.sessions] == [s2, s1]  # newest first
    assert page.paging.total_count == 2
    assert ids(status=SessionStatus.LIVE) == [s2]
    assert ids(associated_id=first.id) == [s1]
    assert ids(search="retro") == [s2]
    assert ids(search=s1[:8]) == [s1]
    assert ids(sort_by=SessionSortBy.MINUTESCONSUMED) == [s1, s2]  # 6 minutes, then 1
    assert ids(sort_order=SortOrder.ASC) == [s1, s2]
    second_page = listed(page_no=2, per_page=1)
    assert [str(s.id) for s in second_page.data.sessions] == [s1]
    assert (second_page.paging.start_offset, second_page.paging.end_offset) == (2, 2)
    totals = listed(per_page=0)
    assert totals.data.sessions == [] and totals.paging.total_count == 2


def test_session_participants_raw_and_consolidated(rk: Any, realtimekit_emulator: Any) -> None:
    """Each join is a peer (raw view); the consolidated view adds up one participant's joins."""
    meeting, (ada, bob) = _meeting(rk, "ada", "bob")
    first = realtimekit_emulator.join(meeting.id, ada.id)
    sid = first["session_id"]
    realtimekit_emulator.join(meeting.id, bob.id)
    realtimekit_emulator.advance(120)
    realtimekit_emulator.leave(meeting.id, peer_id=first["peer_id"])
    realtimekit_emulator.advance(60)
    second = realtimekit_emulator.join(meeting.id, ada.id)
    realtimekit_emulator.advance(180)

    raw = rk.sessions.list_participants(sid).participants
    assert [(p.id, p.user_id, p.duration) for p in raw] == [
        (first["peer_id"], str(ada.id), 2),
        (raw[1].id, str(bob.id), 6),
        (second["peer_id"], str(ada.id), 3),
    ]
    assert all(isinstance(p.peer_events, Unset) for p in raw)
    merged = rk.sessions.list_participants(sid, view=SessionParticipantView.CONSOLIDATED)
    by_user = {p.user_id: p for p in merged.participants}
    assert by_user[str(ada.id)].duration == 5
    assert isinstance(by_user[str(ada.id)].left_at, Unset)  # live again
    longest = rk.sessions.list_participants(
        sid, sort_by=SessionParticipantSortBy.DURATION, sort_order=SortOrder.DESC
    ).participants
    assert longest[0].user_id == str(bob.id)
    found = rk.sessions.list_participants(sid, search="BOB").participants
    assert [p.user_id for p in found] == [str(bob.id)]
    with_events = rk.sessions.get_participant(sid, first["peer_id"], include_peer_events=True)
    events = [e.event_name.value for e in with_events.participant.peer_events]
    assert events == ["PEER_CREATED", "PEER_JOINING", "PEER_LEAVING"]
    assert with_events.participant.left_at == "2030-01-01T10:02:00.000Z"
    with pytest.raises(NotFoundError, match="Session participant not found"):
        rk.sessions.get_participant(sid, "5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30")


def test_peer_report(rk: Any, realtimekit_emulator: Any, http: Any, contract: Any) -> None:
    """The peer report has the spec's whole shape, the same every time, and filters keep one
    part; the literal `peer-report` segment is never taken for a session ID."""
    meeting, (ada,) = _meeting(rk, "ada")
    peer = realtimekit_emulator.join(meeting.id, ada.id)
    raw = http.get(f"/sessions/peer-report/{peer['peer_id']}")
    body = contract.check("get_session_peer_report", raw)
    participant = body["data"]["participant"]
    assert (
        participant["role"] == "group_call_host" and participant["session_id"] == peer["session_id"]
    )
    quality = participant["peer_report"]["quality"]
    assert len(quality["video_producer"]) == 2
    assert set(quality["audio_consumer_cumulative"]["jitter_buffer_delay"]) == {
        "100ms_or_greater_event_fraction",
        "250ms_or_greater_event_fraction",
        "500ms_or_greater_event_fraction",
        "avg",
    }
    assert http.get(f"/sessions/peer-report/{peer['peer_id']}").json() == body
    only_ip = rk.sessions.get_peer_report(peer["peer_id"], filters=PeerReportFilter.IP_INFORMATION)
    report = only_ip.participant.peer_report.to_dict()
    assert list(report) == ["metadata"] and list(report["metadata"]) == ["ip_information"]
    stats = rk.sessions.get_peer_report(peer["peer_id"], filters=PeerReportFilter.QUALITY_STATS)
    assert list(stats.participant.peer_report.to_dict()) == ["quality"]
    with pytest.raises(NotFoundError, match="Peer not found"):
        rk.sessions.get_peer_report("5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30")


def _ended_session(rk: Any, emulator: Any, **flags: Any) -> tuple[Any, str, Any]:
    meeting, (ada, bob) = _meeting(rk, "ada", "bob", **flags)
    sid = emulator.join(meeting.id, ada.id)["session_id"]
    emulator.join(meeting.id, bob.id)
    emulator.chat(meeting.id, ada.id, "Hello, Bob")
    emulator.advance(90)
    rk.active_session.kick_all_participants(meeting.id)
    return meeting, sid, ada


def test_chat_transcript_and_summary_follow_the_meeting_flags(
    rk: Any, realtimekit_emulator: Any
) -> None:
    """After the session ends: the chat export after 5 s, the transcript after 10 s, the summary
    10 s later; each downloadable, with deterministic content, until it expires."""
    _, sid, ada = _ended_session(
        rk, realtimekit_emulator, persist_chat=True, transcribe_on_end=True, summarize_on_end=True
    )
    for fetch in (rk.sessions.get_chat, rk.sessions.get_transcript, rk.sessions.get_summary):
        with pytest.raises(NotFoundError, match=f"for session {sid}"):
            fetch(sid)
    realtimekit_emulator.advance(5)
    chat = rk.sessions.get_chat(sid)
    assert chat.chat_download_url_expiry == "2030-01-08T10:01:35.000Z"
    rows = httpx.get(chat.chat_download_url).text.splitlines()
    assert rows[0] == "sent_at,peer_id,user_id,custom_participant_id,display_name,message"
    assert rows[1].endswith(f',{ada.id},ada,Ada,"Hello, Bob"')
    with pytest.raises(NotFoundError):
        rk.sessions.get_transcript(sid)
    realtimekit_emulator.advance(5)
    transcript = rk.sessions.get_transcript(sid, format_=TranscriptFormat.JSON)
    assert transcript.session_id == sid
    lines = httpx.get(transcript.transcript_download_url).json()
    assert [line["sentence"] for line in lines] == ["Hello, this is Ada.", "Hello, this is Bob."]
    vtt = httpx.get(
        rk.sessions.get_transcript(sid, format_=TranscriptFormat.VTT).transcript_download_url
    )
    assert vtt.text.startswith("WEBVTT\n\n00:00:01.000 --> 00:00:03.500\n<v Ada>Hello")
    realtimekit_emulator.advance(10)
    summary = rk.sessions.get_summary(sid)
    text = httpx.get(summary.summary_download_url)
    assert text.headers["content-type"].startswith("text/markdown")
    assert text.text.startswith("# Summary of Weekly sync\n\n- Participants (2): Ada, Bob")
    realtimekit_emulator.advance(7 * 86_400)  # valid up to its expiry instant, included
    assert httpx.get(summary.summary_download_url).status_code == 200
    realtimekit_emulator.advance(1)
    expired = httpx.get(summary.summary_download_url)
    assert (expired.status_code, expired.text) == (403, "this download link has expired\n")


def test_nothing_is_made_without_the_flags(rk: Any, realtimekit_emulator: Any) -> None:
    """A meeting asking for none of them gets no chat export, transcript or summary."""
    _, sid, _ = _ended_session(rk, realtimekit_emulator)
    realtimekit_emulator.advance(3600)
    for fetch in (rk.sessions.get_chat, rk.sessions.get_transcript, rk.sessions.get_summary):
        with pytest.raises(NotFoundError):
            fetch(sid)


def test_generate_summary_needs_a_transcript(rk: Any, realtimekit_emulator: Any) -> None:
    """generate_summary is a 409 without a transcript; with one it starts and the summary
    appears 10 s later, in the meeting's text format."""
    _, without, _ = _ended_session(rk, realtimekit_emulator)
    with pytest.raises(ConflictError, match="has no transcript to summarize"):
        rk.sessions.generate_summary(without)
    _, sid, _ = _ended_session(
        rk,
        realtimekit_emulator,
        transcribe_on_end=True,
        ai_config=AiConfig(summarization=SummarizationConfig(text_format=TextFormat.PLAIN_TEXT)),
    )
    realtimekit_emulator.advance(10)
    started = rk.sessions.generate_summary(sid)
    assert (str(started.session_id), started.status) == (sid, "IN_PROGRESS")
    with pytest.raises(NotFoundError):
        rk.sessions.get_summary(sid)
    realtimekit_emulator.advance(10)
    assert rk.sessions.generate_summary(sid).status == "COMPLETED"
    text = httpx.get(rk.sessions.get_summary(sid).summary_download_url)
    assert text.headers["content-type"].startswith("text/plain")
    assert text.text.startswith("Summary of Weekly sync")


def test_a_running_clock_ends_sessions_without_any_call(realtimekit_emulator: Any, rk: Any) -> None:
    """Served, the emulator runs due timers by itself: with the clock running, a session whose
    keep-alive passed ends with nobody calling the API."""
    meeting, (ada,) = _meeting(rk, "ada")
    sid = realtimekit_emulator.join(meeting.id, ada.id)["session_id"]
    realtimekit_emulator.leave(meeting.id, ada.id)
    realtimekit_emulator.set_clock("2030-01-01T10:00:59.800Z", frozen=False)
    store = realtimekit_emulator.app.store
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with store.lock:
            status = store.sessions.require(
                realtimekit_emulator.account_id, realtimekit_emulator.app_id, sid
            ).load()["status"]
        if status == "ENDED":
            break
        time.sleep(0.05)
    assert status == "ENDED"


def test_pending_session_ends_survive_a_restart(tmp_path: Path) -> None:
    """With --db, a session waiting out its keep-alive ends on time after a restart."""
    db = tmp_path / "live.db"
    app = create_app(db=db)
    app.set_clock("a", "b", at_ms=1_900_000_000_000, frozen=True)
    meeting = app.store.meetings.create_meeting(account_id="a", app_id="b", body={"title": "t"})
    person = app.store.participants.add_participant(
        account_id="a",
        app_id="b",
        meeting_id=meeting["id"],
        body={"custom_participant_id": "u", "preset_name": "group_call_host"},
    )
    sid = app.join("a", "b", meeting["id"], participant_id=person["id"])["session_id"]
    app.leave("a", "b", meeting["id"], participant_id=person["id"])
    app.close()
    again = create_app(db=db)
    try:
        assert (
            again.store.sessions.get_session(account_id="a", app_id="b", session_id=sid)["status"]
            == "LIVE"
        )
        again.advance("a", "b", 60)
        ended = again.store.sessions.get_session(account_id="a", app_id="b", session_id=sid)
        assert (ended["status"], ended["ended_at"]) == ("ENDED", "2030-03-17T17:47:40.000Z")
    finally:
        again.close()
