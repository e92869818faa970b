"""Packaging: the wheel ships openapi.yaml and the emulator runs from it outside the repo."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from importlib.metadata import entry_points
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_packaged_spec_is_a_symlink_to_the_repo_spec() -> None:
    """realtimekit_mock/openapi.yaml is a symlink to ../openapi.yaml, never a copy."""
    link = ROOT / "realtimekit_mock" / "openapi.yaml"
    assert link.is_symlink()
    assert os.readlink(link) == "../openapi.yaml"


def test_pytest_plugin_entry_point_is_declared() -> None:
    """The pytest11 entry point named realtimekit loads realtimekit_mock.pytest_plugin."""
    found = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert found.get("realtimekit") == "realtimekit_mock.pytest_plugin"


@pytest.mark.slow
def test_wheel_ships_the_spec_and_runs_outside_the_repo(tmp_path: Path) -> None:
    """pip builds a wheel with the spec as a real file; installed elsewhere, it serves requests."""
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(ROOT / "pyproject.toml", src)
    shutil.copy(ROOT / "openapi.yaml", src)
    shutil.copytree(
        ROOT / "realtimekit_mock",
        src / "realtimekit_mock",
        symlinks=True,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, src],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("realtimekit_mock-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        shipped = zf.read("realtimekit_mock/openapi.yaml")
        assert "realtimekit_mock/resources/meetings.py" in zf.namelist()
    assert shipped == (ROOT / "openapi.yaml").read_bytes()

    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", site, wheel],
        check=True,
        capture_output=True,
        timeout=300,
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-c", "import realtimekit_mock; print(realtimekit_mock.__file__)"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(site))
    helped = subprocess.run(
        [sys.executable, "-m", "realtimekit_mock", "--help"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--db PATH" in helped.stdout and "--token T" in helped.stdout

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "realtimekit_mock", "--port", str(port), "--log-level", "warning"],
        cwd=outside,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/client/v4/accounts/a/realtime/kit/b/meetings"
        headers = {"Authorization": "Bearer realtimekit-emulator-local-token"}
        deadline = time.monotonic() + 15
        while True:
            try:
                res = httpx.post(url, json={"title": "from the wheel"}, headers=headers)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.05)
        assert res.status_code == 201
        assert res.json()["data"]["session_keep_alive_time_in_secs"] == 60
    finally:
        proc.terminate()
        proc.wait(timeout=15)


USER_TEST = """
def test_a_users_flow(realtimekit_client, realtimekit_emulator):
    meeting = realtimekit_client.meetings.create(title="Weekly sync")
    realtimekit_emulator.set_faults(queue=[{"status": 503}])
    assert realtimekit_client.meetings.get(meeting.id).title == "Weekly sync"
"""


@pytest.mark.slow
def test_the_documented_install_gives_working_fixtures_in_a_fresh_venv(tmp_path: Path) -> None:
    """`pip install ./generated_client ".[pytest]"` in a new venv: a user's test passes."""
    wheels = tmp_path / "wheels"
    for source in (ROOT / "generated_client", ROOT):
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, source],
            check=True,
            capture_output=True,
            timeout=300,
        )
    (client,) = wheels.glob("realtimekit_client-*.whl")
    (emulator,) = wheels.glob("realtimekit_mock-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "-q", str(client), f"{emulator}[pytest]"],
        check=True,
        capture_output=True,
        timeout=600,
    )
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_user.py").write_text(USER_TEST)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    ran = subprocess.run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_user.py"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "1 passed" in ran.stdout
