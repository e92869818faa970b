"""The ``webhooks`` tag: URLs an App registers to receive its events.

Deliveries are the simulation's (:mod:`..simulation.webhooks`); this module only keeps the
registrations. Every event name is checked by the schema's enum; the URL is checked here too:
the schema's ``uri`` format accepts any scheme (``mailto:``, ``urn:``), a webhook needs an
absolute ``http``/``https`` URL with a host.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..clock import format_ms
from ..exceptions import BadRequest, NotFound
from ..state import Record
from .base import Resource, new_id

__all__ = ["EVENTS", "Webhooks"]

KIND = "webhook"

EVENTS = (
    "meeting.started",
    "meeting.ended",
    "meeting.participantJoined",
    "meeting.participantLeft",
    "meeting.chatSynced",
    "recording.statusUpdate",
    "livestreaming.statusUpdate",
    "meeting.transcript",
    "meeting.summary",
)
"""Every event a webhook can subscribe to, in the documented order."""


def check_url(url: str) -> None:
    """Raise :class:`BadRequest` unless ``url`` is an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as error:
        raise BadRequest(f'url: "{url[:200]}" is not a valid URL ({error})') from None
    if parts.scheme not in ("http", "https") or not host:
        raise BadRequest(f'url: "{url[:200]}" is not an absolute http or https URL')
    if any(c.isspace() for c in url):
        raise BadRequest(f'url: "{url[:200]}" contains whitespace')


class Webhooks(Resource):
    """Webhooks, scoped by ``(account_id, app_id)``, listed oldest first."""

    tag = "webhooks"
    helpers = ("require", "subscribed")

    def require(self, account_id: str, app_id: str, webhook_id: str) -> Record:
        """The webhook's record, or :class:`NotFound`."""
        record = self.backend.get(KIND, (account_id, app_id), webhook_id)
        if record is None:
            raise NotFound("Webhook", webhook_id)
        return record

    def subscribed(self, account_id: str, app_id: str, event: str) -> list[dict[str, Any]]:
        """The enabled webhooks of the App that subscribe to ``event``, oldest first."""
        found = []
        for record in self.backend.list(KIND, (account_id, app_id)):
            data = record.load()
            if data["enabled"] and event in data["events"]:
                found.append(data)
        return found

    def create_webhook(
        self, *, account_id: str, app_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Register a webhook (``enabled`` defaults to true)."""
        check_url(body["url"])
        ms = self.now_ms(account_id, app_id)
        stamp = format_ms(ms)
        data = {
            "id": new_id(),
            "name": body["name"],
            "url": body["url"],
            "events": list(body["events"]),
            "enabled": body.get("enabled", True),
            "created_at": stamp,
            "updated_at": stamp,
        }
        seq = self.backend.next_seq()
        self.backend.put(Record.of(KIND, (account_id, app_id), seq, ms * 1000, data))
        return data

    def list_webhooks(self, *, account_id: str, app_id: str) -> list[dict[str, Any]]:
        """Every webhook of the App, oldest first."""
        records = sorted(self.backend.list(KIND, (account_id, app_id)), key=lambda r: r.seq)
        return [r.load() for r in records]

    def list_webhook_events(self, *, account_id: str, app_id: str) -> list[str]:
        """The names of the events a webhook can subscribe to."""
        return list(EVENTS)

    def get_webhook(self, *, account_id: str, app_id: str, webhook_id: str) -> dict[str, Any]:
        """One webhook."""
        return self.require(account_id, app_id, webhook_id).load()

    def edit_webhook(
        self, *, account_id: str, app_id: str, webhook_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Change only the properties sent."""
        record = self.require(account_id, app_id, webhook_id)
        if "url" in body:
            check_url(body["url"])
        old = record.load()
        data = {
            **old,
            **{k: body[k] for k in ("name", "url", "events", "enabled") if k in body},
            "updated_at": self.stamp(account_id, app_id, old["updated_at"]),
        }
        self.backend.put(record.replaced(data))
        return data

    def replace_webhook(
        self, *, account_id: str, app_id: str, webhook_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Replace name, URL, events and ``enabled``; keep ``id`` and ``created_at``."""
        record = self.require(account_id, app_id, webhook_id)
        check_url(body["url"])
        old = record.load()
        data = {
            "id": old["id"],
            "name": body["name"],
            "url": body["url"],
            "events": list(body["events"]),
            "enabled": body.get("enabled", True),
            "created_at": old["created_at"],
            "updated_at": self.stamp(account_id, app_id, old["updated_at"]),
        }
        self.backend.put(record.replaced(data))
        return data

    def delete_webhook(self, *, account_id: str, app_id: str, webhook_id: str) -> dict[str, Any]:
        """Delete the webhook; return it as it was."""
        record = self.require(account_id, app_id, webhook_id)
        self.backend.delete(record)
        return record.load()
