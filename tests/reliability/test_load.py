"""Concurrent clients (threads and asyncio tasks) against an emulator process, memory and --db:
no 5xx, no lost or altered write, no duplicated id, exact paging; and the checks themselves
catch a lost or altered write."""

from __future__ import annotations

from pathlib import Path

import pytest

from reliability.crash import integrity
from reliability.emulator import Emulator
from reliability.load import LoadRun
from reliability.verify import compare


@pytest.mark.parametrize("use_db", [False, True], ids=["memory", "sqlite"])
def test_mixed_load_loses_nothing(workdir: Path, use_db: bool) -> None:
    """3 threads + 6 asyncio tasks for 2 s: every answer right, every write still there."""
    db = workdir / "load.db" if use_db else None
    with Emulator(db=db, log=workdir / "load.log") as emulator:
        run = LoadRun(
            emulator.app_url, emulator.headers, threads=3, tasks=6, seconds=2.0, seed=7
        ).run()
        figures = run.figures()
        assert run.ledger.violations == []
        assert figures["server_errors"] == 0 and figures["transport_errors"] == 0
        assert figures["requests"] > 300, figures
        assert run.stats.statuses.keys() <= {200, 201}
        check = compare(emulator.app_url, emulator.headers, run.ledger)
        assert check.problems == []
        assert check.listed == check.acknowledged == check.recovered == len(run.ledger.meetings)
        assert check.participants_checked == figures["participants_acknowledged"] > 0
    assert "Traceback" not in emulator.output()
    if db is not None:
        assert integrity(db) == "ok"


def test_the_checks_catch_a_lost_or_altered_write(workdir: Path) -> None:
    """The comparison reports a meeting the emulator lacks, one that differs, and a stranger."""
    with Emulator(log=workdir / "check.log") as emulator:
        run = LoadRun(
            emulator.app_url, emulator.headers, threads=1, tasks=2, per_worker=40, seed=3
        ).run()
        assert run.ledger.violations == []
        ids = sorted(run.ledger.meetings)
        assert len(ids) >= 3

        lost = run.ledger.copy()
        lost.meetings["00000000-0000-4000-8000-000000000000"] = dict(lost.meetings[ids[0]])
        assert any(
            "is not listed" in p for p in compare(emulator.app_url, emulator.headers, lost).problems
        )

        altered = run.ledger.copy()
        altered.meetings[ids[1]]["title"] = "not what was acknowledged"
        problems = compare(emulator.app_url, emulator.headers, altered).problems
        assert any(ids[1] in p and "acknowledged" in p for p in problems)

        stranger = run.ledger.copy()
        del stranger.meetings[ids[2]]
        problems = compare(emulator.app_url, emulator.headers, stranger).problems
        assert any("was never created" in p for p in problems)

        people = [mid for mid, p in run.ledger.participants.items() if p]
        if people:
            gone = run.ledger.copy()
            gone.participants[people[0]]["not-a-real-participant"] = {"id": "x"}
            problems = compare(emulator.app_url, emulator.headers, gone).problems
            assert any("is gone" in p for p in problems)
