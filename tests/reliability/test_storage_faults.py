"""The database under attack: a second emulator, a full or read-only disk, a damaged file."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from realtimekit_mock import StorageError, create_app
from reliability.emulator import Emulator


def test_second_emulator_through_a_symlink_is_refused(workdir: Path) -> None:
    """Another name for the same file (a symlink, or a symlinked directory) is the same database."""
    db = workdir / "state.db"
    (workdir / "alias.db").symlink_to(db)
    (workdir / "linked-dir").symlink_to(workdir)
    app = create_app(db=db)
    try:
        made = app.store.create_meeting("a", "b", {"title": "first"})
        for other in (workdir / "alias.db", workdir / "linked-dir" / "state.db"):
            with pytest.raises(StorageError, match="in use by another emulator"):
                create_app(db=other)
    finally:
        app.close()
    again = create_app(db=workdir / "alias.db")  # once released, the alias opens the same data
    try:
        assert again.store.get_meeting("a", "b", made["id"]) == made
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
