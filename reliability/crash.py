"""kill -9 in the middle of a write load, restart on the same file, prove nothing was lost.

Each round: writers (threads and asyncio tasks) create meetings, add, edit and delete
participants and patch meetings against an emulator with ``--db``; after a random delay the
process is killed with SIGKILL. Then the file is checked (``PRAGMA integrity_check``), an
emulator is started on it again, and everything acknowledged — in this round and every earlier
one — must be there exactly as acknowledged; a write whose answer never came may be there or
not, but only as sent. The restarted emulator is the next round's target.
"""

from __future__ import annotations

import random
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .emulator import Emulator
from .load import LoadRun
from .verify import compare, rebase
from .workload import Ledger


def integrity(db: Path) -> str:
    """``PRAGMA integrity_check`` of a database file (``"ok"`` when sound, else what is wrong)."""
    conn = sqlite3.connect(db, timeout=10)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return f"unreadable: {exc}"
    finally:
        conn.close()
    return "; ".join(str(r[0]) for r in rows)


@dataclass
class CrashRounds:
    """Settings and results of the crash rounds.

    Attributes:
        workdir: where the database and logs go.
        rounds: how many kill -9 / restart cycles.
        threads, tasks: writers per round.
        min_delay, max_delay: the kill comes this many seconds after the writers start.
        seed: seed of the delays and the writers.
    """

    workdir: Path
    rounds: int = 3
    threads: int = 3
    tasks: int = 6
    min_delay: float = 0.3
    max_delay: float = 1.0
    seed: int = 0
    ledger: Ledger = field(default_factory=Ledger)
    results: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def run(self) -> CrashRounds:
        """Run every round; problems land in ``problems``."""
        db = self.workdir / "crash.db"
        rng = random.Random(self.seed)
        log = self.workdir / "crash-emulator.log"
        emulator = Emulator(db=db, log=log).start()
        try:
            for n in range(self.rounds):
                emulator = self._round(n, emulator, rng.uniform(self.min_delay, self.max_delay))
                if self.problems:
                    break
        finally:
            emulator.kill()
        return self

    def _round(self, n: int, emulator: Emulator, delay: float) -> Emulator:
        load = LoadRun(
            emulator.app_url,
            emulator.headers,
            threads=self.threads,
            tasks=self.tasks,
            seconds=delay + 30,
            seed=self.seed + n,
            prefix=f"round{n}-",
            reads=False,
            stop_on_failure=True,
            ledger=self.ledger,
        )
        started = threading.Event()
        runner = threading.Thread(target=load.run, kwargs={"started": started})
        runner.start()
        started.wait(30)
        time.sleep(delay)
        emulator.kill()
        runner.join(90)
        assert emulator.db is not None
        verdict = integrity(emulator.db)
        restarted = Emulator(db=emulator.db, log=emulator.log).start()
        check = compare(restarted.app_url, restarted.headers, self.ledger)
        acked = load.stats.statuses[200] + load.stats.statuses[201]
        self.results.append(
            {
                "round": n + 1,
                "killed_after_s": round(delay, 2),
                "writes_acknowledged": acked,
                "writes_unanswered": load.stats.transport_errors,
                "meetings_acknowledged": check.acknowledged,
                "meetings_recovered": check.recovered,
                "unacknowledged_present": check.unacknowledged_present,
                "participants_checked": check.participants_checked,
                "integrity_check": verdict,
            }
        )
        if verdict != "ok":
            self.problems.append(f"round {n + 1}: integrity_check says {verdict}")
        if load.ledger.violation_count:
            self.problems += [f"round {n + 1}: {v}" for v in load.ledger.violations]
        self.problems += [f"round {n + 1}: {p}" for p in check.problems]
        if check.recovered != check.acknowledged:
            self.problems.append(
                f"round {n + 1}: {check.acknowledged} meetings acknowledged, "
                f"{check.recovered} recovered intact"
            )
        rebase(self.ledger, check)
        return restarted

    def figures(self) -> dict[str, Any]:
        """Totals over the rounds."""
        return {
            "rounds": len(self.results),
            "writes_acknowledged": sum(r["writes_acknowledged"] for r in self.results),
            "writes_unanswered": sum(r["writes_unanswered"] for r in self.results),
            "meetings_acknowledged": self.results[-1]["meetings_acknowledged"]
            if self.results
            else 0,
            "meetings_recovered": self.results[-1]["meetings_recovered"] if self.results else 0,
            "unacknowledged_present": sum(r["unacknowledged_present"] for r in self.results),
            "integrity_ok": sum(r["integrity_check"] == "ok" for r in self.results),
        }
