"""generated_client/CHANGELOG.md: the release headings in it and writing one entry.

An entry runs from its heading (`## 1.2.0 — 2026-12-02`) to the next one. Writing the entry of a
version that is already there replaces it, so running `make release` twice gives one entry.
"""

from __future__ import annotations

from pathlib import Path

from spec_changes.history import HEADING

__all__ = ["HEADER", "versions", "write_entry"]

HEADER = """\
# Changelog

Releases of `realtimekit-client`, newest first. `make release` writes each entry from the
comparison with the previous release (`make changes`): the changes to openapi.yaml, classified
for the people who use this package (and for other API callers where that differs), and
griffe's check of the package's Python API.
"""


def versions(text: str) -> list[str]:
    """The versions with an entry, in the order of the file (newest first)."""
    return [m.group(1) for line in text.splitlines() if (m := HEADING.match(line))]


def write_entry(path: Path, version: str, entry: str) -> None:
    """Put `entry` (starting with its `## version` heading) first, or in place of `version`'s."""
    text = path.read_text(encoding="utf-8") if path.is_file() else HEADER
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if HEADING.match(line)]
    block = entry.rstrip("\n").splitlines()
    mine = [i for i in starts if HEADING.match(lines[i]).group(1) == version]  # type: ignore[union-attr]
    if mine:
        later = [i for i in starts if i > mine[0]]
        end = later[0] if later else len(lines)
        lines[mine[0] : end] = [*block, ""]
    else:
        at = starts[0] if starts else len(lines)
        if not starts and lines and lines[-1].strip():
            block = ["", *block]
        lines[at:at] = [*block, ""]
    while lines and not lines[-1].strip():
        lines.pop()
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
