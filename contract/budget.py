"""The write budget of a live run: how many of each resource a phase may still create.

Each resource's cap (`contract.live_policy.Resource.cap_setting`) is split: half of it,
rounded up, is kept for the stateful phase, which follows the spec's links from what it
creates (so links are covered even when the earlier phases would have spent every create);
the examples, coverage and fuzzing phases share the rest. Only creates the API accepted count.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Mapping

__all__ = ["STATEFUL", "Budget"]

STATEFUL = "stateful"


class Budget:
    """Caps, the stateful reserve, and what the API accepted so far; thread-safe."""

    def __init__(self, caps: Mapping[str, int], *, stateful_phase: bool) -> None:
        self.caps = dict(caps)
        self.reserve = {
            name: (cap + 1) // 2 if stateful_phase and cap > 0 else 0 for name, cap in caps.items()
        }
        self.accepted: Counter[str] = Counter()
        self._lock = threading.Lock()

    def limit(self, resource: str, phase: str) -> int:
        """How many of `resource` may exist once `phase` is done."""
        cap = self.caps.get(resource, 0)
        return cap if phase == STATEFUL else cap - self.reserve.get(resource, 0)

    def spent(self, resource: str, phase: str) -> bool:
        """Whether `phase` may create no more of `resource` (for the stateful phase: whether
        the run's cap is reached)."""
        with self._lock:
            return self.accepted[resource] >= self.limit(resource, phase)

    def accept(self, resource: str) -> None:
        """Count one create the API accepted."""
        with self._lock:
            self.accepted[resource] += 1
