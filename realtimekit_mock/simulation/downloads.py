"""Download URLs on the emulator, like presigned URLs: :class:`Downloads`.

A download is a record (kind ``download``, no scope, its unguessable token as ID) naming what it
serves and until when by its app's clock. ``GET /downloads/<token>`` answers its content while
valid (anyone holding the URL may fetch it), 403 once expired, 404 for an unknown token. What a
kind of download serves is rendered when fetched, by the renderer registered for it.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..state import Record

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["Downloads", "Renderer"]

KIND = "download"

Renderer = Callable[[dict[str, Any], dict[str, str]], tuple[bytes, str]]
"""``render(download, query) -> (body, media type)``."""


class Downloads:
    """The emulator's download URLs (callers hold the store lock)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.backend = store.backend
        self.renderers: dict[str, Renderer] = {}

    def on(self, what: str, render: Renderer) -> None:
        """Register how a kind of download is served."""
        self.renderers[what] = render

    def create(
        self, account_id: str, app_id: str, what: str, expires_ms: int, **details: Any
    ) -> str:
        """A new download of ``what`` (``details`` go to its renderer); its token."""
        if what not in self.renderers:
            raise ValueError(f"no renderer for downloads of {what!r}")
        token = secrets.token_urlsafe(18)
        data = {
            "id": token,
            "what": what,
            "account_id": account_id,
            "app_id": app_id,
            "expires_ms": expires_ms,
            **details,
        }
        now = self.store.clock(account_id, app_id).now_ms()
        self.backend.put(Record.of(KIND, (), self.backend.next_seq(), now * 1000, data))
        return token

    def url(self, token: str, query: str = "") -> str:
        """The URL of a download, on the host the current caller reached the emulator at."""
        return f"{self.store.base_url()}/downloads/{token}{query}"

    def serve(self, token: str, query: dict[str, str]) -> tuple[int, bytes, str]:
        """(status, body, media type) of a download URL."""
        record = self.backend.get(KIND, (), token)
        if record is None:
            return 404, b"no such download\n", "text/plain"
        data = record.load()
        if self.store.clock(data["account_id"], data["app_id"]).now_ms() > data["expires_ms"]:
            return 403, b"this download link has expired\n", "text/plain"
        body, media = self.renderers[data["what"]](data, query)
        return 200, body, media
