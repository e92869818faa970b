"""What every resource has: its tag, the store it lives in, ids, and its app's time."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, ClassVar

from ..clock import format_ms
from ..state import Backend

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["Resource", "new_id"]


def new_id() -> str:
    """A random (version 4) UUID as text, like ``str(uuid.uuid4())`` in a third of the time."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Resource:
    """The behaviour of one spec tag: a method per operationId, plain arguments, no HTTP.

    Operation methods take the spec's parameter names as keyword arguments, plus ``body`` (the
    request body cleaned by the HTTP layer: declared properties only, defaults filled) when the
    operation has one. They return the response's ``data`` (a dict or list), a
    :class:`~..state.Page` for a paged list, or None for no content; the HTTP layer projects
    it onto the response schema, so stored write-only values never leave.

    Attributes:
        tag: the spec tag served (names the module, ``store.<tag>`` and the client's namespace).
        helpers: public methods that are not operations, for other resources and the
            simulation; anything else public must be an operation (checked at start).
    """

    tag: ClassVar[str]
    helpers: ClassVar[tuple[str, ...]] = ()

    def __init__(self, store: Store) -> None:
        self.store = store
        self.backend: Backend = store.backend

    def now_ms(self, account_id: str, app_id: str) -> int:
        """Now, by the app's clock."""
        return self.store.clock(account_id, app_id).now_ms()

    def stamp(self, account_id: str, app_id: str, not_before: str | None = None) -> str:
        """Now by the app's clock, formatted; never before ``not_before`` (clocks can be set
        back, an ``updated_at`` must not go back)."""
        now = format_ms(self.now_ms(account_id, app_id))
        return now if not_before is None or now >= not_before else not_before
