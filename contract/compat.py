"""Workarounds for faults of the pinned schemathesis (4.32.5), applied when the hooks load.

- With `--max-time`, schemathesis repeats fuzzing and the stateful phase until the time is
  up. A stateful pass whose scenarios ran no check (every step skipped, as when a live write
  budget is spent) marks the phase "no checks ran", and the mark outlives the pass: the next
  pass runs scenarios the CLI never started a progress bar for, and the run ends in an
  "Internal Error" (an assertion in its output handler). The mark is cleared once the CLI has
  seen the pass end, so every pass starts like the first.
- A check has no public way to know whether another check already failed on the same
  scenario; `scenario_failed` reads it from the check context's recorder.
"""

from __future__ import annotations

from typing import Any

from schemathesis.engine import events
from schemathesis.engine.run import PhaseSkipReason, stateful

__all__ = ["apply", "scenario_failed"]


def _repeatable_stateful(run: Any) -> Any:
    def execute(engine: Any, phase: Any) -> events.EventGenerator:
        for event in run(engine, phase):
            yield event
            # The consumer has handled the event when the generator resumes here.
            finished = isinstance(event, events.PhaseFinished)
            if finished and phase.skip_reason is PhaseSkipReason.NO_CHECKS_RAN:
                phase.skip_reason = None

    execute.__wrapped__ = run  # type: ignore[attr-defined]
    return execute


def apply() -> None:
    """Install every workaround once."""
    if not hasattr(stateful.execute, "__wrapped__"):
        stateful.execute = _repeatable_stateful(stateful.execute)


def scenario_failed(ctx: Any) -> bool:
    """Whether a check failed in the scenario of this check context (its recorder so far)."""
    recorder = getattr(getattr(ctx, "internals", None), "recorder", None)
    checks = getattr(recorder, "checks", None) or {}
    return any(node.status.name == "FAILURE" for nodes in checks.values() for node in nodes)
