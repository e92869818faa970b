"""Run schemathesis against the embedded emulator or a live API, report, and clean up."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import FrameType

from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.meetings import list_meetings

from contract import report
from contract.cleanup import Ledger, clean_up
from contract.settings import CONFIG, ROOT, SPEC, Settings

PHASES = "examples,coverage,fuzzing,stateful"


@contextlib.contextmanager
def target(settings: Settings) -> Iterator[Settings]:
    """The settings to run with: as given in live mode, else an emulator started for the run."""
    if settings.live:
        if settings.read_only and not settings.meeting_ids:
            settings = replace(settings, meeting_ids=existing_meetings(settings))
        yield settings
        return
    from realtimekit_mock import EmulatorServer

    token = "contract-" + secrets.token_urlsafe(24)
    with EmulatorServer(tokens=[token]) as server:
        yield replace(settings, base_url=server.base_url, token=token)


def existing_meetings(settings: Settings, limit: int = 5) -> tuple[str, ...]:
    """Ids of up to `limit` meetings the account already has, for read-only runs to read."""
    with AuthenticatedClient(base_url=settings.base_url, token=settings.token) as client:
        response = list_meetings.sync_detailed(
            settings.account_id, settings.app_id, client=client, per_page=limit
        )
    if response.status_code != 200 or response.parsed is None:
        return ()
    return tuple(str(m.id) for m in getattr(response.parsed, "data", []))


def command(settings: Settings, junit: Path) -> list[str]:
    """The schemathesis command line for these settings."""
    cmd = [
        str(Path(sys.executable).with_name("schemathesis")),
        "--config-file",
        str(CONFIG),
        "run",
        str(SPEC),
        "--url",
        settings.base_url,
        "--seed",
        str(settings.seed),
        "--max-examples",
        str(settings.max_examples),
        "--phases",
        # Every link starts at a creating operation, so a read-only run has no stateful phase.
        PHASES.removesuffix(",stateful") if settings.read_only else PHASES,
        "--workers",
        str(settings.workers),
        "--report",
        "junit",
        "--report-junit-path",
        str(junit),
        "--no-color",
    ]
    if settings.max_time:
        cmd += ["--max-time", str(settings.max_time)]
    if settings.live:
        # Writes are capped by contract.hooks; the deprecated app-less create is skipped
        # because what it would create could not be addressed for cleanup.
        cmd += ["--exclude-deprecated", "--rate-limit", "auto"]
    if settings.read_only:
        cmd += ["--include-method", "GET"]
    return cmd


def environment(settings: Settings, ledger: Path) -> dict[str, str]:
    """The schemathesis process's environment: credentials for schemathesis.toml, hooks."""
    env = dict(os.environ)
    env.update(
        CLOUDFLARE_API_TOKEN=settings.token,
        CLOUDFLARE_ACCOUNT_ID=settings.account_id,
        REALTIMEKIT_APP_ID=settings.app_id,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
    )
    if settings.live:
        env.update(
            SCHEMATHESIS_HOOKS="contract.hooks",
            CONTRACT_LEDGER=str(ledger),
            CONTRACT_TITLE_PREFIX=settings.title_prefix,
            CONTRACT_MAX_CREATES="0" if settings.read_only else str(settings.max_creates),
            CONTRACT_MAX_PARTICIPANTS="0" if settings.read_only else str(settings.max_participants),
            CONTRACT_MEETING_IDS=",".join(settings.meeting_ids) if settings.read_only else "",
        )
    return env


def _terminate_on_signal() -> None:
    """Turn SIGTERM into KeyboardInterrupt, so an interrupted run still cleans up."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def _limits(settings: Settings) -> str:
    """What a live run may write, in words."""
    if settings.read_only:
        return "read-only: GET operations only"
    return (
        f"writes capped at {settings.max_creates} meetings and {settings.max_participants} "
        f"participants, titles prefixed {settings.title_prefix!r}"
    )


def run(settings: Settings) -> int:
    """Run the whole job; return the process exit code."""
    out = settings.reports / "contract"
    out.mkdir(parents=True, exist_ok=True)
    junit, ledger_path = out / "junit.xml", out / "ledger.jsonl"
    for stale in (junit, ledger_path):
        stale.unlink(missing_ok=True)
    _terminate_on_signal()
    code, interrupted, cleanup_ok = 1, False, True
    with target(settings) as active:
        where = "live API" if active.live else "embedded emulator"
        print(f"contract: checking {SPEC.name} against the {where} at {active.base_url}")
        if active.live:
            print(f"contract: account {active.account_id}, app {active.app_id}; {_limits(active)}")
        process = subprocess.Popen(command(active, junit), env=environment(active, ledger_path))
        try:
            code = process.wait()
        except KeyboardInterrupt:
            interrupted = True
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        finally:
            if active.live:
                cleaned = clean_up(
                    Ledger.read(ledger_path), base_url=active.base_url, token=active.token
                )
                print(f"contract: cleanup, {len(cleaned)} action(s)")
                for line in cleaned:
                    print(f"  {line}")
                cleanup_ok = not any(line.startswith("FAILED") for line in cleaned)
        token = active.token
    summary = report.write_summary(junit, out / "summary.md", secrets=[token])
    print(summary.headline)
    print(f"contract: reports in {out}/ (junit.xml, summary.md)")
    if interrupted:
        return 130
    # schemathesis exits non-zero for the write-cap errors too; the summary tells them apart.
    return 0 if summary.passed and code in (0, 1) and cleanup_ok else 1
