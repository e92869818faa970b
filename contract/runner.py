"""Run schemathesis against the embedded emulator or a live API, report, and clean up."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import Any

import httpx

from contract import ledger, live_policy, report, spec
from contract.cleanup import Outcome, clean_up
from contract.live_policy import Access, PolicyError
from contract.settings import CONFIG, ROOT, SPEC, ConfigError, Settings

__all__ = ["command", "environment", "run", "shard_settings", "shards"]

PHASES = ("examples", "coverage", "fuzzing", "stateful")
# Each link of the spec starts at a create: a read-only run has no stateful phase.
READ_ONLY_PHASES = PHASES[:-1]
KNOWN_IDS_PER_RESOURCE = 5
# Against the embedded emulator the phases run in parallel processes, in groups of about equal
# time (fuzzing takes as long as the three others together); links stay within one process.
SPLIT = (("examples", "coverage", "stateful"), ("fuzzing",))


def shards(settings: Settings) -> list[tuple[str, ...]]:
    """The phases each schemathesis process runs: one process in live runs (the write budget
    and the ledger count in one place), up to CONTRACT_PROCESSES groups otherwise."""
    phases = READ_ONLY_PHASES if settings.read_only else PHASES
    if settings.live or settings.processes < 2:
        return [phases]
    groups = [tuple(p for p in group if p in phases) for group in SPLIT]
    return [g for g in groups if g]


@contextlib.contextmanager
def target(settings: Settings) -> Iterator[Settings]:
    """The settings to run with: as given in live mode, else an emulator started for the run."""
    if settings.live:
        yield settings
        return
    from realtimekit_mock import EmulatorServer

    token = "contract-" + secrets.token_urlsafe(24)
    uvicorn_log = logging.getLogger("uvicorn.error")
    uvicorn_log.addFilter(_capability_probe)
    try:
        with EmulatorServer(tokens=[token]) as server:
            yield replace(settings, base_url=server.base_url, token=token, control_url=server.url)
    finally:
        uvicorn_log.removeFilter(_capability_probe)


def _capability_probe(record: logging.LogRecord) -> bool:
    """Drop uvicorn's warning about the request schemathesis sends on purpose at start.

    schemathesis probes whether the server accepts a NULL byte in a header; uvicorn's HTTP
    parser refuses that request before it reaches the emulator and logs "Invalid HTTP request
    received." — expected, not a finding, so the embedded run does not print it.
    """
    return record.getMessage() != "Invalid HTTP request received."


def not_run(settings: Settings) -> dict[str, str]:
    """operationId → why this run does not send it.

    A live run leaves out the `never` rows (unless opted in); a read-only run, against either
    target, everything that is not a read.
    """
    skipped = {}
    for operation_id in spec.operations():
        policy = live_policy.effective(operation_id, settings.opt_in)
        if settings.live and policy.access is Access.NEVER:
            skipped[operation_id] = f"never live: {policy.reason}"
        elif settings.read_only and policy.access is not Access.READ:
            skipped[operation_id] = f"read-only run ({policy.access})"
    return skipped


def known_ids(settings: Settings) -> dict[str, list[str]]:
    """For read-only runs, ids of resources the account has, per id parameter (raw HTTP)."""
    found: dict[str, list[str]] = {}
    if settings.meeting_ids:
        found["meeting_id"] = list(settings.meeting_ids)
    headers = {"Authorization": f"Bearer {settings.token}"}
    for res in live_policy.RESOURCES:
        if res.parent is not None or res.id_param in found:
            continue
        # The create may be a row's opt-in only (a never row, e.g. create_webhook).
        create = next(
            op
            for op, p in live_policy.POLICY.items()
            if any(
                q is not None and q.access is Access.CREATE and q.resource == res.name
                for q in (p, p.opt_in)
            )
        )
        read = spec.item_read(create)
        listing = spec.collection_list(read) if read is not None else None
        if listing is None:
            continue
        path = listing.path.replace("{account_id}", settings.account_id)
        path = path.replace("{app_id}", settings.app_id)
        try:
            answer = httpx.get(
                settings.base_url + path,
                params={"per_page": KNOWN_IDS_PER_RESOURCE},
                headers=headers,
                timeout=10,
            )
            items = answer.json().get("data") if answer.status_code == 200 else None
        except (httpx.HTTPError, ValueError, AttributeError):
            items = None
        ids = [str(i["id"]) for i in items or [] if isinstance(i, dict) and "id" in i]
        if ids:
            found[res.id_param] = ids[:KNOWN_IDS_PER_RESOURCE]
    return found


def command(settings: Settings, junit: Path, phases: Sequence[str] | None = None) -> list[str]:
    """The schemathesis command line for these settings (all their phases, or `phases`)."""
    phases = phases or (READ_ONLY_PHASES if settings.read_only else PHASES)
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
        ",".join(phases),
        # Writes are counted in the order they happen: one worker in live runs.
        "--workers",
        "1" if settings.live else str(settings.workers),
        "--report",
        "junit",
        "--report-junit-path",
        str(junit),
        "--no-color",
    ]
    if settings.max_time:
        cmd += ["--max-time", str(settings.max_time)]
    if settings.live:
        cmd += ["--rate-limit", "auto"]
    for operation_id in not_run(settings):
        cmd += ["--exclude-operation-id", operation_id]
    return cmd


def environment(
    settings: Settings, paths: dict[str, Path], ids: dict[str, list[str]]
) -> dict[str, str]:
    """The schemathesis process's environment: credentials for schemathesis.toml, the hooks."""
    env = dict(os.environ)
    run_settings: dict[str, Any] = {
        "live": settings.live,
        "stats": str(paths["stats"]),
        "stateful": not settings.read_only,
    }
    if settings.control_url and not settings.live:
        run_settings["seed"] = {
            "control_url": settings.control_url,
            "api_url": settings.base_url,
            "token": settings.token,
            "account_id": settings.account_id,
            "app_id": settings.app_id,
        }
    if settings.live:
        run_settings.update(
            ledger=str(paths["ledger"]),
            prefix=settings.title_prefix,
            caps={name: 0 for name in settings.caps} if settings.read_only else settings.caps,
            opt_in=list(settings.opt_in),
            known_ids=ids,
        )
    env.update(
        CLOUDFLARE_API_TOKEN=settings.token,
        CLOUDFLARE_ACCOUNT_ID=settings.account_id,
        REALTIMEKIT_APP_ID=settings.app_id,
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        SCHEMATHESIS_HOOKS="contract.hooks",
        CONTRACT_RUN=json.dumps(run_settings),
    )
    return env


def _terminate_on_signal() -> None:
    """Turn SIGTERM into KeyboardInterrupt, so an interrupted run still cleans up."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


@contextlib.contextmanager
def _shielded() -> Iterator[None]:
    """Ignore Ctrl-C and SIGTERM while cleaning up (each request is bounded by a timeout)."""
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _cleanup(settings: Settings, ledger_path: Path, heading: str) -> list[Outcome]:
    """Undo the ledger's pending items, printing one line each."""
    with _shielded():
        outcomes = clean_up(ledger_path, base_url=settings.base_url, token=settings.token)
    print(f"contract: {heading}, {len(outcomes)} item(s)")
    for outcome in outcomes:
        print(f"  {outcome.line}")
    return outcomes


def _leftovers(settings: Settings, ledger_path: Path) -> list[Outcome]:
    """Undo what an earlier, interrupted run against the same API left in its ledger."""
    if not ledger_path.exists():
        return []
    if (
        settings.live
        and ledger.target(ledger_path) == settings.base_url
        and ledger.pending(ledger_path)
    ):
        return _cleanup(settings, ledger_path, "cleanup of an earlier interrupted run")
    if ledger.pending(ledger_path):
        kept = ledger_path.with_name(f"ledger-{int(time.time())}.jsonl")
        ledger_path.rename(kept)
        print(f"contract: an earlier run's ledger for another API is kept as {kept}")
    return []


_print_lock = threading.Lock()


def _tee(process: subprocess.Popen[str], prefix: str, lines: list[str]) -> None:
    """Print the child's output as it comes (each line after `prefix`), and keep it."""
    assert process.stdout is not None
    for line in process.stdout:
        with _print_lock:
            sys.stdout.write(prefix + line)
            sys.stdout.flush()
        lines.append(line.rstrip("\n"))
    process.wait()


def shard_settings(active: Settings, n: int) -> Settings:
    """The settings of the `n`th process: side by side against the embedded emulator, each
    process after the first tests an app of its own, so that no process writes to what
    another is reading back (one app's state per process keeps every check sound)."""
    if active.live or n == 0:
        return active
    return replace(active, app_id=f"{active.app_id}-{n + 1}")


def _run_shards(
    active: Settings, groups: list[tuple[str, ...]], out: Path, ids: dict[str, list[str]]
) -> tuple[int, bool, list[str], list[Path], list[Path]]:
    """Run one schemathesis process per group of phases, side by side; their exit code (the
    worst), whether interrupted, their outputs one after the other, junit and stats files."""
    junits = [out / f"junit-{n}.xml" for n in range(len(groups))]
    stats = [out / f"stats-{n}.json" for n in range(len(groups))]
    outputs: list[list[str]] = [[] for _ in groups]
    processes, readers = [], []
    for n, phases in enumerate(groups):
        paths = {"ledger": out / "ledger.jsonl", "stats": stats[n]}
        shard = shard_settings(active, n)
        process = subprocess.Popen(
            command(shard, junits[n], phases),
            env=environment(shard, paths, ids),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
        prefix = f"[{','.join(phases)}] " if len(groups) > 1 else ""
        reader = threading.Thread(target=_tee, args=(process, prefix, outputs[n]), daemon=True)
        reader.start()
        processes.append(process)
        readers.append(reader)
    interrupted = False
    try:
        for reader in readers:
            while reader.is_alive():
                reader.join(0.2)
    except KeyboardInterrupt:
        interrupted = True
        for process in processes:
            process.send_signal(signal.SIGINT)
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
    codes = [p.returncode if p.returncode is not None else 1 for p in processes]
    code = max(codes, key=lambda c: c != 0)
    return code, interrupted, [line for o in outputs for line in o], junits, stats


def merge_junit(parts: Sequence[Path], target: Path) -> None:
    """One JUnit report from the processes': a test case per operation, with every failure
    and error any process found; skipped only when no process ran it."""
    cases: dict[str, ET.Element] = {}
    suite_name = "schemathesis"
    for part in parts:
        if not part.exists():
            continue
        root = ET.fromstring(part.read_text(encoding="utf-8"))
        suite_name = next((s.get("name", suite_name) for s in root.iter("testsuite")), suite_name)
        for case in root.iter("testcase"):
            label = case.get("name", "?")
            kept = cases.setdefault(label, case)
            if kept is case:
                continue
            skipped = kept.findall("skipped")
            if skipped and case.find("skipped") is None:
                for element in skipped:
                    kept.remove(element)
            for child in case:
                if child.tag in ("failure", "error"):
                    kept.append(child)
    if not cases:
        return  # no process finished: the summary says so

    def count(tag: str) -> str:
        return str(sum(1 for c in cases.values() if c.find(tag) is not None))

    totals = {
        "tests": str(len(cases)),
        "failures": count("failure"),
        "errors": count("error"),
        "skipped": count("skipped"),
    }
    root = ET.Element("testsuites", totals)
    suite = ET.SubElement(root, "testsuite", {"name": suite_name, **totals})
    suite.extend(cases.values())
    target.write_text(ET.tostring(root, encoding="unicode"), encoding="utf-8")


def merge_stats(parts: Sequence[Path], target: Path) -> None:
    """The processes' counts, added up."""
    merged: dict[str, Any] = {"operations": {}, "accepted": {}}
    for part in parts:
        try:
            data = json.loads(part.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for op, phases in data.get("operations", {}).items():
            for phase, counts in phases.items():
                slot = merged["operations"].setdefault(op, {}).setdefault(phase, {})
                for what, n in counts.items():
                    slot[what] = slot.get(what, 0) + n
        for name, n in data.get("accepted", {}).items():
            merged["accepted"][name] = merged["accepted"].get(name, 0) + n
    target.write_text(json.dumps(merged, sort_keys=True), encoding="utf-8")


def run(settings: Settings) -> int:
    """Run the whole job; return the process exit code."""
    try:
        live_policy.verify(spec.operations(), settings.opt_in)
    except PolicyError as error:
        raise ConfigError(str(error)) from None
    out = settings.reports / "contract"
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "junit": out / "junit.xml",
        "ledger": out / "ledger.jsonl",
        "stats": out / "stats.json",
    }
    earlier = _leftovers(settings, paths["ledger"])
    for stale in paths.values():
        stale.unlink(missing_ok=True)
    _terminate_on_signal()
    started = time.monotonic()
    code, interrupted, output, outcomes = 1, False, [], list(earlier)
    with target(settings) as active:
        where = "live API" if active.live else "embedded emulator"
        print(f"contract: checking {SPEC.name} against the {where} at {active.base_url}")
        if active.live:
            print(f"contract: account {active.account_id}, app {active.app_id}; {_limits(active)}")
            ledger.append(paths["ledger"], {"kind": "run", "base_url": active.base_url})
        ids = known_ids(active) if active.live and active.read_only else {}
        groups = shards(active)
        if len(groups) > 1:
            listed = "; ".join(", ".join(g) for g in groups)
            print(f"contract: {len(groups)} schemathesis processes side by side: {listed}")
        try:
            code, interrupted, output, junits, stats = _run_shards(active, groups, out, ids)
        finally:
            if active.live:
                outcomes += _cleanup(active, paths["ledger"], "cleanup")
        merge_junit(junits, paths["junit"])
        merge_stats(stats, paths["stats"])
        for part in (*junits, *stats):
            part.unlink(missing_ok=True)
        run_info = report.RunInfo(
            target=f"{where} at {active.base_url}",
            live=active.live,
            read_only=active.read_only,
            seed=active.seed,
            max_examples=active.max_examples,
            duration=time.monotonic() - started,
            exit_code=code,
            interrupted=interrupted,
            not_run=not_run(active),
            caps=dict(active.caps) if active.live and not active.read_only else {},
        )
        token = active.token
    summary = report.write_summary(
        paths["junit"], out / "summary.md", run=run_info, stats=paths["stats"], output=output,
        cleanup=outcomes, secrets=[token],
    )  # fmt: skip
    for line in summary.closing_lines():
        print(line)
    print(f"contract: reports in {out}/ (junit.xml, summary.md)")
    if interrupted:
        return 130
    return 0 if summary.passed else 1


def _limits(settings: Settings) -> str:
    """What a live run may write, in words."""
    if settings.read_only:
        return "read-only: only operations that read"
    caps = ", ".join(f"{cap} {name}(s)" for name, cap in settings.caps.items())
    return f"writes capped at {caps}; labels prefixed {settings.title_prefix!r}"
