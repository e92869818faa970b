"""Persistence with --db: restarts lose nothing acknowledged; one emulator per database file."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from realtimekit_mock import StorageError, create_app
from realtimekit_mock.exceptions import Conflict
from realtimekit_mock.resources.presets import DEFAULT_PRESET_NAMES
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
                json={"custom_participant_id": f"u{i}", "preset_name": "group_call_host"},
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
        dup = {"custom_participant_id": "u0", "preset_name": "group_call_host"}
        assert c.post(f"/meetings/{mid}/participants", json=dup).status_code == 409
        freed = {**dup, "custom_participant_id": "u1"}  # deleted before the kill
        assert c.post(f"/meetings/{mid}/participants", json=freed).status_code == 201
        assert SECRETS["secret"] not in c.get("/meetings").text
    with sqlite3.connect(db) as conn:
        stored = " ".join(
            row[0] for row in conn.execute("SELECT data FROM records WHERE kind = 'meeting'")
        )
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
    made = app.store.meetings.create_meeting(account_id="a", app_id="b", body={"title": "kept"})
    person = app.store.participants.add_participant(
        account_id="a",
        app_id="b",
        meeting_id=made["id"],
        body={"custom_participant_id": "u", "preset_name": "group_call_participant"},
    )
    with pytest.raises(StorageError, match="in use by another emulator"):
        create_app(db=db)
    app.close()

    again = create_app(db=db)
    assert (
        again.store.meetings.get_meeting(account_id="a", app_id="b", meeting_id=made["id"]) == made
    )
    assert (
        again.store.participants.get_participant(
            account_id="a", app_id="b", meeting_id=made["id"], participant_id=person["id"]
        )
        == person
    )
    later = again.store.meetings.create_meeting(account_id="a", app_id="b", body={})
    page = again.store.meetings.list_meetings(account_id="a", app_id="b", page_no=1, per_page=20)
    assert [m["id"] for m in page.items] == [later["id"], made["id"]]
    again.store.reset()
    again.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM records").fetchone() == (0,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert os.path.exists(f"{db}.lock")


def test_memory_mode_keeps_nothing(tmp_path: Path) -> None:
    """Without --db nothing is written: a new app starts empty."""
    app = create_app()
    app.store.meetings.create_meeting(account_id="a", app_id="b", body={})
    assert (
        create_app()
        .store.meetings.list_meetings(account_id="a", app_id="b", page_no=1, per_page=20)
        .total_count
        == 0
    )
    assert list(tmp_path.iterdir()) == []


_FORMAT_1 = """
CREATE TABLE meetings (seq INTEGER PRIMARY KEY, account_id TEXT NOT NULL, app_id TEXT NOT NULL,
    id TEXT NOT NULL, created_us INTEGER NOT NULL, data TEXT NOT NULL,
    UNIQUE (account_id, app_id, id));
CREATE TABLE participants (seq INTEGER PRIMARY KEY, account_id TEXT NOT NULL,
    app_id TEXT NOT NULL, meeting_id TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
    UNIQUE (account_id, app_id, meeting_id, id));
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO meta VALUES ('format', '1');
"""


def test_a_format_1_database_is_migrated(tmp_path: Path) -> None:
    """A database written by emulator 1.0 opens with everything in it, lookups included."""
    db = tmp_path / "v1.db"
    meeting = {
        "id": "6f1c2f0e-64c9-4a8e-9d55-3f4f8b0e2a11",
        "created_at": "2026-11-21T09:30:00.000Z",
        "updated_at": "2026-11-21T09:30:00.000Z",
        "status": "ACTIVE",
        "title": "kept",
    }
    person = {
        "id": "0d9c8a7b-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
        "custom_participant_id": "u-1",
        "preset_name": "group_call_host",
        "created_at": "2026-11-21T09:31:00.000Z",
        "updated_at": "2026-11-21T09:31:00.000Z",
        "token": "a.b.c",
    }
    with sqlite3.connect(db) as conn:
        conn.executescript(_FORMAT_1)
        conn.execute(
            "INSERT INTO meetings VALUES (1, 'a', 'b', ?, 1795426200000000, ?)",
            (meeting["id"], json.dumps(meeting)),
        )
        conn.execute(
            "INSERT INTO participants VALUES (2, 'a', 'b', ?, ?, ?)",
            (meeting["id"], person["id"], json.dumps(person)),
        )
    app = create_app(db=db)
    try:
        store = app.store
        assert store.meetings.get_meeting(account_id="a", app_id="b", meeting_id=meeting["id"]) == (
            meeting
        )
        got = store.participants.get_participant(
            account_id="a", app_id="b", meeting_id=meeting["id"], participant_id=person["id"]
        )
        assert got == person
        dup = {"custom_participant_id": "u-1", "preset_name": "group_call_host"}
        with pytest.raises(Conflict):
            store.participants.add_participant(
                account_id="a", app_id="b", meeting_id=meeting["id"], body=dup
            )
        later = store.meetings.create_meeting(account_id="a", app_id="b", body={})
    finally:
        app.close()
    with sqlite3.connect(db) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        seqs = [row[0] for row in conn.execute("SELECT seq FROM records ORDER BY seq")]
        stored_format = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    assert "meetings" not in tables and "participants" not in tables
    # Sequence kept: the app's first use (the app, its default presets), then the new meeting,
    # all after the migrated records.
    assert seqs == list(range(1, 2 + 1 + len(DEFAULT_PRESET_NAMES) + 1 + 1))
    assert stored_format == ("2",)
    assert later["id"] not in (meeting["id"], person["id"])


def test_a_database_of_an_unknown_format_is_refused(tmp_path: Path) -> None:
    """A database written by a newer emulator stops this one with one line, untouched."""
    db = tmp_path / "future.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO meta VALUES ('format', '9')")
    with pytest.raises(StorageError, match=r"has format 9, which this emulator does not know"):
        create_app(db=db)
    result = subprocess.run(
        [sys.executable, "-m", "realtimekit_mock", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "format 9" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM meta").fetchone() == ("9",)
