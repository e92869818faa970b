"""Shared pieces of the benchmarks: the canned payloads, the timing loop and the statistics."""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
REPORTS = ROOT / "reports" / "bench"

GROUPS = (
    "client_inprocess",
    "client_list",
    "client_loopback",
    "client_startup",
    "parse",
    "emulator_inprocess",
    "emulator_load",
    "contract",
    "generation",
    "changes",
    "webhooks",
    "simulated_load",
)
"""The benchmark groups, in the order `python -m benchmarks` runs them."""

ACCOUNT_ID = "bench-account"
APP_ID = "bench-app"
TOKEN = "bench-fake-token-not-a-secret"
MEETING_ID = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"


@cache
def spec_examples() -> dict[str, Any]:
    """The named examples of openapi.yaml (`components.examples`), by name."""
    with SPEC.open(encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    return {name: example["value"] for name, example in spec["components"]["examples"].items()}


def meeting_found() -> dict[str, Any]:
    """The `MeetingFound` example: the seed 000 response of get_meeting (a full meeting)."""
    return spec_examples()["MeetingFound"]


def meeting_found_bytes() -> bytes:
    """`MeetingFound` as the compact JSON bytes every canned server answers with."""
    return json.dumps(meeting_found(), separators=(",", ":")).encode()


def meeting_create_body() -> dict[str, Any]:
    """The `MeetingCreateRecording` example: a create body with a full `recording_config`."""
    return spec_examples()["MeetingCreateRecording"]


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100), nearest rank, of unsorted values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def compare(
    variants: dict[str, Callable[..., object]],
    *,
    floor: str,
    calls: int,
    repeats: int,
    warmup: int,
    batched: bool = False,
) -> dict[str, Any]:
    """Time `calls` calls of every variant, `repeats` times, interleaved; ratios per repeat.

    Each repeat runs every variant once, in an order rotated by one per repeat, after
    `gc.collect()` and `gc.freeze()` (so earlier garbage is not traversed during the timing).
    Returns per variant: the per-call wall time (`time.perf_counter`) and CPU time
    (`time.process_time`) of every repeat in microseconds, their medians, and the median of the
    per-repeat ratios to the `floor` variant.
       With `batched`, a variant is called once per repeat with the number of calls to make (for
    variants that loop themselves, e.g. inside one event-loop run).
    """
    names = list(variants)
    for fn in variants.values():
        if batched:
            fn(warmup)
        else:
            for _ in range(warmup):
                fn()
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    for repeat in range(repeats):
        shift = repeat % len(names)
        for name in names[shift:] + names[:shift]:
            fn = variants[name]
            gc.collect()
            gc.freeze()
            c0 = time.process_time()
            t0 = time.perf_counter()
            if batched:
                fn(calls)
            else:
                for _ in range(calls):
                    fn()
            t1 = time.perf_counter()
            c1 = time.process_time()
            gc.unfreeze()
            wall[name].append((t1 - t0) / calls * 1e6)
            cpu[name].append((c1 - c0) / calls * 1e6)
    result: dict[str, Any] = {}
    for name in names:
        ratios = [w / f for w, f in zip(wall[name], wall[floor], strict=True)]
        cpu_ratios = [
            c / f if f else float("nan") for c, f in zip(cpu[name], cpu[floor], strict=True)
        ]
        result[name] = {
            "wall_us": wall[name],
            "cpu_us": cpu[name],
            "median_wall_us": median(wall[name]),
            "median_cpu_us": median(cpu[name]),
            "min_wall_us": min(wall[name]),
            "ratio": median(ratios),
            "cpu_ratio": median(cpu_ratios),
            "ratios": ratios,
        }
    return {
        "floor": floor,
        "calls": calls,
        "repeats": repeats,
        "warmup": warmup,
        "variants": result,
    }


def print_client(result: dict[str, Any]) -> None:
    """One line per variant of a client group's result (for running a module by hand)."""
    for operation, data in result.items():
        for name, v in data["variants"].items():
            print(
                f"{operation:7} {name:32} {v['median_wall_us']:8.1f} us  "
                f"x{v['ratio']:.2f}  cpu x{v['cpu_ratio']:.2f}"
            )


def _version(module: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(module)
    except metadata.PackageNotFoundError:
        return None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git_commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def environment() -> dict[str, Any]:
    """What the numbers were measured on: machine, load, Python and package versions."""
    packages = [
        "httpx",
        "attrs",
        "realtimekit-client",
        "cloudflare",
        "pydantic",
        "starlette",
        "uvicorn",
        "uvloop",
        "httptools",
        "jsonschema-rs",
        "orjson",
        "schemathesis",
        "openapi-python-client",
    ]
    return {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "commit": _git_commit(),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "loadavg": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "packages": {name: _version(name) for name in packages},
    }
