"""The ``participants`` tag: participants added to a meeting, each with a join token."""

from __future__ import annotations

from typing import Any

from ..clock import format_ms
from ..exceptions import Conflict, NotFound
from ..state import Page, Record, page_of
from .base import Resource, new_id

__all__ = ["Participants"]

KIND = "participant"


def _keys(data: dict[str, Any]) -> tuple[tuple[str, str | None], ...]:
    """The unique keys of a participant within its meeting: custom id and join token."""
    return (("custom_participant_id", data["custom_participant_id"]), ("token", data.get("token")))


class Participants(Resource):
    """Participants, scoped by ``(account_id, app_id, meeting_id)``."""

    tag = "participants"
    helpers = ("require",)

    def require(self, account_id: str, app_id: str, meeting_id: str, participant_id: str) -> Record:
        """The participant's record (its meeting must exist), or :class:`NotFound`."""
        self.store.meetings.require(account_id, app_id, meeting_id)
        record = self.backend.get(KIND, (account_id, app_id, meeting_id), participant_id)
        if record is None:
            raise NotFound("Participant", participant_id)
        return record

    def add_participant(
        self, *, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Add a participant with a new join token; a duplicate ``custom_participant_id`` is a
        conflict."""
        self.store.meetings.require(account_id, app_id, meeting_id)
        scope = (account_id, app_id, meeting_id)
        custom_id = body["custom_participant_id"]
        if self.backend.find(KIND, scope, "custom_participant_id", custom_id) is not None:
            raise Conflict(f"custom_participant_id: {custom_id} already exists in this meeting")
        ms = self.now_ms(account_id, app_id)
        stamp = format_ms(ms)
        pid = new_id()
        data = {
            "id": pid,
            **body,
            "created_at": stamp,
            "updated_at": stamp,
            "token": self.store.join_tokens.mint(meeting_id, pid, ms // 1000),
        }
        record = Record.of(KIND, scope, self.backend.next_seq(), ms * 1000, data, _keys(data))
        self.backend.put(record)
        return data

    def list_participants(
        self, *, account_id: str, app_id: str, meeting_id: str, page_no: int, per_page: int
    ) -> Page:
        """A page of a meeting's participants, oldest first."""
        self.store.meetings.require(account_id, app_id, meeting_id)
        records = list(self.backend.list(KIND, (account_id, app_id, meeting_id)))
        return page_of(records, page_no, per_page, load=Record.load)

    def get_participant(
        self, *, account_id: str, app_id: str, meeting_id: str, participant_id: str
    ) -> dict[str, Any]:
        """One participant."""
        return self.require(account_id, app_id, meeting_id, participant_id).load()

    def edit_participant(
        self,
        *,
        account_id: str,
        app_id: str,
        meeting_id: str,
        participant_id: str,
        body: dict[str, Any],
    ) -> dict[str, Any]:
        """Change only what was sent; null clears ``name``/``picture``, not ``preset_name``."""
        changes = dict(body)
        if changes.get("preset_name", "") is None:
            del changes["preset_name"]
        record = self.require(account_id, app_id, meeting_id, participant_id)
        old = record.load()
        data = {**old, **changes, "updated_at": self.stamp(account_id, app_id, old["updated_at"])}
        self.backend.put(record.replaced(data, _keys(data)))
        return data

    def delete_participant(
        self, *, account_id: str, app_id: str, meeting_id: str, participant_id: str
    ) -> dict[str, Any]:
        """Remove a participant (its token stops working); answers what it was.

        The emulator has no presets of its own, so ``preset_id`` carries the preset name.
        """
        record = self.require(account_id, app_id, meeting_id, participant_id)
        self.backend.delete(record)
        gone = record.load()
        return {**gone, "preset_id": gone["preset_name"]}

    def refresh_participant_token(
        self, *, account_id: str, app_id: str, meeting_id: str, participant_id: str
    ) -> dict[str, Any]:
        """Issue a new join token (the old one stops working); answers ``{"token": ...}``."""
        record = self.require(account_id, app_id, meeting_id, participant_id)
        issued = self.now_ms(account_id, app_id) // 1000
        token = self.store.join_tokens.mint(meeting_id, participant_id, issued)
        data = {**record.load(), "token": token}
        self.backend.put(record.replaced(data, _keys(data)))
        return {"token": token}
