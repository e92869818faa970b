"""The job's live-mode rules, checked by pointing live mode at a local emulator.

Some runs go through a broken variant of the emulator served on 127.0.0.1 (tests/contract/
variants.py), standing in for a live API that drifted from the spec: the cleanup must still
undo everything and say what it could not, and the JUnit report, the summary and the exit code
must tell the same story.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract.live_policy import Access, effective
from realtimekit_mock import EmulatorServer, create_app
from realtimekit_mock.spec import load_spec
from tests.contract import variants as v

ROOT = Path(__file__).parents[2]
TOKEN = "live-safety-token-0123456789abcdef"
ACCOUNT, APP = "live-account", "live-app"
PREFIX = "ci-contract "
AUTH = {"Authorization": f"Bearer {TOKEN}"}

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


def _job(
    tmp_path: Path, env: dict[str, str], timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run `python -m contract` in `tmp_path` (its reports land there)."""
    return subprocess.run(
        [sys.executable, "-m", "contract"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _meetings(base_url: str) -> list[dict[str, Any]]:
    """Every meeting of the tenant under test, with its participant count (raw HTTP)."""
    root = f"{base_url}/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings"
    meetings = httpx.get(root, params={"per_page": 100}, headers=AUTH).json()["data"]
    for meeting in meetings:
        listed = httpx.get(f"{root}/{meeting['id']}/participants", headers=AUTH).json()
        meeting["participants"] = listed["paging"]["total_count"]
    return meetings


def _reports(tmp_path: Path) -> tuple[dict[str, int], str]:
    """The JUnit totals and the summary of a run."""
    reports = tmp_path / "reports" / "contract"
    suites = ET.parse(reports / "junit.xml").getroot()
    totals = {k: int(suites.get(k, "0")) for k in ("tests", "failures", "errors", "skipped")}
    return totals, (reports / "summary.md").read_text(encoding="utf-8")


def _live_links() -> int:
    """The spec's links whose operation is run live (the stateful phase's selection)."""
    spec = load_spec()
    count = 0
    for op in spec.operations:
        if effective(op.operation_id).access is Access.NEVER:
            continue
        raw = spec.document["paths"][op.path][op.method.lower()]["responses"]
        for response in raw.values():
            count += len(spec.resolve(response).get("links", {}))
    return count


def _agree(result: subprocess.CompletedProcess[str], tmp_path: Path, *, passed: bool) -> str:
    """Assert that exit code, JUnit report, summary and the job's verdict say the same."""
    totals, summary = _reports(tmp_path)
    verdict = "PASS" if passed else "FAIL"
    assert result.returncode == (0 if passed else 1), result.stdout[-3000:] + result.stderr[-2000:]
    assert (totals["failures"] + totals["errors"] == 0) is passed, totals
    assert summary.startswith(f"# Contract check summary\n\n**{verdict} — ")
    assert f"contract: {verdict} — " in result.stdout
    return summary


def test_capped_run_agrees_everywhere_and_covers_links(server: Any, tmp_path: Path) -> None:
    """With the default caps: stops at the caps without an error anywhere, covers the links,
    prefixes titles, undoes everything, and junit, summary and exit code agree on PASS."""
    env = _env(server.base_url)
    del env["CONTRACT_MAX_CREATES"], env["CONTRACT_MAX_PARTICIPANTS"]  # 5 and 10
    root = f"{server.base_url}/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings"
    theirs = httpx.post(root, json={"title": "not the run's"}, headers=AUTH).json()["data"]["id"]
    (before,) = _meetings(server.base_url)

    result = _job(tmp_path, env)

    summary = _agree(result, tmp_path, passed=True)
    for noise in ("Hook Error", "WriteBudgetSpent", "Traceback", " errored"):
        assert noise not in result.stdout + result.stderr
    meetings = {m["id"]: m for m in _meetings(server.base_url)}
    assert meetings.pop(theirs) == before  # listed and read, never written to
    meetings = list(meetings.values())
    assert 1 <= len(meetings) <= 5
    assert all(m["title"].startswith(PREFIX.rstrip()) for m in meetings)
    assert {m["status"] for m in meetings} == {"INACTIVE"}
    assert sum(m["participants"] for m in meetings) == 0
    assert "deactivated meeting" in result.stdout
    links = re.search(r"\| Links covered \| (\d+) of (\d+) \(stateful phase\) \|", summary)
    assert links is not None and int(links[2]) == _live_links() and int(links[1]) >= 5, summary[
        :3000
    ]
    assert "create(s) not sent (live write budget)" in summary  # the cap was reached
    assert re.search(r"meeting: [1-5] created of 5 \(3 kept for the stateful phase\)", summary)
    assert "`create_org_meeting` not run: never live" in summary
    for part in ("| Target | live API at http://127.0.0.1:", "| Seed | 20261121", "| Duration |"):
        assert part in summary
    assert re.search(r"\| `create_meeting` \| POST /meetings \| \d+ \| [1-5] \| \d+ \|", summary)
    for report in (tmp_path / "reports" / "contract").iterdir():
        assert TOKEN not in report.read_text(encoding="utf-8")
    assert TOKEN not in result.stdout + result.stderr


def _drifted(scope: v.Scope, status: int, body: Any) -> tuple[int, Any]:
    """What a drifted API answers: date-times in another format, a required field missing."""
    status, body = v.human_dates(scope, status, body)
    return v.drop_created_at(scope, status, body)


def test_cleanup_survives_answers_that_do_not_parse(tmp_path: Path) -> None:
    """Through a proxy whose answers break the schema, the cleanup still undoes every meeting,
    reports each one, and the run fails in the same words everywhere."""
    with v.serve(v.rewrite_responses(_drifted)(create_app(tokens=[TOKEN]))) as base_url:
        result = _job(tmp_path, _env(base_url, CONTRACT_MAX_TIME="15"))
        meetings = _meetings(base_url)

    summary = _agree(result, tmp_path, passed=False)
    assert "response_schema_conformance" in summary or "ST108" in summary
    assert meetings and {m["status"] for m in meetings} == {"INACTIVE"}
    cleaned = re.findall(r"^  deactivated meeting (\S+) \(HTTP 200\)$", result.stdout, re.M)
    assert sorted(cleaned) == sorted(m["id"] for m in meetings)
    assert "ResponseParseError" not in result.stdout + result.stderr
    assert "## Cleanup" in summary


def _refuse_to_deactivate(scope: v.Scope, body: bytes) -> tuple[v.Scope, bytes]:
    """The undo of a meeting (a PATCH setting status INACTIVE alone) fails with a 500."""
    if scope["method"] == "PATCH" and body.replace(b" ", b"") == b'{"status":"INACTIVE"}':
        scope["path"] = "/__crash__"
    return scope, body


def _crash_route(app: v.App) -> v.App:
    async def middleware(scope: v.Scope, receive: v.Receive, send: v.Send) -> None:
        if scope.get("path") == "/__crash__":
            body = b'{"success": false, "error": {"code": 500, "message": "boom"}}'
            headers = [(b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 500, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        await app(scope, receive, send)

    return middleware


def test_cleanup_reports_what_it_could_not_undo(tmp_path: Path) -> None:
    """An undo the API refuses is listed, by id, and fails the run; the rest is still undone."""
    app = v.rewrite_requests(_refuse_to_deactivate)(_crash_route(create_app(tokens=[TOKEN])))
    with v.serve(app) as base_url:
        result = _job(tmp_path, _env(base_url, CONTRACT_MAX_TIME="10"))
        meetings = _meetings(base_url)

    summary = _agree(result, tmp_path, passed=False)
    failed = re.findall(r"NOT undone: meeting (\S+): HTTP 500 from update_meeting", summary)
    assert failed and set(failed) <= {m["id"] for m in meetings}
    assert {m["id"] for m in meetings if m["status"] == "ACTIVE"} <= set(failed)
    assert "item(s) NOT undone" in summary.splitlines()[2]


def test_checks_beyond_the_schema_run_live(tmp_path: Path) -> None:
    """A live API that silently ignores a field is caught by read_your_writes, within the caps."""
    app = v.rewrite_requests(v.ignore_persist_chat)(create_app(tokens=[TOKEN]))
    with v.serve(app) as base_url:
        # Enough time for the stateless phases of every operation and the stateful one.
        result = _job(tmp_path, _env(base_url, CONTRACT_MAX_TIME="25"))
        meetings = _meetings(base_url)

    summary = _agree(result, tmp_path, passed=False)
    assert "Custom check failed: `read_your_writes`" in summary
    assert "`persist_chat` sent as True is False" in summary
    assert len(meetings) <= 2 and {m["status"] for m in meetings} == {"INACTIVE"}


def test_read_only_run_changes_nothing(server: Any, tmp_path: Path) -> None:
    """CONTRACT_MODE=read-only sends only reads: existing meetings stay exactly as they were;
    and what an earlier interrupted run left in the ledger is undone first."""
    root = f"{server.base_url}/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings"
    for title in ("kept one", "kept two"):
        httpx.post(root, json={"title": title}, headers=AUTH).raise_for_status()
    left = httpx.post(root, json={"title": "left behind"}, headers=AUTH).json()["data"]["id"]
    reports = tmp_path / "reports" / "contract"
    reports.mkdir(parents=True)
    (reports / "ledger.jsonl").write_text(
        json.dumps({"kind": "run", "base_url": server.base_url})
        + "\n"
        + json.dumps({"kind": "created", "resource": "meeting", "id": left, "path": {
            "account_id": ACCOUNT, "app_id": APP}})
        + "\n",
        encoding="utf-8",
    )  # fmt: skip
    before = [m for m in _meetings(server.base_url) if m["id"] != left]

    result = _job(tmp_path, _env(server.base_url, CONTRACT_MODE="read-only"))

    summary = _agree(result, tmp_path, passed=True)
    after = {m["id"]: m for m in _meetings(server.base_url)}
    assert after.pop(left)["status"] == "INACTIVE"
    assert list(after.values()) == before
    assert f"deactivated meeting {left}" in result.stdout
    assert "read-only: only operations that read" in summary
    assert "`create_meeting` not run: read-only run (create)" in summary


def test_read_only_against_the_embedded_emulator_says_so(tmp_path: Path) -> None:
    """Without credentials the target is the embedded emulator; read-only is still said."""
    env = _env("", CONTRACT_MODE="read-only", CONTRACT_MAX_EXAMPLES="2", CONTRACT_MAX_TIME="5")
    for name in ("CONTRACT_BASE_URL", "CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID"):
        del env[name]
    del env["REALTIMEKIT_APP_ID"]

    result = _job(tmp_path, env)

    summary = _agree(result, tmp_path, passed=True)
    assert "| Target | embedded emulator at http://127.0.0.1:" in summary
    assert "| Mode | read-only: only operations that read" in summary
    assert "`create_meeting` not run: read-only run (create)" in summary
    assert "| `create_meeting` | POST /meetings | 0 | 0 |" in summary


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
    while time.monotonic() < deadline and '"created"' not in (
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
    summary = (tmp_path / "reports" / "contract" / "summary.md").read_text(encoding="utf-8")
    assert summary.startswith("# Contract check summary\n\n**FAIL — ")
    assert "interrupted" in summary


def test_embedded_run_reaches_a_2xx_on_every_operation(tmp_path: Path) -> None:
    """Seeded worlds: session, live-meeting and recording operations answer 2xx, not only 404."""
    env = _env("", CONTRACT_MAX_EXAMPLES="5")
    for name in ("CONTRACT_BASE_URL", "CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID"):
        del env[name]
    del env["REALTIMEKIT_APP_ID"]

    result = _job(tmp_path, env, timeout=600)  # every operation, every phase

    summary = _agree(result, tmp_path, passed=True)
    rows = re.findall(r"^\| `(\w+)` \| [A-Z]+ \S+ \| (\d+) \| (\d+) \|$", summary, re.M)
    reached = {op: int(ok) for op, _, ok in rows}
    assert sorted(reached) == sorted(op.operation_id for op in load_spec().operations)
    assert [op for op, ok in reached.items() if ok == 0] == []
