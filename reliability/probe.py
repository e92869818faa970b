"""``python -m reliability.probe URL TOKEN SECONDS``: latency seen by one quiet client.

Run as a process of its own beside a load, it fetches one meeting every few milliseconds and
prints its figures as JSON, so the latency it reports is the emulator's answer time under load,
without the queueing inside the load generator's own process.
"""

from __future__ import annotations

import json
import sys
import time

import httpx

from .stats import Stats

PAUSE = 0.005


def main(argv: list[str]) -> int:
    """Probe until the time is up; print the figures."""
    base, token, seconds = argv[0], argv[1], float(argv[2])
    stats = Stats()
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
        meeting = client.post("/meetings", json={"title": "probe"}).json()["data"]["id"]
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                status: int | None = client.get(f"/meetings/{meeting}").status_code
            except httpx.TransportError:
                status = None
            stats.record(status, time.perf_counter() - started)
            time.sleep(PAUSE)
    figures = stats.summary(seconds)
    figures["non_200"] = stats.requests - stats.statuses[200]
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
