"""The CHANGELOG file and the version line: entries in order, rewritten in place, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from spec_changes import SpecError, semver
from spec_changes.changelog import HEADER, versions, write_entry
from spec_changes.release import set_version


def test_entries_go_first_and_a_rewrite_replaces_its_own(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    write_entry(path, "1.0.0", "## 1.0.0 — 2026-01-01\n\nFirst.\n")
    write_entry(path, "1.1.0", "## 1.1.0 — 2026-02-01\n\nSecond.\n")
    write_entry(path, "1.1.0", "## 1.1.0 — 2026-02-02\n\nSecond, again.\n")
    text = path.read_text()
    assert text.startswith(HEADER)
    assert versions(text) == ["1.1.0", "1.0.0"]
    assert "Second, again." in text and "Second.\n" not in text
    assert text.endswith("First.\n")


def test_set_version_keeps_the_rest_of_the_config(tmp_path: Path) -> None:
    config = tmp_path / "generator-config.yml"
    config.write_text(
        "# comment\nproject_name_override: x\npackage_version_override: 1.2.3  # ok\n"
    )
    set_version(config, "2.0.0")
    assert config.read_text() == (
        "# comment\nproject_name_override: x\npackage_version_override: 2.0.0  # ok\n"
    )
    config.write_text("project_name_override: x\n")
    with pytest.raises(SpecError, match="no `package_version_override:` line"):
        set_version(config, "2.0.0")


@pytest.mark.parametrize(
    ("old", "new", "part"),
    [("1.2.3", "1.2.3", None), ("1.2.3", "1.2.4", "patch"), ("1.2.3", "1.3.0", "minor"),
     ("1.2.3", "2.0.0", "major"), ("0.9.9", "1.0.0", "major")],
)  # fmt: skip
def test_semver_difference(old: str, new: str, part: str | None) -> None:
    assert semver.difference(old, new) == part
    if part:
        assert semver.bump(old, part) == new


@pytest.mark.parametrize("bad", ["1.2", "v1.2.3", "1.2.3-rc1", "01.2.3", ""])
def test_versions_that_are_not_plain_semver_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match=r"is not a MAJOR\.MINOR\.PATCH version"):
        semver.parse(bad)
    with pytest.raises(ValueError, match="went down"):
        semver.difference("2.0.0", "1.9.9")
