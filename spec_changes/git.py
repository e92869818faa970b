"""The few git commands the tool runs, with their failures turned into one-line `GitError`s."""

from __future__ import annotations

import subprocess
from pathlib import Path

__all__ = ["GitError", "commit_of", "git", "git_bytes", "head", "is_shallow", "show"]


class GitError(Exception):
    """git is missing, the folder is no repository, or a revision or file does not exist."""


def git_bytes(root: Path, *args: str) -> bytes:
    """The standard output of `git -C root ARGS`; GitError with git's message on failure."""
    try:
        proc = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except OSError as err:
        raise GitError(f"cannot run git: {err}") from None
    if proc.returncode != 0:
        message = proc.stderr.decode(errors="replace").strip().splitlines()
        raise GitError(f"git {args[0]} failed: {message[-1] if message else proc.returncode}")
    return proc.stdout


def git(root: Path, *args: str) -> str:
    return git_bytes(root, *args).decode()


def commit_of(root: Path, ref: str) -> str:
    """The full hash of the commit `ref` names."""
    if ref.startswith("-"):
        raise GitError(f"not a revision: {ref!r}")
    try:
        return git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").strip()
    except GitError:
        raise GitError(f"unknown revision {ref!r} (is it fetched?)") from None


def head(root: Path) -> str | None:
    """The commit HEAD points at; None in a repository without commits."""
    try:
        return commit_of(root, "HEAD")
    except GitError:
        git(root, "rev-parse", "--git-dir")  # not a repository at all: git's own message
        return None


def is_shallow(root: Path) -> bool:
    return git(root, "rev-parse", "--is-shallow-repository").strip() == "true"


def show(root: Path, commit: str, path: str) -> str | None:
    """The text of `path` at `commit`; None when the file does not exist there."""
    try:
        return git(root, "show", f"{commit}:{path}")
    except GitError:
        listed = git(root, "ls-tree", "--name-only", commit, "--", path).strip()
        if listed:
            raise
        return None
