"""A readable summary of a schemathesis JUnit report, grouped by operation, secrets redacted."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from contract.settings import CAP_MARKER, SPEC

CASE_SPLIT = re.compile(r"^\d+\. Test Case ID: (\S+)\s*$", re.MULTILINE)
CHECK_LINE = re.compile(r"^- (ST\d+ .+?)\s*$", re.MULTILINE)
SECRET_FIELDS = re.compile(
    r'("(?:access_key|secret|password|private_key|token)"\s*:\s*)"(?:[^"\\]|\\.)*"'
)
FILTERED = "[Filtered]"


@dataclass
class Failure:
    """One failing test case: its checks, the first detail and how to reproduce it."""

    case_id: str
    checks: list[str]
    detail: str
    curl: str


@dataclass
class Summary:
    """What the report says, per operation."""

    tests: int = 0
    failures: dict[str, list[Failure]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    limits: dict[str, str] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        """True when no operation failed or errored."""
        return not self.failures and not self.errors

    @property
    def headline(self) -> str:
        """The one line printed at the end of a run."""
        failing = sum(len(f) for f in self.failures.values())
        verdict = "PASS" if self.passed else "FAIL"
        return (
            f"contract: {verdict} — {self.tests} operations and stateful runs checked, "
            f"{failing} failing case(s) in {len(self.failures)} operation(s), "
            f"{len(self.errors)} error(s)"
            + (f", {len(self.limits)} operation(s) stopped at the write cap" if self.limits else "")
        )


def redact(text: str, secrets: list[str]) -> str:
    """Text with the given secret values and every storage-credential value replaced."""
    for secret in secrets:
        if len(secret) >= 8:  # shorter values would match ordinary text
            text = text.replace(secret, FILTERED)
    return SECRET_FIELDS.sub(rf'\1"{FILTERED}"', text)


def _operation_ids() -> dict[str, str]:
    """ "METHOD /path" → operationId, from the spec."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return {
        f"{method.upper()} {path}": op["operationId"]
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def _failures(message: str) -> list[Failure]:
    """Split one testcase's failure text into its test cases."""
    parts = CASE_SPLIT.split(message)
    found = []
    for case_id, body in zip(parts[1::2], parts[2::2], strict=True):
        checks = CHECK_LINE.findall(body)
        after_check = body.split(checks[0], 1)[1] if checks else body
        detail = next((ln.strip() for ln in after_check.splitlines() if ln.strip()), "")
        curl = next((ln.strip() for ln in body.splitlines() if ln.strip().startswith("curl ")), "")
        found.append(Failure(case_id, checks, detail, curl))
    return found


def parse(junit: Path, secrets: list[str]) -> Summary:
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
            text = redact(
                ((error.get("message") or "") + "\n" + (error.text or "")).strip(), secrets
            )
            if CAP_MARKER in text:
                summary.limits[label] = next(ln for ln in text.splitlines() if CAP_MARKER in ln)
            else:
                summary.errors[label] = text
    return summary


def render(summary: Summary) -> str:
    """The Markdown summary."""
    ids = _operation_ids()
    lines = ["# Contract check summary", "", summary.headline.removeprefix("contract: "), ""]
    if summary.failures:
        lines += [
            "Each failure names the check that failed and a curl command that reproduces it.",
            f"The API token is shown as `{FILTERED}`: put yours in its place.",
            "",
        ]
    for label, failures in sorted(summary.failures.items()):
        lines += [f"## {label} (`{ids.get(label, '?')}`)", ""]
        for failure in failures:
            lines += [f"### {', '.join(failure.checks) or 'failure'} — case {failure.case_id}", ""]
            if failure.detail:
                lines += [failure.detail, ""]
            if failure.curl:
                lines += ["```sh", failure.curl, "```", ""]
    for label, text in sorted(summary.limits.items()):
        lines += [f"## Stopped at the write cap: {label}", "", text, ""]
    for label, text in sorted(summary.errors.items()):
        lines += [f"## Error: {label}", "", "```", text[:2000], "```", ""]
    return "\n".join(lines)


def write_summary(junit: Path, target: Path, *, secrets: list[str]) -> Summary:
    """Parse the JUnit report, redact it in place, write the Markdown summary next to it."""
    summary = parse(junit, secrets)
    if junit.exists():
        junit.write_text(redact(junit.read_text(encoding="utf-8"), secrets), encoding="utf-8")
    target.write_text(render(summary), encoding="utf-8")
    return summary
