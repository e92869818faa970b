"""Analytics: day-wise session and recording statistics, and livestream totals, computed from
what the emulator simulated, per day of the app's clock."""

from __future__ import annotations

import datetime
import math
from typing import Any

import pytest
from realtimekit_client import BadRequestError
from realtimekit_client.models import RecordingActionAction

DAY1, DAY2 = datetime.date(2030, 1, 1), datetime.date(2030, 1, 2)
T0 = datetime.datetime(2030, 1, 1, 10, 0, tzinfo=datetime.UTC)
T1 = datetime.datetime(2030, 1, 2, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def two_days(realtimekit_client: Any, realtimekit_emulator: Any) -> dict[str, Any]:
    """Day 1: a 123 s session, recorded for 91 s and livestreamed for 90 s (ada all along, bob
    for the last 30 s of it); day 2: a 60 s session and an independent livestream live 30 s."""
    rk, em = realtimekit_client, realtimekit_emulator
    em.set_clock(T0, frozen=True)
    meeting = rk.meetings.create(title="Weekly sync")
    ada, bob = (
        rk.participants.add(meeting.id, custom_participant_id=c, preset_name="group_call_host")
        for c in ("ada", "bob")
    )
    em.join(meeting.id, ada.id)
    recording = rk.recordings.start(meeting_id=meeting.id)  # RECORDING at +2
    rk.livestreams.start(meeting.id)  # LIVE at +3
    em.advance(63)
    em.join(meeting.id, bob.id)
    em.advance(30)  # +93
    rk.recordings.pause_resume_stop(recording.id, action=RecordingActionAction.STOP)
    rk.livestreams.stop(meeting.id)
    em.advance(30)  # +123
    rk.active_session.kick_all_participants(meeting.id)
    em.set_clock(T1)
    em.join(meeting.id, ada.id)
    independent = rk.livestreams.create(name="launch")
    em.start_ingest(independent.id)
    em.advance(30)
    em.stop_ingest(independent.id)
    em.advance(30)
    rk.active_session.kick_all_participants(meeting.id)
    return {"rk": rk, "em": em}


def test_daywise_sessions_and_recordings(two_days: dict[str, Any]) -> None:
    """Per day: sessions started and their minutes, recordings started and their minutes
    (rounded up per day), with totals; the defaults cover the 30 days up to today."""
    rk = two_days["rk"]
    days = rk.analytics.get_daywise(start_date=DAY1, end_date=DAY2)
    sessions = [
        (d.day, d.total_sessions, d.total_session_minutes) for d in days.session_stats.day_stats
    ]
    assert sessions == [("2030-01-01", 1, round(123 / 60, 2)), ("2030-01-02", 1, 1.0)]
    assert days.session_stats.sessions_count == 2
    assert days.session_stats.sessions_minutes_consumed == round(123 / 60 + 1, 2)
    recordings = [
        (d.day, d.total_recordings, d.total_recording_minutes)
        for d in days.recording_stats.day_stats
    ]
    assert recordings == [("2030-01-01", 1, math.ceil(91 / 60))]
    assert days.recording_stats.recording_count == 1
    assert days.recording_stats.recording_minutes_consumed == round(91 / 60, 2)
    assert rk.analytics.get_daywise().to_dict() == days.to_dict()  # today is day 2
    only_two = rk.analytics.get_daywise(start_date=DAY2)
    assert only_two.session_stats.sessions_count == 1
    assert only_two.recording_stats.recording_count == 0
    two_days["em"].set_clock(T1 + datetime.timedelta(days=31))
    later = rk.analytics.get_daywise()
    assert (later.session_stats.sessions_count, later.recording_stats.day_stats) == (0, [])
    assert rk.analytics.get_daywise(end_date=DAY2).session_stats.sessions_count == 2


def test_livestream_totals_and_days(two_days: dict[str, Any]) -> None:
    """Counts and seconds from the livestream sessions: 90 s ingest and 90 + 30 viewer seconds
    on day 1, 30 s and no viewers (independent) on day 2; Unix-second ranges, defaults."""
    rk = two_days["rk"]
    start, end = int(T0.timestamp()), int(T1.timestamp()) + 3600
    total = rk.livestreams.get_analytics(start_time=start, end_time=end, filters="ignored")
    assert (total.count, total.total_ingest_seconds, total.total_viewer_seconds) == (2, 120, 120)
    days = rk.livestreams.get_analytics_daywise(start_time=start, end_time=end).data
    assert [d.to_dict() for d in days] == [
        {"count": 1, "date": "2030-01-01", "total_ingest_seconds": 90, "total_viewer_seconds": 120},
        {"count": 1, "date": "2030-01-02", "total_ingest_seconds": 30, "total_viewer_seconds": 0},
    ]
    assert rk.livestreams.get_analytics().to_dict() == total.to_dict()  # the last 30 days
    day_one = rk.livestreams.get_analytics(start_time=start, end_time=start + 3600)
    assert (day_one.count, day_one.total_ingest_seconds) == (1, 90)
    two_days["em"].set_clock(T1 + datetime.timedelta(days=31))
    assert rk.livestreams.get_analytics().count == 0
    assert rk.livestreams.get_analytics_daywise().data == []


def test_bad_ranges_are_400(realtimekit_client: Any, http: Any, contract: Any) -> None:
    """An end before the start, or a malformed date, is a 400 saying so."""
    rk = realtimekit_client
    with pytest.raises(
        BadRequestError, match="end_date 2030-01-01 is before start_date 2030-01-05"
    ):
        rk.analytics.get_daywise(start_date=datetime.date(2030, 1, 5), end_date=DAY1)
    with pytest.raises(BadRequestError, match="end_time 10 is before start_time 20"):
        rk.livestreams.get_analytics(start_time=20, end_time=10)
    with pytest.raises(BadRequestError, match="end_time 10 is before start_time 20"):
        rk.livestreams.get_analytics_daywise(start_time=20, end_time=10)
    for query in ({"start_date": "2030-13-01"}, {"end_date": "yesterday"}):
        answer = http.get("/analytics/daywise", params=query)
        assert answer.status_code == 400 and next(iter(query)) in contract.error(answer)["message"]
    assert (
        http.get("/analytics/livestreams/overall", params={"start_time": "soon"}).status_code == 400
    )
    empty = contract.check("get_analytics_daywise", http.get("/analytics/daywise"))
    assert empty["data"]["session_stats"] == {
        "day_stats": [],
        "sessions_count": 0,
        "sessions_minutes_consumed": 0,
    }
