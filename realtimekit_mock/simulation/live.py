"""The live side of a meeting: participants join and leave, sessions start and end.

Rules (docs/emulator.md, "The live side"):

* A participant added to a meeting joins it (by participant ID or join token) and becomes a
  **peer**: each join is a new peer with its own ID; the same participant can be in a session
  more than once (two devices) and can rejoin later.
* The first join of an ``ACTIVE`` meeting with no live session starts a **session** (signal
  ``session.started``); an ``INACTIVE`` meeting cannot be joined.
* When the last peer leaves, the session stays live for the meeting's
  ``session_keep_alive_time_in_secs`` (default 60); a join in that time continues it,
  otherwise it ends then (``ALL_PARTICIPANTS_LEFT``). Kicking everyone ends it at once
  (``HOST_ENDED_MEETING``). A later join starts a new session.
* Every join and leave records peer events (``PEER_CREATED``, ``PEER_JOINING``,
  ``PEER_LEAVING``) and updates the session's live and peak participant counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..clock import format_ms
from ..exceptions import BadRequest, InvalidState, NotFound
from ..ids import new_id
from ..state import Record

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["PEER", "SESSION", "LiveSide"]

SESSION = "session"
PEER = "peer"
DEFAULT_KEEP_ALIVE_S = 60
_END_TIMER = "session.end"


def _minutes(ms: int) -> float:
    return round(ms / 60_000, 2)


class LiveSide:
    """Joins, leaves and session ends, over the store's records (callers hold the lock)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.backend = store.backend
        store.timers.on(_END_TIMER, self._end_when_due)

    # ---- lookups ----------------------------------------------------------------------------

    def live_session(self, account_id: str, app_id: str, meeting_id: str) -> Record | None:
        """The meeting's live session, or None."""
        return self.backend.find(SESSION, (account_id, app_id), "live_meeting", meeting_id)

    def require_live_session(self, account_id: str, app_id: str, meeting_id: str) -> Record:
        """The meeting's live session (the meeting must exist), or the API's 404."""
        self.store.meetings.require(account_id, app_id, meeting_id)
        record = self.live_session(account_id, app_id, meeting_id)
        if record is None:
            raise NotFound(
                "Session",
                meeting_id,
                message=f"No active session found for meeting_id {meeting_id}",
            )
        return record

    def peers(self, account_id: str, app_id: str, session_id: str) -> list[Record]:
        """Every peer of a session, in join order."""
        return list(self.backend.list(PEER, (account_id, app_id, session_id)))

    def live_peers(self, account_id: str, app_id: str, session_id: str) -> list[Record]:
        """The peers still in a session."""
        return [p for p in self.peers(account_id, app_id, session_id) if _is_live(p)]

    # ---- join and leave ---------------------------------------------------------------------

    def join(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        *,
        participant_id: str | None = None,
        token: str | None = None,
        at_ms: int | None = None,
    ) -> dict[str, Any]:
        """A participant of the meeting joins it (by ID or join token): its new peer."""
        meeting_record = self.store.meetings.require(account_id, app_id, meeting_id)
        meeting = meeting_record.load()
        participant = self._participant(account_id, app_id, meeting_id, participant_id, token)
        if meeting["status"] != "ACTIVE":
            raise InvalidState("Meeting", meeting["status"], "join it")
        at = self.store.clock(account_id, app_id).now_ms() if at_ms is None else at_ms
        stamp = format_ms(at)
        session = self.live_session(account_id, app_id, meeting_id)
        if session is None:
            session = self._start(account_id, app_id, meeting, at)
            started = True
        else:
            started = False
            self.store.timers.cancel(account_id, app_id, f"{_END_TIMER}:{session.id}")
        data = participant.load()
        peer_id = new_id()
        view_type = self.store.presets.view_type(
            account_id, app_id, data.get("preset_id"), data["preset_name"]
        )
        peer = {
            "id": peer_id,
            "created_at": stamp,
            "updated_at": stamp,
            "joined_at": stamp,
            "custom_participant_id": data["custom_participant_id"],
            "display_name": data.get("name") or data["custom_participant_id"],
            "preset_name": data["preset_name"],
            "user_id": data["id"],
            "duration": 0,
            "peer_events": [
                self._event("PEER_CREATED", peer_id, data["id"], session.id, at, 0, view_type),
                self._event("PEER_JOINING", peer_id, data["id"], session.id, at, 0, view_type),
            ],
            "session_id": session.id,
            "meeting_id": meeting_id,
            "joined_ms": at,
            "preset_view_type": view_type,
        }
        self.backend.put(
            Record.of(
                PEER, (account_id, app_id, session.id), self.backend.next_seq(), at * 1000, peer
            )
        )
        session_data = session.load()
        session_data["live_participants"] += 1
        session_data["max_concurrent_participants"] = max(
            session_data["max_concurrent_participants"], session_data["live_participants"]
        )
        session_data["updated_at"] = stamp
        self.backend.put(session.replaced(session_data))
        details = {
            "account_id": account_id,
            "app_id": app_id,
            "meeting": meeting,
            "session": session_data,
            "at_ms": at,
        }
        if started:
            self.store.signals.send("session.started", **details)
        self.store.signals.send("peer.joined", peer=peer, **details)
        return peer

    def leave(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        *,
        peer_id: str | None = None,
        participant_id: str | None = None,
        at_ms: int | None = None,
    ) -> list[dict[str, Any]]:
        """A peer (or every live peer of a participant) leaves the meeting's live session."""
        if (peer_id is None) == (participant_id is None):
            raise BadRequest("give peer_id or participant_id (one of them)")
        session = self.require_live_session(account_id, app_id, meeting_id)
        live = self.live_peers(account_id, app_id, session.id)
        if peer_id is not None:
            leaving = [p for p in live if p.id == peer_id]
            missing = ("Peer", peer_id)
        else:
            leaving = [p for p in live if p.load()["user_id"] == participant_id]
            missing = ("Participant", str(participant_id))
        if not leaving:
            raise NotFound(*missing, message=f"{missing[0]} {missing[1]} is not in the session")
        at = self.store.clock(account_id, app_id).now_ms() if at_ms is None else at_ms
        return [
            self._leave(account_id, app_id, self._refresh(session), peer, at) for peer in leaving
        ]

    def end_session(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        *,
        reason: str,
        at_ms: int | None = None,
    ) -> int:
        """End the meeting's live session now: every peer leaves. How many peers were live."""
        session = self.require_live_session(account_id, app_id, meeting_id)
        at = self.store.clock(account_id, app_id).now_ms() if at_ms is None else at_ms
        live = self.live_peers(account_id, app_id, session.id)
        for peer in live:
            session = self._refresh(session)
            self._leave(account_id, app_id, session, peer, at, schedule_end=False)
        self._end(account_id, app_id, self._refresh(session), at, reason)
        return len(live)

    # ---- internals --------------------------------------------------------------------------

    def _participant(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        participant_id: str | None,
        token: str | None,
    ) -> Record:
        if (participant_id is None) == (token is None):
            raise BadRequest("give participant_id or token (one of them)")
        if participant_id is not None:
            return self.store.participants.require(account_id, app_id, meeting_id, participant_id)
        found = self.backend.find("participant", (account_id, app_id, meeting_id), "token", token)
        if found is None:
            raise NotFound(
                "Participant", "(token)", message="No participant of this meeting has this token"
            )
        return found

    def _start(self, account_id: str, app_id: str, meeting: dict[str, Any], at: int) -> Record:
        stamp = format_ms(at)
        data = {
            "id": new_id(),
            "associated_id": meeting["id"],
            "created_at": stamp,
            "started_at": stamp,
            "updated_at": stamp,
            "live_participants": 0,
            "max_concurrent_participants": 0,
            "meeting_display_name": meeting.get("title") or "",
            "minutes_consumed": 0,
            "organization_id": app_id,
            "status": "LIVE",
            "type": "meeting",
            "started_ms": at,
            "keep_alive_s": meeting.get("session_keep_alive_time_in_secs") or DEFAULT_KEEP_ALIVE_S,
        }
        record = Record.of(
            SESSION,
            (account_id, app_id),
            self.backend.next_seq(),
            at * 1000,
            data,
            (("live_meeting", meeting["id"]),),
        )
        self.backend.put(record)
        return record

    def _refresh(self, session: Record) -> Record:
        found = self.backend.get(SESSION, session.scope, session.id)
        assert found is not None
        return found

    def _leave(
        self,
        account_id: str,
        app_id: str,
        session: Record,
        peer: Record,
        at: int,
        *,
        schedule_end: bool = True,
    ) -> dict[str, Any]:
        stamp = format_ms(at)
        data = peer.load()
        duration = _minutes(at - data["joined_ms"])
        data.update(left_at=stamp, left_ms=at, updated_at=stamp, duration=duration)
        data["peer_events"].append(
            self._event(
                "PEER_LEAVING",
                peer.id,
                data["user_id"],
                session.id,
                at,
                duration,
                data.get("preset_view_type", "GROUP_CALL"),
            )
        )
        self.backend.put(peer.replaced(data))
        session_data = session.load()
        session_data["live_participants"] = max(0, session_data["live_participants"] - 1)
        session_data["updated_at"] = stamp
        self.backend.put(session.replaced(session_data))
        meeting = self.store.meetings.require(account_id, app_id, data["meeting_id"]).load()
        self.store.signals.send(
            "peer.left",
            account_id=account_id,
            app_id=app_id,
            meeting=meeting,
            session=session_data,
            peer=data,
            at_ms=at,
        )
        if schedule_end and session_data["live_participants"] == 0:
            self.store.timers.schedule(
                account_id,
                app_id,
                at + int(session_data["keep_alive_s"] * 1000),
                _END_TIMER,
                key=f"{_END_TIMER}:{session.id}",
                session_id=session.id,
            )
        return data

    def _end_when_due(self, account_id: str, app_id: str, at_ms: int, session_id: str) -> None:
        session = self.backend.get(SESSION, (account_id, app_id), session_id)
        if session is None or session.load()["status"] != "LIVE":
            return
        self._end(account_id, app_id, session, at_ms, "ALL_PARTICIPANTS_LEFT")

    def _end(self, account_id: str, app_id: str, session: Record, at: int, reason: str) -> None:
        self.store.timers.cancel(account_id, app_id, f"{_END_TIMER}:{session.id}")
        stamp = format_ms(at)
        data = session.load()
        data.update(
            status="ENDED",
            ended_at=stamp,
            ended_ms=at,
            updated_at=stamp,
            live_participants=0,
            minutes_consumed=_minutes(at - data["started_ms"]),
            end_reason=reason,
        )
        self.backend.put(session.replaced(data, (("live_meeting", None),)))
        meeting = self.store.meetings.require(account_id, app_id, data["associated_id"]).load()
        self.store.signals.send(
            "session.ended",
            account_id=account_id,
            app_id=app_id,
            meeting=meeting,
            session=data,
            at_ms=at,
            reason=reason,
        )

    @staticmethod
    def _event(
        name: str,
        peer_id: str,
        participant_id: str,
        session_id: str,
        at: int,
        minutes: float,
        view_type: str,
    ) -> dict[str, Any]:
        stamp = format_ms(at)
        return {
            "id": new_id(),
            "created_at": stamp,
            "updated_at": stamp,
            "event_name": name,
            "minutes_consumed": minutes,
            "participant_id": participant_id,
            "peer_id": peer_id,
            "preset_view_type": view_type,
            "session_id": session_id,
            "socket_session_id": None,
        }


def _is_live(peer: Record) -> bool:
    return "left_ms" not in peer.load()
