"""The job's summary: what ran where, what it covered, what was skipped and why, what failed.

Built from schemathesis' JUnit report (failures and errors), the counts contract.hooks wrote
(cases and 2xx answers per operation and phase, creates held back by the write budget), the
links line of schemathesis' output, the live policy and the cleanup. The same verdict goes to
summary.md, the job's last lines and its exit code; secrets are redacted everywhere.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contract import spec
from contract.budget import Budget
from contract.cleanup import Outcome

__all__ = ["Failure", "RunInfo", "Summary", "parse", "redact", "render", "write_summary"]

CASE_SPLIT = re.compile(r"^\d+\. Test Case ID: (\S+)\s*$", re.MULTILINE)
CHECK_LINE = re.compile(r"^- ((?:ST\d+ |Custom check failed).+?)\s*$", re.MULTILINE)
SECRET_FIELDS = re.compile(
    r'("(?:access_key|secret|password|private_key|token)"\s*:\s*)"(?:[^"\\]|\\.)*"'
)
AUTH_HEADER = re.compile(r"Authorization: (?:Bearer )?\[Filtered\]")
LINKS = re.compile(r"API Links:\s+(\d+) covered / (\d+) selected / (\d+) total")
GENERATED = re.compile(r"(\d+) generated(.*)$")
PHASE_LINE = re.compile(r"^ \S+\s+(Examples|Coverage|Fuzzing|Stateful) \(in ")
SKIPPED_OPERATIONS = re.compile(r"(\d+) skipped\s*$")
FILTERED = "[Filtered]"
PHASES = ("examples", "coverage", "fuzzing", "stateful")


@dataclass
class Failure:
    """One failing test case: its checks, the first detail and how to reproduce it."""

    case_id: str
    checks: list[str]
    detail: str
    curl: str


@dataclass(frozen=True)
class RunInfo:
    """Where and how the job ran."""

    target: str
    live: bool
    read_only: bool
    seed: int
    max_examples: int
    duration: float
    exit_code: int
    interrupted: bool = False
    not_run: dict[str, str] = field(default_factory=dict)
    caps: dict[str, int] = field(default_factory=dict)


@dataclass
class Summary:
    """What the run found."""

    tests: int = 0
    failures: dict[str, list[Failure]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    skipped: dict[str, str] = field(default_factory=dict)
    run: RunInfo | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    links: tuple[int, int] | None = None
    generated: str = ""
    phase_skips: dict[str, int] = field(default_factory=dict)
    cleanup: list[Outcome] = field(default_factory=list)

    @property
    def not_undone(self) -> list[Outcome]:
        """Cleanup items that are still there."""
        return [o for o in self.cleanup if not o.done]

    @property
    def passed(self) -> bool:
        """No failure, no error, a clean exit, and everything created undone."""
        return not self.failures and not self.errors and not self.not_undone

    def cases(self, operation_id: str, phase: str | None = None, what: str = "sent") -> int:
        """Counted cases of an operation (in one phase, or all)."""
        phases = self.stats.get("operations", {}).get(operation_id, {})
        return sum(c.get(what, 0) for p, c in phases.items() if phase in (None, p))

    @property
    def headline(self) -> str:
        """The verdict, in one line."""
        failing = sum(len(f) for f in self.failures.values())
        total = sum(self.cases(op) for op in spec.operations())
        links = (
            f"{self.links[0]} of {self.links[1]} links covered" if self.links else "no links run"
        )
        verdict = "PASS" if self.passed else "FAIL"
        return (
            f"{verdict} — {total} cases over {len(self._tested())} operations, {links}; "
            f"{failing} failing case(s) in {len(self.failures)} operation(s), "
            f"{len(self.errors)} error(s)"
            + (f", {len(self.not_undone)} item(s) NOT undone" if self.not_undone else "")
        )

    def _tested(self) -> list[str]:
        return [op for op in spec.operations() if self.cases(op)]

    def closing_lines(self) -> list[str]:
        """The job's last lines: the verdict and what it rests on."""
        lines = [f"contract: {self.headline}"]
        withheld = sum(self.cases(op, what="withheld") for op in spec.operations())
        if withheld:
            lines.append(
                f"contract: {withheld} create(s) not sent: live write budget (see summary)"
            )
        if self.run is not None and self.run.not_run:
            lines.append(f"contract: not run: {', '.join(self.run.not_run)} (see summary)")
        return lines


def redact(text: str, secrets: Sequence[str]) -> str:
    """Text with the given secret values and every storage-credential value replaced."""
    for secret in secrets:
        if len(secret) >= 8:  # shorter values would match ordinary text
            text = text.replace(secret, FILTERED)
    return SECRET_FIELDS.sub(rf'\1"{FILTERED}"', text)


def _failures(message: str) -> list[Failure]:
    """Split one testcase's failure text into its test cases."""
    parts = CASE_SPLIT.split(message)
    found = []
    for case_id, body in zip(parts[1::2], parts[2::2], strict=True):
        checks = CHECK_LINE.findall(body)
        after_check = body.split(checks[0], 1)[1] if checks else body
        detail: list[str] = []  # the check's message: up to the answer (`[200] OK:`) or the curl
        for line in after_check.strip("\n").splitlines():
            if line.startswith(("[", "Reproduce with")) or (detail and not line.strip()):
                break
            detail.append(line.strip())
        curl = next((ln.strip() for ln in body.splitlines() if ln.strip().startswith("curl ")), "")
        curl = AUTH_HEADER.sub("Authorization: Bearer <token>", curl)
        found.append(Failure(case_id, checks, "\n".join(detail), curl))
    return found


def parse(junit: Path, secrets: Sequence[str]) -> Summary:
    """Read a JUnit report written by schemathesis."""
    summary = Summary()
    if not junit.exists():
        summary.errors["(run)"] = "no JUnit report was written: schemathesis did not finish"
        return summary
    root = ET.fromstring(junit.read_text(encoding="utf-8"))
    for case in root.iter("testcase"):
        summary.tests += 1
        label = case.get("name", "?")
        for failure in case.iter("failure"):
            text = redact(failure.text or "", secrets)
            summary.failures.setdefault(label, []).extend(_failures(text))
        for error in case.iter("error"):
            text = ((error.get("message") or "") + "\n" + (error.text or "")).strip()
            summary.errors[label] = redact(text, secrets)
        for skipped in case.iter("skipped"):
            summary.skipped[label] = redact(skipped.get("message") or skipped.text or "", secrets)
    return summary


def _stats(path: Path | None) -> dict[str, Any]:
    try:
        return dict(json.loads(path.read_text(encoding="utf-8"))) if path else {}
    except (OSError, ValueError):
        return {}


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return [*lines, *("| " + " | ".join(str(c) for c in row) + " |" for row in rows), ""]


def _overview(summary: Summary) -> list[str]:
    run = summary.run
    if run is None:
        return []
    mode = (
        "read-only: only operations that read; no stateful phase (every link starts at a create)"
        if run.read_only
        else "full: every operation the target allows, every phase, every check"
    )
    rows = [
        ("Target", run.target),
        ("Mode", mode + (" (live API)" if run.live else "")),
        (
            "Seed",
            f"{run.seed} (`CONTRACT_SEED`); {run.max_examples} examples per operation and phase",
        ),
        ("Duration", f"{run.duration:.1f} s"),
        (
            "Links covered",
            f"{summary.links[0]} of {summary.links[1]} (stateful phase)"
            if summary.links
            else "none: the stateful phase did not run",
        ),
        ("schemathesis", summary.generated or "no summary line (it did not finish)"),
    ]
    if run.caps:
        budget = Budget(run.caps, stateful_phase=not run.read_only)
        accepted = summary.stats.get("accepted", {})
        caps = "; ".join(
            f"{name}: {accepted.get(name, 0)} created of {cap} "
            f"({budget.reserve[name]} kept for the stateful phase)"
            for name, cap in run.caps.items()
        )
        rows.append(("Write caps", caps))
    return _table(("", ""), rows)


def _phases(summary: Summary) -> list[str]:
    rows = []
    for phase in PHASES:
        ops = [op for op in spec.operations() if summary.cases(op, phase)]
        sent = sum(summary.cases(op, phase) for op in ops)
        rows.append((phase, len(ops), sent, sum(summary.cases(op, phase, "2xx") for op in ops)))
    return ["## Phases", "", *_table(("Phase", "Operations", "Cases", "2xx"), rows)]


def _operations(summary: Summary) -> list[str]:
    live = summary.run is not None and summary.run.live
    header = ["Operation", "Request", "Cases", "Reached a 2xx"] + (
        ["Creates not sent"] if live else []
    )
    rows = []
    for op_id, op in spec.operations().items():
        row = [
            f"`{op_id}`",
            f"{op.method} {op.path.split('/kit/{app_id}')[-1]}",
            summary.cases(op_id),
            summary.cases(op_id, what="2xx"),
        ]
        rows.append(row + ([summary.cases(op_id, what="withheld")] if live else []))
    return ["## Operations", "", *_table(header, rows)]


def _skips(summary: Summary) -> list[str]:
    lines = []
    run = summary.run
    for op_id, why in (run.not_run if run else {}).items():
        lines.append(f"- `{op_id}` not run: {why}")
    for op_id in spec.operations():
        for phase in PHASES:
            withheld = summary.cases(op_id, phase, "withheld")
            if withheld:
                lines.append(
                    f"- `{op_id}`, {phase}: {withheld} create(s) not sent (live write budget)"
                )
    ids = {op.label: op_id for op_id, op in spec.operations().items()}
    for label, why in sorted(summary.skipped.items()):
        lines.append(f"- `{ids.get(label, label)}` skipped by schemathesis: {why}")
    for phase, count in summary.phase_skips.items():
        lines.append(
            f"- {phase}: schemathesis skipped {count} operation(s) with nothing to send in this "
            "phase (no examples in the spec, or every case held back)"
        )
    if summary.generated and "skipped" in summary.generated:
        lines.append(
            f"- schemathesis: {summary.generated} (its skipped cases were answered, "
            "but none of its checks applied to them)"
        )
    return ["## Skipped, and why", "", *(lines or ["Nothing."]), ""]


def render(summary: Summary) -> str:
    """The Markdown summary."""
    ids = {op.label: op_id for op_id, op in spec.operations().items()}
    lines = ["# Contract check summary", "", f"**{summary.headline}**", ""]
    lines += _overview(summary) + _phases(summary) + _operations(summary) + _skips(summary)
    if summary.cleanup:
        lines += ["## Cleanup", "", *(f"- {o.line}" for o in summary.cleanup), ""]
    if summary.failures:
        lines += [
            "## Failures",
            "",
            "Each failure names the check that failed and a curl command that reproduces it;",
            "put your API token in place of `<token>`.",
            "",
        ]
    for label, failures in sorted(summary.failures.items()):
        lines += [f"### {label} (`{ids[label]}`)" if label in ids else f"### {label}", ""]
        for failure in failures:
            lines += [f"#### {', '.join(failure.checks) or 'failure'} — case {failure.case_id}", ""]
            if failure.detail:
                lines += [failure.detail, ""]
            if failure.curl:
                lines += ["```sh", failure.curl, "```", ""]
    for label, text in sorted(summary.errors.items()):
        lines += [f"## Error: {label}", "", "```", text[:2000], "```", ""]
    return "\n".join(lines)


def write_summary(
    junit: Path,
    target: Path,
    *,
    secrets: Sequence[str],
    run: RunInfo | None = None,
    stats: Path | None = None,
    output: Sequence[str] = (),
    cleanup: Sequence[Outcome] = (),
) -> Summary:
    """Parse what the run left, redact the JUnit report in place, write the Markdown summary."""
    summary = parse(junit, secrets)
    summary.run, summary.stats, summary.cleanup = run, _stats(stats), list(cleanup)
    phase = None
    generated: dict[str, int] = {}  # "5010 generated, 5010 passed, 28 skipped", added up
    links = [0, 0]
    for line in output:
        if (header := PHASE_LINE.match(line)) is not None:
            phase = header[1].lower()
        elif phase and re.search(r"passed|failed|errored|skipped|No tests|=====", line):
            if (skips := SKIPPED_OPERATIONS.search(line)) is not None:  # the phase's result line
                summary.phase_skips[phase] = int(skips[1])
            phase = None
        if (found := LINKS.search(line)) is not None:
            links = [links[0] + int(found[1]), links[1] + int(found[2])]
            summary.links = (links[0], links[1])
        if (counted := GENERATED.search(line)) is not None:
            for n, word in re.findall(r"(\d+) (\w+)", counted[0]):
                generated[word] = generated.get(word, 0) + int(n)
    if generated:
        summary.generated = ", ".join(f"{n} {word}" for word, n in generated.items())
    if run is not None and run.interrupted:
        summary.errors["(run)"] = "interrupted (Ctrl-C or SIGTERM) before schemathesis finished"
    elif run is not None and run.exit_code != 0 and not summary.failures and not summary.errors:
        summary.errors["(run)"] = f"schemathesis exited with status {run.exit_code}; see its output"
    if junit.exists():
        junit.write_text(redact(junit.read_text(encoding="utf-8"), secrets), encoding="utf-8")
    target.write_text(render(summary), encoding="utf-8")
    return summary
