"""The ``livestreams`` tag: livestreams of meetings and independent ones, their sessions and
their analytics.

Lifecycle (docs/emulator.md, "Livestreams"): ``start_livestream`` needs the meeting's live
session and makes a livestream ``INVOKED``; :data:`START_DELAY_S` later by the app's clock it is
``LIVE`` (the meeting's session still live); ``stop_livestream`` or the session's end makes it
``IDLE``. An independent livestream (``create_livestream``) is ``IDLE`` until a stream comes in
(:meth:`Livestreams.start_ingest`, driven by the control API) and ``LIVE`` until it stops
(:meth:`Livestreams.stop_ingest`). Each period a livestream is ``LIVE`` is one livestream
session: ``ingest_seconds`` is its length on the clock, ``viewer_seconds`` the seconds the
meeting's peers were in the meeting's session while it was live (0 for an independent one).
Every change of status sends the signal ``livestream.status``.

Stream keys are stored with the livestream and shown only by the answers whose schema declares
them (start, create, the meeting's active livestream).
"""

from __future__ import annotations

import secrets
from typing import Any

from ..clock import format_ms
from ..exceptions import BadRequest, Conflict, InvalidState, NotFound
from ..simulation.live import PEER
from ..state import Record, page_of
from .base import Resource, instant, new_id

__all__ = ["KIND", "SESSION_KIND", "Livestreams"]

KIND = "livestream"
SESSION_KIND = "livestream_session"
ACTIVE = ("INVOKED", "LIVE")
START_DELAY_S = 3
INGEST_SERVER = "rtmps://live.cloudflare.com:443/live/"
DEFAULT_RANGE_S = 30 * 86_400
_LIVE_TIMER = "livestream.live"
_ACTIVE_KEY = "active_meeting"


class Livestreams(Resource):
    """Livestreams and livestream sessions, scoped by app."""

    tag = "livestreams"
    helpers = ("start_ingest", "stop_ingest", "start_at", "sessions_between")

    def __init__(self, store: Any) -> None:
        super().__init__(store)
        store.timers.on(_LIVE_TIMER, self._go_live)
        store.signals.subscribe("session.started", self._stream_on_start)
        store.signals.subscribe("session.ended", self._session_ended)

    # ---- operations on meetings -------------------------------------------------------------

    def start_livestream(
        self, *, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Start livestreaming the meeting's live session: ``INVOKED``, ``LIVE`` soon after."""
        meeting = self.store.meetings.require(account_id, app_id, meeting_id).load()
        self.store.live.require_live_session(account_id, app_id, meeting_id)
        active = self._active(account_id, app_id, meeting_id)
        if active is not None:
            raise Conflict(
                f"meeting {meeting_id} is already being livestreamed (livestream {active.id},"
                f" {active.load()['status']}): stop it first"
            )
        return self._start(account_id, app_id, meeting, body).load()

    def stop_livestream(self, *, account_id: str, app_id: str, meeting_id: str) -> dict[str, Any]:
        """Stop the meeting's active livestream (it becomes ``IDLE``)."""
        record = self._require_active(account_id, app_id, meeting_id)
        self._stop(account_id, app_id, record, self.now_ms(account_id, app_id))
        return {"message": "Stopped live stream successfully"}

    def get_active_livestream(
        self, *, account_id: str, app_id: str, meeting_id: str
    ) -> dict[str, Any]:
        """The meeting's livestream that is ``INVOKED`` or ``LIVE``, with its stream key."""
        return self._require_active(account_id, app_id, meeting_id).load()

    # ---- operations on livestreams ----------------------------------------------------------

    def create_livestream(
        self, *, account_id: str, app_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """An independent livestream, ``IDLE`` until a stream comes in."""
        at = self.now_ms(account_id, app_id)
        data = self._new(account_id, app_id, at, None, body.get("name"), "IDLE")
        self.backend.put(
            Record.of(KIND, (account_id, app_id), self.backend.next_seq(), at * 1000, data)
        )
        return data

    def list_livestreams(
        self,
        *,
        account_id: str,
        app_id: str,
        page_no: int,
        per_page: int,
        exclude_meetings: bool = False,
        sort_order: str = "DSC",
        start_time: str | None = None,
        end_time: str | None = None,
        status: str | None = None,
    ) -> dict[str, Any]:
        """The first livestream of the requested page, with ``paging`` over every match."""
        low, high = instant("start_time", start_time), instant("end_time", end_time)
        found = []
        for record in self.backend.list(KIND, (account_id, app_id)):
            if (low is not None and record.created_us < low) or (
                high is not None and record.created_us > high
            ):
                continue
            data = record.load()
            if exclude_meetings and data["meeting_id"] is not None:
                continue
            if status is not None and data["status"] != status:
                continue
            found.append(data)
        if sort_order != "ASC":
            found.reverse()  # stored in creation order
        page = page_of(found, page_no, per_page)
        answer: dict[str, Any] = dict(page.items[0]) if page.items else {}
        answer["paging"] = page.paging()
        return answer

    def get_livestream(
        self, *, account_id: str, app_id: str, livestream_id: str, page_no: int, per_page: int
    ) -> dict[str, Any]:
        """The livestream and the first of the requested page of its sessions, newest first."""
        livestream = self._require(account_id, app_id, livestream_id).load()
        sessions = [
            r
            for r in self.backend.list(SESSION_KIND, (account_id, app_id))
            if r.load()["livestream_id"] == livestream_id
        ]
        sessions.reverse()
        page = page_of(sessions, page_no, per_page)
        answer: dict[str, Any] = {"livestream": livestream, "paging": page.paging()}
        if page.items:
            answer["session"] = self._session(account_id, app_id, page.items[0].load(), float)
        return answer

    def get_active_livestream_session(
        self, *, account_id: str, app_id: str, livestream_id: str
    ) -> dict[str, Any]:
        """The livestream and its session in progress (none while it is not ``LIVE``)."""
        livestream = self._require(account_id, app_id, livestream_id).load()
        answer: dict[str, Any] = {"livestream": livestream}
        session_id = livestream.get("session_id")
        if livestream["status"] == "LIVE" and session_id is not None:
            record = self.backend.get(SESSION_KIND, (account_id, app_id), session_id)
            if record is not None:
                answer["session"] = self._session(account_id, app_id, record.load(), str)
        return answer

    def get_livestream_session(
        self, *, account_id: str, app_id: str, livestream_session_id: str
    ) -> dict[str, Any]:
        """One livestream session, seconds as integers."""
        record = self.backend.get(SESSION_KIND, (account_id, app_id), livestream_session_id)
        if record is None:
            raise NotFound("Livestream session", livestream_session_id)
        return self._session(account_id, app_id, record.load(), int)

    # ---- analytics --------------------------------------------------------------------------

    def get_livestream_analytics(
        self,
        *,
        account_id: str,
        app_id: str,
        start_time: int | None = None,
        end_time: int | None = None,
        filters: str | None = None,
    ) -> dict[str, Any]:
        """How many livestreams went live in the range, and their seconds streamed and watched."""
        sessions = self._in_range(account_id, app_id, start_time, end_time)
        return {
            "count": len({s["livestream_id"] for s in sessions}),
            "total_ingest_seconds": sum(s["ingest_seconds"] for s in sessions),
            "total_viewer_seconds": sum(s["viewer_seconds"] for s in sessions),
        }

    def get_livestream_analytics_daywise(
        self,
        *,
        account_id: str,
        app_id: str,
        start_time: int | None = None,
        end_time: int | None = None,
        filters: str | None = None,
    ) -> list[dict[str, Any]]:
        """Per day (UTC) of the range with livestream sessions: their count and seconds."""
        days: dict[str, dict[str, Any]] = {}
        for s in self._in_range(account_id, app_id, start_time, end_time):
            day = days.setdefault(
                s["started_time"][:10],
                {
                    "date": s["started_time"][:10],
                    "count": 0,
                    "total_ingest_seconds": 0,
                    "total_viewer_seconds": 0,
                },
            )
            day["count"] += 1
            day["total_ingest_seconds"] += s["ingest_seconds"]
            day["total_viewer_seconds"] += s["viewer_seconds"]
        return [days[k] for k in sorted(days)]

    # ---- helpers (control API, analytics) ---------------------------------------------------

    def start_ingest(self, account_id: str, app_id: str, livestream_id: str) -> dict[str, Any]:
        """A stream starts coming in to an independent livestream: it goes ``LIVE``."""
        record = self._require(account_id, app_id, livestream_id)
        data = record.load()
        if data["meeting_id"] is not None:
            raise Conflict(
                f"livestream {livestream_id} is meeting {data['meeting_id']}'s: the meeting feeds"
                " it (start_livestream, stop_livestream)"
            )
        if data["status"] == "LIVE":
            raise InvalidState("Livestream", data["status"], "start ingest")
        at = self.now_ms(account_id, app_id)
        data["invoked_ms"] = at
        return self._live(account_id, app_id, record, data, at)

    def stop_ingest(self, account_id: str, app_id: str, livestream_id: str) -> dict[str, Any]:
        """The stream into an independent livestream stops: it goes ``IDLE``."""
        record = self._require(account_id, app_id, livestream_id)
        data = record.load()
        if data["meeting_id"] is not None:
            raise Conflict(
                f"livestream {livestream_id} is meeting {data['meeting_id']}'s: stop it with"
                " stop_livestream"
            )
        if data["status"] != "LIVE":
            raise InvalidState("Livestream", data["status"], "stop ingest")
        return self._stop(account_id, app_id, record, self.now_ms(account_id, app_id))

    def start_at(self, account_id: str, app_id: str, meeting_id: str, at_ms: int) -> dict[str, Any]:
        """Start livestreaming a meeting at an instant of its live session (the seed's past)."""
        meeting = self.store.meetings.require(account_id, app_id, meeting_id).load()
        return self._start(account_id, app_id, meeting, {}, at_ms).load()

    def sessions_between(
        self, account_id: str, app_id: str, low_ms: int, high_ms: int
    ) -> list[dict[str, Any]]:
        """The livestream sessions that went live within ``[low_ms, high_ms]``, with their
        seconds (as integers, up to now for one still live)."""
        found = []
        for record in self.backend.list(SESSION_KIND, (account_id, app_id)):
            data = record.load()
            if low_ms <= data["started_ms"] <= high_ms:
                found.append(self._session(account_id, app_id, data, int))
        return found

    # ---- lifecycle --------------------------------------------------------------------------

    def _new(
        self,
        account_id: str,
        app_id: str,
        at: int,
        meeting_id: str | None,
        name: str | None,
        status: str,
    ) -> dict[str, Any]:
        lid = new_id()
        stamp = format_ms(at)
        return {
            "id": lid,
            "created_at": stamp,
            "updated_at": stamp,
            "disabled": "false",
            "ingest_server": INGEST_SERVER,
            "meeting_id": meeting_id,
            "name": name,
            "playback_url": f"https://stream.emulator.invalid/{lid}/manifest/video.m3u8",
            "status": status,
            "stream_key": secrets.token_hex(16),
            "invoked_ms": at,
            "session_id": None,
        }

    def _start(
        self,
        account_id: str,
        app_id: str,
        meeting: dict[str, Any],
        body: dict[str, Any],
        at_ms: int | None = None,
    ) -> Record:
        at = self.now_ms(account_id, app_id) if at_ms is None else at_ms
        data = self._new(account_id, app_id, at, meeting["id"], body.get("name"), "INVOKED")
        if body.get("video_config") is not None:
            data["video_config"] = body["video_config"]
        record = Record.of(
            KIND,
            (account_id, app_id),
            self.backend.next_seq(),
            at * 1000,
            data,
            ((_ACTIVE_KEY, meeting["id"]),),
        )
        self.backend.put(record)
        self._signal(account_id, app_id, data, at)
        self.store.timers.schedule(
            account_id, app_id, at + START_DELAY_S * 1000, _LIVE_TIMER, livestream_id=data["id"]
        )
        return record

    def _go_live(self, account_id: str, app_id: str, at_ms: int, livestream_id: str) -> None:
        record = self.backend.get(KIND, (account_id, app_id), livestream_id)
        if record is None or record.load()["status"] != "INVOKED":
            return
        data = record.load()
        if self.store.live.live_session(account_id, app_id, data["meeting_id"]) is None:
            return
        self._live(account_id, app_id, record, data, at_ms)

    def _live(
        self, account_id: str, app_id: str, record: Record, data: dict[str, Any], at: int
    ) -> dict[str, Any]:
        stamp = format_ms(at)
        meeting_session = None
        if data["meeting_id"] is not None:
            found = self.store.live.live_session(account_id, app_id, data["meeting_id"])
            meeting_session = found.id if found is not None else None
        session = {
            "id": new_id(),
            "livestream_id": data["id"],
            "created_at": stamp,
            "updated_at": stamp,
            "err_message": None,
            "invoked_time": format_ms(data["invoked_ms"]),
            "started_time": stamp,
            "stopped_time": None,
            "started_ms": at,
            "stopped_ms": None,
            "meeting_session_id": meeting_session,
        }
        self.backend.put(
            Record.of(
                SESSION_KIND, (account_id, app_id), self.backend.next_seq(), at * 1000, session
            )
        )
        data["session_id"] = session["id"]
        return self._set(account_id, app_id, record, data, "LIVE", at)

    def _stop(self, account_id: str, app_id: str, record: Record, at: int) -> dict[str, Any]:
        data = record.load()
        if data["status"] == "LIVE" and data.get("session_id"):
            found = self.backend.get(SESSION_KIND, (account_id, app_id), data["session_id"])
            if found is not None:
                session = found.load()
                session.update(stopped_time=format_ms(at), stopped_ms=at, updated_at=format_ms(at))
                self.backend.put(found.replaced(session))
        return self._set(account_id, app_id, record, data, "IDLE", at)

    def _stream_on_start(
        self,
        *,
        account_id: str,
        app_id: str,
        meeting: dict[str, Any],
        **_: Any,
    ) -> None:
        if (
            meeting.get("live_stream_on_start")
            and self._active(account_id, app_id, meeting["id"]) is None
        ):
            self._start(account_id, app_id, meeting, {})

    def _session_ended(
        self, *, account_id: str, app_id: str, meeting: dict[str, Any], at_ms: int, **_: Any
    ) -> None:
        active = self._active(account_id, app_id, meeting["id"])
        if active is not None:
            self._stop(account_id, app_id, active, at_ms)

    # ---- internals --------------------------------------------------------------------------

    def _set(
        self,
        account_id: str,
        app_id: str,
        record: Record,
        data: dict[str, Any],
        status: str,
        at: int,
    ) -> dict[str, Any]:
        data["status"] = status
        data["updated_at"] = max(format_ms(at), data["updated_at"])  # never goes back
        keys = None
        if data["meeting_id"] is not None:
            keys = ((_ACTIVE_KEY, data["meeting_id"] if status in ACTIVE else None),)
        current = self.backend.get(KIND, record.scope, record.id) or record
        self.backend.put(current.replaced(data, keys))
        self._signal(account_id, app_id, data, at)
        return data

    def _signal(self, account_id: str, app_id: str, data: dict[str, Any], at: int) -> None:
        self.store.signals.send(
            "livestream.status",
            account_id=account_id,
            app_id=app_id,
            livestream=data,
            at_ms=at,
        )

    def _session(
        self, account_id: str, app_id: str, data: dict[str, Any], kind: type
    ) -> dict[str, Any]:
        """A livestream session as answered, its seconds of type ``kind`` (as the SDK types
        them per operation)."""
        end = data["stopped_ms"]
        if end is None:
            end = max(self.now_ms(account_id, app_id), data["started_ms"])
        ingest = (end - data["started_ms"]) // 1000
        viewers = 0
        if data.get("meeting_session_id"):
            viewers = self._viewer_seconds(
                account_id, app_id, data["meeting_session_id"], data["started_ms"], end
            )
        shown = dict(data)
        shown["ingest_seconds"] = kind(ingest)
        shown["viewer_seconds"] = kind(viewers)
        return shown

    def _viewer_seconds(
        self, account_id: str, app_id: str, session_id: str, low: int, high: int
    ) -> int:
        now = self.now_ms(account_id, app_id)
        total_ms = 0
        for peer in self.backend.list(PEER, (account_id, app_id, session_id)):
            p = peer.load()
            joined, left = p["joined_ms"], p.get("left_ms", now)
            total_ms += max(0, min(left, high) - max(joined, low))
        return total_ms // 1000

    def _in_range(
        self, account_id: str, app_id: str, start_time: int | None, end_time: int | None
    ) -> list[dict[str, Any]]:
        now = self.now_ms(account_id, app_id)
        high = now if end_time is None else end_time * 1000 + 999
        low = (high // 1000 - DEFAULT_RANGE_S) * 1000 if start_time is None else start_time * 1000
        if start_time is not None and end_time is not None and end_time < start_time:
            raise BadRequest(
                f"end_time {end_time} is before start_time {start_time}: give a range that"
                " ends after it starts"
            )
        return self.sessions_between(account_id, app_id, low, high)

    def _require(self, account_id: str, app_id: str, livestream_id: str) -> Record:
        record = self.backend.get(KIND, (account_id, app_id), livestream_id)
        if record is None:
            raise NotFound("Livestream", livestream_id)
        return record

    def _active(self, account_id: str, app_id: str, meeting_id: str) -> Record | None:
        return self.backend.find(KIND, (account_id, app_id), _ACTIVE_KEY, meeting_id)

    def _require_active(self, account_id: str, app_id: str, meeting_id: str) -> Record:
        self.store.meetings.require(account_id, app_id, meeting_id)
        record = self._active(account_id, app_id, meeting_id)
        if record is None:
            raise NotFound(
                "Livestream",
                meeting_id,
                message=f"No active livestream found for meeting_id {meeting_id}",
            )
        return record
