"""The ledger of a live run: every resource the API accepted, written down before anything else.

One JSON object per line, appended, flushed and fsynced, so the record survives Ctrl-C,
SIGTERM, a crash of the schemathesis process or of the job itself:

- `{"kind": "run", "base_url": ...}`: the first line, naming the API the run wrote to;
- `{"kind": "created", "resource": "meeting", "id": ..., "path": {...}}`: the API accepted a
  create (`path` holds the create request's path parameters; `id` is null when the answer did
  not say which id it created: such an item is reported, it cannot be undone);
- `{"kind": "undone", "resource": ..., "id": ...}`: it is undone already (the run deleted it,
  or the cleanup undid it).

A torn last line (an interrupted write) is skipped when reading.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contract.live_policy import RESOURCES

__all__ = ["Entry", "append", "pending", "target"]

_lock = threading.Lock()


@dataclass(frozen=True)
class Entry:
    """A resource the run created and has not undone."""

    resource: str
    id: str | None
    path: dict[str, str]


def append(ledger: Path, entry: dict[str, Any]) -> None:
    """Append one line to the ledger, durably."""
    line = json.dumps(entry, sort_keys=True) + "\n"
    with _lock, open(ledger, "a", encoding="utf-8") as file:
        file.write(line)
        file.flush()
        os.fsync(file.fileno())


def pending(ledger: Path) -> list[Entry]:
    """What the ledger says is still to undo: children before parents, newest first."""
    created: dict[tuple[str, str], Entry] = {}
    for number, entry in enumerate(_entries(ledger)):
        try:
            name, item_id = str(entry["resource"]), entry["id"]
        except (KeyError, TypeError):
            continue
        key = (name, str(item_id) if item_id is not None else f"unknown #{number}")
        if entry.get("kind") == "created" and isinstance(entry.get("path"), dict):
            path = {str(k): str(v) for k, v in entry["path"].items()}
            created[key] = Entry(name, str(item_id) if item_id is not None else None, path)
        elif entry.get("kind") == "undone":
            created.pop(key, None)
    order = {res.name: position for position, res in enumerate(RESOURCES)}
    newest_first = list(reversed(created.values()))
    return sorted(newest_first, key=lambda e: order.get(e.resource, len(order)))


def target(ledger: Path) -> str | None:
    """The base URL the ledger's run wrote to."""
    return next((str(e.get("base_url")) for e in _entries(ledger) if e.get("kind") == "run"), None)


def _entries(ledger: Path) -> list[dict[str, Any]]:
    lines = ledger.read_text(encoding="utf-8").splitlines() if ledger.exists() else []
    found = []
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            found.append(entry)
    return found
