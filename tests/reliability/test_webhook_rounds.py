"""Webhook deliveries across kill -9: every delivery pending at the kill and every event of an
acknowledged call reaches the receiver, signed, after the restart (more rounds in `make soak`)."""

from __future__ import annotations

from pathlib import Path

from reliability.webhooks import MODES, WebhookRounds


def test_kill_9_with_pending_deliveries_loses_none(workdir: Path) -> None:
    """One round per receiver mode (refused, 503, slow), short workload windows."""
    rounds = WebhookRounds(workdir, rounds=len(MODES), min_window=0.4, max_window=0.6).run()
    assert rounds.problems == []
    figures = rounds.figures()
    assert figures["rounds"] == len(MODES)
    assert figures["lost"] == 0 and figures["signatures_rejected"] == 0
    assert figures["pending_at_kill"] > 0
    assert figures["delivered_after_restart"] >= figures["pending_at_kill"]
    assert all(r["events_acknowledged"] > 0 for r in rounds.results)
    assert "Traceback" not in (workdir / "webhooks-emulator.log").read_text()
