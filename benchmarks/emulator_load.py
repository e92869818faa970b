"""Server throughput: requests/s and latency at a fixed concurrency, for get and create.

Three servers, one after the other in the same run, each its own process on 127.0.0.1:

- `starlette`: the minimal canned-response Starlette app (`benchmarks.servers`) under uvicorn
  like the emulator — the ceiling of a Python ASGI server on this machine;
- `emulator`: `python -m realtimekit_mock` with full request validation (the create body is the
  `MeetingCreateRecording` example; get fetches a meeting created first);
- `prism`: Stoplight Prism mocking the same openapi.yaml (static examples, request validation).

On two or more cores the server is pinned to CPU 1 and the load generator to CPU 0, so each
has one core of its own. Every run is bounded in time; a short warm-up run precedes it.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from benchmarks import loadgen
from benchmarks.common import ACCOUNT_ID, APP_ID, MEETING_ID, TOKEN, meeting_create_body
from benchmarks.servers import (
    ServerProcess,
    emulator_server,
    prism_binary,
    prism_server,
    starlette_server,
)

SERVER_CPU = 1
LOAD_CPU = 0


def _paths(meeting_id: str) -> tuple[str, str]:
    base = f"/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/meetings"
    return f"{base}/{meeting_id}", base


def _prepare(server: ServerProcess, body: bytes) -> str:
    """Check both requests answer 2xx; on the emulator, create the meeting get will fetch."""
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    create_path = _paths(MEETING_ID)[1]
    with httpx.Client(base_url=server.url, headers=auth, timeout=10) as client:
        created = client.post(create_path, content=body)
        if created.status_code != 201:
            raise RuntimeError(
                f"{server.name}: create answered {created.status_code}: {created.text[:300]}"
            )
        meeting_id = created.json()["data"]["id"] if server.name == "emulator" else MEETING_ID
        got = client.get(_paths(meeting_id)[0])
        if got.status_code != 200:
            raise RuntimeError(f"{server.name}: get answered {got.status_code}: {got.text[:300]}")
    return str(meeting_id)


def measure_server(
    server: ServerProcess, *, seconds: float, warmup: float, concurrency: int
) -> dict[str, Any]:
    body = json.dumps(meeting_create_body()).encode()
    meeting_id = _prepare(server, body)
    get_path, create_path = _paths(meeting_id)
    runs = {"get": ("GET", get_path, None), "create": ("POST", create_path, body)}
    result: dict[str, Any] = {}
    for operation, (method, path, payload) in runs.items():
        common = dict(
            method=method,
            body=payload,
            authorization=f"Bearer {TOKEN}",
            concurrency=concurrency,
            cpu=LOAD_CPU,
        )
        if warmup > 0:
            loadgen.run_load(server.url + path, seconds=warmup, **common)  # type: ignore[arg-type]
        result[operation] = loadgen.run_load(server.url + path, seconds=seconds, **common)  # type: ignore[arg-type]
    return result


def run(
    *, seconds: float = 5.0, warmup: float = 1.0, concurrency: int = 8, prism: bool = True
) -> dict[str, Any]:
    """Every server in turn; a server that cannot start is reported as such, not fatal."""
    factories = {"starlette": starlette_server, "emulator": emulator_server}
    if prism:
        factories["prism"] = prism_server
    out: dict[str, Any] = {
        "tool": loadgen.tool(),
        "concurrency": concurrency,
        "seconds": seconds,
        "pinned": bool(loadgen.taskset_prefix(SERVER_CPU)),
        "servers": {},
    }
    for name, factory in factories.items():
        if name == "prism" and prism_binary() is None:
            out["servers"][name] = {"error": "node_modules/.bin/prism missing (npm ci)"}
            continue
        try:
            with factory(cpu=SERVER_CPU) as server:
                out["servers"][name] = measure_server(
                    server, seconds=seconds, warmup=warmup, concurrency=concurrency
                )
        except Exception as exc:  # reported in the results, the other servers still run
            out["servers"][name] = {"error": f"{type(exc).__name__}: {exc}"}
    return out


if __name__ == "__main__":
    import sys

    result = run(seconds=float(sys.argv[1]) if len(sys.argv) > 1 else 5.0)
    print(f"tool={result['tool']} pinned={result['pinned']}")
    for name, data in result["servers"].items():
        if "error" in data:
            print(f"{name:10} ERROR {data['error']}")
            continue
        for operation, r in data.items():
            print(
                f"{name:10} {operation:7} {r['rps']:9.0f}/s  p50 {r['p50_us'] / 1000:.2f} ms  "
                f"p99 {r['p99_us'] / 1000:.2f} ms  errors {r['errors']}"
            )
