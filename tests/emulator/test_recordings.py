"""Recordings: started in a live session, through their status lifecycle, by the app's clock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from realtimekit_client import ConflictError, NotFoundError
from realtimekit_client.api.recordings import list_recordings
from realtimekit_client.models import (
    RealtimekitBucketConfig,
    RecordingActionAction,
    RecordingConfig,
    RecordingStatus,
    SortOrder,
)

from realtimekit_mock import create_app

from .conftest import SECRETS, STORAGE

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
    peer = realtimekit_emulator.join(meeting.id, ada.id)
    return {"rk": rk, "em": realtimekit_emulator, "meeting": meeting, "ada": ada, "peer": peer}


def _act(rk: Any, rid: Any, action: str) -> Any:
    return rk.recordings.pause_resume_stop(rid, action=RecordingActionAction(action))


def test_the_whole_lifecycle(live: dict[str, Any], http: Any, contract: Any) -> None:
    """INVOKED → RECORDING (2 s) → PAUSED → RECORDING → UPLOADING → UPLOADED (5 s), with times,
    duration without the pause, reasons and download URLs only once uploaded."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    started = rk.recordings.start(meeting_id=meeting.id, file_name_prefix="weekly")
    assert started.status == RecordingStatus.INVOKED
    assert (started.invoked_time.isoformat(), started.started_time) == (
        "2030-01-01T10:00:00+00:00",
        None,
    )
    assert str(started.session_id) == live["peer"]["session_id"]
    assert started.start_reason.reason.value == "API_CALL"
    assert started.output_file_name.startswith(f"weekly_{meeting.id}_")
    raw = contract.check("get_recording", http.get(f"/recordings/{started.id}"))
    assert raw["data"]["download_url"] is None  # the key is there, null, until uploaded
    em.advance(2)
    assert rk.recordings.get(started.id).status == RecordingStatus.RECORDING
    em.advance(60)
    assert _act(rk, started.id, "pause").status == RecordingStatus.PAUSED
    em.advance(30)
    assert _act(rk, started.id, "resume").status == RecordingStatus.RECORDING
    em.advance(60)
    stopped = _act(rk, started.id, "stop")
    assert stopped.status == RecordingStatus.UPLOADING
    assert (stopped.recording_duration, stopped.download_url) == (120, None)
    assert stopped.stop_reason.reason.value == "API_CALL"
    em.advance(5)
    done = rk.recordings.get(started.id)
    assert done.status == RecordingStatus.UPLOADED
    assert done.file_size == 120 * 83_333
    assert done.download_url_expiry.isoformat() == "2030-01-08T10:02:37+00:00"
    video = httpx.get(done.download_url)
    assert video.status_code == 200 and video.headers["content-type"] == "video/mp4"
    assert httpx.get(done.audio_download_url).headers["content-type"] == "audio/mp4"
    contract.check("get_recording", http.get(f"/recordings/{started.id}"))


def test_invalid_transitions_name_the_status(live: dict[str, Any]) -> None:
    """An action the status does not allow is a 409 naming status and action."""
    rk, em = live["rk"], live["em"]
    rid = rk.recordings.start(meeting_id=live["meeting"].id).id
    with pytest.raises(ConflictError, match="Recording is INVOKED: cannot pause"):
        _act(rk, rid, "pause")
    em.advance(2)
    with pytest.raises(ConflictError, match="Recording is RECORDING: cannot resume"):
        _act(rk, rid, "resume")
    _act(rk, rid, "stop")
    em.advance(5)
    for action in ("pause", "resume", "stop"):
        with pytest.raises(ConflictError, match=f"Recording is UPLOADED: cannot {action}"):
            _act(rk, rid, action)


def test_a_recording_stopped_before_it_started_errors(live: dict[str, Any]) -> None:
    """Stopped while still INVOKED: ERRORED, no file."""
    rk = live["rk"]
    rid = rk.recordings.start(meeting_id=live["meeting"].id).id
    errored = _act(rk, rid, "stop")
    assert (errored.status, errored.download_url) == (RecordingStatus.ERRORED, None)


def test_one_active_recording_per_meeting(live: dict[str, Any]) -> None:
    """A second start is a 409 unless allow_multiple_recordings; the active one is found."""
    rk, meeting = live["rk"], live["meeting"]
    first = rk.recordings.start(meeting_id=meeting.id)
    with pytest.raises(ConflictError, match=f"meeting {meeting.id} is already being recorded"):
        rk.recordings.start(meeting_id=meeting.id)
    second = rk.recordings.start(meeting_id=meeting.id, allow_multiple_recordings=True)
    assert rk.recordings.get_active(str(meeting.id)).id == second.id
    _act(rk, second.id, "stop")
    assert rk.recordings.get_active(str(meeting.id)).id == first.id


def test_no_live_session_no_recording(realtimekit_client: Any) -> None:
    """Starting without a live session is the active-session 404; so is the active recording."""
    rk = realtimekit_client
    meeting = rk.meetings.create(title="Empty")
    with pytest.raises(NotFoundError, match=f"No active session found for meeting_id {meeting.id}"):
        rk.recordings.start(meeting_id=meeting.id)
    with pytest.raises(
        NotFoundError, match=f"No active recording found for meeting_id {meeting.id}"
    ):
        rk.recordings.get_active(str(meeting.id))
    with pytest.raises(NotFoundError, match="Recording not found"):
        rk.recordings.get("5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30")


def test_the_session_end_stops_it(live: dict[str, Any]) -> None:
    """Recordings stop when the session ends: ALL_PEERS_LEFT after the keep-alive, API_CALL on
    kick-all."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    rid = rk.recordings.start(meeting_id=meeting.id).id
    em.advance(10)
    em.leave(meeting.id, live["ada"].id)
    em.advance(60)
    stopped = rk.recordings.get(rid)
    assert stopped.status == RecordingStatus.UPLOADING
    assert stopped.stop_reason.reason.value == "ALL_PEERS_LEFT"
    assert stopped.stopped_time.isoformat() == "2030-01-01T10:01:10+00:00"
    em.join(meeting.id, live["ada"].id)
    other = rk.recordings.start(meeting_id=meeting.id).id
    em.advance(3)
    rk.active_session.kick_all_participants(meeting.id)
    assert rk.recordings.get(other).stop_reason.reason.value == "API_CALL"


def test_record_on_start_and_max_seconds(
    realtimekit_client: Any, realtimekit_emulator: Any
) -> None:
    """record_on_start starts one at the first join (no caller); max_seconds stops it."""
    realtimekit_emulator.set_clock(T0, frozen=True)
    rk = realtimekit_client
    meeting = rk.meetings.create(
        title="Auto", record_on_start=True, recording_config=RecordingConfig(max_seconds=60)
    )
    ada = rk.participants.add(
        meeting.id, custom_participant_id="ada", preset_name="group_call_host"
    )
    realtimekit_emulator.join(meeting.id, ada.id)
    active = rk.recordings.get_active(str(meeting.id))
    recording = rk.recordings.get(active.id)
    assert recording.start_reason.reason.value == "RECORD_ON_START"
    assert "caller" not in recording.start_reason.to_dict()
    realtimekit_emulator.advance(2 + 60)
    stopped = rk.recordings.get(active.id)
    assert (stopped.status, stopped.recording_duration) == (RecordingStatus.UPLOADING, 60)


def test_body_settings_win_over_the_meeting(live: dict[str, Any]) -> None:
    """The start body's objects replace the meeting's; without the bucket and storage there
    is nowhere to upload (ERRORED); storage secrets are stored, never answered."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    rid = rk.recordings.start(
        meeting_id=meeting.id, realtimekit_bucket_config=RealtimekitBucketConfig(enabled=False)
    ).id
    em.advance(3)
    assert _act(rk, rid, "stop").status == RecordingStatus.ERRORED
    raw = em.app.store.recordings.start_recording(
        account_id=em.account_id,
        app_id=em.app_id,
        body={
            "meeting_id": str(meeting.id),
            "realtimekit_bucket_config": {"enabled": False},
            "storage_config": STORAGE,
        },
    )
    em.advance(3)
    kept = _act(rk, raw["id"], "stop")
    assert kept.status == RecordingStatus.UPLOADING
    assert kept.storage_config.host == "sftp.example.com"
    em.advance(5)
    uploaded = rk.recordings.get(raw["id"])
    assert (uploaded.status, uploaded.download_url) == (RecordingStatus.UPLOADED, None)
    text = str(uploaded.to_dict())
    assert not any(secret in text for secret in SECRETS.values())


def test_list_recordings(live: dict[str, Any]) -> None:
    """Newest first, with the meeting; filters by status (repeated), meeting, text; pages."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    first = rk.recordings.start(meeting_id=meeting.id).id
    _act(rk, first, "stop")  # ERRORED
    em.advance(1)
    second = rk.recordings.start(meeting_id=meeting.id).id

    def ids(**query: Any) -> list[str]:
        page = list_recordings.sync(em.account_id, em.app_id, client=rk.client, **query)
        return [str(r.id) for r in page.data]

    assert ids() == [str(second), str(first)]
    assert ids(sort_order=SortOrder.ASC) == [str(first), str(second)]
    assert ids(status=[RecordingStatus.ERRORED]) == [str(first)]
    assert ids(status=[RecordingStatus.ERRORED, RecordingStatus.INVOKED]) == [
        str(second),
        str(first),
    ]
    assert ids(search="weekly") == [str(second), str(first)]
    assert ids(search="nothing") == []
    assert ids(meeting_id="5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30") == []
    page = list_recordings.sync(em.account_id, em.app_id, client=rk.client, page_no=2, per_page=1)
    assert [str(r.id) for r in page.data] == [str(first)] and page.paging.total_count == 2
    assert page.data[0].meeting.title == "Weekly sync"
    every = list(rk.recordings.iter(per_page=1))
    assert [str(r.id) for r in every] == [str(second), str(first)]


def test_track_recording(live: dict[str, Any]) -> None:
    """A track recording needs a live session; uploaded, its URL lists one file per peer."""
    rk, em, meeting = live["rk"], live["em"], live["meeting"]
    started = rk.recordings.start_track(meeting_id=meeting.id, user_ids=[str(live["ada"].id)])
    rid = started.recording.id
    em.advance(12)
    _act(rk, rid, "stop")
    em.advance(5)
    done = rk.recordings.get(rid)
    assert done.status == RecordingStatus.UPLOADED and done.audio_download_url is None
    listed = httpx.get(done.download_url).json()
    assert [layer["layer_name"] for layer in listed] == ["default"]
    (name,) = listed[0]["download_urls"]
    assert name.startswith(f"default_{live['ada'].id}_{live['peer']['peer_id']}_audio_audio_")
    file = httpx.get(listed[0]["download_urls"][name]["download_url"])
    assert file.headers["content-type"] == "audio/webm"


def test_recordings_survive_a_restart(tmp_path: Path) -> None:
    """With --db, a recording waiting to upload finishes after a restart."""
    db = tmp_path / "rec.db"
    app = create_app(db=db)
    app.set_clock("a", "b", at_ms=1_900_000_000_000, frozen=True)
    seeded = app.seed("a", "b")
    started = app.store.recordings.start_recording(
        account_id="a", app_id="b", body={"meeting_id": seeded["live_meeting_id"]}
    )
    app.advance("a", "b", 10)
    app.store.recordings.pause_resume_stop_recording(
        account_id="a", app_id="b", recording_id=started["id"], body={"action": "stop"}
    )
    app.close()
    again = create_app(db=db)
    try:
        again.advance("a", "b", 5)
        done = again.store.recordings.get_recording(
            account_id="a", app_id="b", recording_id=started["id"]
        )
        assert (done["status"], done["recording_duration"]) == ("UPLOADED", 8)
    finally:
        again.close()
