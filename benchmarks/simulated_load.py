"""Simulated load: peers joining and leaving many meetings while they record, and its cost to reads.

The emulator (`python -m realtimekit_mock`, memory store, clock running in real time) runs as
its own process, pinned to CPU 1 like in `emulator_load`. Set up before every run of the
simulated load, untimed, through the REST API: `meetings` new meetings with `peers`
participants each; every participant then joins through the control API, so every meeting
has a live session of `peers` peers. (Every join is a new peer of its session, and a leave
looks through the session's peers: on the same meetings run after run, the live side slows
down as the sessions grow, so every run starts from the same state instead.)

The simulated load: `live_concurrency` keep-alive connections (raw asyncio sockets, uvloop when
installed, so the driver costs little next to the server), each owning a share of the meetings
and walking through their participants in turn: the participant's peer leaves
(`POST /_emulator/leave`, by peer ID), then the participant joins again as a new peer
(`POST /_emulator/join`), back to back. A meeting never has more than one participant out, so
its session stays live. Before each run a composite recording starts on every meeting
(`start_recording`), and it is stopped after the run (`pause_resume_stop_recording`, `stop`):
the recordings go `INVOKED` → `RECORDING` (2 s later, by the emulator's timers) during the
run, then `UPLOADING` → `UPLOADED` (5 s later, during the next run).

Three variants per round, in an order rotated per round, after a warm-up run of each:

- `reads alone`: `get_meeting` (a meeting of the first set) under the load generator of
  `emulator_load` (`concurrency` connections, `seconds` per run);
- `live alone`: the simulated load for `seconds`;
- `live + reads`: both at once.

Reported: the joins + leaves per second and their latency (from the driver: request sent to
answer read, p50/p99 per run), requests/s and p50/p99 of the reads, and the ratios per round
of the reads under the simulated load to the reads alone (and of the live side with reads to
the live side alone); medians over the rounds. The driver runs in this process, pinned to the
load generator's CPU for the runs, so the server's CPU carries only the emulator.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import threading
import time
from typing import Any

import httpx
import orjson

from benchmarks import loadgen
from benchmarks.common import ACCOUNT_ID, APP_ID, TOKEN, median, percentile
from benchmarks.emulator_load import _cpu_seconds
from benchmarks.servers import HOST, ServerProcess, emulator_server

SERVER_CPU = 1
LOAD_CPU = 0
VARIANTS = ("reads alone", "live alone", "live + reads")


class _Fleet:
    """The meetings, their participants and each participant's live peer (None while out)."""

    def __init__(self, server: ServerProcess, meetings: int, peers: int) -> None:
        self.server = server
        self.size = (meetings, peers)
        root = server.url.removesuffix("/client/v4")
        self.control = httpx.Client(base_url=root + "/_emulator", timeout=30)
        self.root = f"{server.url}/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}"
        self.api = httpx.Client(
            base_url=self.root, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30
        )
        self.meetings: list[str] = []
        # per meeting: [participant ID, its live peer ID or None]
        self.members: dict[str, list[list[str | None]]] = {}
        self.cursors: dict[int, int] = {}
        self.recordings: list[str] = []
        self.made = 0

    def fresh(self) -> float:
        """New meetings, their participants added and joined; the seconds it took."""
        t0 = time.perf_counter()
        meetings, peers = self.size
        self.meetings, self.members, self.cursors = [], {}, {}
        for m in range(meetings):
            made = self.api.post("/meetings", json={"title": f"simulated load {self.made}-{m}"})
            made.raise_for_status()
            meeting_id = made.json()["data"]["id"]
            self.meetings.append(meeting_id)
            self.members[meeting_id] = []
            for p in range(peers):
                added = self.api.post(
                    f"/meetings/{meeting_id}/participants",
                    json={
                        "custom_participant_id": f"m{m}-p{p}",
                        "preset_name": "group_call_host" if p == 0 else "group_call_participant",
                    },
                )
                added.raise_for_status()
                participant_id = added.json()["data"]["id"]
                joined = self.control.post(
                    "/join",
                    json={
                        "account_id": ACCOUNT_ID,
                        "app_id": APP_ID,
                        "meeting_id": meeting_id,
                        "participant_id": participant_id,
                    },
                )
                joined.raise_for_status()
                self.members[meeting_id].append([participant_id, joined.json()["peer_id"]])
        self.made += 1
        return time.perf_counter() - t0

    def start_recordings(self) -> int:
        """A composite recording on every meeting; how many starts failed."""
        failed = 0
        for meeting_id in self.meetings:
            started = self.api.post("/recordings", json={"meeting_id": meeting_id})
            if started.status_code == 200:
                self.recordings.append(started.json()["data"]["id"])
            else:
                failed += 1
        return failed

    def stop_recordings(self) -> dict[str, int]:
        """Stop the recordings started; their statuses after the stop (or `error <code>`)."""
        statuses: dict[str, int] = {}
        for recording_id in self.recordings:
            stopped = self.api.put(f"/recordings/{recording_id}", json={"action": "stop"})
            key = (
                stopped.json()["data"]["status"]
                if stopped.status_code == 200
                else f"error {stopped.status_code}"
            )
            statuses[key] = statuses.get(key, 0) + 1
        self.recordings = []
        return statuses

    def close(self) -> None:
        self.control.close()
        self.api.close()


async def _call(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, head: bytes, body: bytes
) -> tuple[int, bytes]:
    writer.write(head + str(len(body)).encode() + b"\r\n\r\n" + body)
    answer = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in answer.split(b"\r\n"):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:].strip())
    payload = await reader.readexactly(length)
    return int(answer[9:12]), payload


async def _worker(
    fleet: _Fleet,
    index: int,
    workers: int,
    stop: threading.Event,
    deadline: float,
    latencies: list[float],
    errors: list[int],
) -> None:
    """Leave, then rejoin, each participant of this worker's meetings in turn, until stopped."""
    pairs = [
        (meeting_id, member)
        for meeting_id in fleet.meetings[index::workers]
        for member in fleet.members[meeting_id]
    ]
    if not pairs:
        return
    reader, writer = await asyncio.open_connection(HOST, fleet.server.port)
    heads = {
        what: (
            f"POST /_emulator/{what} HTTP/1.1\r\nHost: {HOST}:{fleet.server.port}\r\n"
            "Content-Type: application/json\r\nContent-Length: "
        ).encode()
        for what in ("join", "leave")
    }
    cursor = fleet.cursors.get(index, 0)
    try:
        while not stop.is_set() and time.perf_counter() < deadline:
            meeting_id, member = pairs[cursor % len(pairs)]
            scope = {"account_id": ACCOUNT_ID, "app_id": APP_ID, "meeting_id": meeting_id}
            if member[1] is None:
                what, body = "join", {**scope, "participant_id": member[0]}
            else:
                what, body = "leave", {**scope, "peer_id": member[1]}
            t0 = time.perf_counter()
            status, payload = await _call(reader, writer, heads[what], orjson.dumps(body))
            latencies.append(time.perf_counter() - t0)
            if status != 200:
                errors[0] += 1
                member[1] = None  # gone: the next step joins again
                continue
            if what == "join":
                member[1] = orjson.loads(payload)["peer_id"]
                cursor += 1
            else:
                member[1] = None
    finally:
        fleet.cursors[index] = cursor
        writer.close()


def _drive(fleet: _Fleet, workers: int, seconds: float, stop: threading.Event) -> dict[str, Any]:
    """The simulated load for `seconds` (or until `stop`): calls per second, latency (µs)."""
    latencies: list[float] = []
    errors = [0]

    async def main() -> float:
        start = time.perf_counter()
        await asyncio.gather(
            *(
                _worker(fleet, i, workers, stop, start + seconds, latencies, errors)
                for i in range(workers)
            )
        )
        return time.perf_counter() - start

    try:
        import uvloop
    except ImportError:
        elapsed = asyncio.run(main())
    else:
        elapsed = uvloop.run(main())
    us = [x * 1e6 for x in latencies]
    return {
        "calls": len(us),
        "elapsed_s": elapsed,
        "per_s": len(us) / elapsed if elapsed > 0 else 0.0,
        "p50_us": percentile(us, 50),
        "p99_us": percentile(us, 99),
        "max_us": max(us, default=float("nan")),
        "errors": errors[0],
    }


def _one_run(
    fleet: _Fleet,
    variant: str,
    get_url: str,
    *,
    seconds: float,
    concurrency: int,
    live_concurrency: int,
) -> dict[str, Any]:
    assert fleet.server.proc is not None
    out: dict[str, Any] = {}
    live = variant != "reads alone"
    if live:
        out["setup_s"] = fleet.fresh()
        out["recording_start_errors"] = fleet.start_recordings()
    cpu0 = _cpu_seconds(fleet.server.proc.pid)
    t0 = time.perf_counter()
    if variant == "live alone":
        out["live"] = _drive(fleet, live_concurrency, seconds, threading.Event())
    else:
        stop = threading.Event()
        driven: list[dict[str, Any]] = []
        driver = threading.Thread(
            target=lambda: driven.append(_drive(fleet, live_concurrency, seconds + 60, stop)),
            name="bench-simulated-load",
        )
        if live:
            driver.start()
        try:
            reads = loadgen.run_load(
                get_url,
                authorization=f"Bearer {TOKEN}",
                concurrency=concurrency,
                seconds=seconds,
                cpu=LOAD_CPU,
            )
        finally:
            stop.set()
            if live:
                driver.join(30)
        out["reads"] = reads
        if live:
            out["live"] = driven[0]
    wall = time.perf_counter() - t0
    cpu = _cpu_seconds(fleet.server.proc.pid) - cpu0
    out["server_cpu_s"] = cpu
    out["server_cpu_share"] = cpu / wall if wall > 0 else float("nan")
    if "reads" in out:
        out["reads"]["per_cpu_s"] = out["reads"]["requests"] / cpu if cpu > 0 else None
    if live:
        out["recordings"] = fleet.stop_recordings()
    return out


def _med(runs: list[dict[str, Any]], key: str) -> float:
    return median([r[key] for r in runs if r.get(key) is not None])


def _reads_summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    reads = [r["reads"] for r in runs]
    return {
        "rps": _med(reads, "rps"),
        "p50_us": _med(reads, "p50_us"),
        "p99_us": _med(reads, "p99_us"),
        "per_cpu_s": _med(reads, "per_cpu_s"),
        "requests": sum(r["requests"] for r in reads),
        "errors": sum(sum(r["errors"].values()) for r in reads),
    }


def _live_summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    live = [r["live"] for r in runs]
    statuses: dict[str, int] = {}
    for r in runs:
        for k, v in r["recordings"].items():
            statuses[k] = statuses.get(k, 0) + v
    return {
        "per_s": _med(live, "per_s"),
        "p50_us": _med(live, "p50_us"),
        "p99_us": _med(live, "p99_us"),
        "calls": sum(r["calls"] for r in live),
        "errors": sum(r["errors"] for r in live),
        "recording_start_errors": sum(r["recording_start_errors"] for r in runs),
        "recordings_stopped": statuses,
        "server_cpu_share": _med(runs, "server_cpu_share"),
    }


def run(
    *,
    meetings: int = 50,
    peers: int = 10,
    seconds: float = 3.0,
    rounds: int = 5,
    warmup: float = 1.0,
    concurrency: int = 8,
    live_concurrency: int = 2,
) -> dict[str, Any]:
    """The three variants against one emulator process (see the module's description)."""
    out: dict[str, Any] = {
        "tool": loadgen.tool(),
        "meetings": meetings,
        "peers": peers,
        "seconds": seconds,
        "rounds": rounds,
        "concurrency": concurrency,
        "live_concurrency": live_concurrency,
        "pinned": bool(loadgen.taskset_prefix(SERVER_CPU)),
    }
    pinned = out["pinned"] and hasattr(os, "sched_setaffinity")
    affinity = os.sched_getaffinity(0) if pinned else None
    with emulator_server(cpu=SERVER_CPU) as server:
        fleet = _Fleet(server, meetings, peers)
        out["setup_s"] = fleet.fresh()
        get_url = f"{fleet.root}/meetings/{fleet.meetings[0]}"
        settings = {
            "seconds": seconds,
            "concurrency": concurrency,
            "live_concurrency": live_concurrency,
        }
        runs: dict[str, list[dict[str, Any]]] = {v: [] for v in VARIANTS}
        try:
            if pinned:  # the driver on the load side, off the server's CPU
                os.sched_setaffinity(0, {LOAD_CPU})
            if warmup > 0:
                for variant in VARIANTS:
                    _one_run(fleet, variant, get_url, **{**settings, "seconds": warmup})
            for i in range(rounds):
                shift = i % len(VARIANTS)
                for variant in VARIANTS[shift:] + VARIANTS[:shift]:
                    runs[variant].append(_one_run(fleet, variant, get_url, **settings))
        finally:
            if affinity is not None:
                os.sched_setaffinity(0, affinity)
            fleet.close()
    alone, loaded, live = runs["reads alone"], runs["live + reads"], runs["live alone"]

    def ratio(a: list[dict[str, Any]], b: list[dict[str, Any]], side: str, key: str) -> float:
        values = [
            x[side][key] / y[side][key]
            for x, y in zip(a, b, strict=True)
            if x[side][key] and y[side][key]
        ]
        return statistics.median(values) if values else float("nan")

    out["reads_alone"] = _reads_summary(alone)
    out["reads_loaded"] = _reads_summary(loaded)
    out["live_alone"] = _live_summary(live)
    out["live_loaded"] = _live_summary(loaded)
    out["reads_rps_ratio"] = ratio(loaded, alone, "reads", "rps")
    out["reads_p50_ratio"] = ratio(loaded, alone, "reads", "p50_us")
    out["reads_p99_ratio"] = ratio(loaded, alone, "reads", "p99_us")
    out["live_per_s_ratio"] = ratio(loaded, live, "live", "per_s")
    out["runs"] = runs
    return out


if __name__ == "__main__":
    import json
    import sys

    result = run(seconds=float(sys.argv[1]) if len(sys.argv) > 1 else 3.0, rounds=1, warmup=0)
    result.pop("runs")
    print(json.dumps(result, indent=1, default=str))
