"""The generated package at the base revision against the working tree's.

`python_api` runs griffe (the well-kept tool for this job, pinned in requirements-release.txt)
on `realtimekit_client`: the base revision's package is taken out of git with `git archive`
into a temporary folder (no worktree or branch is created in the repository) and loaded
statically, like the working tree's; `griffe.find_breaking_changes` lists what breaks user code
(a removed model, attribute or function, a new required parameter, a changed default, ...),
whatever caused it: the spec, a template or the generator. `changed_files` lists the files of
generated_client/ that differ, ignoring the CHANGELOG and the version line of pyproject.toml.
"""

from __future__ import annotations

import io
import logging
import tarfile
import tempfile
from pathlib import Path

from spec_changes.diff import Finding, Subject
from spec_changes.git import GitError, git, git_bytes, show
from spec_changes.revisions import CHANGELOG, CLIENT, PACKAGE

__all__ = ["SUBJECT", "changed_files", "python_api"]

SUBJECT = Subject("python", PACKAGE)


def _load(search: Path) -> object:
    import griffe

    return griffe.load(
        PACKAGE,
        search_paths=[search],
        try_relative_path=False,
        allow_inspection=False,
        resolve_aliases=True,
        resolve_external=None,
    )


def python_api(root: Path, base: str) -> tuple[list[Finding], str]:
    """griffe's breakages from the base's package to the working tree's, and what was checked."""
    import griffe

    logging.getLogger("griffe").setLevel(logging.ERROR)
    if not (root / CLIENT / PACKAGE).is_dir():
        return [], f"not checked: {CLIENT}/{PACKAGE} is not in the working tree"
    try:
        archive = git_bytes(root, "archive", "--format=tar", base, f"{CLIENT}/{PACKAGE}")
    except GitError:
        return [], f"not checked: {base[:10]} has no {CLIENT}/{PACKAGE}"
    with tempfile.TemporaryDirectory(prefix="spec-changes-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        old = _load(Path(tmp) / CLIENT)
    new = _load(root / CLIENT)
    findings = []
    for breakage in griffe.find_breaking_changes(old, new):  # type: ignore[arg-type]
        findings.append(
            Finding(
                SUBJECT,
                "python-api-broken",
                path=breakage.obj.path,
                detail=breakage.kind.value,
                before=_text(breakage.old_value),
                after=_text(breakage.new_value),
            )
        )
    return findings, f"checked with griffe {_griffe_version()}"


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _griffe_version() -> str:
    from importlib.metadata import version

    return version("griffe")


def changed_files(root: Path, base: str) -> list[str]:
    """The files of generated_client/ that differ from `base` (CHANGELOG and version aside)."""
    names = set(git(root, "diff", "--name-only", base, "--", CLIENT).splitlines())
    names |= set(git(root, "ls-files", "--others", "--exclude-standard", "--", CLIENT).splitlines())
    names.discard(CHANGELOG)
    pyproject = f"{CLIENT}/pyproject.toml"
    if pyproject in names:
        before = show(root, base, pyproject) or ""
        now = (root / pyproject).read_text(encoding="utf-8") if (root / pyproject).is_file() else ""
        if _without_version(before) == _without_version(now):
            names.discard(pyproject)
    return sorted(names)


def _without_version(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith("version = ")]
