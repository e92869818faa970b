"""kill -9 in the middle of a write load, restart on the same file: nothing acknowledged is lost
or altered, and the file passes PRAGMA integrity_check (more rounds in `make soak`)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reliability.crash import CrashRounds, integrity


def test_kill_9_during_writes_loses_nothing_acknowledged(workdir: Path) -> None:
    """Three kill -9 / restart rounds under 2 writer threads and 4 asyncio writers."""
    rounds = CrashRounds(workdir, rounds=3, threads=2, tasks=4, min_delay=0.3, max_delay=0.8).run()
    assert rounds.problems == []
    figures = rounds.figures()
    assert figures["rounds"] == 3 and figures["integrity_ok"] == 3
    assert figures["meetings_recovered"] == figures["meetings_acknowledged"] > 0
    assert all(r["writes_acknowledged"] > 0 for r in rounds.results)
    assert "Traceback" not in (workdir / "crash-emulator.log").read_text()


def test_integrity_check_reports_a_damaged_file(workdir: Path) -> None:
    """The integrity check used after each kill does notice damage."""
    db = workdir / "damaged.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
        conn.execute("CREATE INDEX i ON t (x)")
    assert integrity(db) == "ok"
    raw = bytearray(db.read_bytes())
    page = 4096
    raw[page * 3 : page * 3 + 200] = b"\xff" * 200
    db.write_bytes(bytes(raw))
    assert integrity(db) != "ok"
