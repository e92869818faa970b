"""Where the emulator keeps its records: in memory, or in memory backed by SQLite.

The backends know records (:class:`Record`: kind, scope, id, unique keys, JSON data), never
meetings or participants, so durability, locking, integrity and disk-fault handling hold for
every resource alike.
"""

from __future__ import annotations

import os

from .backend import Backend
from .errors import StorageError, StorageWriteError
from .records import Page, Record, Scope, page_of
from .sqlite import SqliteBackend

__all__ = [
    "Backend",
    "Page",
    "Record",
    "Scope",
    "SqliteBackend",
    "StorageError",
    "StorageWriteError",
    "open_backend",
    "page_of",
]


def open_backend(db: str | os.PathLike[str] | None) -> Backend:
    """A SQLite backend for a path, the memory backend for None."""
    return Backend() if db is None else SqliteBackend(db)
