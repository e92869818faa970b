"""The plugin's realtimekit_webhooks fixture: verified, parsed events from the emulator."""

from __future__ import annotations

from typing import Any


def test_wait_for_gives_verified_events(
    realtimekit_client: Any, realtimekit_emulator: Any, realtimekit_webhooks: Any
) -> None:
    rk, em = realtimekit_client, realtimekit_emulator
    em.set_clock("2030-01-01T10:00:00.000Z", frozen=True)
    meeting = rk.meetings.create(title="Fixture")
    ada = rk.participants.add(
        meeting.id, custom_participant_id="ada", preset_name="group_call_host"
    )
    peer = em.join(meeting.id, ada.id)
    started = realtimekit_webhooks.wait_for("meeting.started")
    assert started.model.meeting.session_id == peer["session_id"]
    assert started.webhook_id == realtimekit_webhooks.webhook["id"]
    joined = realtimekit_webhooks.wait_for("meeting.participantJoined")
    assert joined.model.participant.peer_id == peer["peer_id"]
    rk.recordings.start(meeting_id=meeting.id)
    em.advance(2)
    first = realtimekit_webhooks.wait_for("recording.statusUpdate")
    second = realtimekit_webhooks.wait_for("recording.statusUpdate")
    assert (first.model.recording.status, second.model.recording.status) == (
        "INVOKED",
        "RECORDING",
    )
    assert realtimekit_webhooks.rejected == []
    assert realtimekit_webhooks.names()[:2] == ["meeting.started", "meeting.participantJoined"]
