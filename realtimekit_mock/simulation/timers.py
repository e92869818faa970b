"""Things that happen later by an app's clock: :class:`Timers`.

A timer is a record (kind ``timer``, scoped by app) holding when it is due, the name of the
action to run and its arguments, so pending timers survive a restart with ``--db`` and are
forgotten by a reset. :meth:`Timers.run_due` runs every timer of an app that is due by the
app's clock, in the order they are due, each told the instant it was due: advancing a clock by
an hour runs an hour's timers at their own times, not all "now". An action may schedule further
timers, which run in the same pass if they are due too.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import Any

from ..ids import new_id
from ..state import Backend, Record, Scope

__all__ = ["Action", "Timers"]

KIND = "timer"
_MAX_PER_PASS = 100_000

Action = Callable[..., None]
"""``action(account_id, app_id, at_ms, **arguments)``."""


class Timers:
    """The pending timers of every app; not thread-safe by itself (callers hold the store lock).

    Args:
        backend: where timer records live.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
        self.actions: dict[str, Action] = {}
        self._heaps: dict[Scope, list[tuple[int, int, str]]] = {}
        self.reload()

    def reload(self) -> None:
        """Rebuild the schedule from the stored timers (at start, and after a reset)."""
        self._heaps.clear()
        for record in self.backend.each(KIND):
            data = record.load()
            self._push(record.scope, data["due_ms"], record.seq, record.id)

    def on(self, action: str, run: Action) -> None:
        """Register what a timer named ``action`` does when due."""
        self.actions[action] = run

    def schedule(
        self,
        account_id: str,
        app_id: str,
        due_ms: int,
        action: str,
        *,
        key: str | None = None,
        **arguments: Any,
    ) -> str:
        """Run ``action`` at ``due_ms`` by the app's clock; returns the timer's id.

        ``key`` names the timer so it can be cancelled (one pending timer per key and app; a
        new one with the same key replaces it).
        """
        if action not in self.actions:
            raise ValueError(f"no timer action {action!r}")
        scope = (account_id, app_id)
        if key is not None:
            self.cancel(account_id, app_id, key)
        timer_id = new_id()
        data = {"id": timer_id, "due_ms": due_ms, "action": action, "arguments": arguments}
        seq = self.backend.next_seq()
        self.backend.put(Record.of(KIND, scope, seq, due_ms * 1000, data, (("key", key),)))
        self._push(scope, due_ms, seq, timer_id)
        return timer_id

    def cancel(self, account_id: str, app_id: str, key: str) -> bool:
        """Cancel the pending timer named ``key``; whether there was one."""
        record = self.backend.find(KIND, (account_id, app_id), "key", key)
        if record is None:
            return False
        self.backend.delete(record)
        return True

    def pending(self, account_id: str, app_id: str, key: str) -> int | None:
        """When the timer named ``key`` is due, or None if there is none."""
        record = self.backend.find(KIND, (account_id, app_id), "key", key)
        return None if record is None else int(record.load()["due_ms"])

    def next_due(self, account_id: str, app_id: str) -> int | None:
        """When the app's earliest timer is due (possibly one already cancelled), or None."""
        heap = self._heaps.get((account_id, app_id))
        return heap[0][0] if heap else None

    def apps(self) -> list[Scope]:
        """The apps with pending timers."""
        return [scope for scope, heap in self._heaps.items() if heap]

    def run_due(self, account_id: str, app_id: str, now_ms: int) -> int:
        """Run every timer of the app due at or before ``now_ms``; how many ran."""
        scope = (account_id, app_id)
        heap = self._heaps.get(scope)
        ran = 0
        while heap and heap[0][0] <= now_ms and ran < _MAX_PER_PASS:
            due_ms, _, timer_id = heapq.heappop(heap)
            record = self.backend.get(KIND, scope, timer_id)
            if record is None:  # cancelled, or rolled back
                continue
            self.backend.delete(record)
            data = record.load()
            self.actions[data["action"]](account_id, app_id, due_ms, **data["arguments"])
            ran += 1
        return ran

    def _push(self, scope: Scope, due_ms: int, seq: int, timer_id: str) -> None:
        heapq.heappush(self._heaps.setdefault(scope, []), (due_ms, seq, timer_id))
