"""The ``meetings`` tag: meetings of an app. There is no delete; ``status`` deactivates."""

from __future__ import annotations

from typing import Any

from ..clock import format_ms
from ..exceptions import NotFound
from ..state import Page, Record, page_of
from .base import Resource, instant, new_id

__all__ = ["DEFAULT_ORG_APP_ID", "Meetings"]

DEFAULT_ORG_APP_ID = "default"
"""The app that ``create_org_meeting`` (the path without an app ID) creates meetings in."""

KIND = "meeting"


class Meetings(Resource):
    """Meetings, scoped by ``(account_id, app_id)``: a meeting of one app does not exist for
    another."""

    tag = "meetings"
    helpers = ("require",)

    def require(self, account_id: str, app_id: str, meeting_id: str) -> Record:
        """The meeting's record, or :class:`NotFound`."""
        record = self.backend.get(KIND, (account_id, app_id), meeting_id)
        if record is None:
            raise NotFound("Meeting", meeting_id)
        return record

    def list_meetings(
        self,
        *,
        account_id: str,
        app_id: str,
        page_no: int,
        per_page: int,
        search: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        status: str | None = None,
    ) -> Page:
        """A page of an app's meetings, newest first, filtered.

        ``search`` matches the title or ID case-insensitively; ``start_time``/``end_time``
        bound ``created_at`` inclusively (an inverted range is simply empty: the request is
        schema-valid, so it is not rejected); ties in ``created_at`` go by creation order.
        """
        start_us, end_us = instant("start_time", start_time), instant("end_time", end_time)
        records = sorted(
            self.backend.list(KIND, (account_id, app_id)),
            key=lambda r: (r.created_us, r.seq),
            reverse=True,
        )
        if start_us is not None:
            records = [r for r in records if r.created_us >= start_us]
        if end_us is not None:
            records = [r for r in records if r.created_us <= end_us]
        if search or status is not None:
            needle = search.casefold() if search else None
            kept = []
            for record in records:
                data = record.load()
                if status is not None and data["status"] != status:
                    continue
                if needle is not None and not _matches(data, needle):
                    continue
                kept.append(record)
            records = kept
        return page_of(records, page_no, per_page, load=Record.load)

    def create_meeting(
        self, *, account_id: str, app_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Create a meeting; omitted properties have their defaults (filled in ``body``)."""
        ms = self.now_ms(account_id, app_id)
        stamp = format_ms(ms)
        data = {
            "id": new_id(),
            "created_at": stamp,
            "updated_at": stamp,
            "status": "ACTIVE",
            **body,
        }
        seq = self.backend.next_seq()
        self.backend.put(Record.of(KIND, (account_id, app_id), seq, ms * 1000, data))
        return data

    def create_org_meeting(self, *, account_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Create a meeting through the deprecated path: in the account's ``default`` app
        (made if need be, strict or not)."""
        self.store.apps.ensure(account_id, DEFAULT_ORG_APP_ID, strict=False)
        return self.create_meeting(account_id=account_id, app_id=DEFAULT_ORG_APP_ID, body=body)

    def get_meeting(
        self, *, account_id: str, app_id: str, meeting_id: str, name: str | None = None
    ) -> dict[str, Any]:
        """One meeting (``name``, whose meaning is undocumented, changes nothing)."""
        return self.require(account_id, app_id, meeting_id).load()

    def update_meeting(
        self, *, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Change only the properties sent (a nested object replaces the stored one whole)."""
        record = self.require(account_id, app_id, meeting_id)
        old = record.load()
        data = {**old, **body, "updated_at": self.stamp(account_id, app_id, old["updated_at"])}
        self.backend.put(record.replaced(data))
        return data

    def replace_meeting(
        self, *, account_id: str, app_id: str, meeting_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Replace the whole configuration; keeps ``id``, ``created_at`` and ``status``."""
        record = self.require(account_id, app_id, meeting_id)
        old = record.load()
        data = {
            "id": old["id"],
            "created_at": old["created_at"],
            "updated_at": self.stamp(account_id, app_id, old["updated_at"]),
            "status": old["status"],
            **body,
        }
        self.backend.put(record.replaced(data))
        return data


def _matches(data: dict[str, Any], needle: str) -> bool:
    title = data.get("title")
    return needle in data["id"] or (isinstance(title, str) and needle in title.casefold())
