"""schemathesis hooks of the job: per-operation counts, and the rules of a live run.

Loaded into the schemathesis process through SCHEMATHESIS_HOOKS by the runner, which passes
the run's settings as JSON in CONTRACT_RUN. In every run the hooks count, per operation and
phase, the requests sent and the 2xx answers, and write them to the stats file the summary
reads; importing this module also registers the checks beyond the schema (contract.checks).

In a live run they also enforce contract.live_policy:

- creates stay within each resource's budget (contract.budget). A create the budget does not
  allow is not sent, and never becomes an error: examples and coverage drop it before sending
  (`filter_case`), and once a phase's share is used up the check `live_write_budget` ends that
  operation's phase right after the answer that used it up; fuzzing skips that step of its
  scenario (SkipTest while drawing it); the stateful phase ends when a scenario would create
  past the cap. These reuse schemathesis 4.32.5's own clean stops (`BudgetExpired`, `SkipTest`):
  a hook has no public way to withhold a single request, and any other exception from
  `before_call` is reported as a hook error. A stop raised by a check drops the failures the
  other checks found on that answer, so after a failure the check leaves the stop to
  `before_call`, which ends the phase instead of sending the next create;
- every accepted create is appended to the ledger at once (contract.ledger), and so is every
  resource the run deletes itself;
- writes are aimed only at resources the run created (the item a `change` names, the parent a
  `create` adds to): an id of any other resource is replaced, before sending, by one that
  cannot exist;
- the label field of what the run writes (a meeting's title) starts with the title prefix;
- stateful scenarios run longer (LIVE_STATEFUL_STEPS), so the links are followed from the few
  resources a cap allows;
- in read-only runs, well-formed ids are aimed at resources the account already has.

In an embedded run they aim ids at what the emulator seeded instead (contract.seeding), so
operations on sessions, live meetings and recordings reach their 2xx answers.
"""

from __future__ import annotations

import atexit
import json
import os
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.core.control import SkipTest
from schemathesis.engine.run.unit._case import BudgetExpired

import contract.checks  # noqa: F401  (registers the checks beyond the schema)
from contract import compat, ledger
from contract.budget import Budget
from contract.live_policy import RESOURCES, Access, effective, resource
from contract.seeding import Seeder, is_uuid

__all__ = ["WriteBudgetSpent"]

RUN: dict[str, Any] = json.loads(os.environ.get("CONTRACT_RUN", "{}"))
LIVE = bool(RUN.get("live"))
LEDGER = Path(RUN["ledger"]) if RUN.get("ledger") else None
STATS = Path(RUN["stats"]) if RUN.get("stats") else None
PREFIX = str(RUN.get("prefix", "contract-check "))
OPT_IN = tuple(RUN.get("opt_in", ()))
KNOWN_IDS: dict[str, list[str]] = RUN.get("known_ids", {})
BUDGET = Budget(RUN.get("caps", {}), stateful_phase=bool(RUN.get("stateful")))
# Under a write cap a live run creates few resources: its stateful scenarios run this many
# steps (6 by default), so the links are followed from each one it creates.
LIVE_STATEFUL_STEPS = 20
# A well-formed id no resource has: what `change` requests aim at instead of a foreign id.
NOBODY = "00000000-0000-4000-8000-000000000000"
ID_PARAMS = {res.id_param: res.name for res in RESOURCES}
SEEDER = Seeder(**RUN["seed"]) if RUN.get("seed") and not LIVE else None

compat.apply()

_lock = threading.Lock()
_created: dict[str, set[str]] = defaultdict(set)
_stats: dict[str, dict[str, dict[str, int]]] = defaultdict(
    lambda: defaultdict(lambda: defaultdict(int))
)
_known_turn: dict[str, int] = defaultdict(int)
_worlds: dict[int, str | None] = {}  # id(case) → the seeded world its ids were aimed at
_last_dump = 0.0


class WriteBudgetSpent(BudgetExpired):
    """Ends the phase of an operation whose live write budget is used up (not an error)."""


def _operation_id(case: Any) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))


def _phase(case: Any) -> str:
    return case.meta.phase.name.value if case.meta is not None else "unknown"


def _created_resource(operation_id: str) -> str | None:
    """The resource this operation creates in this run, if it is a capped create."""
    policy = effective(operation_id, OPT_IN)
    return policy.resource if policy.access is Access.CREATE else None


def _count(operation_id: str, phase: str, what: str) -> None:
    """Add one to the stats; write them out at most once a second."""
    global _last_dump
    with _lock:
        _stats[operation_id][phase][what] += 1
        due = time.monotonic() - _last_dump > 1.0
        if due:
            _last_dump = time.monotonic()
    if due:
        _dump()


def _dump() -> None:
    """Write the stats file atomically (a small file: written under the lock)."""
    if STATS is None:
        return
    with _lock:
        data = {
            "operations": {
                op: {ph: dict(c) for ph, c in phases.items()} for op, phases in _stats.items()
            },
            "accepted": dict(BUDGET.accepted),
        }
        partial = STATS.with_suffix(".tmp")
        partial.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
        partial.replace(STATS)


atexit.register(_dump)


def _withhold(case: Any, operation_id: str) -> None:
    """Count a create the budget kept from being sent."""
    _count(operation_id, _phase(case), "withheld")


if LIVE:

    @schemathesis.hook
    def after_load_schema(context: Any, schema: Any) -> None:
        """Lengthen the stateful scenarios (the few creates a cap allows carry every link)."""
        schema.config.phases.stateful.max_steps = LIVE_STATEFUL_STEPS

    @schemathesis.hook
    def filter_case(context: Any, case: Any) -> bool:
        """Keep a create only while its phase may still create that resource."""
        name = _created_resource(_operation_id(case))
        phase = _phase(case)
        if name is None or not BUDGET.spent(name, phase):
            return True
        _withhold(case, _operation_id(case))
        if phase == "fuzzing":
            raise SkipTest(f"live write budget of {name} used up")  # skips this step only
        if phase == "stateful":
            raise WriteBudgetSpent(f"live write cap of {name} reached")  # ends the phase
        return False

    @schemathesis.check
    def live_write_budget(ctx: Any, response: Any, case: Any) -> bool | None:
        """Ends an operation's examples or coverage phase once its create budget is used up,
        unless a check already failed on this scenario (its failure then ends it)."""
        name = _created_resource(_operation_id(case))
        if name is None or _phase(case) not in ("examples", "coverage"):
            return None
        ok = 200 <= response.status_code < 300
        if ok and BUDGET.spent(name, _phase(case)) and not compat.scenario_failed(ctx):
            raise WriteBudgetSpent(f"live write budget of {name} used up")
        return None

    @schemathesis.hook
    def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
        """Label what the run writes; aim changes at its own resources; never pass the cap."""
        operation_id = _operation_id(case)
        policy = effective(operation_id, OPT_IN)
        if policy.access is Access.CREATE and BUDGET.spent(str(policy.resource), _phase(case)):
            _withhold(case, operation_id)
            raise WriteBudgetSpent(f"live write budget of {policy.resource} used up")
        if policy.access not in (Access.CREATE, Access.CHANGE):
            return
        _label(case, policy.resource)
        # Writes go only to what the run created: the item a change names, and the parent a
        # create adds to (a participant only ever joins one of the run's own meetings).
        for param, name in ID_PARAMS.items():
            value = (case.path_parameters or {}).get(param)
            if is_uuid(value) and str(value) not in _created[name]:
                case.path_parameters[param] = NOBODY


def _label(case: Any, name: str | None) -> None:
    """Prefix the label field (a meeting's title) of a body the run sends."""
    field = resource(name).label_field if name else None
    body = case.body
    if field is None or not isinstance(body, dict):
        return
    value = body.get(field)
    if isinstance(value, str) and not value.startswith(PREFIX):
        body[field] = PREFIX + value
    elif value is None and case.method.upper() in ("POST", "PUT"):
        body[field] = PREFIX.rstrip()  # a whole representation without a label: name it anyway


if KNOWN_IDS:

    @schemathesis.hook
    def map_path_parameters(context: Any, path_parameters: dict[str, Any]) -> dict[str, Any]:
        """In read-only runs, aim well-formed ids at resources the account has."""
        for param, known in KNOWN_IDS.items():
            value = path_parameters.get(param) if path_parameters else None
            if known and is_uuid(value):
                path_parameters[param] = known[_known_turn[param] % len(known)]
                _known_turn[param] += 1
        return path_parameters


if SEEDER is not None:

    @schemathesis.hook
    def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
        """Aim the case's ids at a seeded world (two cases out of three), except in the
        stateful phase, whose ids come from the links."""
        assert SEEDER is not None
        if _phase(case) == "stateful":
            return
        world = SEEDER.aim(case.operation.path, case)
        with _lock:
            _worlds[id(case)] = world


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    """Count every answer; in a live run, write down what the API accepted."""
    operation_id = _operation_id(case)
    ok = 200 <= response.status_code < 300
    _count(operation_id, _phase(case), "sent")
    if ok:
        _count(operation_id, _phase(case), "2xx")
    if SEEDER is not None:
        with _lock:
            world = _worlds.pop(id(case), None)
        SEEDER.answered(operation_id, world, response.status_code)
    if not LIVE or not ok:
        return
    name = _created_resource(operation_id)
    if name is not None:
        res = resource(name)
        try:
            data = json.loads(response.content)
            new_id = data
            for part in res.id_pointer.strip("/").split("/"):
                new_id = new_id[part]
        except (ValueError, KeyError, TypeError):
            new_id = None
        BUDGET.accept(name)
        new_id = new_id if isinstance(new_id, str) and new_id else None  # None: cannot be undone
        if new_id is not None:
            with _lock:
                _created[name].add(new_id)
        if LEDGER is not None:
            path = {k: str(v) for k, v in (case.path_parameters or {}).items()}
            entry = {"kind": "created", "resource": name, "id": new_id, "path": path}
            ledger.append(LEDGER, {**entry, "operation": operation_id})
        return
    for res in RESOURCES:
        deleted = str((case.path_parameters or {}).get(res.id_param))
        by_the_run = res.undo == operation_id and case.method.upper() == "DELETE"
        if by_the_run and LEDGER is not None and deleted in _created[res.name]:
            ledger.append(LEDGER, {"kind": "undone", "resource": res.name, "id": deleted})
