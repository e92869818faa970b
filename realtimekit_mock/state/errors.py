"""Storage failures: one the emulator cannot start with, one a request is answered with."""

from __future__ import annotations

from ..exceptions import ServerError

__all__ = ["StorageError", "StorageWriteError"]


class StorageError(RuntimeError):
    """The database cannot be used (locked by another emulator, unwritable, corrupt, a format
    this version does not know)."""


class StorageWriteError(ServerError):
    """The database refused a write (disk full, read-only, I/O error); nothing was changed."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"Storage error: the change was not saved ({reason})")
