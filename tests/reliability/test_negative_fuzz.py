"""schemathesis in negative mode against an emulator process: no 5xx, no crash (a larger run is
part of `make soak`)."""

from __future__ import annotations

from pathlib import Path

from reliability.negative import NegativeRun


def test_negative_mode_finds_nothing(workdir: Path) -> None:
    """Invalid data for every operation: every answer is a documented 4xx; the process lives."""
    run = NegativeRun(workdir, examples=5, phases="fuzzing").run()
    assert run.problems == []
    assert run.generated >= 50 and run.passed == run.generated
    # The invalid data reached validation: a 401 is only ever ignored_auth re-sending, without
    # the token, a case the emulator accepted (a value negative mode meant as invalid, e.g. an
    # ancient but well-formed date).
    assert run.statuses.get("401", 0) <= run.statuses.get("200", 0)
    assert run.statuses["400"] >= run.generated * 0.9


def test_negative_run_reports_server_errors(workdir: Path) -> None:
    """The same run against an emulator answering 500 fails: the run does notice 5xx."""
    run = NegativeRun(
        workdir, examples=1, phases="examples", extra=["--error-rate", "1", "--error-status", "500"]
    ).run()
    assert any("schemathesis exited" in p for p in run.problems)
