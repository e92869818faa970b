"""The contract job's cost: wall time and generated cases per second of `python -m contract`.

Runs the job exactly as `make contract` does (against its embedded emulator; the live-mode
variables are removed from the environment so it can never reach the network) and reads the
"N generated" count from schemathesis' summary.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from typing import Any

from benchmarks.common import ROOT

_LIVE_VARIABLES = (
    "CONTRACT_TARGET",
    "CONTRACT_BASE_URL",
    "CLOUDFLARE_API_TOKEN",
    "CLOUDFLARE_ACCOUNT_ID",
    "REALTIMEKIT_APP_ID",
)
_GENERATED = re.compile(r"(\d+) generated")


def generated_count(output: str) -> int | None:
    """The number in schemathesis' last "N generated" line, if any."""
    counts = [int(n) for n in _GENERATED.findall(output)]
    return counts[-1] if counts else None


def run(*, max_examples: int | None = None, timeout: float = 600.0) -> dict[str, Any]:
    """One run; `max_examples` overrides CONTRACT_MAX_EXAMPLES (smoke runs use a tiny one)."""
    env = {k: v for k, v in os.environ.items() if k not in _LIVE_VARIABLES}
    env["PATH"] = f"{ROOT / '.venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    if max_examples is not None:
        env["CONTRACT_MAX_EXAMPLES"] = str(max_examples)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "contract"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    wall = time.perf_counter() - start
    output = proc.stdout + proc.stderr
    generated = generated_count(output)
    return {
        "wall_s": wall,
        "generated": generated,
        "cases_per_s": generated / wall if generated else None,
        "exit_code": proc.returncode,
        "passed": proc.returncode == 0,
        "max_examples": max_examples,
        "tail": output.strip().splitlines()[-3:],
    }


if __name__ == "__main__":
    print(run())
