"""Drive :class:`~.workload.Worker` scripts from threads and from asyncio tasks at once.

Threads each have their own ``httpx.Client``; the asyncio tasks share one ``httpx.AsyncClient``
in an event loop of their own. Every request is timed; the run stops at a deadline or after a
number of requests per worker, whichever comes first.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from .emulator import ROOT
from .stats import Stats
from .workload import Ledger, Request, Worker

MAX_CONSECUTIVE_FAILURES = 20
"""A worker gives up after this many requests in a row without an answer."""


@dataclass
class LoadRun:
    """The settings of one run.

    Attributes:
        base: the tenant's API root (``…/accounts/A/realtime/kit/B``).
        headers: headers of every request (the token).
        threads: worker threads.
        tasks: asyncio workers.
        seconds: how long to run at most.
        per_worker: requests per worker at most.
        seed: seed of the workers' choices.
        prefix: title prefix, unique per run.
        reads: whether workers also read and list.
        stop_on_failure: a worker stops at its first request without an answer (crash runs).
        probe: also measure latency from a quiet client in a process of its own (probe.py).
    """

    base: str
    headers: dict[str, str]
    threads: int = 4
    tasks: int = 8
    seconds: float = 3.0
    per_worker: int = 1_000_000
    seed: int = 0
    prefix: str = ""
    reads: bool = True
    stop_on_failure: bool = False
    probe: bool = False
    ledger: Ledger = field(default_factory=Ledger)
    stats: Stats = field(default_factory=Stats)
    elapsed: float = 0.0
    probed: dict[str, Any] = field(default_factory=dict)

    def workers(self, first: int, count: int) -> list[Worker]:
        """Fresh workers numbered from ``first``."""
        return [
            Worker(first + i, self.ledger, seed=self.seed, prefix=self.prefix, reads=self.reads)
            for i in range(count)
        ]

    def run(self, *, started: threading.Event | None = None) -> LoadRun:
        """Run every worker to the deadline; ``started`` is set once they are all going."""
        deadline = time.monotonic() + self.seconds
        began = time.monotonic()
        threads = [
            threading.Thread(target=self._thread, args=(w, deadline), name=f"load-{w.wid}")
            for w in self.workers(0, self.threads)
        ]
        if self.tasks:
            async_workers = self.workers(self.threads, self.tasks)
            threads.append(
                threading.Thread(
                    target=lambda: asyncio.run(self._tasks(async_workers, deadline)),
                    name="load-async",
                )
            )
        prober = None
        if self.probe:
            token = self.headers["Authorization"].split(" ", 1)[1]
            other_app = self.base.rsplit("/", 1)[0] + "/probe-app"  # leaves the counts alone
            prober = subprocess.Popen(
                [sys.executable, "-m", "reliability.probe", other_app, token, str(self.seconds)],
                stdout=subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
        for thread in threads:
            thread.start()
        if started is not None:
            started.set()
        for thread in threads:
            thread.join(self.seconds + 120)
        self.elapsed = time.monotonic() - began
        if prober is not None:
            out, _ = prober.communicate(timeout=120)
            self.probed = json.loads(out) if prober.returncode == 0 else {"failed": True}
        return self

    def _thread(self, worker: Worker, deadline: float) -> None:
        failures = 0
        with httpx.Client(base_url=self.base, headers=self.headers, timeout=30) as client:
            while time.monotonic() < deadline and worker.count < self.per_worker:
                req = worker.next()
                t0 = time.perf_counter()
                try:
                    res = client.request(req.method, req.path, json=req.body, params=req.params)
                except httpx.TransportError as exc:
                    failures += 1
                    if not self._failed(worker, req, exc, failures):
                        return
                    continue
                failures = 0
                self.stats.record(res.status_code, time.perf_counter() - t0)
                self._answer(worker, req, res)

    async def _tasks(self, workers: list[Worker], deadline: float) -> None:
        limits = httpx.Limits(max_connections=len(workers), max_keepalive_connections=len(workers))
        async with httpx.AsyncClient(
            base_url=self.base, headers=self.headers, timeout=30, limits=limits
        ) as client:
            await asyncio.gather(*(self._task(client, w, deadline) for w in workers))

    async def _task(self, client: httpx.AsyncClient, worker: Worker, deadline: float) -> None:
        failures = 0
        while time.monotonic() < deadline and worker.count < self.per_worker:
            req = worker.next()
            t0 = time.perf_counter()
            try:
                res = await client.request(req.method, req.path, json=req.body, params=req.params)
            except httpx.TransportError as exc:
                failures += 1
                if not self._failed(worker, req, exc, failures):
                    return
                continue
            failures = 0
            self.stats.record(res.status_code, time.perf_counter() - t0)
            self._answer(worker, req, res)

    def _answer(self, worker: Worker, req: Request, res: httpx.Response) -> None:
        try:
            data: Any = json.loads(res.content)
        except ValueError:
            data = None
        worker.answer(req, res.status_code, res.text, data)

    def _failed(self, worker: Worker, req: Request, exc: Exception, failures: int) -> bool:
        """Record a request without an answer; whether the worker goes on."""
        self.stats.record(None, 0.0)
        worker.lost(req)
        if self.stop_on_failure:
            return False
        self.ledger.violation(f"{req.method} {req.path}: no answer ({type(exc).__name__})")
        return failures < MAX_CONSECUTIVE_FAILURES

    def figures(self) -> dict[str, Any]:
        """Requests, errors and latencies of the run."""
        return {
            **self.stats.summary(self.elapsed),
            "seconds": round(self.elapsed, 1),
            "workers": f"{self.threads} threads + {self.tasks} asyncio tasks",
            "meetings_acknowledged": len(self.ledger.meetings),
            "participants_acknowledged": sum(len(p) for p in self.ledger.participants.values()),
            "violations": self.ledger.violation_count,
            **{f"probe_{k}": v for k, v in self.probed.items()},
        }
