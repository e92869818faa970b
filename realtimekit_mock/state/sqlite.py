"""Records in memory, backed by one SQLite table: :class:`SqliteBackend`.

A write-through cache: every record lives in memory for reads, and every transaction is
committed to SQLite before the request that made it is answered, so an acknowledged write
survives a crash of the process (``kill -9``). Reads never touch the disk. All kinds of records
share one table, so these guarantees hold for every resource without code of its own.

Durability: WAL journal with ``synchronous=NORMAL``. A commit is in the WAL file (the operating
system's page cache) when the write returns, which survives the process dying at any point; only
a power loss or operating-system crash may lose the last commits (``synchronous=FULL`` would be
needed for that, at an fsync per write).

A write the database refuses (disk full, file made read-only, I/O error) changes nothing in
memory either and raises :class:`~.errors.StorageWriteError`: the request is answered with a
500 envelope saying the change was not saved, and the emulator goes on serving.

One emulator per database (:class:`~.lock.FileLock`). A database of an older format is migrated
at start (:mod:`.migrations`); one of an unknown format, or with damaged rows, is refused with
one line naming it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator

import orjson

from .backend import Backend, Write
from .errors import StorageError, StorageWriteError
from .lock import FileLock
from .migrations import FORMAT, migrate
from .records import Record

__all__ = ["SqliteBackend"]

_logger = logging.getLogger("realtimekit_mock")

_PUT = (
    "INSERT INTO records (seq, kind, scope, id, created_us, keys, data)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (seq) DO UPDATE SET keys = excluded.keys, data = excluded.data"
)
_DELETE = "DELETE FROM records WHERE seq = ?"


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    """Turn a refused write into :class:`StorageWriteError` (logged once, no traceback)."""
    try:
        yield
    except sqlite3.Error as exc:
        error = StorageWriteError(str(exc))
        _logger.error("%s", error.message)
        raise error from None


def _row(record: Record) -> tuple[object, ...]:
    return (
        record.seq,
        record.kind,
        orjson.dumps(record.scope).decode(),
        record.id,
        record.created_us,
        orjson.dumps(record.keys).decode() if record.keys else "[]",
        record.data.decode(),
    )


class SqliteBackend(Backend):
    """The memory backend, with every transaction committed to a SQLite file first."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = os.fspath(path)
        self._lock = FileLock(self.path)
        self._db: sqlite3.Connection | None = None
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            migrate(self._db, self.path)
            # Prove the file is writable now rather than at the first request.
            self._db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('format', ?)", (FORMAT,)
            )
            self._read_all()
        except sqlite3.Error as exc:
            self._abandon()
            raise StorageError(f"cannot use database {self.path}: {exc}") from exc
        except (ValueError, KeyError, TypeError, IndexError) as exc:  # rows holding no record
            self._abandon()
            raise StorageError(
                f"cannot use database {self.path}: a stored record is damaged"
                f" ({type(exc).__name__}: {exc})"
            ) from exc
        except StorageError:
            self._abandon()
            raise

    def _read_all(self) -> None:
        assert self._db is not None
        rows = self._db.execute(
            "SELECT seq, kind, scope, id, created_us, keys, data FROM records ORDER BY seq"
        )
        for seq, kind, scope, record_id, created_us, keys, data in rows:
            loaded = orjson.loads(data)
            if not isinstance(loaded, dict) or loaded.get("id") != record_id:
                raise ValueError(f"row {seq} does not hold {kind} {record_id}")
            self._load(
                Record(
                    str(kind),
                    tuple(str(part) for part in orjson.loads(scope)),
                    str(record_id),
                    int(seq),
                    int(created_us),
                    tuple((str(k), None if v is None else str(v)) for k, v in orjson.loads(keys)),
                    orjson.dumps(loaded),
                )
            )

    def _persist(self, writes: list[Write]) -> None:
        assert self._db is not None
        db = self._db
        with _writing():
            if len(writes) == 1:  # one statement commits on its own (autocommit)
                self._execute(db, writes[0])
                return
            db.execute("BEGIN IMMEDIATE")
            try:
                for write in writes:
                    self._execute(db, write)
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise

    @staticmethod
    def _execute(db: sqlite3.Connection, write: Write) -> None:
        what, record = write
        if what == "put":
            db.execute(_PUT, _row(record))
        else:
            db.execute(_DELETE, (record.seq,))

    def _wipe(self) -> None:
        assert self._db is not None
        with _writing():
            self._db.execute("DELETE FROM records")

    def close(self) -> None:
        self._abandon()

    def _abandon(self) -> None:
        """Close the connection and drop the lock (also after a failed start)."""
        try:
            if self._db is not None:
                self._db.close()
                self._db = None
        finally:
            self._lock.release()
