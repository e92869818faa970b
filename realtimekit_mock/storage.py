"""Where the store keeps its records: in memory, or in memory backed by SQLite.

Both backends implement :class:`Backend`; the store's behaviour code is the same for both.
:class:`SqliteBackend` is a write-through cache: every record lives in memory for reads, and every
write is committed to SQLite before the store returns, so an acknowledged write survives a crash
of the process (``kill -9``). Reads never touch the disk.

Durability: WAL journal with ``synchronous=NORMAL``. A commit is in the WAL file (the operating
system's page cache) when the write returns, which survives the process dying at any point; only
a power loss or operating-system crash may lose the last commits (``synchronous=FULL`` would be
needed for that, at an fsync per write).

A write the database refuses (disk full, file made read-only, I/O error) changes nothing in
memory either and raises :class:`StorageWriteError`: the request is answered with a 500 envelope
saying the change was not saved, and the emulator goes on serving.

One emulator per database: an exclusive ``flock`` on ``<db>.lock`` is taken at start and a second
emulator on the same file fails at once with :class:`StorageError`. The lock file sits next to the
database's real path (symlinks resolved), so another name for the same file is refused too.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

import orjson

from .exceptions import ServerError

__all__ = [
    "Backend",
    "MeetingRecord",
    "MemoryBackend",
    "ParticipantRecord",
    "SqliteBackend",
    "StorageError",
    "StorageWriteError",
    "open_backend",
]

_logger = logging.getLogger("realtimekit_mock")


class StorageError(RuntimeError):
    """The database cannot be used (locked by another emulator, unwritable, corrupt)."""


class StorageWriteError(ServerError):
    """The database refused a write (disk full, read-only, I/O error); nothing was changed."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"Storage error: the change was not saved ({reason})")


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    """Turn a refused write into :class:`StorageWriteError` (logged once, no traceback)."""
    try:
        yield
    except sqlite3.Error as exc:
        error = StorageWriteError(str(exc))
        _logger.error("%s", error.message)
        raise error from None


class MeetingRecord(NamedTuple):
    """A stored meeting: its scope, creation order, the fields lists filter on, and its JSON.

    Records are immutable tuples of atomic values, so the garbage collector does not traverse
    them: a store holding many thousands of meetings costs no collection pauses.
    """

    account_id: str
    app_id: str
    id: str
    seq: int
    created_us: int
    title: str | None
    status: str
    data: bytes
    """The whole meeting as JSON, write-only secrets included."""

    @classmethod
    def of(
        cls, account_id: str, app_id: str, seq: int, created_us: int, data: dict[str, Any]
    ) -> MeetingRecord:
        """The record of a meeting's data."""
        title = data.get("title")
        return cls(
            account_id,
            app_id,
            data["id"],
            seq,
            created_us,
            title if isinstance(title, str) else None,
            data["status"],
            orjson.dumps(data),
        )

    def load(self) -> dict[str, Any]:
        """A fresh dict of the meeting's data."""
        return orjson.loads(self.data)


class ParticipantRecord(NamedTuple):
    """A stored participant (its join token included), as immutable JSON like meetings."""

    account_id: str
    app_id: str
    meeting_id: str
    id: str
    seq: int
    custom_participant_id: str
    data: bytes

    @classmethod
    def of(
        cls, account_id: str, app_id: str, meeting_id: str, seq: int, data: dict[str, Any]
    ) -> ParticipantRecord:
        """The record of a participant's data."""
        return cls(
            account_id,
            app_id,
            meeting_id,
            data["id"],
            seq,
            data["custom_participant_id"],
            orjson.dumps(data),
        )

    def load(self) -> dict[str, Any]:
        """A fresh dict of the participant's data."""
        return orjson.loads(self.data)


class Backend:
    """The storage interface the store is written against."""

    def next_seq(self) -> int:
        """A new, strictly increasing sequence number (creation order)."""
        raise NotImplementedError

    def meeting(self, account_id: str, app_id: str, meeting_id: str) -> MeetingRecord | None:
        """One meeting of an app, or None."""
        raise NotImplementedError

    def meetings(self, account_id: str, app_id: str) -> Iterable[MeetingRecord]:
        """The meetings of an app, oldest first (supports ``reversed``)."""
        raise NotImplementedError

    def save_meeting(self, record: MeetingRecord) -> None:
        """Insert or replace a meeting."""
        raise NotImplementedError

    def participant(
        self, account_id: str, app_id: str, meeting_id: str, participant_id: str
    ) -> ParticipantRecord | None:
        """One participant of a meeting, or None."""
        raise NotImplementedError

    def participant_by_custom_id(
        self, account_id: str, app_id: str, meeting_id: str, custom_id: str
    ) -> ParticipantRecord | None:
        """The participant of a meeting with this ``custom_participant_id``, or None."""
        raise NotImplementedError

    def participants(
        self, account_id: str, app_id: str, meeting_id: str
    ) -> Iterable[ParticipantRecord]:
        """The participants of a meeting, oldest first."""
        raise NotImplementedError

    def save_participant(self, record: ParticipantRecord) -> None:
        """Insert or replace a participant."""
        raise NotImplementedError

    def delete_participant(self, record: ParticipantRecord) -> None:
        """Remove a participant."""
        raise NotImplementedError

    def clear(self) -> None:
        """Forget everything."""
        raise NotImplementedError

    def close(self) -> None:
        """Release files and locks."""


class MemoryBackend(Backend):
    """Dicts keyed by (account, app[, meeting]); insertion order is creation order."""

    def __init__(self) -> None:
        self._seq = 0
        self._meetings: dict[tuple[str, str], dict[str, MeetingRecord]] = {}
        self._participants: dict[tuple[str, str, str], dict[str, ParticipantRecord]] = {}
        self._custom_ids: dict[tuple[str, str, str], dict[str, str]] = {}

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def meeting(self, account_id: str, app_id: str, meeting_id: str) -> MeetingRecord | None:
        app = self._meetings.get((account_id, app_id))
        return None if app is None else app.get(meeting_id)

    def meetings(self, account_id: str, app_id: str) -> Iterable[MeetingRecord]:
        return (self._meetings.get((account_id, app_id)) or {}).values()

    def save_meeting(self, record: MeetingRecord) -> None:
        self._meetings.setdefault((record.account_id, record.app_id), {})[record.id] = record

    def participant(
        self, account_id: str, app_id: str, meeting_id: str, participant_id: str
    ) -> ParticipantRecord | None:
        found = self._participants.get((account_id, app_id, meeting_id))
        return None if found is None else found.get(participant_id)

    def participant_by_custom_id(
        self, account_id: str, app_id: str, meeting_id: str, custom_id: str
    ) -> ParticipantRecord | None:
        key = (account_id, app_id, meeting_id)
        pid = self._custom_ids.get(key, {}).get(custom_id)
        return None if pid is None else self._participants[key][pid]

    def participants(
        self, account_id: str, app_id: str, meeting_id: str
    ) -> Iterable[ParticipantRecord]:
        return (self._participants.get((account_id, app_id, meeting_id)) or {}).values()

    def save_participant(self, record: ParticipantRecord) -> None:
        key = (record.account_id, record.app_id, record.meeting_id)
        self._participants.setdefault(key, {})[record.id] = record
        self._custom_ids.setdefault(key, {})[record.custom_participant_id] = record.id

    def delete_participant(self, record: ParticipantRecord) -> None:
        key = (record.account_id, record.app_id, record.meeting_id)
        self._participants.get(key, {}).pop(record.id, None)
        self._custom_ids.get(key, {}).pop(record.custom_participant_id, None)

    def clear(self) -> None:
        self._meetings.clear()
        self._participants.clear()
        self._custom_ids.clear()


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meetings (
    seq INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL,
    app_id TEXT NOT NULL,
    id TEXT NOT NULL,
    created_us INTEGER NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (account_id, app_id, id)
);
CREATE TABLE IF NOT EXISTS participants (
    seq INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL,
    app_id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    id TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (account_id, app_id, meeting_id, id)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class SqliteBackend(MemoryBackend):
    """The memory backend, with every write committed to a SQLite file first."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = os.fspath(path)
        self._lock_fd = _take_lock(os.path.realpath(self.path) + ".lock", self.path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            # Prove the file is writable now rather than at the first request.
            self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('format', '1')")
            self._load()
        except sqlite3.Error as exc:
            self._abandon()
            raise StorageError(f"cannot use database {self.path}: {exc}") from exc
        except (ValueError, KeyError, TypeError) as exc:  # rows that do not hold records
            self._abandon()
            raise StorageError(
                f"cannot use database {self.path}: a stored record is damaged"
                f" ({type(exc).__name__}: {exc})"
            ) from exc

    def _abandon(self) -> None:
        """Close what a failed start opened."""
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()
        self._release()

    def _load(self) -> None:
        rows = self._db.execute(
            "SELECT seq, account_id, app_id, id, created_us, data FROM meetings ORDER BY seq"
        )
        for seq, account_id, app_id, _, created_us, data in rows:
            super().save_meeting(
                MeetingRecord.of(account_id, app_id, seq, created_us, orjson.loads(data))
            )
            self._seq = max(self._seq, seq)
        rows = self._db.execute(
            "SELECT seq, account_id, app_id, meeting_id, id, data FROM participants ORDER BY seq"
        )
        for seq, account_id, app_id, meeting_id, _, data in rows:
            super().save_participant(
                ParticipantRecord.of(account_id, app_id, meeting_id, seq, orjson.loads(data))
            )
            self._seq = max(self._seq, seq)

    def save_meeting(self, record: MeetingRecord) -> None:
        with _writing():
            self._write_meeting(record)
        super().save_meeting(record)

    def _write_meeting(self, record: MeetingRecord) -> None:
        self._db.execute(
            "INSERT INTO meetings (seq, account_id, app_id, id, created_us, data)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (seq) DO UPDATE SET data = excluded.data",
            (
                record.seq,
                record.account_id,
                record.app_id,
                record.id,
                record.created_us,
                record.data.decode(),
            ),
        )

    def save_participant(self, record: ParticipantRecord) -> None:
        with _writing():
            self._write_participant(record)
        super().save_participant(record)

    def _write_participant(self, record: ParticipantRecord) -> None:
        self._db.execute(
            "INSERT INTO participants (seq, account_id, app_id, meeting_id, id, data)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (seq) DO UPDATE SET data = excluded.data",
            (
                record.seq,
                record.account_id,
                record.app_id,
                record.meeting_id,
                record.id,
                record.data.decode(),
            ),
        )

    def delete_participant(self, record: ParticipantRecord) -> None:
        with _writing():
            self._db.execute("DELETE FROM participants WHERE seq = ?", (record.seq,))
        super().delete_participant(record)

    def clear(self) -> None:
        with _writing(), self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute("DELETE FROM meetings")
            self._db.execute("DELETE FROM participants")
        super().clear()

    def close(self) -> None:
        try:
            self._db.close()
        finally:
            self._release()

    def _release(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the descriptor drops the flock
            self._lock_fd = None


def _take_lock(lock_path: str, db_path: str) -> int | None:
    """Hold an exclusive, non-blocking flock on ``lock_path`` for the emulator's lifetime."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX: rely on SQLite's own locking
        return None
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StorageError(f"cannot create lock file {lock_path}: {exc.strerror}") from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        os.close(fd)
        raise StorageError(
            f"database {db_path} is in use by another emulator (lock file {lock_path} is held)"
        ) from exc
    return fd


def open_backend(db: str | os.PathLike[str] | None) -> Backend:
    """A SQLite backend for a path, the memory backend for None."""
    return MemoryBackend() if db is None else SqliteBackend(db)
