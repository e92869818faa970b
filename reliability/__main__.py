"""``python -m reliability`` (``make soak``): the long reliability run, figures printed.

Phases, each bounded in time or count, all on 127.0.0.1: load (memory, then --db), kill -9
rounds, webhook deliveries across kill -9 rounds, disk faults, hostile input, schemathesis
negative mode, hostile responses for the client, and a search for secrets in everything the run
wrote. Exits 1 on any violation.
The figures also go to ``reports/reliability/soak.json``; logs stay in ``reports/reliability/``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .emulator import ROOT, TOKEN, Emulator

REPORTS = ROOT / "reports" / "reliability"


def _load(workdir: Path, scale: float, db: bool) -> tuple[dict[str, Any], list[str]]:
    from .load import LoadRun
    from .verify import compare

    name = "sqlite" if db else "memory"
    emulator = Emulator(db=workdir / "load.db" if db else None, log=workdir / f"load-{name}.log")
    with emulator:
        run = LoadRun(
            emulator.app_url,
            emulator.headers,
            threads=8,
            tasks=16,
            seconds=30 * scale,
            seed=int(time.time()),
            prefix=f"soak-{name}-",
            probe=True,
        ).run()
        check = compare(emulator.app_url, emulator.headers, run.ledger)
    figures = {
        **run.figures(),
        "mode": "--db" if db else "memory",
        "listed_after": check.listed,
        "recovered_intact": check.recovered,
        "participants_checked": check.participants_checked,
    }
    problems = run.ledger.violations + check.problems
    if run.probed.get("failed") or run.probed.get("non_200") or run.probed.get("transport_errors"):
        problems.append(f"the probe saw errors: {run.probed}")
    if run.stats.server_errors or run.stats.transport_errors:
        problems.append(f"{run.stats.server_errors} 5xx, {run.stats.transport_errors} no answer")
    if check.recovered != len(run.ledger.meetings):
        problems.append(f"{len(run.ledger.meetings)} acknowledged, {check.recovered} intact")
    return figures, problems


def _crash(workdir: Path, scale: float) -> tuple[dict[str, Any], list[str]]:
    from .crash import CrashRounds

    rounds = CrashRounds(
        workdir,
        rounds=max(2, round(10 * scale)),
        threads=3,
        tasks=6,
        max_delay=2.0,
        seed=int(time.time()),
    ).run()
    return {**rounds.figures(), "per_round": rounds.results}, rounds.problems


def _webhooks(workdir: Path, scale: float) -> tuple[dict[str, Any], list[str]]:
    from .webhooks import WebhookRounds

    rounds = WebhookRounds(workdir, rounds=max(3, round(6 * scale)), seed=int(time.time())).run()
    return {**rounds.figures(), "per_round": rounds.results}, rounds.problems


def _disk(workdir: Path, scale: float) -> tuple[dict[str, Any], list[str]]:
    from .disk import DiskFaults

    faults = DiskFaults(workdir).run()
    return faults.results, faults.problems


def _hostile(workdir: Path, scale: float) -> tuple[dict[str, Any], list[str]]:
    from .hostile import HostileRun

    with Emulator(log=workdir / "hostile.log") as emulator:
        run = HostileRun(
            emulator.port, emulator.app_url, emulator.headers, repeats=max(1, round(5 * scale))
        ).run()
    problems = list(run.problems)
    if "Traceback" in emulator.output():
        problems.append("a traceback in the emulator's log")
    return run.figures, problems


def _negative(workdir: Path, scale: float) -> tuple[dict[str, Any], list[str]]:
    from .negative import NegativeRun

    run = NegativeRun(workdir, examples=max(5, round(500 * scale))).run()
    return run.figures(), run.problems


def _client(workdir: Path, scale: float) -> tuple[dict[str, Any], list[str]]:
    from .client_fuzz import TARGETS, WAYS, property_for

    examples = max(20, round(1000 * scale))
    problems = []
    started = time.monotonic()
    for way in WAYS:
        try:
            property_for(way, examples=examples, derandomize=False)()
        except Exception as exc:  # a hypothesis failure: report it whole
            problems.append(f"{way}: {''.join(traceback.format_exception(exc))[-3000:]}")
    figures = {
        "operations": len(TARGETS),
        "ways": len(WAYS),
        "examples_per_way": examples,
        "seconds": round(time.monotonic() - started, 1),
    }
    return figures, problems


def _secrets(workdir: Path, scale: float) -> tuple[dict[str, Any], list[str]]:
    from .secrets import STORAGE_SECRETS, files_under, find_leaks

    wanted = [*STORAGE_SECRETS.values(), TOKEN]
    written = [(p, t) for p, t in files_under(workdir) if not p.endswith(".db")]
    figures: dict[str, Any] = {"files_searched": len(written)}
    problems = find_leaks(written, wanted)
    if (ROOT / "benchmarks" / "__main__.py").exists():
        bench_dir = workdir / "bench"
        bench_dir.mkdir()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks",
                "--quick",
                "--json-dir",
                str(bench_dir),
                "--no-docs",
            ],
            cwd=bench_dir,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=900,
        )
        from benchmarks.common import TOKEN as BENCH_TOKEN

        outputs = [("bench stdout", done.stdout), ("bench stderr", done.stderr)]
        outputs += files_under(bench_dir)
        problems += find_leaks(outputs, [*wanted, BENCH_TOKEN])
        figures["benchmark_smoke"] = f"exit {done.returncode}, {len(outputs)} outputs searched"
        if done.returncode != 0:  # e.g. the extras of `make bench` are not installed: a note
            figures["benchmark_smoke"] += f" ({done.stderr.strip().splitlines()[-1:]})"
    else:
        figures["benchmark_smoke"] = "no benchmarks/ package"
    figures["leaks"] = len(problems)
    return figures, problems


PHASES: dict[str, Callable[[Path, float], tuple[dict[str, Any], list[str]]]] = {
    "load-memory": lambda w, s: _load(w, s, db=False),
    "load-sqlite": lambda w, s: _load(w, s, db=True),
    "crash": _crash,
    "webhooks": _webhooks,
    "disk": _disk,
    "hostile-input": _hostile,
    "negative-fuzz": _negative,
    "hostile-responses": _client,
    "secrets": _secrets,
}


def main(argv: list[str] | None = None) -> int:
    """Run the phases; print and save their figures; 1 if anything was violated."""
    parser = argparse.ArgumentParser(prog="python -m reliability", description=__doc__)
    parser.add_argument("--only", help="comma-separated phases: " + ",".join(PHASES))
    parser.add_argument("--scale", type=float, default=1.0, help="multiply durations and counts")
    args = parser.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(PHASES)
    unknown = set(chosen) - set(PHASES)
    if unknown:
        parser.error(f"unknown phases: {', '.join(sorted(unknown))}")
    if "secrets" in chosen:  # it searches what the other phases wrote: run it last
        chosen = [p for p in chosen if p != "secrets"] + ["secrets"]

    shutil.rmtree(REPORTS, ignore_errors=True)
    REPORTS.mkdir(parents=True)
    results: dict[str, Any] = {
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
        "python": platform.python_version(),
        "scale": args.scale,
        "phases": {},
    }
    failed = []
    began = time.monotonic()
    for name in chosen:
        print(f"soak: {name} ...", flush=True)
        started = time.monotonic()
        try:
            figures, problems = PHASES[name](REPORTS, args.scale)
        except Exception as exc:
            figures, problems = {}, [f"crashed: {''.join(traceback.format_exception(exc))}"]
        figures = {**figures, "phase_seconds": round(time.monotonic() - started, 1)}
        results["phases"][name] = {"figures": figures, "problems": problems}
        print(f"soak: {name}: {json.dumps(figures)}", flush=True)
        for problem in problems[:20]:
            print(f"soak: {name}: VIOLATION {problem}", flush=True)
        if problems:
            failed.append(name)
    results["seconds"] = round(time.monotonic() - began, 1)
    results["passed"] = not failed
    (REPORTS / "soak.json").write_text(json.dumps(results, indent=1))
    verdict = "PASS" if not failed else f"FAIL ({', '.join(failed)})"
    print(f"soak: {verdict} in {results['seconds']} s; figures in {REPORTS / 'soak.json'}")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
