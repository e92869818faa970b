"""Webhook deliveries: latency, throughput with a slow receiver, and their cost to the API.

The emulator (`python -m realtimekit_mock`, memory store) runs as its own process, pinned to
CPU 1 like in `emulator_load`; the receiver (`realtimekit_mock.webhook_receiver`, a threaded
loopback server) and the driver of the events run in this process. Every event is one control
API call: a participant joining (`POST /_emulator/join`) or leaving (`/_emulator/leave`) a live
session, which enqueues one `meeting.participantJoined`/`Left` delivery in the same transaction.

- `latency`: events at a fixed rate (`rate` per second, paced on a schedule, not back to back);
  the time from just before the triggering call is sent to the receiver's handler having the
  request (body read), matched by event and peer. p50/p99 per round; medians over the rounds.
- `throughput`: a burst of `burst` events fired back to back, the receiver answering after
  `slow_ms` (and, side by side, at once); deliveries per second from the first arrival to the
  last. The emulator has one delivery worker, which waits for each answer: a slow receiver
  bounds the rate at about 1 / its answer time.
- `api` (and `api_stress` at `stress_rate`, when given): `get_meeting` under the load
  generator of `emulator_load` (`concurrency` connections, `api_seconds` per run) while the
  driver fires events at the rate, with the webhook enabled (deliveries running) and disabled
  (the same control calls, nothing enqueued); interleaved, order rotated per round; ratios per
  round (with / without) of p50, p99, requests/s and requests per server CPU-second, their
  medians; and the server's extra CPU time per delivery (its CPU seconds per second with minus
  without, over the events per second). The receiver and the driver run on the load
  generator's CPU (this process is pinned there for these runs), so the server's CPU carries
  only the emulator.
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from typing import Any

import httpx
import orjson

from benchmarks import loadgen
from benchmarks.common import ACCOUNT_ID, APP_ID, TOKEN, median, percentile
from benchmarks.emulator_load import _cpu_seconds
from benchmarks.servers import ServerProcess, emulator_server

SERVER_CPU = 1
LOAD_CPU = 0
EVENTS = ["meeting.participantJoined", "meeting.participantLeft"]


class _Tenant:
    """The emulator's API and control API for the benchmark tenant, one meeting with a host who
    stays (so the session stays live) and a guest who joins and leaves: one event per call."""

    def __init__(self, server: ServerProcess, receiver_url: str) -> None:
        root = server.url.removesuffix("/client/v4")
        self.control = httpx.Client(base_url=root + "/_emulator", timeout=10)
        self.root = f"{server.url}/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}"
        self.api = httpx.Client(
            base_url=self.root,
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=10,
        )
        self.scope = {"account_id": ACCOUNT_ID, "app_id": APP_ID}
        hook = self.api.post(
            "/webhooks", json={"name": "bench", "url": receiver_url, "events": EVENTS}
        )
        hook.raise_for_status()
        self.webhook_id = hook.json()["data"]["id"]
        self.meeting_id = ""
        self.peer: str | None = None

    def new_meeting(self) -> None:
        """A fresh meeting (its session's peer list starts empty), host joined."""
        meeting = self.api.post("/meetings", json={"title": "bench webhooks"})
        meeting.raise_for_status()
        self.meeting_id = meeting.json()["data"]["id"]
        host, guest = (
            self.api.post(
                f"/meetings/{self.meeting_id}/participants",
                json={"custom_participant_id": name, "preset_name": "group_call_host"},
            ).json()["data"]["id"]
            for name in ("host", "guest")
        )
        self.guest = guest
        self.host_peer = self._call("join", participant_id=host)["peer_id"]
        self.peer = None

    def _call(self, what: str, **body: str) -> dict[str, Any]:
        answer = self.control.post(
            f"/{what}", json={**self.scope, "meeting_id": self.meeting_id, **body}
        )
        answer.raise_for_status()
        return answer.json()  # type: ignore[no-any-return]

    def event(self) -> tuple[str, str]:
        """Fire one event (the guest joins, or leaves); its (event name, peer ID)."""
        if self.peer is None:
            self.peer = self._call("join", participant_id=self.guest)["peer_id"]
            return EVENTS[0], self.peer
        peer, self.peer = self.peer, None
        self._call("leave", peer_id=peer)
        return EVENTS[1], peer

    def enable(self, enabled: bool) -> None:
        self.api.patch(f"/webhooks/{self.webhook_id}", json={"enabled": enabled}).raise_for_status()

    def close(self) -> None:
        self.control.close()
        self.api.close()


def _arrivals(receiver: Any, since: int) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for got in receiver.received[since:]:
        payload = orjson.loads(got.body)
        out.setdefault((payload["event"], payload["participant"]["peerId"]), got.at)
    return out


def _wait_for(
    receiver: Any, since: int, keys: list[tuple[str, str]], timeout: float = 60.0
) -> dict[tuple[str, str], float]:
    """Arrival times of the deliveries of `keys` (received after index `since`), once all came."""
    deadline = time.monotonic() + timeout
    while True:
        arrived = _arrivals(receiver, since)
        if all(k in arrived for k in keys):
            return arrived
        if time.monotonic() > deadline:
            missing = sum(k not in arrived for k in keys)
            raise TimeoutError(f"{missing} of {len(keys)} deliveries did not arrive")
        time.sleep(0.01)


def _paced(tenant: _Tenant, rate: float, seconds: float, stop: threading.Event | None = None):  # type: ignore[no-untyped-def]
    """Fire events at `rate` per second for `seconds` (or until `stop`); [(key, sent at)]."""
    sent = []
    start = time.monotonic()
    k = 0
    while True:
        due = start + k / rate
        now = time.monotonic()
        if (stop is not None and stop.is_set()) or (stop is None and due - start >= seconds):
            return sent
        if due > now:
            time.sleep(due - now)
        t0 = time.monotonic()
        sent.append((tenant.event(), t0))
        k += 1


def _latency(tenant: _Tenant, receiver: Any, rate: float, seconds: float) -> dict[str, Any]:
    since = len(receiver.received)
    tenant.new_meeting()
    sent = _paced(tenant, rate, seconds)
    arrived = _wait_for(receiver, since, [key for key, _ in sent])
    ms = [(arrived[key] - t0) * 1000 for key, t0 in sent]
    return {
        "events": len(ms),
        "p50_ms": percentile(ms, 50),
        "p99_ms": percentile(ms, 99),
        "max_ms": max(ms),
        "ms": ms,
    }


def _throughput(tenant: _Tenant, receiver: Any, burst: int, delay_s: float) -> dict[str, Any]:
    since = len(receiver.received)
    tenant.new_meeting()  # its host's join delivered before the burst starts
    _wait_for(receiver, since, [(EVENTS[0], tenant.host_peer)])
    receiver.delay_s = delay_s
    since = len(receiver.received)
    fired = time.monotonic()
    keys = [tenant.event() for _ in range(burst)]
    arrived = _wait_for(receiver, since, keys)
    receiver.delay_s = 0.0
    times = [arrived[k] for k in keys]
    span = max(times) - min(times)
    return {
        "events": burst,
        "fire_s": time.monotonic() - fired,
        "span_s": span,
        "per_s": (burst - 1) / span if span > 0 else float("nan"),
    }


def _api_run(
    receiver: Any,
    server: ServerProcess,
    tenant: _Tenant,
    get_url: str,
    *,
    deliveries: bool,
    rate: float,
    seconds: float,
    concurrency: int,
) -> dict[str, Any]:
    tenant.enable(deliveries)
    since = len(receiver.received)
    tenant.new_meeting()
    stop = threading.Event()
    fired: list[Any] = []
    driver = threading.Thread(
        target=lambda: fired.extend(_paced(tenant, rate, 0, stop)), name="bench-webhook-driver"
    )
    assert server.proc is not None
    cpu0 = _cpu_seconds(server.proc.pid)
    driver.start()
    try:
        result = loadgen.run_load(
            get_url,
            authorization=f"Bearer {TOKEN}",
            concurrency=concurrency,
            seconds=seconds,
            cpu=LOAD_CPU,
        )
    finally:
        stop.set()
        driver.join(30)
    cpu = _cpu_seconds(server.proc.pid) - cpu0
    result["server_cpu_s"] = cpu
    result["per_cpu_s"] = result["requests"] / cpu if cpu > 0 else None
    if deliveries:  # drained before the next run starts
        _wait_for(receiver, since, [key for key, _ in fired])
    result["events_fired"] = len(fired)
    return result


def _api(
    receiver: Any,
    server: ServerProcess,
    tenant: _Tenant,
    get_url: str,
    *,
    rate: float,
    seconds: float,
    rounds: int,
    concurrency: int,
) -> dict[str, Any]:
    """get_meeting under load with and without deliveries, `rounds` of each, interleaved."""
    runs: dict[str, list[dict[str, Any]]] = {"with": [], "without": []}
    for i in range(rounds):
        order = ["with", "without"] if i % 2 == 0 else ["without", "with"]
        for variant in order:
            runs[variant].append(
                _api_run(
                    receiver,
                    server,
                    tenant,
                    get_url,
                    deliveries=variant == "with",
                    rate=rate,
                    seconds=seconds,
                    concurrency=concurrency,
                )
            )
    pairs = list(zip(runs["with"], runs["without"], strict=True))

    def ratio(key: str) -> float:
        return median([w[key] / o[key] for w, o in pairs if o[key] and w[key]])

    out: dict[str, Any] = {
        variant: {
            "p50_us": statistics.median(r["p50_us"] for r in rs),
            "p99_us": statistics.median(r["p99_us"] for r in rs),
            "rps": statistics.median(r["rps"] for r in rs),
            "per_cpu_s": statistics.median(r["per_cpu_s"] or 0 for r in rs),
            "events_fired": sum(r["events_fired"] for r in rs),
            "errors": sum(sum(r["errors"].values()) for r in rs),
            "runs": rs,
        }
        for variant, rs in runs.items()
    }
    out["rate"] = rate
    out["p50_ratio"] = ratio("p50_us")
    out["p99_ratio"] = ratio("p99_us")
    out["rps_ratio"] = ratio("rps")
    out["per_cpu_ratio"] = ratio("per_cpu_s")
    # the server's extra CPU time per delivery: per-second CPU with minus without, over the rate
    extra = [
        (w["server_cpu_s"] / seconds - o["server_cpu_s"] / seconds) / (w["events_fired"] / seconds)
        for w, o in pairs
        if w["events_fired"]
    ]
    out["server_cpu_ms_per_delivery"] = statistics.median(extra) * 1000 if extra else float("nan")
    return out


def run(
    *,
    rate: float = 20.0,
    seconds: float = 5.0,
    rounds: int = 3,
    burst: int = 40,
    slow_ms: float = 50.0,
    api_seconds: float = 3.0,
    api_rounds: int = 5,
    concurrency: int = 8,
    stress_rate: float | None = None,
) -> dict[str, Any]:
    """The three measurements against one emulator process (see the module's description)."""
    from realtimekit_mock.webhook_receiver import WebhookReceiver

    out: dict[str, Any] = {
        "tool": loadgen.tool(),
        "rate": rate,
        "seconds": seconds,
        "rounds": rounds,
        "burst": burst,
        "slow_ms": slow_ms,
        "api_seconds": api_seconds,
        "api_rounds": api_rounds,
        "stress_rate": stress_rate,
        "concurrency": concurrency,
        "pinned": bool(loadgen.taskset_prefix(SERVER_CPU)),
    }
    pinned = out["pinned"] and hasattr(os, "sched_setaffinity")
    affinity = os.sched_getaffinity(0) if pinned else None
    with WebhookReceiver() as receiver, emulator_server(cpu=SERVER_CPU) as server:
        tenant = _Tenant(server, receiver.url)
        try:
            _latency(tenant, receiver, rate, min(1.0, seconds))  # warm-up: key, connections
            latency = [_latency(tenant, receiver, rate, seconds) for _ in range(rounds)]
            pooled = [x for r in latency for x in r.pop("ms")]
            out["latency"] = {
                "p50_ms": statistics.median(r["p50_ms"] for r in latency),
                "p99_ms": statistics.median(r["p99_ms"] for r in latency),
                "pooled_p99_ms": percentile(pooled, 99),
                "events": sum(r["events"] for r in latency),
                "runs": latency,
            }
            slow, fast = [], []
            for _ in range(rounds):
                slow.append(_throughput(tenant, receiver, burst, slow_ms / 1000))
                fast.append(_throughput(tenant, receiver, burst, 0.0))
            out["throughput"] = {
                "slow_per_s": statistics.median(r["per_s"] for r in slow),
                "fast_per_s": statistics.median(r["per_s"] for r in fast),
                "slow_runs": slow,
                "fast_runs": fast,
            }
            get_url = f"{tenant.root}/meetings/{tenant.meeting_id}"
            if pinned:  # the receiver and the driver on the load side, off the server's CPU
                os.sched_setaffinity(0, {LOAD_CPU})
            settings = {"seconds": api_seconds, "rounds": api_rounds, "concurrency": concurrency}
            out["api"] = _api(receiver, server, tenant, get_url, rate=rate, **settings)
            if stress_rate:
                out["api_stress"] = _api(
                    receiver, server, tenant, get_url, rate=stress_rate, **settings
                )
        finally:
            if affinity is not None:
                os.sched_setaffinity(0, affinity)
            tenant.close()
    return out


if __name__ == "__main__":
    import json

    print(json.dumps({k: v for k, v in run().items()}, indent=1, default=str)[:4000])
