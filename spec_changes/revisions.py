"""One revision of the inputs of a release: the spec and the client's version, from git or disk.

A revision is a commit (files read with `git show`) or the working tree (`commit` None). The
paths are relative to the repository root and the same at every revision.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from spec_changes.git import show
from spec_changes.schemas import Document, SpecError

__all__ = [
    "CHANGELOG",
    "CLIENT",
    "CONFIG",
    "PACKAGE",
    "SPEC",
    "VERSION_KEY",
    "Revision",
    "load_yaml",
    "read_revision",
]

SPEC = "openapi.yaml"
CONFIG = "generator-config.yml"
CLIENT = "generated_client"
PACKAGE = "realtimekit_client"
CHANGELOG = f"{CLIENT}/CHANGELOG.md"
VERSION_KEY = "package_version_override"

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Revision:
    """The spec and the client version at one commit, or in the working tree."""

    commit: str | None
    document: Document
    version: str

    @property
    def name(self) -> str:
        return self.commit[:10] if self.commit else "working tree"


def load_yaml(text: str, where: str) -> Any:
    """Parsed YAML (libyaml when PyYAML has it); SpecError naming `where` and the line."""
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise SpecError(f"{where}: not valid YAML{at}: {problem}") from None


def _read(root: Path, commit: str | None, path: str) -> str | None:
    if commit is None:
        file = root / path
        return file.read_text(encoding="utf-8") if file.is_file() else None
    return show(root, commit, path)


def read_revision(root: Path, commit: str | None) -> Revision:
    """The spec and version at `commit` (the working tree when None)."""
    at = f"at {commit[:10]}" if commit else "in the working tree"
    spec_text = _read(root, commit, SPEC)
    if spec_text is None:
        raise SpecError(f"{SPEC} does not exist {at}")
    document = Document(load_yaml(spec_text, f"{SPEC} {at}"), f"{SPEC} {at}")
    config_text = _read(root, commit, CONFIG)
    if config_text is None:
        raise SpecError(f"{CONFIG} does not exist {at}")
    config = load_yaml(config_text, f"{CONFIG} {at}")
    version = config.get(VERSION_KEY) if isinstance(config, dict) else None
    if version is None:
        raise SpecError(f"{CONFIG} {at} has no {VERSION_KEY}")
    return Revision(commit, document, str(version))
