"""The database under attack: a second emulator, a full or read-only disk, a damaged file."""

from __future__ import annotations

import resource
import sqlite3
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from realtimekit_mock import StorageError, create_app
from reliability.crash import integrity
from reliability.emulator import Emulator


def test_second_emulator_through_a_symlink_is_refused(workdir: Path) -> None:
    """Another name for the same file (a symlink, or a symlinked directory) is the same database."""
    db = workdir / "state.db"
    (workdir / "alias.db").symlink_to(db)
    (workdir / "linked-dir").symlink_to(workdir)
    app = create_app(db=db)
    try:
        made = app.store.meetings.create_meeting(
            account_id="a", app_id="b", body={"title": "first"}
        )
        for other in (workdir / "alias.db", workdir / "linked-dir" / "state.db"):
            with pytest.raises(StorageError, match="in use by another emulator"):
                create_app(db=other)
    finally:
        app.close()
    again = create_app(db=workdir / "alias.db")  # once released, the alias opens the same data
    try:
        assert (
            again.store.meetings.get_meeting(account_id="a", app_id="b", meeting_id=made["id"])
            == made
        )
    finally:
        again.close()


def test_second_emulator_process_through_a_symlink_exits_2(workdir: Path) -> None:
    """As processes: the second exits 2 with the message; the first keeps every write."""
    db = workdir / "state.db"
    (workdir / "alias.db").symlink_to(db)
    with Emulator(db=db, log=workdir / "first.log") as first:
        created = httpx.post(
            f"{first.app_url}/meetings", json={"title": "kept"}, headers=first.headers
        )
        assert created.status_code == 201
        second = Emulator(db=workdir / "alias.db", log=workdir / "second.log")
        second.spawn()
        try:
            assert second.wait_exit() == 2
        finally:
            second.kill()
        assert "is in use by another emulator" in second.output()
        listed = httpx.get(f"{first.app_url}/meetings", headers=first.headers).json()
        assert [m["title"] for m in listed["data"]] == ["kept"]


def _file_size_limit(limit: int) -> Callable[[], None]:
    """A pre-exec hook capping the size of any file the child writes (a disk that fills up)."""

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_full_disk_answers_a_clean_error_and_loses_nothing_acknowledged(workdir: Path) -> None:
    """When writes start failing: 5xx envelopes naming storage, reads go on, acks survive."""
    db = workdir / "full.db"
    emulator = Emulator(db=db, log=workdir / "full.log", preexec=_file_size_limit(96 * 1024))
    acked: dict[str, str] = {}
    failures: list[httpx.Response] = []
    with emulator, httpx.Client(base_url=emulator.app_url, headers=emulator.headers) as client:
        for i in range(400):
            res = client.post("/meetings", json={"title": f"{i}-" + "x" * 2000})
            if res.status_code == 201:
                acked[res.json()["data"]["id"]] = res.json()["data"]["title"]
            else:
                failures.append(res)
                if len(failures) >= 5:
                    break
        assert acked and failures, "the file-size limit was never reached"
        for res in failures:
            assert res.status_code == 500
            error = res.json()["error"]
            assert error["code"] == 500
            assert error["message"].startswith("Storage error: the change was not saved")
        listed = client.get("/meetings", params={"per_page": 100}).json()
        assert listed["paging"]["total_count"] == len(acked)  # no half-done create is visible
        mid = next(iter(acked))
        assert client.patch(f"/meetings/{mid}", json={"title": "x" * 5000}).status_code == 500
        assert client.get(f"/meetings/{mid}").json()["data"]["title"] == acked[mid]
        emulator.kill()
    assert integrity(db) == "ok"
    with Emulator(db=db, log=workdir / "after.log") as restarted:
        listed = httpx.get(
            f"{restarted.app_url}/meetings", params={"per_page": 100}, headers=restarted.headers
        ).json()
        assert {m["id"]: m["title"] for m in listed["data"]} == acked
    log = emulator.output()
    assert "Storage error" in log and "Traceback" not in log


def test_no_room_at_start_is_a_one_line_error(workdir: Path) -> None:
    """A database that cannot be written at all stops the emulator at start with exit 2."""
    emulator = Emulator(db=workdir / "s.db", log=workdir / "s.log", preexec=_file_size_limit(0))
    emulator.spawn()
    try:
        assert emulator.wait_exit() == 2
    finally:
        emulator.kill()
    lines = emulator.output().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("realtimekit_mock: cannot use database")


@pytest.mark.parametrize("damage", ["not-a-database", "row-not-json", "row-without-id"])
def test_damaged_database_is_a_one_line_error_at_start(workdir: Path, damage: str) -> None:
    """A file that is not a database, or rows that do not hold meetings: exit 2, one line
    naming the database, no traceback."""
    db = workdir / "damaged.db"
    if damage == "not-a-database":
        db.write_bytes(bytes(range(256)) * 80)
    else:
        app = create_app(db=db)
        app.store.meetings.create_meeting(account_id="a", app_id="b", body={"title": "t"})
        app.close()
        with sqlite3.connect(db) as conn:
            data = "{not json" if damage == "row-not-json" else '{"title": "t"}'
            conn.execute("UPDATE records SET data = ? WHERE kind = 'meeting'", (data,))
    emulator = Emulator(db=db, log=workdir / "damaged.log")
    emulator.spawn()
    try:
        assert emulator.wait_exit() == 2
    finally:
        emulator.kill()
    lines = emulator.output().strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"realtimekit_mock: cannot use database {db}: ")
