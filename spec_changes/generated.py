"""The generated package at the base revision against the working tree's.

`python_api` runs griffe (the well-kept tool for this job, pinned in requirements-release.txt)
on `realtimekit_client`: the base revision's modules are taken out of git with `git archive`
into a temporary folder (no worktree or branch is created in the repository) and loaded
statically, like the working tree's; `griffe.find_breaking_changes` lists what breaks user code
(a removed model, attribute or function, a new required parameter, a changed default, ...),
whatever caused it: the spec, a template or the generator. `changed_files` lists the files of
generated_client/ that differ, ignoring the CHANGELOG and the version line of pyproject.toml.
"""

from __future__ import annotations

import io
import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from spec_changes.diff import Finding, Subject
from spec_changes.git import git, git_bytes, show
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


def _python_files(changed: list[str]) -> list[str]:
    """The changed modules of the package, and every `__init__.py` of the packages above them."""
    wanted = set()
    for name in changed:
        if name.startswith(f"{CLIENT}/{PACKAGE}/") and name.endswith(".py"):
            wanted.add(name)
            parts = name.split("/")
            wanted |= {"/".join(parts[:i]) + "/__init__.py" for i in range(2, len(parts))}
    return sorted(wanted)


def python_api(root: Path, base: str, changed: list[str]) -> tuple[list[Finding], str]:
    """griffe's breakages from the base's package to the working tree's, and what was checked.

    `changed` are the files of generated_client/ that differ (`changed_files`). Only the changed
    modules are loaded, with the `__init__.py` files above them, on both sides: a module that
    is the same at both revisions cannot break, and an alias into one that is not loaded is
    skipped the way griffe skips aliases into other packages. On a fivefold spec this turns two
    loads of about 290 modules into loads of the few that changed.
    """
    import griffe

    logging.getLogger("griffe").setLevel(logging.ERROR)
    files = _python_files(changed)
    if not files:
        return [], "no module of the package changed"
    listed = git(root, "ls-tree", "-r", "--name-only", base, "--", f"{CLIENT}/{PACKAGE}")
    at_base = [name for name in files if name in set(listed.splitlines())]
    if f"{CLIENT}/{PACKAGE}/__init__.py" not in at_base:
        return [], f"not checked: {base[:10]} has no {CLIENT}/{PACKAGE}"
    if not (root / CLIENT / PACKAGE / "__init__.py").is_file():
        return [], f"not checked: {CLIENT}/{PACKAGE} is not in the working tree"
    with tempfile.TemporaryDirectory(prefix="spec-changes-") as tmp:
        old_dir, new_dir = Path(tmp) / "old", Path(tmp) / "new"
        archive = git_bytes(root, "archive", "--format=tar", base, "--", *at_base)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(old_dir, filter="data")
        for name in files:
            if (root / name).is_file():
                (new_dir / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(root / name, new_dir / name)
        old, new = _load(old_dir / CLIENT), _load(new_dir / CLIENT)
        breakages = list(griffe.find_breaking_changes(old, new))  # type: ignore[arg-type]
    findings = [
        Finding(
            SUBJECT,
            "python-api-broken",
            path=breakage.obj.path,
            detail=breakage.kind.value,
            before=_text(breakage.old_value),
            after=_text(breakage.new_value),
        )
        for breakage in breakages
    ]
    loaded = f"{len(files)} changed or enclosing modules"
    return findings, f"checked with griffe {_griffe_version()} ({loaded})"


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
