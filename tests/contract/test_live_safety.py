"""The job's live-mode safety rules, checked by pointing live mode at a local emulator."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtimekit_mock import EmulatorServer

ROOT = Path(__file__).parents[2]
TOKEN = "live-safety-token-0123456789abcdef"
ACCOUNT, APP = "live-account", "live-app"
PREFIX = "ci-contract "

pytestmark = pytest.mark.slow


@pytest.fixture
def server() -> Any:
    """An emulator standing in for the live API."""
    with EmulatorServer(tokens=[TOKEN]) as running:
        yield running


def _env(base_url: str, **extra: str) -> dict[str, str]:
    """The environment of a live run against `base_url`, small and bounded."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CONTRACT_", "CLOUDFLARE_"))}
    env.pop("REALTIMEKIT_APP_ID", None)
    env.update(
        PYTHONPATH=str(ROOT),
        CONTRACT_BASE_URL=base_url,
        CLOUDFLARE_API_TOKEN=TOKEN,
        CLOUDFLARE_ACCOUNT_ID=ACCOUNT,
        REALTIMEKIT_APP_ID=APP,
        CONTRACT_MAX_EXAMPLES="3",
        CONTRACT_MAX_CREATES="2",
        CONTRACT_MAX_PARTICIPANTS="2",
        CONTRACT_TITLE_PREFIX=PREFIX,
    )
    env.update(extra)
    return env


def _job(tmp_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run `python -m contract` in `tmp_path` (its reports land there)."""
    return subprocess.run(
        [sys.executable, "-m", "contract"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


def _meetings(base_url: str) -> list[dict[str, Any]]:
    """Every meeting of the tenant under test, with its participant count."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    root = f"{base_url}/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings"
    meetings = httpx.get(root, params={"per_page": 100}, headers=auth).json()["data"]
    for meeting in meetings:
        listed = httpx.get(f"{root}/{meeting['id']}/participants", headers=auth).json()
        meeting["participants"] = listed["paging"]["total_count"]
    return meetings


def test_live_run_is_capped_prefixed_and_cleaned_up(server: Any, tmp_path: Path) -> None:
    """Creates stop at the cap, titles carry the prefix, and everything is undone at the end."""
    result = _job(tmp_path, _env(server.base_url))

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    meetings = _meetings(server.base_url)
    assert 1 <= len(meetings) <= 2
    assert all(m["title"].startswith(PREFIX.rstrip()) for m in meetings)
    assert {m["status"] for m in meetings} == {"INACTIVE"}
    assert sum(m["participants"] for m in meetings) == 0
    assert "deactivated meeting" in result.stdout
    reports = tmp_path / "reports" / "contract"
    for report in (reports / "junit.xml", reports / "summary.md"):
        assert TOKEN not in report.read_text(encoding="utf-8")
    assert TOKEN not in result.stdout + result.stderr


def test_read_only_run_changes_nothing(server: Any, tmp_path: Path) -> None:
    """CONTRACT_MODE=read-only sends only GETs: existing meetings stay exactly as they were."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    root = f"{server.base_url}/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings"
    for title in ("kept one", "kept two"):
        httpx.post(root, json={"title": title}, headers=auth).raise_for_status()
    before = _meetings(server.base_url)

    result = _job(tmp_path, _env(server.base_url, CONTRACT_MODE="read-only"))

    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert _meetings(server.base_url) == before
    assert "read-only" in result.stdout


def test_missing_credential_fails_before_sending(tmp_path: Path) -> None:
    """A live run without a token is one clear line on stderr, and nothing reaches the API."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    env = _env(f"http://127.0.0.1:{port}/client/v4")
    del env["CLOUDFLARE_API_TOKEN"]

    result = _job(tmp_path, env)

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "contract: live contract run needs CLOUDFLARE_API_TOKEN (not set)"
    ]
    with pytest.raises(TimeoutError):
        listener.accept()
    listener.close()


def test_interrupted_run_still_cleans_up(server: Any, tmp_path: Path) -> None:
    """SIGTERM in the middle of a live run: what it created so far is deactivated."""
    env = _env(server.base_url, CONTRACT_MAX_EXAMPLES="50", CONTRACT_MAX_CREATES="50")
    process = subprocess.Popen(
        [sys.executable, "-m", "contract"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    ledger = tmp_path / "reports" / "contract" / "ledger.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and '"meeting"' not in (
        ledger.read_text(encoding="utf-8") if ledger.exists() else ""
    ):
        time.sleep(0.1)

    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=120)

    assert process.returncode == 130, output[-3000:]
    meetings = _meetings(server.base_url)
    assert meetings
    assert {m["status"] for m in meetings} == {"INACTIVE"}
    assert "deactivated meeting" in output
