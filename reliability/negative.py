"""schemathesis in negative mode (invalid data only) against an emulator process on 127.0.0.1.

Every check of ``schemathesis.toml`` runs; the run passes when schemathesis reports nothing, the
emulator process is still alive and answering afterwards, and its log holds no traceback. The
token is sent as a fixed header so that invalid cases reach validation rather than stopping at
authentication (missing or wrong tokens are tested on their own); the emulator's access log
gives the answers by status.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from .emulator import ACCOUNT, APP, ROOT, Emulator

ANSWERED = re.compile(r'"[A-Z]+ /client/v4/\S* HTTP/1\.[01]" (\d{3})')
COUNTS = re.compile(r"(\d+) generated, (\d+) passed(?:, (\d+) failed)?(?:, (\d+) skipped)?")


@dataclass
class NegativeRun:
    """One schemathesis run in negative mode.

    Attributes:
        workdir: where the report and logs go.
        examples: ``--max-examples`` (per operation and phase).
        phases: schemathesis phases to run.
        seed: the run's seed.
        extra: more emulator flags (e.g. faults, to prove a failure is noticed).
    """

    workdir: Path
    examples: int = 5
    phases: str = "examples,coverage,fuzzing"
    seed: int = 20261121
    extra: list[str] = field(default_factory=list)
    generated: int = 0
    passed: int = 0
    problems: list[str] = field(default_factory=list)
    statuses: dict[str, int] = field(default_factory=dict)
    """API answers by status, from the emulator's access log."""
    seconds: float = 0.0

    def run(self) -> NegativeRun:
        """Start an emulator, run schemathesis against it, check the emulator afterwards."""
        import time

        junit = self.workdir / "negative-junit.xml"
        emulator = Emulator(
            log=self.workdir / "negative-emulator.log",
            extra=[*self.extra, "--access-log", "--log-level", "info"],
        )
        with emulator:
            env = {
                **os.environ,
                "CLOUDFLARE_API_TOKEN": emulator.token,
                "CLOUDFLARE_ACCOUNT_ID": ACCOUNT,
                "REALTIMEKIT_APP_ID": APP,
            }
            command = [
                str(Path(sys.executable).with_name("schemathesis")),
                "--config-file",
                str(ROOT / "schemathesis.toml"),
                "run",
                str(ROOT / "openapi.yaml"),
                "--url",
                emulator.url + "/client/v4",
                "--mode",
                "negative",
                "--max-examples",
                str(self.examples),
                "--seed",
                str(self.seed),
                "--phases",
                self.phases,
                "--report",
                "junit",
                "--report-junit-path",
                str(junit),
                "--no-color",
                # The token as a fixed header: from the [auth] configuration, negative mode
                # also mutates it, and about two cases in three then stop at the 401.
                "--header",
                f"Authorization: Bearer {emulator.token}",
            ]
            started = time.monotonic()
            result = subprocess.run(
                command,
                cwd=self.workdir,
                env=env,
                capture_output=True,
                text=True,
                timeout=3600,
            )
            self.seconds = time.monotonic() - started
            (self.workdir / "negative-schemathesis.txt").write_text(result.stdout + result.stderr)
            found = COUNTS.search(result.stdout)
            if found:
                self.generated, self.passed = int(found.group(1)), int(found.group(2))
            if result.returncode != 0:
                self.problems.append(
                    f"schemathesis exited {result.returncode}: {_failures(junit)}"
                    f"\n{result.stdout[-3000:]}"
                )
            if emulator.proc is None or emulator.proc.poll() is not None:
                self.problems.append("the emulator process died during the run")
            else:
                alive = httpx.get(emulator.app_url + "/meetings", headers=emulator.headers)
                if alive.status_code != 200:
                    self.problems.append(f"afterwards, list_meetings answers {alive.status_code}")
        log = emulator.output()
        if "Traceback" in log or "unexpected error" in log:
            self.problems.append(f"the emulator logged an unexpected error:\n{log[-3000:]}")
        if not self.generated:
            self.problems.append("schemathesis generated no test case")
        self.statuses = dict(sorted(Counter(ANSWERED.findall(log)).items()))
        return self

    def figures(self) -> dict[str, Any]:
        """Cases generated and passed, and how long it took."""
        return {
            "mode": "negative",
            "max_examples": self.examples,
            "phases": self.phases,
            "cases_generated": self.generated,
            "cases_passed": self.passed,
            "api_answers_by_status": self.statuses,
            "seconds": round(self.seconds, 1),
            "problems": len(self.problems),
        }


def _failures(junit: Path) -> str:
    """The names of the failing test cases of a JUnit report."""
    if not junit.exists():
        return "no report"
    root = ET.fromstring(junit.read_text(encoding="utf-8"))
    failing = [
        case.get("name", "?")
        for case in root.iter("testcase")
        if case.find("failure") is not None or case.find("error") is not None
    ]
    return ", ".join(failing) or "none"
