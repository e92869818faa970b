"""Undo what a live run created, from its ledger, whatever the API answers.

The cleanup reads nothing but status codes: an answer that would not parse (the very drift
the job exists to find) cannot stop it. It goes item by item, children before parents as
`contract.live_policy.RESOURCES` orders them, and reports each item it could not undo
instead of raising. Raw HTTP (httpx) rather than the generated client, because the client
parses every answer into its models.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import httpx

from contract import ledger, spec
from contract.live_policy import resource

__all__ = ["Outcome", "clean_up"]


@dataclass(frozen=True)
class Outcome:
    """What became of one ledger item."""

    resource: str
    id: str
    done: bool
    line: str


def _path(template: str, params: dict[str, str]) -> str | None:
    """The template with every `{name}` filled in (URL-quoted), or None if one is unknown."""
    out = template
    for name in [part[1:-1] for part in template.split("/") if part.startswith("{")]:
        if name not in params:
            return None
        out = out.replace("{" + name + "}", quote(params[name], safe=""))
    return out


def clean_up(
    ledger_path: Path, *, base_url: str, token: str, timeout: float = 10.0
) -> list[Outcome]:
    """Undo every pending item of the ledger, one outcome each; write each success to it."""
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    outcomes = []
    with httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=timeout) as client:
        for item in ledger.pending(ledger_path):
            outcome = _undo(client, item)
            outcomes.append(outcome)
            # Undone all the same if the ledger cannot take the line: a later run's undo of it
            # would find it gone (404) or do nothing new.
            with contextlib.suppress(OSError):
                if outcome.done:
                    entry = {"kind": "undone", "resource": outcome.resource, "id": outcome.id}
                    ledger.append(ledger_path, entry)
    return outcomes


def _undo(client: httpx.Client, item: ledger.Entry) -> Outcome:
    """Call the resource's undo operation for one item; never raises."""
    res = resource(item.resource)
    if item.id is None:
        line = f"NOT undone: a {res.name} the API created without saying its id"
        return Outcome(res.name, "?", False, line)
    what = f"{res.name} {item.id}"
    undo = spec.operations()[res.undo]
    path = _path(undo.path, {**item.path, res.id_param: item.id})
    if path is None:
        return Outcome(res.name, item.id, False, f"NOT undone: {what}: the ledger lacks its path")
    try:
        answer = client.request(undo.method, path, json=res.undo_body)
    except httpx.HTTPError as error:
        reason = f"no answer ({type(error).__name__})"
    else:
        if 200 <= answer.status_code < 300 or answer.status_code in res.undo_ok:
            return Outcome(
                res.name, item.id, True, f"{res.undone_as} {what} (HTTP {answer.status_code})"
            )
        reason = f"HTTP {answer.status_code}"
    return Outcome(res.name, item.id, False, f"NOT undone: {what}: {reason} from {res.undo}")
