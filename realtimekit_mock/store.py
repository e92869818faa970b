"""The emulator's state and behaviour: one method per operationId, plain arguments, no HTTP.

Records are scoped by ``(account_id, app_id)``: a meeting of one app does not exist for another.
Request bodies arrive validated; the store keeps only the properties their schema declares (so
server-owned fields such as ``id`` or ``created_at`` and unknown properties are never stored) and
fills in the declared defaults. Methods return stored data, write-only secrets included; what a
response may show is decided by the HTTP layer from the response schemas.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import orjson

from .clock import format_ms, now_ms
from .exceptions import Conflict, MeetingNotFound, ParticipantNotFound
from .shapes import Shape
from .storage import Backend, MeetingRecord, MemoryBackend, ParticipantRecord

__all__ = ["DEFAULT_ORG_APP_ID", "Page", "RequestShapes", "Store"]

DEFAULT_ORG_APP_ID = "default"
"""The app that ``create_org_meeting`` (the path without an app ID) creates meetings in."""


@dataclass(frozen=True, slots=True)
class RequestShapes:
    """The request body shapes the store cleans bodies with (read from the spec)."""

    meeting_create: Shape
    meeting_update: Shape
    participant_create: Shape
    participant_update: Shape


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list: its items and where it sits (offsets count from 1; empty page 0/0)."""

    items: list[dict[str, Any]]
    start_offset: int
    end_offset: int
    total_count: int


def _new_id() -> str:
    """A random (version 4) UUID as text, like ``str(uuid.uuid4())`` in a third of the time."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _page(items: list[Any], page_no: int, per_page: int) -> tuple[list[Any], int, int]:
    start = (page_no - 1) * per_page
    chosen = items[start : start + per_page]
    if not chosen:
        return chosen, 0, 0
    return chosen, start + 1, start + len(chosen)


class Store:
    """All meetings and participants, behind one lock.

    Args:
        shapes: request body shapes from the spec.
        backend: where records live; in memory unless given.
        clock: milliseconds since the epoch (tests may pin it).
    """

    def __init__(
        self,
        shapes: RequestShapes,
        backend: Backend | None = None,
        clock: Callable[[], int] = now_ms,
    ) -> None:
        self.shapes = shapes
        self.backend = backend if backend is not None else MemoryBackend()
        self.clock = clock
        self.lock = threading.RLock()
        self._token_key = secrets.token_bytes(32)

    def reset(self) -> None:
        """Forget every meeting and participant."""
        with self.lock:
            self.backend.clear()

    def close(self) -> None:
        """Release the backend's files."""
        with self.lock:
            self.backend.close()

    # ---- meetings -------------------------------------------------------------------------

    def list_meetings(
        self,
        account_id: str,
        app_id: str,
        *,
        page_no: int = 1,
        per_page: int = 20,
        search: str | None = None,
        start_time_us: int | None = None,
        end_time_us: int | None = None,
        status: str | None = None,
    ) -> Page:
        """A page of an app's meetings, newest first, filtered.

        ``search`` matches the title or ID case-insensitively; ``start_time_us``/``end_time_us``
        bound ``created_at`` inclusively (an inverted range is simply empty: the request is
        schema-valid, so it is not rejected); ties in ``created_at`` are broken by creation order.
        """
        needle = search.casefold() if search else None
        with self.lock:
            records: Iterable[MeetingRecord] = sorted(
                self.backend.meetings(account_id, app_id),
                key=lambda r: (r.created_us, r.seq),
                reverse=True,
            )
            if needle is not None:
                records = [r for r in records if _matches(r, needle)]
            if start_time_us is not None:
                records = [r for r in records if r.created_us >= start_time_us]
            if end_time_us is not None:
                records = [r for r in records if r.created_us <= end_time_us]
            if status is not None:
                records = [r for r in records if r.status == status]
            matched = list(records)
        chosen, first, last = _page(matched, page_no, per_page)
        return Page([r.load() for r in chosen], first, last, len(matched))

    def create_meeting(self, account_id: str, app_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Create a meeting from a validated ``MeetingCreate`` body; omitted fields get defaults."""
        config = self.shapes.meeting_create.clean(body)
        ms = self.clock()
        stamp = format_ms(ms)
        data = {
            "id": _new_id(),
            "created_at": stamp,
            "updated_at": stamp,
            "status": "ACTIVE",
            **config,
        }
        with self.lock:
            seq = self.backend.next_seq()
            self.backend.save_meeting(MeetingRecord.of(account_id, app_id, seq, ms * 1000, data))
        return data

    def create_org_meeting(self, account_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Create a meeting through the deprecated path: in the account's ``default`` app."""
        return self.create_meeting(account_id, DEFAULT_ORG_APP_ID, body)

    def get_meeting(self, account_id: str, app_id: str, meeting_id: str) -> dict[str, Any]:
        """One meeting, or :class:`MeetingNotFound`."""
        with self.lock:
            return self._meeting(account_id, app_id, meeting_id).load()

    def update_meeting(
        self, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Change only the properties sent (a nested object replaces the stored one whole)."""
        changes = self.shapes.meeting_update.clean(body)
        with self.lock:
            record = self._meeting(account_id, app_id, meeting_id)
            old = record.load()
            data = {**old, **changes, "updated_at": self._stamp(old)}
            self._save_meeting(record, data)
            return data

    def replace_meeting(
        self, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Replace the whole configuration; keeps ``id``, ``created_at`` and ``status``."""
        config = self.shapes.meeting_create.clean(body)
        with self.lock:
            record = self._meeting(account_id, app_id, meeting_id)
            old = record.load()
            data = {
                "id": old["id"],
                "created_at": old["created_at"],
                "updated_at": self._stamp(old),
                "status": old["status"],
                **config,
            }
            self._save_meeting(record, data)
            return data

    # ---- participants ---------------------------------------------------------------------

    def add_participant(
        self, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Add a participant with a new join token; a duplicate ``custom_participant_id`` is 409."""
        fields = self.shapes.participant_create.clean(body)
        stamp = format_ms(self.clock())
        with self.lock:
            self._meeting(account_id, app_id, meeting_id)
            custom_id = fields["custom_participant_id"]
            if self.backend.participant_by_custom_id(account_id, app_id, meeting_id, custom_id):
                raise Conflict(custom_id)
            pid = _new_id()
            data = {
                "id": pid,
                **fields,
                "created_at": stamp,
                "updated_at": stamp,
                "token": self._new_token(meeting_id, pid),
            }
            seq = self.backend.next_seq()
            self.backend.save_participant(
                ParticipantRecord.of(account_id, app_id, meeting_id, seq, data)
            )
            return data

    def list_participants(
        self, account_id: str, app_id: str, meeting_id: str, *, page_no: int = 1, per_page: int = 20
    ) -> Page:
        """A page of a meeting's participants, oldest first."""
        with self.lock:
            self._meeting(account_id, app_id, meeting_id)
            records = list(self.backend.participants(account_id, app_id, meeting_id))
        chosen, first, last = _page(records, page_no, per_page)
        return Page([r.load() for r in chosen], first, last, len(records))

    def get_participant(
        self, account_id: str, app_id: str, meeting_id: str, participant_id: str
    ) -> dict[str, Any]:
        """One participant, or :class:`ParticipantNotFound`."""
        with self.lock:
            return self._participant(account_id, app_id, meeting_id, participant_id).load()

    def edit_participant(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        participant_id: str,
        body: dict[str, Any],
    ) -> dict[str, Any]:
        """Change only what was sent; null clears ``name``/``picture``, not ``preset_name``."""
        changes = self.shapes.participant_update.clean(body)
        if changes.get("preset_name", "") is None:
            del changes["preset_name"]
        with self.lock:
            record = self._participant(account_id, app_id, meeting_id, participant_id)
            old = record.load()
            data = {**old, **changes, "updated_at": self._stamp(old)}
            self._save_participant(record, data)
            return data

    def delete_participant(
        self, account_id: str, app_id: str, meeting_id: str, participant_id: str
    ) -> dict[str, Any]:
        """Remove a participant (its token stops working); returns what it was."""
        with self.lock:
            record = self._participant(account_id, app_id, meeting_id, participant_id)
            self.backend.delete_participant(record)
            return record.load()

    def refresh_participant_token(
        self, account_id: str, app_id: str, meeting_id: str, participant_id: str
    ) -> dict[str, Any]:
        """Issue a new join token (the old one stops working); returns ``{"token": ...}``."""
        with self.lock:
            record = self._participant(account_id, app_id, meeting_id, participant_id)
            token = self._new_token(meeting_id, participant_id)
            self._save_participant(record, {**record.load(), "token": token})
            return {"token": token}

    # ---- helpers --------------------------------------------------------------------------

    def _meeting(self, account_id: str, app_id: str, meeting_id: str) -> MeetingRecord:
        record = self.backend.meeting(account_id, app_id, meeting_id)
        if record is None:
            raise MeetingNotFound(meeting_id)
        return record

    def _participant(
        self, account_id: str, app_id: str, meeting_id: str, participant_id: str
    ) -> ParticipantRecord:
        self._meeting(account_id, app_id, meeting_id)
        record = self.backend.participant(account_id, app_id, meeting_id, participant_id)
        if record is None:
            raise ParticipantNotFound(participant_id)
        return record

    def _save_meeting(self, record: MeetingRecord, data: dict[str, Any]) -> None:
        self.backend.save_meeting(
            MeetingRecord.of(record.account_id, record.app_id, record.seq, record.created_us, data)
        )

    def _save_participant(self, record: ParticipantRecord, data: dict[str, Any]) -> None:
        self.backend.save_participant(
            ParticipantRecord.of(
                record.account_id, record.app_id, record.meeting_id, record.seq, data
            )
        )

    def _stamp(self, old: dict[str, Any]) -> str:
        """Now, but never before the record's current ``updated_at`` (the clock may step back)."""
        return max(format_ms(self.clock()), old["updated_at"])

    def _new_token(self, meeting_id: str, participant_id: str) -> str:
        """A JWT-shaped join token (HS256 over a per-process key); unique per call."""
        header = _b64(b'{"alg":"HS256","typ":"JWT"}')
        claims = {
            "sub": participant_id,
            "meeting_id": meeting_id,
            "iat": self.clock() // 1000,
            "jti": secrets.token_hex(8),
        }
        payload = _b64(orjson.dumps(claims))
        signing_input = f"{header}.{payload}".encode()
        signature = hmac.new(self._token_key, signing_input, hashlib.sha256).digest()
        return f"{header}.{payload}.{_b64(signature)}"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _matches(record: MeetingRecord, needle: str) -> bool:
    title = record.title
    return needle in record.id or (title is not None and needle in title.casefold())
