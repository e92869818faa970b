"""The ``apps`` tag: the apps of an account, each an isolated workspace.

Everything else lives under an app (scope ``(account_id, app_id)``). An app comes into existence
through ``create_app`` or, unless the store is strict about apps, the first operation under an
app ID nobody created (:meth:`Apps.ensure`, called by the store before every operation of an
app); it is then listed like any other, named after its ID. A strict store answers 404 for an
app ID ``create_app`` did not make. Either way a new app starts with the default presets.
"""

from __future__ import annotations

import uuid
from typing import Any

from ..clock import format_ms
from ..exceptions import NotFound
from ..state import Page, Record, page_of
from .base import Resource

__all__ = ["KIND", "Apps"]

KIND = "app"


class Apps(Resource):
    """Apps, scoped by ``(account_id,)``."""

    tag = "apps"
    helpers = ("ensure",)

    def ensure(self, account_id: str, app_id: str, *, strict: bool | None = None) -> Record:
        """The app's record; an unknown app is made now (with the default presets), or, when
        strict (default: the store's setting), a 404."""
        record = self.backend.get(KIND, (account_id,), app_id)
        if record is not None:
            return record
        if self.store.strict_apps if strict is None else strict:
            raise NotFound("App", app_id, message=f"App not found: {app_id}")
        return self._create(account_id, app_id, app_id)

    def list_apps(
        self,
        *,
        account_id: str,
        page_no: int,
        per_page: int,
        search: str | None = None,
        sort_order: str = "DESC",
    ) -> Page:
        """A page of the account's apps, newest first (``sort_order=ASC``: oldest first);
        ``search`` matches the name or ID, case-insensitively."""
        records = list(self.backend.list(KIND, (account_id,)))
        if search:
            needle = search.casefold()
            records = [r for r in records if _matches(r.load(), needle)]
        if sort_order != "ASC":
            records.reverse()  # stored in creation order
        return page_of(records, page_no, per_page, load=Record.load)

    def get_app(self, *, account_id: str, app_id: str) -> dict[str, Any]:
        """One app (made now if unknown, unless strict: the store ensured it before)."""
        return self.ensure(account_id, app_id).load()

    def create_app(self, *, account_id: str, body: dict[str, Any]) -> dict[str, Any]:
        """Create an app (ID: 32 hex digits) with the default presets; answers
        ``{"app": ...}``."""
        record = self._create(account_id, uuid.uuid4().hex, body["name"])
        return {"app": record.load()}

    def _create(self, account_id: str, app_id: str, name: str) -> Record:
        ms = self.now_ms(account_id, app_id)
        data = {"id": app_id, "name": name, "created_at": format_ms(ms)}
        record = Record.of(KIND, (account_id,), self.backend.next_seq(), ms * 1000, data)
        self.backend.put(record)
        self.store.presets.install_defaults(account_id, app_id)
        return record


def _matches(data: dict[str, Any], needle: str) -> bool:
    return needle in data["name"].casefold() or needle in data["id"].casefold()
