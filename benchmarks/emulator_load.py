"""Server throughput: requests/s and latency at a fixed concurrency, for get and create.

Three servers run side by side, each its own process on 127.0.0.1:

- `starlette`: the minimal canned-response Starlette app (`benchmarks.servers`) under uvicorn
  like the emulator — the ceiling of a Python ASGI server on this machine;
- `emulator`: `python -m realtimekit_mock` with full request validation (the create body is the
  `MeetingCreateRecording` example; get fetches a meeting created first);
- `prism`: Stoplight Prism mocking the same openapi.yaml (static examples, request validation);
- `emulator@<ref>` when `BENCH_BASELINE=<git ref>` is set: the emulator of that revision (a
  temporary git worktree), for a before/after comparison of the same requests in one run.

The runs are interleaved: every round measures every server and operation once, in an order
rotated per round, after one warm-up run each; the medians over the rounds are reported, and the
emulator's share of the ceiling is the median of its per-round ratios. The server's CPU time
during each run (from /proc) gives requests per CPU-second, which stays meaningful when the
load generator is starved by other work on the machine. On two or more cores the server is
pinned to CPU 1 and the load generator to CPU 0. Every run is bounded in time.
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
from pathlib import Path
from typing import Any

import httpx

from benchmarks import loadgen
from benchmarks.common import ACCOUNT_ID, APP_ID, MEETING_ID, TOKEN, meeting_create_body
from benchmarks.servers import (
    ServerProcess,
    checkout,
    emulator_server,
    prism_binary,
    prism_server,
    starlette_server,
)

SERVER_CPU = 1
LOAD_CPU = 0
OPERATIONS = ("get", "create")


def _paths(meeting_id: str) -> tuple[str, str]:
    base = f"/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/meetings"
    return f"{base}/{meeting_id}", base


def _prepare(server: ServerProcess, body: bytes) -> dict[str, tuple[str, str, bytes | None]]:
    """Check both requests answer 2xx (the emulator: create the meeting get fetches); the runs."""
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    create_path = _paths(MEETING_ID)[1]
    with httpx.Client(base_url=server.url, headers=auth, timeout=10) as client:
        created = client.post(create_path, content=body)
        if created.status_code != 201:
            raise RuntimeError(f"{server.name}: create answered {created.status_code}")
        emulated = server.name.startswith("emulator")
        meeting_id = created.json()["data"]["id"] if emulated else MEETING_ID
        get_path = _paths(meeting_id)[0]
        got = client.get(get_path)
        if got.status_code != 200:
            raise RuntimeError(f"{server.name}: get answered {got.status_code}")
    return {
        "get": ("GET", server.url + get_path, None),
        "create": ("POST", server.url + create_path, body),
    }


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (all its threads), from /proc; 0 if unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _one_run(
    server: ServerProcess, run: tuple[str, str, bytes | None], seconds: float, concurrency: int
) -> dict[str, Any]:
    method, url, body = run
    assert server.proc is not None
    cpu0 = _cpu_seconds(server.proc.pid)
    result = loadgen.run_load(
        url,
        method=method,
        body=body,
        authorization=f"Bearer {TOKEN}",
        concurrency=concurrency,
        seconds=seconds,
        cpu=LOAD_CPU,
    )
    cpu = _cpu_seconds(server.proc.pid) - cpu0
    result["server_cpu_s"] = cpu
    result["per_cpu_s"] = result["requests"] / cpu if cpu > 0 else None
    return result


def _summary(runs: list[dict[str, Any]]) -> dict[str, Any]:
    def med(key: str) -> float:
        values = [r[key] for r in runs if r.get(key) is not None]
        return statistics.median(values) if values else float("nan")

    errors: dict[str, int] = {}
    for r in runs:
        for k, v in r["errors"].items():
            errors[k] = errors.get(k, 0) + v
    return {
        "rps": med("rps"),
        "p50_us": med("p50_us"),
        "p90_us": med("p90_us"),
        "p99_us": med("p99_us"),
        "per_cpu_s": med("per_cpu_s"),
        "requests": sum(r["requests"] for r in runs),
        "errors": errors,
        "runs": runs,
    }


def run(
    *,
    seconds: float = 3.0,
    rounds: int = 3,
    warmup: float = 1.0,
    concurrency: int = 8,
    prism: bool = True,
    baseline: str | None = None,
) -> dict[str, Any]:
    """Every server, interleaved; a server that cannot start is reported as such, not fatal.

    ``baseline`` (default: ``BENCH_BASELINE``) adds the emulator of that git revision.
    """
    baseline = baseline or os.environ.get("BENCH_BASELINE") or None
    factories: dict[str, Any] = {"starlette": starlette_server, "emulator": emulator_server}
    if prism:
        factories["prism"] = prism_server
    out: dict[str, Any] = {
        "tool": loadgen.tool(),
        "concurrency": concurrency,
        "seconds": seconds,
        "rounds": rounds,
        "pinned": bool(loadgen.taskset_prefix(SERVER_CPU)),
        "servers": {},
    }
    body = json.dumps(meeting_create_body()).encode()
    with contextlib.ExitStack() as stack:
        if baseline:
            root = stack.enter_context(checkout(baseline))
            label = f"emulator@{baseline}"
            factories[label] = lambda cpu: emulator_server(cpu, root=root, name=label)
            out["baseline"] = label
        servers: dict[str, ServerProcess] = {}
        plans: dict[str, dict[str, tuple[str, str, bytes | None]]] = {}
        for name, factory in factories.items():
            if name == "prism" and prism_binary() is None:
                out["servers"][name] = {"error": "node_modules/.bin/prism missing (npm ci)"}
                continue
            try:
                servers[name] = stack.enter_context(factory(cpu=SERVER_CPU))
                plans[name] = _prepare(servers[name], body)
            except Exception as exc:  # reported in the results; the other servers still run
                servers.pop(name, None)
                out["servers"][name] = {"error": f"{type(exc).__name__}: {exc}"}
        runs: dict[str, dict[str, list[dict[str, Any]]]] = {
            name: {op: [] for op in OPERATIONS} for name in servers
        }
        if warmup > 0:
            for name, server in servers.items():
                for op in OPERATIONS:
                    _one_run(server, plans[name][op], warmup, concurrency)
        names = list(servers)
        for i in range(rounds):
            shift = i % len(names) if names else 0
            for name in names[shift:] + names[:shift]:
                for op in OPERATIONS:
                    runs[name][op].append(
                        _one_run(servers[name], plans[name][op], seconds, concurrency)
                    )
    for name, per_op in runs.items():
        out["servers"][name] = {op: _summary(r) for op, r in per_op.items()}

    def share(name: str, of: str) -> dict[str, float]:
        return {
            op: statistics.median(
                e["rps"] / s["rps"]
                for e, s in zip(runs[name][op], runs[of][op], strict=True)
                if s["rps"]
            )
            for op in OPERATIONS
        }

    if "starlette" in runs and "emulator" in runs:
        out["share_of_ceiling"] = share("emulator", "starlette")
    if out.get("baseline") in runs and "emulator" in runs:
        out["share_of_baseline"] = share("emulator", out["baseline"])
    return out


if __name__ == "__main__":
    import sys

    result = run(seconds=float(sys.argv[1]) if len(sys.argv) > 1 else 3.0)
    print(f"tool={result['tool']} pinned={result['pinned']} share={result.get('share_of_ceiling')}")
    for name, data in result["servers"].items():
        if "error" in data:
            print(f"{name:10} ERROR {data['error']}")
            continue
        for operation, r in data.items():
            print(
                f"{name:10} {operation:7} {r['rps']:9.0f}/s  {r['per_cpu_s'] or 0:9.0f}/cpu-s  "
                f"p50 {r['p50_us'] / 1000:.2f} ms  p99 {r['p99_us'] / 1000:.2f} ms  "
                f"errors {r['errors']}"
            )
