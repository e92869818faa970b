"""The ``active_session`` tag: control of a meeting's live session (kick, mute, polls)."""

from __future__ import annotations

from typing import Any

from ..clock import format_ms
from ..exceptions import NotFound
from ..state import Record
from .base import Resource, new_id

__all__ = ["ActiveSession"]

POLL = "poll"


class ActiveSession(Resource):
    """The live session of a meeting; every operation is a 404 when there is none."""

    tag = "active_session"

    def get_active_session(
        self, *, account_id: str, app_id: str, meeting_id: str
    ) -> dict[str, Any]:
        """The meeting's live session."""
        record = self.store.live.require_live_session(account_id, app_id, meeting_id)
        return self.store.sessions.view(account_id, app_id, record)

    def kick_participants(
        self, *, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Every live peer of the named participants leaves; nobody if one ID is unknown."""
        chosen = self._chosen(account_id, app_id, meeting_id, body)
        for participant in chosen:
            self.store.live.leave(account_id, app_id, meeting_id, participant_id=participant["id"])
        return {"action": "kick", "participants": [_acted(p) for p in chosen]}

    def kick_all_participants(
        self, *, account_id: str, app_id: str, meeting_id: str
    ) -> dict[str, Any]:
        """Everyone leaves and the session ends now."""
        count = self.store.live.end_session(
            account_id, app_id, meeting_id, reason="HOST_ENDED_MEETING"
        )
        return {"action": "kick_all", "kicked_participants_count": count}

    def mute_participants(
        self, *, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """The named participants' live peers are muted."""
        chosen = self._chosen(account_id, app_id, meeting_id, body)
        ids = {p["id"] for p in chosen}
        self._mute(account_id, app_id, meeting_id, lambda peer: peer["user_id"] in ids, True)
        return {"action": "mute", "participants": [_acted(p) for p in chosen]}

    def mute_all_participants(
        self, *, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Every live peer is muted (and may unmute itself only with ``allow_unmute``)."""
        count = self._mute(account_id, app_id, meeting_id, lambda peer: True, body["allow_unmute"])
        return {"action": "mute_all", "muted_participants_count": count}

    def create_poll(
        self, *, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """A new poll in the live session, with no votes yet."""
        session = self.store.live.require_live_session(account_id, app_id, meeting_id)
        at = self.now_ms(account_id, app_id)
        poll = {
            "id": new_id(),
            "question": body["question"],
            "options": [{"text": text, "count": 0, "votes": []} for text in body["options"]],
            "anonymous": body["anonymous"],
            "hide_votes": body["hide_votes"],
            "created_by": "API",
            "voted": [],
            "created_at": format_ms(at),
        }
        scope = (account_id, app_id, session.id)
        self.backend.put(Record.of(POLL, scope, self.backend.next_seq(), at * 1000, poll))
        return {"action": "poll_created", "poll": poll}

    # ---- internals --------------------------------------------------------------------------

    def _chosen(
        self, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> list[dict[str, Any]]:
        """The participants named by ID or custom ID (none: nobody), each with a live peer, or
        the 404 of the first that is not in the session."""
        ids = body.get("participant_ids") or []
        custom_ids = body.get("custom_participant_ids") or []
        session = self.store.live.require_live_session(account_id, app_id, meeting_id)
        live = {
            p.load()["user_id"] for p in self.store.live.live_peers(account_id, app_id, session.id)
        }
        scope = (account_id, app_id, meeting_id)
        chosen: dict[str, dict[str, Any]] = {}
        for given, record in [
            *((i, self.backend.get("participant", scope, i)) for i in ids),
            *(
                (c, self.backend.find("participant", scope, "custom_participant_id", c))
                for c in custom_ids
            ),
        ]:
            if record is None or record.id not in live:
                raise NotFound("User", given, message=f"No user found with id {given}")
            chosen.setdefault(record.id, record.load())
        return list(chosen.values())

    def _mute(
        self, account_id: str, app_id: str, meeting_id: str, which: Any, allow_unmute: bool
    ) -> int:
        session = self.store.live.require_live_session(account_id, app_id, meeting_id)
        stamp = format_ms(self.now_ms(account_id, app_id))
        count = 0
        for record in self.store.live.live_peers(account_id, app_id, session.id):
            peer = record.load()
            if which(peer):
                peer.update(muted=True, allow_unmute=allow_unmute, updated_at=stamp)
                self.backend.put(record.replaced(peer))
                count += 1
        return count


def _acted(participant: dict[str, Any]) -> dict[str, Any]:
    """A participant as kick and mute answers show it."""
    shown = {k: participant[k] for k in ("id", "created_at", "updated_at")}
    for key in ("name", "picture"):
        if participant.get(key) is not None:
            shown[key] = participant[key]
    return shown
