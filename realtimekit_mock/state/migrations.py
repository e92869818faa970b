"""The database's format, and the migration of older formats at start.

Format 2 (this one) has one ``records`` table for every kind of record. Format 1 (emulator 1.0)
had a ``meetings`` and a ``participants`` table; its rows are moved into ``records`` in one
transaction, so an interrupted migration leaves the file as it was. A format newer than this
emulator knows is refused with one line.
"""

from __future__ import annotations

import sqlite3

import orjson

from .errors import StorageError

__all__ = ["FORMAT", "migrate"]

FORMAT = "2"

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS records (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        scope TEXT NOT NULL,
        id TEXT NOT NULL,
        created_us INTEGER NOT NULL,
        keys TEXT NOT NULL,
        data TEXT NOT NULL,
        UNIQUE (kind, scope, id)
    )""",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


def _tables(db: sqlite3.Connection) -> set[str]:
    return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def migrate(db: sqlite3.Connection, path: str) -> None:
    """Bring the database at ``path`` to :data:`FORMAT` (creating it when empty)."""
    tables = _tables(db)
    found = None
    if "meta" in tables:
        row = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        found = row[0] if row else None
    if found is not None and found not in ("1", FORMAT):
        raise StorageError(
            f"database {path} has format {found}, which this emulator does not know"
            f" (it writes format {FORMAT}): use a newer emulator or another file"
        )
    db.execute("BEGIN IMMEDIATE")
    try:
        for statement in _SCHEMA:
            db.execute(statement)
        if "meetings" in tables or "participants" in tables:
            _from_format_1(db, tables)
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('format', ?)", (FORMAT,))
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _from_format_1(db: sqlite3.Connection, tables: set[str]) -> None:
    """Move format-1 meetings and participants into ``records``, keeping their sequence."""
    moved = []
    if "meetings" in tables:
        for seq, account, app, mid, created_us, data in db.execute(
            "SELECT seq, account_id, app_id, id, created_us, data FROM meetings"
        ):
            moved.append((seq, "meeting", [account, app], mid, created_us, [], data))
    if "participants" in tables:
        for seq, account, app, meeting, pid, data in db.execute(
            "SELECT seq, account_id, app_id, meeting_id, id, data FROM participants"
        ):
            loaded = orjson.loads(data)
            keys = [["custom_participant_id", loaded["custom_participant_id"]]]
            if loaded.get("token"):
                keys.append(["token", loaded["token"]])
            created_us = _created_us(loaded)
            moved.append((seq, "participant", [account, app, meeting], pid, created_us, keys, data))
    db.executemany(
        "INSERT INTO records (seq, kind, scope, id, created_us, keys, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (seq, kind, orjson.dumps(scope).decode(), rid, cus, orjson.dumps(keys).decode(), data)
            for seq, kind, scope, rid, cus, keys, data in moved
        ],
    )
    db.execute("DROP TABLE IF EXISTS meetings")
    db.execute("DROP TABLE IF EXISTS participants")


def _created_us(data: dict[str, object]) -> int:
    """A format-1 participant's creation instant, from its ``created_at``."""
    from ..clock import parse_rfc3339_us

    created = data.get("created_at")
    parsed = parse_rfc3339_us(created) if isinstance(created, str) else None
    return parsed if parsed is not None else 0
