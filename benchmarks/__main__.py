"""`python -m benchmarks`: run every benchmark group in one go and write the results.

Writes the raw results as JSON to reports/bench/ (`latest.json` and a timestamped copy) and,
unless `--no-docs`, the tables to docs/benchmarks.md and the chart to docs/benchmarks.png.
`--quick` runs every group with tiny counts (the smoke test uses it); `--only` picks groups.
Many short repeats rather than a few long ones: a burst of other work on the machine then
spoils a few repeats, which the medians ignore, instead of a large share of every variant.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks import (
    changes,
    client_inprocess,
    client_list,
    client_loopback,
    client_startup,
    contract_job,
    emulator_inprocess,
    emulator_load,
    generation,
    parse,
    simulated_load,
    webhook_delivery,
)
from benchmarks.common import GROUPS, REPORTS, ROOT, environment

FULL: dict[str, dict[str, Any]] = {
    "client_inprocess": {"calls": 1000, "repeats": 30, "warmup": 300},
    "client_list": {"calls": 100, "repeats": 15, "warmup": 20},
    "client_loopback": {"calls": 100, "repeats": 45, "warmup": 100},
    "client_startup": {"repeats": 30, "warmup": 2},
    "parse": {"calls": 2000, "repeats": 30, "warmup": 500},
    "emulator_inprocess": {"calls": 1000, "repeats": 30, "warmup": 300},
    "emulator_load": {"seconds": 3.0, "rounds": 3, "warmup": 1.0, "concurrency": 8},
    "contract": {},
    "generation": {"repeats": 3},
    "changes": {"repeats": 5},
    "webhooks": {
        "rate": 20.0,
        "seconds": 5.0,
        "rounds": 3,
        "burst": 40,
        "slow_ms": 50.0,
        "api_seconds": 3.0,
        "api_rounds": 5,
        "concurrency": 8,
        "stress_rate": 100.0,
    },
    "simulated_load": {
        "meetings": 50,
        "peers": 10,
        "seconds": 3.0,
        "rounds": 5,
        "warmup": 1.0,
        "concurrency": 8,
        "live_concurrency": 2,
    },
}
QUICK: dict[str, dict[str, Any]] = {
    "client_inprocess": {"calls": 3, "repeats": 2, "warmup": 2},
    "client_list": {"calls": 2, "repeats": 2, "warmup": 1},
    "client_loopback": {"calls": 2, "repeats": 2, "warmup": 1},
    "client_startup": {"repeats": 2, "warmup": 1},
    "parse": {"calls": 3, "repeats": 2, "warmup": 2},
    "emulator_inprocess": {"calls": 3, "repeats": 2, "warmup": 2},
    "emulator_load": {
        "seconds": 1.0,
        "rounds": 1,
        "warmup": 0.0,
        "concurrency": 8,
        "prism": False,
    },
    "contract": {"max_examples": 1},
    "generation": {"repeats": 1},
    "changes": {"repeats": 1},
    "webhooks": {
        "rate": 20.0,
        "seconds": 0.5,
        "rounds": 1,
        "burst": 5,
        "slow_ms": 50.0,
        "api_seconds": 0.5,
        "api_rounds": 1,
        "concurrency": 8,
    },
    "simulated_load": {
        "meetings": 10,
        "peers": 3,
        "seconds": 1.0,
        "rounds": 1,
        "warmup": 0.0,
        "concurrency": 8,
        "live_concurrency": 2,
    },
}
RUNNERS: dict[str, Callable[..., dict[str, Any]]] = {
    "client_inprocess": client_inprocess.run,
    "client_list": client_list.run,
    "client_loopback": client_loopback.run,
    "client_startup": client_startup.run,
    "parse": parse.run,
    "emulator_inprocess": emulator_inprocess.run,
    "emulator_load": emulator_load.run,
    "contract": contract_job.run,
    "generation": generation.run,
    "changes": changes.run,
    "webhooks": webhook_delivery.run,
    "simulated_load": simulated_load.run,
}


def run(
    groups: Sequence[str], *, quick: bool = False, log: Callable[[str], None] = print
) -> dict[str, Any]:
    """Run `groups` in order with the full or the quick settings; the results, with the setup."""
    settings = QUICK if quick else FULL
    results: dict[str, Any] = {
        "environment": environment(),
        "quick": quick,
        "settings": {},
        "groups": {},
    }
    for group in groups:
        log(f"bench: {group} ...")
        start = time.perf_counter()
        results["groups"][group] = RUNNERS[group](**settings[group])
        results["settings"][group] = {
            **settings[group],
            "elapsed_s": round(time.perf_counter() - start, 2),
        }
    results["environment"]["loadavg_end"] = environment()["loadavg"]
    return results


def write_json(results: dict[str, Any], directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    text = json.dumps(results, indent=1)
    (directory / f"results-{stamp}{'-quick' if results['quick'] else ''}.json").write_text(text)
    latest = directory / ("latest-quick.json" if results["quick"] else "latest.json")
    latest.write_text(text)
    return latest


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny counts: a smoke run")
    parser.add_argument("--only", help="comma-separated groups: " + ",".join(GROUPS))
    parser.add_argument("--json-dir", type=Path, default=REPORTS, help="where the JSON goes")
    parser.add_argument(
        "--docs", type=Path, default=ROOT / "docs" / "benchmarks.md", help="the Markdown report"
    )
    parser.add_argument("--no-docs", action="store_true", help="write only the JSON")
    parser.add_argument(
        "--from-json", type=Path, help="render the report from earlier results instead of running"
    )
    args = parser.parse_args(argv)

    if args.from_json:
        results = json.loads(args.from_json.read_text())
    else:
        groups = [g.strip() for g in args.only.split(",")] if args.only else list(GROUPS)
        unknown = sorted(set(groups) - set(GROUPS))
        if unknown:
            parser.error(f"unknown group(s): {', '.join(unknown)}")
        results = run(groups, quick=args.quick)
        path = write_json(results, args.json_dir)
        print(f"bench: results in {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    if not args.no_docs:
        from benchmarks import report

        chart = report.write(results, args.docs)
        print(f"bench: wrote {args.docs} and {chart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
