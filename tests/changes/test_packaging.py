"""The client's sdist, as `make dist` builds it, ships the CHANGELOG of its releases."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from spec_changes.changelog import versions

ROOT = Path(__file__).resolve().parents[2]
CLIENT = ROOT / "generated_client"


def test_the_changelog_has_the_configured_version() -> None:
    """The version in generator-config.yml is released: its entry is the newest."""
    text = (CLIENT / "CHANGELOG.md").read_text(encoding="utf-8")
    config = (ROOT / "generator-config.yml").read_text(encoding="utf-8")
    line = next(x for x in config.splitlines() if x.startswith("package_version_override:"))
    assert versions(text)[0] == line.split(":", 1)[1].split()[0]


@pytest.mark.slow
def test_the_sdist_ships_the_changelog(tmp_path: Path) -> None:
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent),
                                                  os.environ.get("PATH", "")])}  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--quiet", "--sdist", "--outdir",
         str(tmp_path), str(CLIENT)],
        check=True, capture_output=True, env=env, timeout=300,
    )  # fmt: skip
    (sdist,) = tmp_path.glob("realtimekit_client-*.tar.gz")
    with tarfile.open(sdist) as tar:
        (member,) = [m for m in tar.getmembers() if m.name.endswith("/CHANGELOG.md")]
        shipped = tar.extractfile(member).read()  # type: ignore[union-attr]
    assert shipped == (CLIENT / "CHANGELOG.md").read_bytes()
