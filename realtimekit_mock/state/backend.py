"""The record store's interface and its in-memory implementation: :class:`Backend`.

Records are grouped by kind and scope, in creation order, with an index of each record's unique
keys. Writes happen inside transactions (:meth:`Backend.transaction`, nested freely; a write
outside one is its own): memory changes at once, so reads inside the transaction see them, and
an undo log puts everything back if the transaction fails. At the end of the outermost
transaction :meth:`Backend._persist` receives the writes in order; the memory backend keeps
nothing else, :class:`~.sqlite.SqliteBackend` commits them to disk and, if the disk refuses,
raises so that memory is rolled back too. A request therefore changes everything it meant to,
or nothing, in memory and on disk alike.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from types import TracebackType
from typing import Literal

from .records import Record, Scope

__all__ = ["Backend", "Transaction", "Write"]

Write = tuple[Literal["put", "delete"], Record]
"""One write of a transaction, as handed to :meth:`Backend._persist`."""

_EMPTY: dict[str, Record] = {}


class Backend:
    """Records in memory; not thread-safe by itself (the store holds one lock around it)."""

    def __init__(self) -> None:
        self._seq = 0
        self._groups: dict[tuple[str, Scope], dict[str, Record]] = {}
        self._unique: dict[tuple[str, Scope, str, str], str] = {}
        self._depth = 0
        self._writes: list[Write] = []
        self._undo: list[tuple[Record, Record | None]] = []  # (written, what it replaced)

    # ---- reads ------------------------------------------------------------------------------

    def get(self, kind: str, scope: Scope, record_id: str) -> Record | None:
        """One record, or None."""
        return self._groups.get((kind, scope), _EMPTY).get(record_id)

    def list(self, kind: str, scope: Scope) -> Collection[Record]:
        """The records of a kind in a scope, oldest first (a live view: copy before writing)."""
        return self._groups.get((kind, scope), _EMPTY).values()

    def find(self, kind: str, scope: Scope, key: str, value: str) -> Record | None:
        """The record of a kind in a scope whose unique ``key`` has ``value``, or None."""
        record_id = self._unique.get((kind, scope, key, value))
        return None if record_id is None else self.get(kind, scope, record_id)

    def each(self, kind: str) -> Iterator[Record]:
        """Every record of a kind, in every scope (scopes in the order they were first used)."""
        for (group_kind, _), records in list(self._groups.items()):
            if group_kind == kind:
                yield from list(records.values())

    def next_seq(self) -> int:
        """A new, strictly increasing sequence number (creation order)."""
        self._seq += 1
        return self._seq

    # ---- writes -----------------------------------------------------------------------------

    def transaction(self) -> Transaction:
        """Group writes: all of them happen, or (on any exception) none."""
        return Transaction(self)

    def begin(self) -> None:
        """Open a (possibly nested) transaction; :meth:`end` closes it."""
        self._depth += 1

    def end(self, failed: bool) -> None:
        """Close a transaction; the outermost persists its writes, or undoes them if
        ``failed`` or if persisting fails (which then raises)."""
        if self._depth > 1:
            self._depth -= 1
            return
        try:
            if failed:
                self._undo_all()
            elif self._writes:
                try:
                    self._persist(self._writes)
                except BaseException:
                    self._undo_all()
                    raise
        finally:
            self._depth = 0
            self._writes = []
            self._undo = []

    def put(self, record: Record) -> None:
        """Insert a record, or replace the one with its kind, scope and id."""
        if not self._depth:
            with Transaction(self):
                self.put(record)
            return
        group = self._groups.get((record.kind, record.scope))
        if group is None:
            group = self._groups[(record.kind, record.scope)] = {}
        old = group.get(record.id)
        if record.keys or (old is not None and old.keys):
            self._index(old, record)
        group[record.id] = record
        self._writes.append(("put", record))
        self._undo.append((record, old))

    def delete(self, record: Record) -> None:
        """Remove a record (nothing happens if it is not stored)."""
        if not self._depth:
            with Transaction(self):
                self.delete(record)
            return
        group = self._groups.get((record.kind, record.scope), {})
        old = group.pop(record.id, None)
        if old is None:
            return
        self._index(old, None)
        self._writes.append(("delete", old))
        self._undo.append((old, old))

    def clear(self) -> None:
        """Forget every record (not undoable; not inside a transaction)."""
        if self._depth:
            raise RuntimeError("clear() inside a transaction")
        self._wipe()
        self._groups.clear()
        self._unique.clear()

    def close(self) -> None:
        """Release files and locks."""

    # ---- for subclasses ---------------------------------------------------------------------

    def _persist(self, writes: list[Write]) -> None:
        """Make a committed transaction's writes durable (memory only: nothing to do)."""

    def _wipe(self) -> None:
        """Forget every record durably (memory only: nothing to do)."""

    def _load(self, record: Record) -> None:
        """Add a record read back from durable storage (no transaction, nothing persisted)."""
        self._groups.setdefault((record.kind, record.scope), {})[record.id] = record
        self._index(None, record)
        self._seq = max(self._seq, record.seq)

    # ---- internals --------------------------------------------------------------------------

    def _index(self, old: Record | None, new: Record | None) -> None:
        """Move the unique-key index from ``old`` to ``new`` (either may be None)."""
        if new is not None:
            for key, value in new.keys:
                if value is None:
                    continue
                holder = self._unique.get((new.kind, new.scope, key, value))
                if holder is not None and holder != new.id:
                    raise ValueError(f"{new.kind} {key}={value!r} is already taken by {holder}")
        if old is not None:
            for key, value in old.keys:
                if value is not None:
                    self._unique.pop((old.kind, old.scope, key, value), None)
        if new is not None:
            for key, value in new.keys:
                if value is not None:
                    self._unique[(new.kind, new.scope, key, value)] = new.id

    def _undo_all(self) -> None:
        for current, old in reversed(self._undo):
            self._restore(current, old)

    def _restore(self, current: Record, old: Record | None) -> None:
        """Undo one write: put ``old`` back where ``current`` is (or remove it if None)."""
        group = self._groups.setdefault((current.kind, current.scope), {})
        now = group.get(current.id)
        self._index(now, None)
        if old is None:
            group.pop(current.id, None)
            return
        if now is None:
            # Deleted: put it back in its creation-order position.
            records = [*group.values(), old]
            records.sort(key=lambda r: r.seq)
            group.clear()
            group.update((r.id, r) for r in records)
        else:
            group[old.id] = old
        self._index(None, old)


class Transaction:
    """``with backend.transaction():`` — see :meth:`Backend.begin` and :meth:`Backend.end`."""

    __slots__ = ("_backend",)

    def __init__(self, backend: Backend) -> None:
        self._backend = backend

    def __enter__(self) -> None:
        self._backend.begin()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._backend.end(exc_type is not None)
