"""Smoke test of the benchmark code: every group with tiny counts, and the files it writes.

Run by `make bench` before the real run (BENCH_SMOKE=1); skipped otherwise, so `make test`
neither needs the benchmark requirements nor spends the time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

if os.environ.get("BENCH_SMOKE") != "1":
    pytest.skip("benchmark smoke test: run by make bench (BENCH_SMOKE=1)", allow_module_level=True)

pytest.importorskip("cloudflare")
pytest.importorskip("matplotlib")

ROOT = Path(__file__).resolve().parents[2]
GROUPS = (
    "client_inprocess,client_list,client_loopback,client_startup,parse,emulator_inprocess,emulator_load,"
    "generation,changes,webhooks,simulated_load"
)


@pytest.fixture(scope="module")
def smoke(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    """One quick run of every group but the contract job (its own tests cover it), in a temp dir."""
    out = tmp_path_factory.mktemp("bench")
    docs = out / "benchmarks.md"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--quick",
            "--only",
            GROUPS,
            "--json-dir",
            str(out),
            "--docs",
            str(docs),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return json.loads((out / "latest-quick.json").read_text()), docs


@pytest.mark.parametrize("group", ["client_inprocess", "client_loopback"])
def test_client_groups_time_every_variant(smoke: tuple[dict[str, Any], Path], group: str) -> None:
    """Each operation has the floor, our client and the SDK, with positive times and ratios."""
    data = smoke[0]["groups"][group]
    for operation in ("get", "create"):
        variants = data[operation]["variants"]
        assert {"httpx+json.loads", "realtimekit_client", "cloudflare SDK"} <= set(variants)
        assert variants["httpx+json.loads"]["ratio"] == 1.0
        for v in variants.values():
            assert len(v["wall_us"]) == data[operation]["repeats"] == 2
            assert v["median_wall_us"] > 0
            assert v["ratio"] > 0


def test_client_startup_group(smoke: tuple[dict[str, Any], Path]) -> None:
    """Every start-up variant ran in its own interpreter; the floor is httpx, and our client
    loads fewer modules before its first namespace is used than once every one is."""
    data = smoke[0]["groups"]["client_startup"]
    variants = data["variants"]
    assert {"httpx", "realtimekit_client", "cloudflare SDK"} <= set(variants)
    assert variants["httpx"]["ratio"] == 1.0
    for name, v in variants.items():
        assert len(v["inner_ms"]) == data["repeats"] == 2, name
        assert v["median_wall_ms"] > 0
    every = variants["realtimekit_client, every namespace + httpx client"]
    assert variants["realtimekit_client"]["modules"] < every["modules"]
    assert "## 9. Client start-up" in smoke[1].read_text()


def test_parse_group(smoke: tuple[dict[str, Any], Path]) -> None:
    """The parse group measures json.loads and the model parse."""
    variants = smoke[0]["groups"]["parse"]["variants"]
    assert variants["json.loads"]["ratio"] == 1.0
    assert variants["json.loads + MeetingEnvelope.from_dict"]["median_wall_us"] > 0


def test_emulator_inprocess_group(smoke: tuple[dict[str, Any], Path]) -> None:
    """Both apps answered get and create in-process."""
    data = smoke[0]["groups"]["emulator_inprocess"]
    for operation in ("get", "create"):
        assert data[operation]["variants"]["Starlette canned"]["ratio"] == 1.0
        assert data[operation]["variants"]["emulator"]["median_wall_us"] > 0


def test_load_group_answers_without_errors(smoke: tuple[dict[str, Any], Path]) -> None:
    """The Starlette ceiling and the emulator served get and create, all 2xx."""
    servers = smoke[0]["groups"]["emulator_load"]["servers"]
    for name in ("starlette", "emulator"):
        for operation in ("get", "create"):
            run = servers[name][operation]
            assert run["requests"] > 0, (name, operation)
            assert run["rps"] > 0
            assert run["p99_us"] >= run["p50_us"] > 0
            assert sum(run["errors"].values()) == 0, (name, operation, run["errors"])


def test_webhooks_group(smoke: tuple[dict[str, Any], Path]) -> None:
    """Deliveries were timed, a slow receiver bounded their rate, and get_meeting answered with
    and without deliveries running; the report has the section and the target row."""
    data = smoke[0]["groups"]["webhooks"]
    assert data["latency"]["events"] > 0
    assert data["latency"]["p99_ms"] >= data["latency"]["p50_ms"] > 0
    assert 0 < data["throughput"]["slow_per_s"] < 1000 / data["slow_ms"]
    for variant in ("with", "without"):
        assert data["api"][variant]["errors"] == 0
        assert data["api"][variant]["events_fired"] > 0
    assert data["api"]["p50_ratio"] > 0
    text = smoke[1].read_text()
    assert "## 10. Webhook deliveries" in text
    assert "with webhook deliveries running" in text


def test_simulated_load_group(smoke: tuple[dict[str, Any], Path]) -> None:
    """Peers joined and left recording meetings without errors, get_meeting answered alone and
    under that load; the report has the section and the target row."""
    data = smoke[0]["groups"]["simulated_load"]
    for side in ("live_alone", "live_loaded"):
        live = data[side]
        assert live["calls"] > 0 and live["per_s"] > 0, live
        assert live["p99_us"] >= live["p50_us"] > 0
        assert live["errors"] == 0 and live["recording_start_errors"] == 0
        assert sum(live["recordings_stopped"].values()) == data["meetings"] * data["rounds"]
        assert not any(k.startswith("error") for k in live["recordings_stopped"]), live
    for side in ("reads_alone", "reads_loaded"):
        assert data[side]["requests"] > 0 and data[side]["errors"] == 0, data[side]
    assert data["reads_rps_ratio"] > 0 and data["live_per_s_ratio"] > 0
    text = smoke[1].read_text()
    assert "## 11. Simulated load" in text
    assert "peers join and leave" in text


def test_generation_group(smoke: tuple[dict[str, Any], Path]) -> None:
    """The generator ran into a temp folder and produced the package."""
    generation = smoke[0]["groups"]["generation"]
    assert "error" not in generation, generation
    assert generation["median_s"] > 0
    assert generation["python_files"] > 10


def test_changes_group(smoke: tuple[dict[str, Any], Path]) -> None:
    """The command ran on the full spec and on the fivefold one, which has real changes."""
    changes = smoke[0]["groups"]["changes"]
    assert changes["full"]["median_s"] > 0, changes
    fivefold = changes["fivefold"]
    assert fivefold["operations"] == 5 * changes["full"]["operations"]
    assert fivefold["changes"] > 0 and fivefold["python_api"].startswith("checked with griffe")
    assert "## 8. Spec changes and the version check" in smoke[1].read_text()


def test_report_and_chart_are_written(smoke: tuple[dict[str, Any], Path]) -> None:
    """The Markdown has the targets and tables and embeds the chart, a real PNG beside it."""
    docs = smoke[1]
    text = docs.read_text()
    assert "## Targets" in text
    assert "## 1. Client per-call cost, in-process" in text
    assert "## 1b. A list-heavy read, in-process" in text
    assert "list_recordings (100 items)" in text
    assert "![Benchmark chart](benchmarks.png)" in text
    assert docs.with_suffix(".png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_contract_output_is_parsed() -> None:
    """The generated-case count is read from schemathesis' summary line."""
    from benchmarks.contract_job import generated_count

    assert generated_count("Test cases:\n  2803 generated, 2803 passed, 24 skipped\n") == 2803
    assert generated_count("nothing here") is None
