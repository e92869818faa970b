"""The ``analytics`` tag: day-wise statistics of an App's sessions and recordings.

Computed from the stored sessions and recordings, per day (UTC) of the app's clock: a session
counts on the day it started, with the minutes it lasted (so far, while live); a recording on
the day it was invoked, with the seconds it recorded (pauses excluded; so far, while active).
Days without any are left out.
"""

from __future__ import annotations

import datetime
import math
from typing import Any

from ..exceptions import BadRequest
from ..simulation.live import SESSION
from .base import Resource
from .recordings import KIND as RECORDING

__all__ = ["DEFAULT_DAYS", "Analytics"]

DEFAULT_DAYS = 30


class Analytics(Resource):
    """Day-wise analytics, scoped by app."""

    tag = "analytics"

    def get_analytics_daywise(
        self,
        *,
        account_id: str,
        app_id: str,
        start_date: str | None = None,
        end_date: str | None = None,
    ) -> dict[str, Any]:
        """Sessions and recordings per day of ``[start_date, end_date]`` (default: the 30 days
        before today up to today), with totals."""
        now = self.now_ms(account_id, app_id)
        today = datetime.datetime.fromtimestamp(now / 1000, datetime.UTC).date()
        last = _date("end_date", end_date) if end_date else today
        first = _date("start_date", start_date) if start_date else _minus(last, DEFAULT_DAYS)
        if last < first:
            raise BadRequest(
                f"end_date {last.isoformat()} is before start_date {first.isoformat()}: give a"
                " range that ends after it starts"
            )
        low, high = first.isoformat(), last.isoformat()
        scope = (account_id, app_id)
        sessions: dict[str, list[float]] = {}
        for record in self.backend.list(SESSION, scope):
            data = record.load()
            day = data["started_at"][:10]
            if low <= day <= high:
                end = data.get("ended_ms", now)
                sessions.setdefault(day, []).append((end - data["started_ms"]) / 60_000)
        recordings: dict[str, list[float]] = {}
        for record in self.backend.list(RECORDING, scope):
            data = record.load()
            day = data["invoked_time"][:10]
            if low <= day <= high:
                recordings.setdefault(day, []).append(_recorded_seconds(data, now))
        return {
            "recording_stats": {
                "day_stats": [
                    {
                        "day": day,
                        "total_recording_minutes": math.ceil(sum(secs) / 60),
                        "total_recordings": len(secs),
                    }
                    for day, secs in sorted(recordings.items())
                ],
                "recording_count": sum(len(s) for s in recordings.values()),
                "recording_minutes_consumed": round(
                    sum(sum(s) for s in recordings.values()) / 60, 2
                ),
            },
            "session_stats": {
                "day_stats": [
                    {
                        "day": day,
                        "total_session_minutes": round(sum(minutes), 2),
                        "total_sessions": len(minutes),
                    }
                    for day, minutes in sorted(sessions.items())
                ],
                "sessions_count": sum(len(m) for m in sessions.values()),
                "sessions_minutes_consumed": round(sum(sum(m) for m in sessions.values()), 2),
            },
        }


def _recorded_seconds(data: dict[str, Any], now: int) -> float:
    """Seconds a recording recorded: its duration once stopped, else its time so far."""
    if data.get("recording_duration") is not None:
        return float(data["recording_duration"])
    active = data.get("active_ms", 0)
    if data.get("resumed_ms") is not None:
        active += max(0, now - data["resumed_ms"])
    return active / 1000


def _date(name: str, value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f'{name}: "{value}" is not a "date" (YYYY-MM-DD)') from None


def _minus(day: datetime.date, days: int) -> datetime.date:
    try:
        return day - datetime.timedelta(days=days)
    except OverflowError:
        return datetime.date.min
