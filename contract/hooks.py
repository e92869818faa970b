"""schemathesis hooks of a live run: recognisable titles, capped writes, a ledger of writes.

Loaded into the schemathesis process through SCHEMATHESIS_HOOKS by the runner, in live mode
only. The cap is enforced where every phase sends its requests (`before_call`): past it, the
creating request is not sent and the operation reports a "write cap reached" error, which the
runner counts as a limit, not a failure. Every meeting or participant the API accepts is
appended to the ledger file at once (flushed and fsynced), so the cleanup finds it even after
an interrupted run.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
from collections import Counter
from typing import Any
from uuid import UUID

import schemathesis

from contract.settings import CAP_MARKER

PREFIX = os.environ.get("CONTRACT_TITLE_PREFIX", "contract-check ")
LEDGER = os.environ.get("CONTRACT_LEDGER", "")
CAPS = {
    "create_meeting": int(os.environ.get("CONTRACT_MAX_CREATES", "5")),
    "create_org_meeting": 0,  # what it creates has no app id, so it could not be cleaned up
    "add_participant": int(os.environ.get("CONTRACT_MAX_PARTICIPANTS", "10")),
}
TITLED = {"create_meeting", "replace_meeting", "update_meeting"}
KNOWN_MEETINGS = itertools.cycle(
    [i for i in os.environ.get("CONTRACT_MEETING_IDS", "").split(",") if i] or [None]
)

_lock = threading.Lock()
_accepted: Counter[str] = Counter()


def _operation_id(context: Any) -> str:
    """The operationId of the operation a hook runs for."""
    operation = getattr(context, "operation", None)
    return str(operation.definition.raw.get("operationId", "")) if operation else ""


def _record(entry: dict[str, Any]) -> None:
    """Append one write to the ledger, durably."""
    if not LEDGER:
        return
    with _lock, open(LEDGER, "a", encoding="utf-8") as ledger:
        ledger.write(json.dumps(entry) + "\n")
        ledger.flush()
        os.fsync(ledger.fileno())


class WriteCapReached(Exception):
    """Raised instead of sending a creating request once the run's cap is used up."""


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    """Prefix every meeting title the job writes; refuse to send creates past the cap."""
    op = _operation_id(context)
    body = case.body
    if op in TITLED and isinstance(body, dict):
        title = body.get("title")
        if isinstance(title, str) and not title.startswith(PREFIX):
            body["title"] = PREFIX + title
        elif title is None and op != "update_meeting":  # absent or null: name it anyway
            body["title"] = PREFIX.rstrip()
    with _lock:
        if op in CAPS and _accepted[op] >= CAPS[op]:
            raise WriteCapReached(f"{CAP_MARKER}: {op} already created {CAPS[op]}, sending no more")


@schemathesis.hook
def map_path_parameters(context: Any, path_parameters: dict[str, Any]) -> dict[str, Any]:
    """In read-only runs, aim well-formed meeting ids at meetings that exist."""
    meeting_id = path_parameters.get("meeting_id")
    known = next(KNOWN_MEETINGS)
    if known and isinstance(meeting_id, str):
        try:
            UUID(meeting_id)
        except ValueError:
            return path_parameters
        path_parameters["meeting_id"] = known
    return path_parameters


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    """Count and record every accepted write, so it can be capped and cleaned up."""
    op = _operation_id(context) or str(case.operation.definition.raw.get("operationId", ""))
    if not 200 <= response.status_code < 300 or op not in (*CAPS, "delete_participant"):
        return
    params = dict(case.path_parameters or {})
    try:
        data = json.loads(response.content).get("data") or {}
    except (ValueError, AttributeError):
        data = {}
    with _lock:
        _accepted[op] += 1
    if op in ("create_meeting", "create_org_meeting"):
        _record({"kind": "meeting", "operation": op, "id": data.get("id"), **params})
    elif op == "add_participant":
        _record({"kind": "participant", "id": data.get("id"), **params})
    else:
        _record({"kind": "deleted_participant", "id": params.get("participant_id"), **params})
