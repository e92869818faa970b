"""Which revision a comparison starts from: the last release, found in the git history.

A release is the commit that wrote a version's heading (`## 1.2.0 — date`) into
generated_client/CHANGELOG.md; `make release` writes it together with the new version in
generator-config.yml, so the history records every release even where tags do not travel
(CI clones main; tags may not exist). The base, when none is given:

1. the working tree's version has a release commit R in the history:
   - R is HEAD and the release inputs (spec, config, generated_client/) are as committed:
     HEAD *is* that release, so the base is the release before it (none: the first release,
     nothing to compare);
   - otherwise R: everything since R is unreleased and needs a newer version;
2. the version has no release yet (a release in progress): the newest release in the history;
3. no release in the history at all: the newest release tag (`v1.2.3` or `1.2.3`) reachable
   from HEAD, then `origin/main`, then `HEAD~1` (the last two only with `guess`).

A shallow clone cannot show where the last release is, so it is an error unless a base is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from spec_changes.git import GitError, commit_of, git, head, is_shallow
from spec_changes.revisions import CHANGELOG, CLIENT, CONFIG, SPEC

__all__ = ["HEADING", "Base", "choose_base", "releases"]

HEADING = re.compile(r"^## (\d+\.\d+\.\d+)(?:\s|$)")
"""A release heading of the CHANGELOG: its version is the first word after `## `."""

_TAG = re.compile(r"^v?\d+\.\d+\.\d+$")


@dataclass(frozen=True)
class Base:
    """The commit to compare with (None: nothing to compare) and why it was chosen."""

    commit: str | None
    reason: str


def releases(root: Path) -> list[tuple[str, str]]:
    """(commit, version) for every CHANGELOG heading a commit wrote, newest commit first."""
    log = git(root, "log", "--format=commit %H", "-p", "--unified=0", "--no-color", "--",
              CHANGELOG)  # fmt: skip
    found: list[tuple[str, str]] = []
    commit = ""
    for line in log.splitlines():
        if line.startswith("commit "):
            commit = line.split()[1]
        elif line.startswith("+## "):
            match = HEADING.match(line[1:])
            if match and (commit, match.group(1)) not in found:
                found.append((commit, match.group(1)))
    return found


def _inputs_committed(root: Path) -> bool:
    status = git(root, "status", "--porcelain", "--", SPEC, CONFIG, CLIENT)
    return not status.strip()


def _last_tag(root: Path) -> str | None:
    tags = git(root, "tag", "--merged", "HEAD", "--sort=-v:refname").split()
    return next((t for t in tags if _TAG.match(t)), None)


def choose_base(root: Path, version: str, given: str | None = None, *, guess: bool) -> Base:
    """The base revision for the working tree whose client version is `version`."""
    if given:
        return Base(commit_of(root, given), f"{given}, as given")
    current = head(root)
    if current is None:
        raise GitError("the repository has no commit yet: there is nothing to compare with")
    if is_shallow(root):
        raise GitError(
            "this is a shallow clone, so the last release cannot be found in its history: "
            "fetch the whole history (git fetch --unshallow) or give the base (BASE=<ref>)"
        )
    history = releases(root)
    if history:
        mine = [i for i, (_, v) in enumerate(history) if v == version]
        if mine:
            index = mine[0]
            commit = history[index][0]
            if commit != current or not _inputs_committed(root):
                return Base(commit, f"the release of {version}, the version in {CONFIG}")
            earlier = [(c, v) for c, v in history[index + 1 :] if v != version]
            if not earlier:
                return Base(None, f"HEAD is the first release ({version}): nothing to compare")
            return Base(earlier[0][0], f"the release before HEAD's {version}: {earlier[0][1]}")
        commit, last = history[0]
        return Base(commit, f"the last release, {last}")
    tag = _last_tag(root)
    if tag:
        return Base(commit_of(root, tag), f"the release tag {tag} (no release in {CHANGELOG})")
    if not guess:
        return Base(None, f"no release yet: {version} is the first")
    for ref in ("origin/main", "HEAD~1"):
        try:
            return Base(commit_of(root, ref), f"{ref} (no release found in the history)")
        except GitError:
            continue
    raise GitError("no release, tag or earlier commit to compare with: give the base (BASE=<ref>)")
