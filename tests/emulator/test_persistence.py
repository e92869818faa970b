"""Persistence with --db: restarts lose nothing acknowledged; one emulator per database file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from realtimekit_mock import StorageError, create_app
from reliability.emulator import Emulator

from .conftest import SECRETS, STORAGE


@contextlib.contextmanager
def running(db: Path, log: Path, *, kill: bool = False) -> Iterator[httpx.Client]:
    """An emulator process on ``db`` and a client of its test tenant; at exit the process is
    stopped cleanly, or with ``kill -9`` when ``kill``."""
    emulator = Emulator(db=db, log=log).start()
    try:
        with httpx.Client(base_url=emulator.app_url, headers=emulator.headers, timeout=10) as c:
            yield c
    finally:
        if kill:
            emulator.kill()
        else:
            emulator.stop()


def test_restart_after_kill_loses_nothing_acknowledged(tmp_path: Path) -> None:
    """Everything acknowledged before a kill -9 is there after a restart, secrets included."""
    db, log = tmp_path / "state.db", tmp_path / "emulator.log"
    with running(db, log, kill=True) as c:
        meetings = [
            c.post("/meetings", json={"title": f"m{i}", "ai_config": {"summarization": {}}}).json()
            for i in range(3)
        ]
        mid = meetings[0]["data"]["id"]
        c.patch(f"/meetings/{mid}", json={"title": "renamed", "status": "INACTIVE"})
        c.put(
            f"/meetings/{meetings[1]['data']['id']}",
            json={"recording_config": {"storage_config": STORAGE}},
        )
        people = [
            c.post(
                f"/meetings/{mid}/participants",
                json={"custom_participant_id": f"u{i}", "preset_name": "host"},
            ).json()["data"]
            for i in range(3)
        ]
        c.delete(f"/meetings/{mid}/participants/{people[1]['id']}")
        token = c.post(f"/meetings/{mid}/participants/{people[2]['id']}/token").json()["data"]
        before_list = c.get("/meetings").json()
        before_meetings = [c.get(f"/meetings/{m['data']['id']}").json() for m in meetings]
        before_people = c.get(f"/meetings/{mid}/participants").json()

    with running(db, log) as c:
        assert c.get("/meetings").json() == before_list
        assert [c.get(f"/meetings/{m['data']['id']}").json() for m in meetings] == before_meetings
        assert c.get(f"/meetings/{mid}/participants").json() == before_people
        edited = c.patch(f"/meetings/{mid}/participants/{people[2]['id']}", json={})
        assert edited.json()["data"]["token"] == token["token"]
        dup = {"custom_participant_id": "u0", "preset_name": "host"}
        assert c.post(f"/meetings/{mid}/participants", json=dup).status_code == 409
        freed = {**dup, "custom_participant_id": "u1"}  # deleted before the kill
        assert c.post(f"/meetings/{mid}/participants", json=freed).status_code == 201
        assert SECRETS["secret"] not in c.get("/meetings").text
    with sqlite3.connect(db) as conn:
        stored = " ".join(row[0] for row in conn.execute("SELECT data FROM meetings"))
    assert SECRETS["secret"] in stored


def test_second_emulator_on_the_same_db_fails_clearly(tmp_path: Path) -> None:
    """A second emulator on a database in use exits 2 with a clear message; the first goes on."""
    db, log = tmp_path / "shared.db", tmp_path / "emulator.log"
    with running(db, log) as c:
        assert c.post("/meetings", json={}).status_code == 201
        second = Emulator(db=db, log=tmp_path / "second.log")
        second.spawn()
        assert second.wait_exit(timeout=15) == 2
        err = second.output()
        assert "is in use by another emulator" in err and str(db) in err
        assert c.get("/meetings").json()["paging"]["total_count"] == 1
    with running(db, log) as c:  # a clean stop releases the lock
        assert c.get("/meetings").json()["paging"]["total_count"] == 1


@pytest.mark.parametrize("where", ["missing-dir/state.db", "a-directory"])
def test_unusable_db_path_fails_at_start(tmp_path: Path, where: str) -> None:
    """A database path that cannot be written stops the emulator at start with exit status 2."""
    (tmp_path / "a-directory").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "realtimekit_mock", "--db", str(tmp_path / where)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("realtimekit_mock: cannot")


def test_sqlite_backend_in_process(tmp_path: Path) -> None:
    """The SQLite backend reloads everything, enforces its lock, and reset empties the file."""
    db = tmp_path / "inproc.db"
    app = create_app(db=db)
    made = app.store.create_meeting("a", "b", {"title": "kept"})
    person = app.store.add_participant(
        "a", "b", made["id"], {"custom_participant_id": "u", "preset_name": "p"}
    )
    with pytest.raises(StorageError, match="in use by another emulator"):
        create_app(db=db)
    app.close()

    again = create_app(db=db)
    assert again.store.get_meeting("a", "b", made["id"]) == made
    assert again.store.get_participant("a", "b", made["id"], person["id"]) == person
    later = again.store.create_meeting("a", "b", {})
    page = again.store.list_meetings("a", "b")
    assert [m["id"] for m in page.items] == [later["id"], made["id"]]
    again.store.reset()
    again.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM meetings").fetchone() == (0,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert os.path.exists(f"{db}.lock")


def test_memory_mode_keeps_nothing(tmp_path: Path) -> None:
    """Without --db nothing is written: a new app starts empty."""
    app = create_app()
    app.store.create_meeting("a", "b", {})
    assert create_app().store.list_meetings("a", "b").total_count == 0
    assert list(tmp_path.iterdir()) == []
