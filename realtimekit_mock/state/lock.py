"""One emulator per database file: an exclusive ``flock`` on ``<real path of the db>.lock``."""

from __future__ import annotations

import os

from .errors import StorageError

__all__ = ["FileLock"]


class FileLock:
    """Held from construction until :meth:`release`; a second holder fails at once.

    The lock file sits next to the database's real path (symlinks resolved), so another name
    for the same file is refused too. Closing the descriptor drops the lock, also when the
    process dies.
    """

    def __init__(self, db_path: str) -> None:
        self.path = os.path.realpath(db_path) + ".lock"
        self._fd: int | None = None
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not on POSIX: rely on SQLite's own locking
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StorageError(f"cannot create lock file {self.path}: {exc.strerror}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise StorageError(
                f"database {db_path} is in use by another emulator (lock file {self.path} is held)"
            ) from exc
        self._fd = fd

    def release(self) -> None:
        """Drop the lock (idempotent)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
