"""The active session of a meeting: read it, kick, mute and poll, through the client."""

from __future__ import annotations

from typing import Any

import pytest
from realtimekit_client import NotFoundError
from realtimekit_client.models import SessionStatus

T0 = "2030-01-01T10:00:00.000Z"
UNKNOWN = "5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30"


@pytest.fixture
def live(realtimekit_client: Any, realtimekit_emulator: Any) -> dict[str, Any]:
    """A meeting with three participants, two of them joined (ada twice), at a frozen T0."""
    realtimekit_emulator.set_clock(T0, frozen=True)
    rk = realtimekit_client
    meeting = rk.meetings.create(title="Stand-up")
    people = {
        name: rk.participants.add(
            meeting.id, custom_participant_id=name, preset_name="group_call_host", name=name.title()
        )
        for name in ("ada", "bob", "cy")
    }
    peers = [
        realtimekit_emulator.join(meeting.id, people["ada"].id),
        realtimekit_emulator.join(meeting.id, people["ada"].id),
        realtimekit_emulator.join(meeting.id, people["bob"].id),
    ]
    return {
        "rk": rk,
        "em": realtimekit_emulator,
        "meeting": meeting,
        "people": people,
        "peers": peers,
    }


def test_get_active_session(live: dict[str, Any]) -> None:
    """The live session of the meeting, as sessions.get shows it."""
    rk, meeting = live["rk"], live["meeting"]
    active = rk.active_session.get(meeting.id)
    assert str(active.id) == live["peers"][0]["session_id"]
    assert (active.status, active.live_participants) == (SessionStatus.LIVE, 3)
    assert active.to_dict() == rk.sessions.get(active.id).to_dict()


def test_without_a_live_session_everything_is_a_404(
    realtimekit_client: Any, realtimekit_emulator: Any, http: Any, contract: Any
) -> None:
    """No live session: each operation answers the documented 404; an unknown meeting says so."""
    meeting = realtimekit_client.meetings.create(title="Quiet")
    expected = f"No active session found for meeting_id {meeting.id}"
    for method, suffix, body in [
        ("GET", "", None),
        ("POST", "/kick", {"participant_ids": [UNKNOWN]}),
        ("POST", "/kick-all", None),
        ("POST", "/mute", {"custom_participant_ids": ["x"]}),
        ("POST", "/mute-all", {"allow_unmute": True}),
        ("POST", "/poll", {"question": "?", "options": ["a"]}),
    ]:
        res = http.request(method, f"/meetings/{meeting.id}/active-session{suffix}", json=body)
        assert res.status_code == 404, (suffix, res.text)
        assert contract.error(res)["message"] == expected
    with pytest.raises(NotFoundError, match=f"Meeting not found: {UNKNOWN}"):
        realtimekit_client.active_session.get(UNKNOWN)


def test_kick_by_id_and_custom_id(live: dict[str, Any]) -> None:
    """Kicking names participants by ID or custom ID; every live peer of theirs leaves."""
    rk, meeting, people = live["rk"], live["meeting"], live["people"]
    kicked = rk.active_session.kick_participants(
        meeting.id, participant_ids=[str(people["ada"].id)]
    )
    assert kicked.action == "kick"
    assert [(str(p.id), p.name) for p in kicked.participants] == [(str(people["ada"].id), "Ada")]
    assert rk.active_session.get(meeting.id).live_participants == 1
    by_custom = rk.active_session.kick_participants(meeting.id, custom_participant_ids=["bob"])
    assert [str(p.id) for p in by_custom.participants] == [str(people["bob"].id)]
    session = rk.active_session.get(meeting.id)  # empty, within its keep-alive
    assert session.live_participants == 0
    live["em"].join(meeting.id, people["bob"].id)  # a kicked participant may come back
    assert rk.active_session.get(meeting.id).live_participants == 1


def test_kick_refuses_unknown_and_absent_participants(live: dict[str, Any]) -> None:
    """An ID not in the live session is a 404 naming it and nobody is kicked; naming nobody
    kicks nobody."""
    rk, meeting, people = live["rk"], live["meeting"], live["people"]
    for body in (
        {"participant_ids": [str(people["ada"].id), UNKNOWN]},
        {"custom_participant_ids": ["cy"]},  # added, never joined
    ):
        missing = body.get("participant_ids", body.get("custom_participant_ids"))[-1]
        with pytest.raises(NotFoundError, match=f"No user found with id {missing}"):
            rk.active_session.kick_participants(meeting.id, **body)
    assert rk.active_session.get(meeting.id).live_participants == 3
    assert rk.active_session.kick_participants(meeting.id).participants == []
    assert rk.active_session.kick_participants(meeting.id, participant_ids=[]).participants == []
    assert rk.active_session.get(meeting.id).live_participants == 3


def test_kick_all_ends_the_session_at_once(live: dict[str, Any], http: Any) -> None:
    """kick-all (an empty POST, as the SDK sends it) ends the session now; a later join starts a
    new one."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    sid = live["peers"][0]["session_id"]
    em.advance(61)
    res = http.post(
        f"/meetings/{meeting.id}/active-session/kick-all",
        content=b"",
        headers={"Content-Type": "application/json"},
    )
    assert res.status_code == 200
    assert res.json()["data"] == {"action": "kick_all", "kicked_participants_count": 3}
    ended = rk.sessions.get(sid)
    assert (ended.status, ended.ended_at) == (SessionStatus.ENDED, "2030-01-01T10:01:01.000Z")
    with pytest.raises(NotFoundError):
        rk.active_session.get(meeting.id)
    again = em.join(meeting.id, live["people"]["cy"].id)
    assert again["session_id"] != sid


def test_mute_and_mute_all(live: dict[str, Any]) -> None:
    """Mute names participants like kick; mute-all counts every live peer."""
    rk, meeting = live["rk"], live["meeting"]
    muted = rk.active_session.mute_participants(meeting.id, custom_participant_ids=["bob"])
    assert (muted.action, [p.name for p in muted.participants]) == ("mute", ["Bob"])
    everyone = rk.active_session.mute_all_participants(meeting.id, allow_unmute=False)
    assert (everyone.action, everyone.muted_participants_count) == ("mute_all", 3)
    assert rk.active_session.get(meeting.id).live_participants == 3  # muted, not gone
    with pytest.raises(NotFoundError, match="No user found with id cy"):
        rk.active_session.mute_participants(meeting.id, custom_participant_ids=["cy"])


def test_create_poll(live: dict[str, Any], http: Any, contract: Any) -> None:
    """A poll starts with no votes; its defaults apply; an empty question or no option is 400."""
    rk, meeting = live["rk"], live["meeting"]
    created = rk.active_session.create_poll(
        meeting.id, question="Lunch?", options=["Pizza", "Salad"]
    )
    assert created.action == "poll_created"
    poll = created.poll
    assert (poll.question, poll.anonymous, poll.hide_votes, poll.voted) == (
        "Lunch?",
        False,
        False,
        [],
    )
    assert [(o.text, o.count, o.votes) for o in poll.options] == [
        ("Pizza", 0, []),
        ("Salad", 0, []),
    ]
    raw = http.post(
        f"/meetings/{meeting.id}/active-session/poll", json={"question": "Q", "options": ["a"]}
    )
    assert contract.check("create_poll", raw)["data"]["poll"]["options"][0]["text"] == "a"
    for bad, message in [
        ({"question": "", "options": ["a"]}, "question: "),
        ({"question": "Q", "options": []}, "options: [] has less than 1 item"),
    ]:
        res = http.post(f"/meetings/{meeting.id}/active-session/poll", json=bad)
        assert res.status_code == 400
        assert contract.error(res)["message"].startswith(message)
