"""`make release`: the new version in generator-config.yml and its CHANGELOG entry.

The version is the base release's raised by the part the changes need (or `bump`, if that is
more); a working tree already at that version or above keeps its version. Without any earlier
release, the working tree's version becomes the first release, its entry listing the
operations. Regenerating the client with the new version is the Makefile's next step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spec_changes import semver
from spec_changes.changelog import write_entry
from spec_changes.history import Base
from spec_changes.render import entry, first_entry
from spec_changes.report import build
from spec_changes.revisions import CHANGELOG, CONFIG, VERSION_KEY, read_revision
from spec_changes.schemas import SpecError

__all__ = ["Released", "make_release", "set_version"]

_LINE = re.compile(rf"^({re.escape(VERSION_KEY)}:[ \t]*)(\S+)", re.MULTILINE)


@dataclass(frozen=True)
class Released:
    """What `make_release` did: the version written (None: nothing to release) and why."""

    version: str | None
    message: str


def set_version(config: Path, version: str) -> None:
    """Rewrite the version line of generator-config.yml, keeping the rest of the file."""
    text = config.read_text(encoding="utf-8")
    new, count = _LINE.subn(lambda m: m.group(1) + version, text, count=1)
    if count != 1:
        raise SpecError(f"{config.name} has no `{VERSION_KEY}:` line to set")
    config.write_text(new, encoding="utf-8")


def make_release(root: Path, base: Base, date: str, bump: str | None = None) -> Released:
    """Set the version and write the CHANGELOG entry for the changes since `base`."""
    if bump is not None and bump not in semver.PARTS:
        raise ValueError(f"the bump must be one of {', '.join(semver.PARTS)}, not {bump!r}")
    head = read_revision(root, None)
    if base.commit is None:
        semver.parse(head.version)
        write_entry(root / CHANGELOG, head.version, first_entry(head.document, head.version, date))
        return Released(head.version, f"first release {head.version}: {base.reason}")
    report = build(root, base, head=head)
    assert report.base is not None
    part = max(report.required, bump, key=lambda p: semver.RANK[p])
    if part is None:
        return Released(None, "nothing to release: no change since the base")
    if semver.RANK[report.shown] >= semver.RANK[part]:
        version = report.head.version
    else:
        version = semver.bump(report.base.version, part)
        set_version(root / CONFIG, version)
    write_entry(root / CHANGELOG, version, entry(report, version, date))
    return Released(version, f"{report.base.version} → {version} ({part})")
