"""The ``participants`` tag: participants added to a meeting, each with a join token.

A participant's ``preset_name`` must name a preset of its app (409 otherwise); the record keeps
that preset's ID too (``preset_id``, shown by the delete answer; the live side reads the preset's
``view_type`` through it)."""

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
    helpers = ("count_with_preset", "require")

    def count_with_preset(self, account_id: str, app_id: str, preset_id: str, name: str) -> int:
        """How many participants of the app's meetings have that preset (by its ID, or by its
        name for participants stored before presets existed)."""
        found = 0
        for meeting in self.backend.list("meeting", (account_id, app_id)):
            for record in self.backend.list(KIND, (account_id, app_id, meeting.id)):
                data = record.load()
                if data.get("preset_id", preset_id if data["preset_name"] == name else None) == (
                    preset_id
                ):
                    found += 1
        return found

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
        conflict, and so is a ``preset_name`` that names no preset of the app."""
        self.store.meetings.require(account_id, app_id, meeting_id)
        preset = self.store.presets.require_named(account_id, app_id, body["preset_name"])
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
            "preset_id": preset.id,
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
        """Change only what was sent; null clears ``name``/``picture``, not ``preset_name``; a
        new ``preset_name`` must name a preset of the app (409 otherwise)."""
        changes = dict(body)
        if changes.get("preset_name", "") is None:
            del changes["preset_name"]
        record = self.require(account_id, app_id, meeting_id, participant_id)
        if "preset_name" in changes:
            preset = self.store.presets.require_named(account_id, app_id, changes["preset_name"])
            changes["preset_id"] = preset.id
        old = record.load()
        data = {**old, **changes, "updated_at": self.stamp(account_id, app_id, old["updated_at"])}
        self.backend.put(record.replaced(data, _keys(data)))
        return data

    def delete_participant(
        self, *, account_id: str, app_id: str, meeting_id: str, participant_id: str
    ) -> dict[str, Any]:
        """Remove a participant (its token stops working); answers what it was, with the ID of
        its preset."""
        record = self.require(account_id, app_id, meeting_id, participant_id)
        self.backend.delete(record)
        gone = record.load()
        if "preset_id" not in gone:  # stored before presets existed: look the name up
            found = self.backend.find("preset", (account_id, app_id), "name", gone["preset_name"])
            gone["preset_id"] = found.id if found is not None else gone["preset_name"]
        return gone

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
