"""HTTP load generation: `wrk` with a Lua script when installed, else a small Python generator.

`wrk` runs `-t1 -c<concurrency> -d<seconds>s` and reports through the script's `done()` one
JSON line (requests, duration, latency percentiles, errors). The fallback,
`python -m benchmarks.loadgen`, opens `concurrency` keep-alive connections with raw asyncio
sockets (uvloop when installed), each sending the same request back to back for `seconds` or
`max_requests`, and prints the same JSON; it is far slower than wrk, so it caps what it can
measure and its numbers are labelled with the tool.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from benchmarks.servers import taskset_prefix

__all__ = ["run_load", "taskset_prefix", "tool"]

_LUA = """
wrk.method = {method}
wrk.body = {body}
wrk.headers["Authorization"] = {authorization}
{content_type}
done = function(summary, latency, requests)
  io.write(string.format(
    '\\nBENCH {{"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "mean_us": %.1f, "errors": {{"connect": %d, "read": %d, "write": %d, ' ..
    '"status": %d, "timeout": %d}}}}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
"""


def _lua_string(value: str) -> str:
    return "[==[" + value + "]==]"


def tool() -> str:
    return "wrk" if shutil.which("wrk") else "python-asyncio"


def run_load(
    url: str,
    *,
    method: str = "GET",
    body: bytes | None = None,
    authorization: str,
    concurrency: int = 8,
    seconds: float = 5.0,
    max_requests: int = 1_000_000,
    cpu: int | None = None,
) -> dict[str, Any]:
    """One bounded load run against `url`; requests/s, latency percentiles (µs), errors."""
    if tool() == "wrk":
        result = _run_wrk(url, method, body, authorization, concurrency, seconds, cpu)
    else:
        result = _run_python(
            url, method, body, authorization, concurrency, seconds, max_requests, cpu
        )
    result["rps"] = (
        result["requests"] / (result["duration_us"] / 1e6) if result["duration_us"] else 0.0
    )
    result["tool"] = tool()
    result["concurrency"] = concurrency
    return result


def _parse(output: str) -> dict[str, Any]:
    for line in output.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line[6:])  # type: ignore[no-any-return]
    raise RuntimeError(f"no result in the load generator's output:\n{output[-2000:]}")


def _run_wrk(
    url: str,
    method: str,
    body: bytes | None,
    authorization: str,
    concurrency: int,
    seconds: float,
    cpu: int | None,
) -> dict[str, Any]:
    script = _LUA.format(
        method=_lua_string(method),
        body=_lua_string(body.decode()) if body is not None else "nil",
        authorization=_lua_string(authorization),
        content_type='wrk.headers["Content-Type"] = "application/json"' if body is not None else "",
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "request.lua"
        path.write_text(script)
        argv = [
            *taskset_prefix(cpu), "wrk", "-t1", f"-c{concurrency}", f"-d{max(1, round(seconds))}s",
            "--timeout", "2s", "-s", str(path), url,
        ]  # fmt: skip
        out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 30, check=True)
    return _parse(out.stdout)


def _run_python(
    url: str,
    method: str,
    body: bytes | None,
    authorization: str,
    concurrency: int,
    seconds: float,
    max_requests: int,
    cpu: int | None,
) -> dict[str, Any]:
    argv = [
        *taskset_prefix(cpu), sys.executable, "-m", "benchmarks.loadgen", url,
        "--method", method, "--authorization", authorization, "--concurrency", str(concurrency),
        "--seconds", str(seconds), "--max-requests", str(max_requests),
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    out = subprocess.run(
        argv, input=body or b"", capture_output=True, timeout=seconds + 30, check=True, env=env
    )
    return _parse(out.stdout.decode())


# --- the fallback generator --------------------------------------------------------------


async def _worker(
    host: str,
    port: int,
    request: bytes,
    deadline: float,
    budget: list[int],
    latencies: list[float],
    errors: dict[str, int],
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while budget[0] > 0 and time.perf_counter() < deadline:
            budget[0] -= 1
            t0 = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:].strip())
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - t0)
            if not head.startswith((b"HTTP/1.1 2", b"HTTP/1.0 2")):
                errors["status"] += 1
    except (OSError, asyncio.IncompleteReadError):
        errors["read"] += 1
    finally:
        writer.close()


async def _generate(
    url: str,
    method: str,
    body: bytes,
    authorization: str,
    concurrency: int,
    seconds: float,
    max_requests: int,
) -> dict[str, Any]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", f"Authorization: {authorization}"]
    if body:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    request = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
    latencies: list[float] = []
    errors = {"connect": 0, "read": 0, "write": 0, "status": 0, "timeout": 0}
    budget = [max_requests]
    start = time.perf_counter()
    deadline = start + seconds
    await asyncio.gather(
        *(
            _worker(host, port, request, deadline, budget, latencies, errors)
            for _ in range(concurrency)
        )
    )
    duration = time.perf_counter() - start
    latencies.sort()

    def pct(q: float) -> int:
        if not latencies:
            return 0
        return int(latencies[min(len(latencies) - 1, int(q / 100 * len(latencies)))] * 1e6)

    return {
        "requests": len(latencies),
        "duration_us": int(duration * 1e6),
        "p50_us": pct(50),
        "p90_us": pct(90),
        "p99_us": pct(99),
        "max_us": int(latencies[-1] * 1e6) if latencies else 0,
        "mean_us": sum(latencies) / len(latencies) * 1e6 if latencies else 0.0,
        "errors": errors,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.loadgen")
    parser.add_argument("url")
    parser.add_argument("--method", default="GET")
    parser.add_argument("--authorization", required=True)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--max-requests", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    body = sys.stdin.buffer.read() if args.method != "GET" else b""
    coro = _generate(
        args.url,
        args.method,
        body,
        args.authorization,
        args.concurrency,
        args.seconds,
        args.max_requests,
    )
    try:
        import uvloop
    except ImportError:
        result = asyncio.run(coro)
    else:
        result = uvloop.run(coro)
    print("BENCH " + json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
