"""The client generation's cost: wall time of `make generate`'s command into a temporary folder.

The command is the Makefile's `GENERATE` (the one `make check-generated` also runs), with the
output in a temporary folder so the checked-in generated_client/ is never touched.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT

COMMAND = [
    "openapi-python-client", "generate", "--path", "openapi.yaml",
    "--config", "generator-config.yml", "--meta", "uv", "--overwrite", "--fail-on-warning",
    "--custom-template-path", "client_templates",
]  # fmt: skip


def run(*, repeats: int = 3) -> dict[str, Any]:
    """`repeats` generations, each into a fresh temporary folder; median and every wall time."""
    env = dict(os.environ)
    tools = [ROOT / ".venv" / "bin", ROOT / "node_modules" / ".bin"]
    env["PATH"] = os.pathsep.join([*map(str, tools), env.get("PATH", "")])
    times: list[float] = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "out"
            start = time.perf_counter()
            proc = subprocess.run(
                [*COMMAND, "--output-path", str(out)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            times.append(time.perf_counter() - start)
            if proc.returncode != 0:
                return {"error": (proc.stdout + proc.stderr)[-1000:], "wall_s": times}
            files = sum(1 for p in out.rglob("*.py"))
    return {"median_s": statistics.median(times), "wall_s": times, "python_files": files}


if __name__ == "__main__":
    print(run())
