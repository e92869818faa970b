"""A whole comparison: the base and the working tree, every classified change, the version check.

`build` reads both revisions, compares the specs (`diff`), classifies (`classify`), adds
griffe's check of the Python API (only when generated_client/ differs from the base: otherwise
nothing can have broken) and, when nothing else explains it, a change of the generated files
(templates or generator): a patch at least. The version check passes when the version in
the working tree is raised from the base's by at least the part the highest client verdict
needs (major for breaking, minor for additive, patch for documentation only).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from spec_changes import semver
from spec_changes.classify import Change, Level, classify, required_level
from spec_changes.diff import Finding, compare
from spec_changes.generated import SUBJECT, changed_files, python_api
from spec_changes.history import Base
from spec_changes.revisions import Revision, read_revision

__all__ = ["Report", "build", "levels"]


@dataclass
class Report:
    """Everything `render` shows and the version check decides on."""

    base: Revision | None
    head: Revision
    reason: str
    changes: list[Change] = field(default_factory=list)
    python_api: str = "not checked"
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def required(self) -> str | None:
        """The part of the version these changes need raised: major, minor, patch or None."""
        level = required_level(self.changes)
        return level.bump if level else None

    @property
    def shown(self) -> str | None:
        """The part the working tree's version raises from the base's."""
        if self.base is None:
            return None
        return semver.difference(self.base.version, self.head.version)

    @property
    def ok(self) -> bool:
        return self.base is None or semver.RANK[self.shown] >= semver.RANK[self.required]

    @property
    def suggested(self) -> str:
        """The version that satisfies the check: the base's raised by the part needed."""
        if self.base is None or self.required is None or self.ok:
            return self.head.version
        return semver.bump(self.base.version, self.required)


def build(
    root: Path, base: Base, *, head: Revision | None = None, check_python: bool = True
) -> Report:
    """Compare the working tree of `root` (`head`, if already read) with `base`; classify."""
    timings: dict[str, float] = {}
    start = time.perf_counter()
    head = head or read_revision(root, None)
    semver.parse(head.version)
    if base.commit is None:
        timings["load_s"] = time.perf_counter() - start
        return Report(None, head, base.reason, timings=timings)
    old = read_revision(root, base.commit)
    semver.parse(old.version)
    semver.difference(old.version, head.version)
    timings["load_s"] = time.perf_counter() - start

    start = time.perf_counter()
    findings: list[Finding] = compare(old.document, head.document)
    changes = [classify(f) for f in findings]
    timings["compare_s"] = time.perf_counter() - start

    checked = "not checked (--no-python-api)"
    if check_python:
        start = time.perf_counter()
        files = changed_files(root, base.commit)
        if files:
            broken, checked = python_api(root, base.commit, files)
            changes += [classify(f) for f in broken]
        else:
            checked = "the generated package is as at the base, nothing to check"
        if files and not changes:
            changes.append(classify(Finding(SUBJECT, "package-changed", after=files)))
        timings["python_api_s"] = time.perf_counter() - start
    return Report(old, head, base.reason, changes, checked, timings)


def levels(report: Report) -> dict[Level, list[Change]]:
    """The changes by client verdict, breaking first."""
    out: dict[Level, list[Change]] = {level: [] for level in sorted(Level, reverse=True)}
    for change in report.changes:
        out[change.client].append(change)
    return out
