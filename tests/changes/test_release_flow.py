"""The release loop in a throwaway git repository holding this repo's spec, config and client.

Edit -> generate -> check -> release, as the Makefile runs them: a breaking edit fails the check
until `release` bumps the major version; the CHANGELOG gets the entry, breaking changes first;
griffe catches a change of the generated package without any spec change; the base is found
without tags, and a shallow clone, a missing base or a broken spec give one clear line.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from realtimekit_mock.spec import load_spec

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
COPIED = ("openapi.yaml", "generator-config.yml", "client_templates", "generated_client")
GENERATE = [
    "openapi-python-client", "generate", "--path", "openapi.yaml", "--config",
    "generator-config.yml", "--meta", "uv", "--overwrite", "--fail-on-warning",
    "--custom-template-path", "client_templates", "--output-path", "generated_client",
]  # fmt: skip
REGION = """        preferred_region:
          type: [string, 'null']
          description: The region in which this meeting was created.
"""


class Repo:
    """A git repository in a temporary folder, and the commands run in it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.env = {
            **os.environ,
            "PATH": os.pathsep.join([str(BIN), os.environ.get("PATH", "")]),
            "PYTHONPATH": str(ROOT),
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@localhost",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@localhost",
        }

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            args, cwd=self.path, env=self.env, capture_output=True, text=True, check=check,
            timeout=300,
        )  # fmt: skip

    def git(self, *args: str) -> str:
        return self.run("git", *args).stdout

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def tool(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(sys.executable, "-m", "spec_changes", "--root", str(self.path), *args,
                        check=False)  # fmt: skip

    def check(self) -> subprocess.CompletedProcess[str]:
        return self.tool("report", "--check", "--quiet")

    def report(self, *args: str) -> dict:
        out = self.tool("report", "--format", "json", *args)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    def release(self, *args: str) -> str:
        out = self.tool("release", "--date", "2026-12-02", *args)
        assert out.returncode == 0, out.stderr
        self.generate()
        return out.stdout

    def generate(self) -> None:
        self.run(*GENERATE)
        shutil.rmtree(self.path / "generated_client" / ".ruff_cache", ignore_errors=True)

    def edit(self, path: str, old: str, new: str) -> None:
        file = self.path / path
        text = file.read_text(encoding="utf-8")
        assert text.count(old) == 1, old
        file.write_text(text.replace(old, new), encoding="utf-8")

    def version(self) -> str:
        for line in (self.path / "generator-config.yml").read_text().splitlines():
            if line.startswith("package_version_override:"):
                return line.split(":", 1)[1].strip()
        raise AssertionError("no version line")


def _copy_tracked(dest: Path) -> None:
    """The working tree's copies of the files git tracks under COPIED (no caches, no CHANGELOG)."""
    listed = subprocess.run(["git", "ls-files", "--", *COPIED], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.splitlines()  # fmt: skip
    for name in listed:
        if name.endswith("CHANGELOG.md") or not (ROOT / name).is_file():
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Repo:
    path = tmp_path_factory.mktemp("release") / "repo"
    path.mkdir()
    _copy_tracked(path)
    r = Repo(path)
    r.git("init", "-q", "-b", "main")
    r.commit("the API as it is")
    return r


@pytest.mark.slow
def test_the_release_loop(repo: Repo) -> None:
    """No release yet -> first release -> breaking edit fails -> major release -> passes."""
    current = repo.version()  # the repository's version, released first
    major = f"{int(current.split('.')[0]) + 1}.0.0"
    minor = f"{major.split('.')[0]}.1.0"
    operations = len(load_spec(repo.path / "openapi.yaml").operations)
    # One commit, no release, no tag: nothing to compare with, said in one line.
    first = repo.check()
    assert first.returncode == 2
    assert first.stderr.startswith("spec_changes: error: no release, tag or earlier commit")

    assert f"first release {current}" in repo.release()
    changelog = (repo.path / "generated_client" / "CHANGELOG.md").read_text()
    assert f"## {current} — 2026-12-02" in changelog
    assert f"First release: {operations} operations" in changelog
    assert "`get_meeting`" in changelog
    repo.commit(f"Release {current}")
    passed = repo.check()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "first release" in passed.stdout

    # A breaking edit, generated and committed without a new version: CI fails.
    repo.edit("openapi.yaml", REGION, "")
    repo.generate()
    repo.commit("Drop preferred_region from responses")
    failed = repo.check()
    assert failed.returncode == 1
    assert "**Version check: fails.**" in failed.stdout
    assert "need a major release" in failed.stdout and major in failed.stdout
    report = repo.report()
    assert report["required_bump"] == "major" and report["version_bump"] is None
    kinds = {(c["subject"]["name"], c["kind"], c["client"]) for c in report["changes"]}
    assert ("get_meeting", "property-removed", "breaking") in kinds
    griffe = [c for c in report["changes"] if c["kind"] == "python-api-broken"]
    assert any("preferred_region" in c["path"] for c in griffe), griffe
    assert report["python_api"].startswith("checked with griffe")

    # The release: version, CHANGELOG entry (breaking first), regenerated client.
    assert f"{current} → {major} (major)" in repo.release()
    assert repo.version() == major
    assert f'version = "{major}"' in (repo.path / "generated_client" / "pyproject.toml").read_text()
    changelog = (repo.path / "generated_client" / "CHANGELOG.md").read_text()
    assert changelog.index(f"## {major}") < changelog.index(f"## {current}")
    entry = changelog[changelog.index(f"## {major}") : changelog.index(f"## {current}")]
    assert entry.index("### ") == entry.index("### Breaking changes")
    assert "`get_meeting` · GET" in entry and "`data.preferred_region`" in entry
    assert "Python API of `realtimekit_client`" in entry
    uncommitted = repo.check()
    assert uncommitted.returncode == 0, uncommitted.stdout
    repo.commit(f"Release {major}")
    released = repo.check()
    assert released.returncode == 0, released.stdout
    assert "major" in released.stdout

    # An additive edit needs a minor release; running release twice gives one entry.
    repo.edit(
        "openapi.yaml",
        "      description: Returns the meetings of an App, newest first, one page at a time.\n",
        "      description: Returns the meetings of an App, newest first, one page at a time.\n"
        "      deprecated: true\n",
    )
    repo.generate()
    repo.commit("Deprecate list_meetings")
    assert "need a minor release" in repo.check().stdout
    assert f"{major} → {minor} (minor)" in repo.release()
    again = repo.tool("release", "--date", "2026-12-02")  # same version: no regeneration needed
    assert again.returncode == 0 and f"{major} → {minor} (minor)" in again.stdout
    changelog = (repo.path / "generated_client" / "CHANGELOG.md").read_text()
    assert changelog.count(f"## {minor}") == 1
    assert repo.version() == minor
    repo.commit(f"Release {minor}")
    assert repo.check().returncode == 0


@pytest.mark.slow
def test_a_generated_package_change_without_spec_change(repo: Repo) -> None:
    """griffe sees a removed function; a harmless change of the files still needs a patch."""
    module = "generated_client/realtimekit_client/api/meetings/get_meeting.py"
    text = (repo.path / module).read_text()
    repo.edit(module, "def sync_detailed(", "def sync_detailed_renamed(")
    report = repo.report("--base", "HEAD")
    assert report["required_bump"] == "major"
    broken = [c for c in report["changes"] if c["kind"] == "python-api-broken"]
    assert [c["path"] for c in broken] == [
        "realtimekit_client.api.meetings.get_meeting.sync_detailed"
    ]
    (repo.path / module).write_text(text + "\n# a comment\n")
    report = repo.report("--base", "HEAD")
    assert report["required_bump"] == "patch"
    assert [c["kind"] for c in report["changes"]] == ["package-changed"]
    (repo.path / module).write_text(text)
    assert repo.report("--base", "HEAD")["required_bump"] is None

    # Only an export gone, or a whole module: found although the other modules are not loaded.
    models = "generated_client/realtimekit_client/models/__init__.py"
    exports = (repo.path / models).read_text()
    repo.edit(models, '    "MeetingSummary",\n', "")  # from __all__
    repo.edit(models, "    from .meeting_summary import MeetingSummary\n", "")  # for type checkers
    repo.edit(models, '    "MeetingSummary": ".meeting_summary",\n', "")  # the lazy import
    (repo.path / "generated_client/realtimekit_client/models/paging.py").unlink()
    report = repo.report("--base", "HEAD")
    assert {c["path"] for c in report["changes"] if c["kind"] == "python-api-broken"} == {
        "realtimekit_client.models.MeetingSummary",
        "realtimekit_client.models.paging",
    }
    (repo.path / models).write_text(exports)
    repo.git("checkout", "--", "generated_client")


@pytest.mark.slow
def test_a_shallow_clone_says_so(repo: Repo, tmp_path: Path) -> None:
    clone = tmp_path / "shallow"
    repo.run("git", "clone", "-q", "--depth", "1", f"file://{repo.path}", str(clone))
    out = Repo(clone).check()
    assert out.returncode == 2
    assert "shallow clone" in out.stderr and "BASE=<ref>" in out.stderr
    assert "Traceback" not in out.stderr
    given = Repo(clone).tool("report", "--base", "HEAD", "--no-python-api")
    assert given.returncode == 0, given.stderr


def test_bad_input_is_one_clear_line(tmp_path: Path) -> None:
    """Not a repository, an unknown base, broken YAML: exit 2 and a one-line error."""
    plain = Repo(tmp_path)
    shutil.copy(ROOT / "openapi.yaml", tmp_path / "openapi.yaml")
    shutil.copy(ROOT / "generator-config.yml", tmp_path / "generator-config.yml")
    out = plain.check()
    assert out.returncode == 2 and "not a git repository" in out.stderr.lower()
    plain.git("init", "-q")
    plain.commit("start")
    out = plain.tool("report", "--base", "no-such-ref")
    assert (out.returncode, out.stderr) == (
        2,
        "spec_changes: error: unknown revision 'no-such-ref' (is it fetched?)\n",
    )
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\npaths: [\n")
    out = plain.tool("report", "--base", "HEAD")
    assert out.returncode == 2
    assert out.stderr.startswith("spec_changes: error: openapi.yaml in the working tree: not valid")
    assert len(out.stderr.splitlines()) == 1


def test_a_release_tag_is_the_base_when_there_is_no_changelog(tmp_path: Path) -> None:
    repo = Repo(tmp_path)
    shutil.copy(ROOT / "openapi.yaml", tmp_path / "openapi.yaml")
    shutil.copy(ROOT / "generator-config.yml", tmp_path / "generator-config.yml")
    repo.git("init", "-q")
    repo.commit("1.0.0")
    repo.git("tag", "v1.0.0")
    repo.edit("openapi.yaml", "enum: [ACTIVE, INACTIVE]", "enum: [ACTIVE, INACTIVE, ENDED]")
    repo.commit("ENDED")
    out = repo.tool("report", "--check", "--format", "json")
    assert out.returncode == 1
    report = json.loads(out.stdout)
    assert report["reason"].startswith("the release tag v1.0.0")
    assert report["required_bump"] == "minor"
