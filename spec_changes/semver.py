"""MAJOR.MINOR.PATCH versions: parse, bump, and which part changed between two of them."""

from __future__ import annotations

import re

__all__ = ["PARTS", "RANK", "bump", "difference", "parse"]

PARTS = ("patch", "minor", "major")
"""The parts a release bumps, from the least to the most significant."""

RANK = {None: 0, "patch": 1, "minor": 2, "major": 3}
"""How much a part (None: no change) raises a version, for comparing parts."""

_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


def parse(version: str) -> tuple[int, int, int]:
    """The three numbers of a plain MAJOR.MINOR.PATCH version (ValueError otherwise)."""
    match = _VERSION.fullmatch(str(version).strip())
    if not match:
        raise ValueError(f"{version!r} is not a MAJOR.MINOR.PATCH version")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def bump(version: str, part: str) -> str:
    """`version` with `part` ("major", "minor" or "patch") raised and the lower parts reset."""
    major, minor, patch = parse(version)
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"unknown version part {part!r}")


def difference(old: str, new: str) -> str | None:
    """The most significant part raised from `old` to `new`; None if equal; ValueError if lower."""
    a, b = parse(old), parse(new)
    if b < a:
        raise ValueError(f"the version went down from {old} to {new}")
    for index, part in enumerate(("major", "minor", "patch")):
        if b[index] != a[index]:
            return part
    return None
