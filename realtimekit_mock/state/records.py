"""What the backends store: :class:`Record` (kind, scope, id, keys, data), and a :class:`Page`.

A record is an immutable tuple of atomic values and the JSON of its data, so the garbage
collector never traverses stored state, however large.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import orjson

__all__ = ["Page", "Record", "Scope", "page_of"]

Scope = tuple[str, ...]
"""Where a record lives, outermost first: ``(account_id, app_id)``, ``(account_id, app_id,
meeting_id)``, ... Records of one kind and scope are listed together, in creation order."""


class Record(NamedTuple):
    """One stored object.

    Attributes:
        kind: what it is (``"meeting"``, ``"participant"``, ...), named by its resource.
        scope: where it lives (see :data:`Scope`).
        id: unique within its kind and scope.
        seq: creation order across the whole store (strictly increasing, never reused).
        created_us: the creation instant by its app's clock, microseconds since the epoch.
        keys: ``(name, value)`` pairs unique within the kind and scope, for lookups
            (``("custom_participant_id", "u-42")``); a ``None`` value is not indexed.
        data: the whole object as JSON, write-only secrets included.
    """

    kind: str
    scope: Scope
    id: str
    seq: int
    created_us: int
    keys: tuple[tuple[str, str | None], ...]
    data: bytes

    @classmethod
    def of(
        cls,
        kind: str,
        scope: Scope,
        seq: int,
        created_us: int,
        data: dict[str, Any],
        keys: tuple[tuple[str, str | None], ...] = (),
    ) -> Record:
        """The record of ``data`` (whose ``"id"`` is the record's id)."""
        return cls(kind, scope, data["id"], seq, created_us, keys, orjson.dumps(data))

    def load(self) -> dict[str, Any]:
        """A fresh dict of the record's data."""
        return orjson.loads(self.data)

    def replaced(
        self, data: dict[str, Any], keys: tuple[tuple[str, str | None], ...] | None = None
    ) -> Record:
        """The same record (kind, scope, id, seq, creation instant) holding new data."""
        return self._replace(data=orjson.dumps(data), keys=self.keys if keys is None else keys)


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list: its items and where it sits (offsets count from 1; empty page 0/0).

    ``wrap`` names the property of ``data`` that holds the items when the spec wraps them
    (``{"sessions": [...]}``); ``None`` means ``data`` is the list itself.
    """

    items: list[Any]
    start_offset: int
    end_offset: int
    total_count: int
    wrap: str | None = None

    def paging(self) -> dict[str, int]:
        """The spec's ``Paging`` object."""
        return {
            "start_offset": self.start_offset,
            "end_offset": self.end_offset,
            "total_count": self.total_count,
        }


def page_of(
    items: Sequence[Any],
    page_no: int,
    per_page: int,
    *,
    load: Callable[[Any], Any] | None = None,
    wrap: str | None = None,
) -> Page:
    """Page ``page_no`` (from 1) of ``items``, ``per_page`` at a time; ``load`` is applied to
    the chosen items only (so a long list of records is decoded one page at a time)."""
    start = (page_no - 1) * per_page
    chosen = list(items[start : start + per_page])
    if load is not None:
        chosen = [load(item) for item in chosen]
    if not chosen:
        return Page(chosen, 0, 0, len(items), wrap)
    return Page(chosen, start + 1, start + len(chosen), len(items), wrap)
