"""The live policy table, the write budget and the ledger: the rules of a live run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from contract import ledger, live_policy, spec
from contract.budget import Budget
from contract.live_policy import POLICY, RESOURCES, Access, PolicyError, verify
from contract.runner import command, not_run
from contract.settings import from_env

LIVE = {"CLOUDFLARE_API_TOKEN": "tok-0123456789", "CLOUDFLARE_ACCOUNT_ID": "a"}


def test_every_spec_operation_has_exactly_one_row() -> None:
    """The table and the spec name the same operations; start-up verification passes."""
    assert sorted(POLICY) == sorted(spec.operations())
    verify(spec.operations())


def test_an_operation_without_a_row_fails_at_start_up() -> None:
    """A spec operation the table does not know stops the job before anything is sent."""
    with pytest.raises(
        PolicyError, match=re.escape("launch_rocket: no row in contract/live_policy.py")
    ):
        verify([*spec.operations(), "launch_rocket"])


def test_the_job_refuses_to_start_without_a_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m contract` turns a missing row into a one-line error, exit 2."""
    from contract.__main__ import main

    monkeypatch.delitem(POLICY, "get_meeting")
    monkeypatch.setattr("contract.runner.target", None)  # would fail loudly if reached

    assert main() == 2


def test_resources_are_listed_children_first() -> None:
    """Cleanup order: a resource comes before the resource it lives in."""
    names = [r.name for r in RESOURCES]
    for position, res in enumerate(RESOURCES):
        assert res.parent is None or res.parent in names[position + 1 :]


def test_every_resource_has_a_create_and_an_undo_in_the_spec() -> None:
    """Each resource is created by a capped operation (or its opt-in) and undone by the spec."""
    rows = [*POLICY.values(), *(p.opt_in for p in POLICY.values() if p.opt_in is not None)]
    for res in RESOURCES:
        assert res.undo in spec.operations()
        assert any(p.access is Access.CREATE and p.resource == res.name for p in rows), res.name


@pytest.mark.parametrize(
    ("opt_in", "message"),
    [
        (["nope"], "CONTRACT_LIVE_OPT_IN: 'nope' is not an operation of the spec"),
        (["get_meeting"], "CONTRACT_LIVE_OPT_IN: get_meeting runs live already (read)"),
        (["create_org_meeting"], "CONTRACT_LIVE_OPT_IN: create_org_meeting cannot be opted in"),
    ],
)
def test_bad_opt_ins_are_refused(opt_in: list[str], message: str) -> None:
    """Only a `never` row with an `opt_in` policy can be opted in."""
    with pytest.raises(PolicyError, match=re.escape(message)):
        verify(spec.operations(), opt_in)


def test_an_opted_in_operation_takes_its_opt_in_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    """A row such as starting a recording runs live only when named in the opt-ins."""
    row = live_policy.never("starts a billed recording", opt_in=live_policy.create("meeting"))
    monkeypatch.setitem(POLICY, "create_org_meeting", row)

    assert live_policy.effective("create_org_meeting").access is Access.NEVER
    assert live_policy.effective("create_org_meeting", ["create_org_meeting"]).access is (
        Access.CREATE
    )


def test_never_rows_are_not_sent_live_and_read_only_sends_only_reads() -> None:
    """The command line excludes what the table keeps from a live run, and says why."""
    full = from_env(LIVE | {"REALTIMEKIT_APP_ID": "b"})
    read_only = from_env(LIVE | {"REALTIMEKIT_APP_ID": "b", "CONTRACT_MODE": "read-only"})

    never_rows = {op for op, p in POLICY.items() if p.access is Access.NEVER}
    assert "create_org_meeting" in never_rows and "start_recording" in never_rows
    assert set(not_run(full)) == never_rows
    assert "never live: creates a meeting outside any app" in not_run(full)["create_org_meeting"]
    assert set(not_run(read_only)) == {
        op for op, p in POLICY.items() if p.access is not Access.READ
    }
    cmd = command(read_only, Path("junit.xml"))
    assert cmd.count("--exclude-operation-id") == len(not_run(read_only))
    assert "stateful" not in cmd[cmd.index("--phases") + 1]
    assert not_run(from_env({})) == {}  # the embedded emulator runs every operation


def test_budget_keeps_half_of_each_cap_for_the_stateful_phase() -> None:
    """The earlier phases share what the stateful reserve leaves; stateful may use the rest."""
    budget = Budget({"meeting": 5, "participant": 1, "preset": 0}, stateful_phase=True)

    assert budget.reserve == {"meeting": 3, "participant": 1, "preset": 0}
    budget.accept("meeting")
    budget.accept("meeting")
    assert budget.spent("meeting", "coverage")
    assert not budget.spent("meeting", "stateful")
    assert budget.spent("participant", "fuzzing") and not budget.spent("participant", "stateful")
    for _ in range(3):
        budget.accept("meeting")
    assert budget.spent("meeting", "stateful")  # the cap is reached
    assert Budget({"meeting": 5}, stateful_phase=False).reserve == {"meeting": 0}


def test_ledger_pending_is_children_first_and_skips_what_was_undone(tmp_path: Path) -> None:
    """Undone items drop out, a torn last line is ignored, participants come before meetings."""
    path = tmp_path / "ledger.jsonl"
    ledger.append(path, {"kind": "run", "base_url": "http://127.0.0.1:1/client/v4"})
    ledger.append(path, {"kind": "created", "resource": "meeting", "id": "m1", "path": {}})
    for p in ("p1", "p2"):
        entry = {
            "kind": "created",
            "resource": "participant",
            "id": p,
            "path": {"meeting_id": "m1"},
        }
        ledger.append(path, entry)
    ledger.append(path, {"kind": "undone", "resource": "participant", "id": "p1"})
    ledger.append(path, {"kind": "created", "resource": "meeting", "id": None, "path": {}})
    with open(path, "a", encoding="utf-8") as torn:
        torn.write(json.dumps({"kind": "created", "resource": "meeting"})[:20])

    pending = ledger.pending(path)

    assert [(e.resource, e.id) for e in pending] == [
        ("participant", "p2"),
        ("meeting", None),
        ("meeting", "m1"),
    ]
    assert ledger.target(path) == "http://127.0.0.1:1/client/v4"
