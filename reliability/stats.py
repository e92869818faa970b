"""Request counts, errors and latency percentiles, collected from many threads."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (``share`` in 0..1) of unsorted values; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[rank]


@dataclass
class Stats:
    """What a run did: requests by status, transport errors, latencies in seconds."""

    statuses: Counter[int] = field(default_factory=Counter)
    transport_errors: int = 0
    latencies: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, status: int | None, seconds: float) -> None:
        """One request: its status (None: no response) and how long it took."""
        with self._lock:
            if status is None:
                self.transport_errors += 1
            else:
                self.statuses[status] += 1
                self.latencies.append(seconds)

    @property
    def requests(self) -> int:
        """Requests that got a response."""
        return sum(self.statuses.values())

    @property
    def server_errors(self) -> int:
        """Responses with a 5xx status."""
        return sum(n for status, n in self.statuses.items() if status >= 500)

    def summary(self, seconds: float) -> dict[str, float | int]:
        """The figures of a run that lasted ``seconds``."""
        return {
            "requests": self.requests,
            "requests_per_s": round(self.requests / seconds, 1) if seconds else 0,
            "server_errors": self.server_errors,
            "transport_errors": self.transport_errors,
            "p50_ms": round(percentile(self.latencies, 0.50) * 1000, 2),
            "p99_ms": round(percentile(self.latencies, 0.99) * 1000, 2),
            "max_ms": round(max(self.latencies, default=0.0) * 1000, 2),
        }
