"""What every resource has: its tag, the store it lives in, ids, and its app's time."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ..clock import format_ms, parse_rfc3339_us
from ..exceptions import BadRequest
from ..ids import new_id
from ..state import Backend

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["Resource", "instant", "new_id"]


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


def instant(name: str, value: str | None) -> int | None:
    """Microseconds of a date-time filter parameter, None when absent; a clear 400 when it is
    not an RFC 3339 date-time."""
    if value is None:
        return None
    parsed = parse_rfc3339_us(value)
    if parsed is None:
        raise BadRequest(f'{name}: "{value}" is not a "date-time"')
    return parsed
