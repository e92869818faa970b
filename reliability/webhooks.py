"""Webhook deliveries across kill -9: nothing acknowledged is lost from the outbox.

Each round, against an emulator with ``--db`` and one webhook subscribed to every event:

1. the loopback receiver is made unavailable, in turn: ``refused`` (its socket closed: connection
   refused), ``503`` (it answers every POST with 503) or ``slow`` (it answers 200 only after
   :data:`SLOW_S`, so the kill lands while deliveries are in flight);
2. a workload fires events: meetings, participants joining and leaving through the control API,
   recordings started and stopped through the REST API; every call answered 2xx is written down
   with the events it must cause (``participantJoined``/``Left`` by peer, ``statusUpdate``
   ``INVOKED`` by recording);
3. right before the kill the control API's delivery log is read: some deliveries must still be
   pending; then the emulator is killed with SIGKILL, the workload still running;
4. the receiver comes back (answering 200 at once) and an emulator is started on the same file:
   every delivery of that log and every event of an acknowledged call must reach the receiver
   with a 2xx answer, its ``rtk-signature`` verified by ``realtimekit_client.webhooks.verify``
   with the public key of ``/.well-known/webhooks.json`` (the same key before and after).

Duplicates (the same body answered 2xx more than once: a delivery whose answer the killed
process never recorded is sent again) are counted and allowed: delivery is at least once. The
restarted emulator is the next round's target. The emulator runs with a short first retry
(:data:`RETRY_BASE_S`) so that a round stays within the retry budget and the drain is quick.
"""

from __future__ import annotations

import contextlib
import hashlib
import random
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import orjson

from .emulator import ACCOUNT, APP, Emulator, free_port

MODES = ("refused", "503", "slow")
SLOW_S = 1.0
"""How long the ``slow`` receiver takes to answer 200 (under the emulator's 3 s timeout)."""
RETRY_BASE_S = 0.25
"""``--webhook-retry-base``: 0.25, 0.5, 1, 2, 4 s; six attempts span 7.75 s, more than a round's
workload window, so no delivery fails for good while the receiver is away."""
DRAIN_TIMEOUT_S = 30.0


def _key(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class Receiver:
    """A loopback receiver on a fixed port whose availability can be switched.

    Modes: ``up`` (200 at once), ``503``, ``slow`` (200 after :data:`SLOW_S`) and ``refused``
    (no socket: the port is closed and bound again when the mode changes back).
    """

    def __init__(self) -> None:
        self.port = free_port()
        self.mode = "up"
        self.lock = threading.Lock()
        self.got: list[tuple[bytes, dict[str, str], int, float]] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        if mode == "refused":
            self._close()
        elif self._server is None:
            self._open()

    def _open(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                mode = receiver.mode
                if mode == "slow":
                    time.sleep(SLOW_S)
                status = 503 if mode == "503" else 200
                with receiver.lock:  # recorded before the answer: a 2xx the sender may not see
                    receiver.got.append((body, headers, status, time.monotonic()))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        deadline = time.monotonic() + 10
        while True:
            try:
                self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, daemon=True, name="soak-webhook-receiver"
        )
        self._thread.start()

    def _close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            if self._thread is not None:
                self._thread.join(5)
            self._server = self._thread = None

    def accepted(self) -> list[tuple[bytes, dict[str, str], float]]:
        """Every request answered 2xx so far: body, headers, arrival (monotonic)."""
        with self.lock:
            return [(b, h, t) for b, h, s, t in self.got if s < 300]

    def stop(self) -> None:
        self._close()


@dataclass
class Workload:
    """Fires events until told to stop or until the emulator stops answering."""

    emulator: Emulator
    seed: int
    prefix: str
    expected: dict[str, str] = field(default_factory=dict)
    """What acknowledged calls must cause: ``"joined:<peer>"`` etc., each with its event."""
    calls: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        rng = random.Random(self.seed)
        scope = {"account_id": ACCOUNT, "app_id": APP}
        ctl = self.emulator.url + "/_emulator"
        try:
            with httpx.Client(
                base_url=self.emulator.app_url, headers=self.emulator.headers, timeout=5
            ) as api:
                n = 0
                while not self.stop.is_set():
                    n += 1
                    meeting = self._ok(api.post("/meetings", json={"title": f"{self.prefix}{n}"}))
                    mid = meeting["id"]
                    people = [
                        self._ok(
                            api.post(
                                f"/meetings/{mid}/participants",
                                json={
                                    "custom_participant_id": f"{self.prefix}{n}-{i}",
                                    "preset_name": "group_call_host",
                                    "name": f"P{i}",
                                },
                            )
                        )["id"]
                        for i in range(rng.randint(2, 3))
                    ]
                    peers = []
                    for pid in people:
                        peer = self._ok(
                            api.post(
                                f"{ctl}/join",
                                json={**scope, "meeting_id": mid, "participant_id": pid},
                            )
                        )
                        self.expected[f"joined:{peer['peer_id']}"] = "meeting.participantJoined"
                        peers.append(peer["peer_id"])
                    recording = None
                    if rng.random() < 0.5:
                        recording = self._ok(api.post("/recordings", json={"meeting_id": mid}))
                        self.expected[f"recording:{recording['id']}:INVOKED"] = (
                            "recording.statusUpdate"
                        )
                    for peer_id in peers[: rng.randint(1, len(peers))]:
                        if recording is not None and rng.random() < 0.5:
                            self._ok(
                                api.put(f"/recordings/{recording['id']}", json={"action": "stop"})
                            )
                            recording = None
                        self._ok(
                            api.post(
                                f"{ctl}/leave",
                                json={**scope, "meeting_id": mid, "peer_id": peer_id},
                            )
                        )
                        self.expected[f"left:{peer_id}"] = "meeting.participantLeft"
        except (httpx.TransportError, RuntimeError):
            pass  # the kill: what was answered is in `expected`

    def _ok(self, response: httpx.Response) -> dict[str, Any]:
        if response.status_code >= 300:
            raise RuntimeError(f"{response.request.url}: {response.status_code} {response.text}")
        self.calls += 1
        body = response.json()
        return body["data"] if "data" in body and "success" in body else body  # type: ignore[no-any-return]


def _expectations(payload: dict[str, Any]) -> list[str]:
    """The ``expected`` keys a delivered payload satisfies."""
    event = payload.get("event")
    if event == "meeting.participantJoined":
        return [f"joined:{payload['participant']['peerId']}"]
    if event == "meeting.participantLeft":
        return [f"left:{payload['participant']['peerId']}"]
    if event == "recording.statusUpdate":
        rec = payload["recording"]
        return [f"recording:{rec['id']}:{rec['status']}"]
    return []


@dataclass
class WebhookRounds:
    """Settings and results of the webhook rounds (see the module's description)."""

    workdir: Path
    rounds: int = 3
    min_window: float = 1.0
    max_window: float = 2.0
    seed: int = 0
    results: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def run(self) -> WebhookRounds:
        from realtimekit_client import webhooks

        self._webhooks = webhooks
        db = self.workdir / "webhooks.db"
        log = self.workdir / "webhooks-emulator.log"
        rng = random.Random(self.seed)
        receiver = Receiver()
        receiver.set_mode("up")
        extra = ("--webhook-retry-base", str(RETRY_BASE_S))
        emulator = Emulator(db=db, log=log, extra=extra).start()
        self.verified = self.rejected = 0
        self._seen: set[str] = set()
        try:
            with httpx.Client(base_url=emulator.app_url, headers=emulator.headers) as api:
                api.post(
                    "/webhooks",
                    json={
                        "name": "soak",
                        "url": receiver.url,
                        "events": [
                            "meeting.started",
                            "meeting.participantJoined",
                            "meeting.participantLeft",
                            "meeting.ended",
                            "recording.statusUpdate",
                        ],
                    },
                ).raise_for_status()
            self.key = self._public_key(emulator)
            for n in range(self.rounds):
                mode = MODES[n % len(MODES)]
                window = rng.uniform(self.min_window, self.max_window)
                emulator = self._round(n, emulator, receiver, mode, window, extra)
                if self.problems:
                    break
        finally:
            emulator.kill()
            receiver.stop()
        return self

    @staticmethod
    def _public_key(emulator: Emulator) -> str:
        got = httpx.get(emulator.url + "/.well-known/webhooks.json", timeout=10)
        return str(got.json()["data"]["publicKey"])

    def _round(
        self,
        n: int,
        emulator: Emulator,
        receiver: Receiver,
        mode: str,
        window: float,
        extra: tuple[str, ...],
    ) -> Emulator:
        problems: list[str] = []
        seen_before = len(receiver.got)
        receiver.set_mode(mode)
        load = Workload(emulator, seed=self.seed + n, prefix=f"wh{n}-")
        runner = threading.Thread(target=load.run, name="soak-webhook-workload")
        runner.start()
        time.sleep(window)
        log = httpx.get(
            emulator.url + "/_emulator/webhooks/deliveries",
            params={"account_id": ACCOUNT, "app_id": APP},
            timeout=10,
        ).json()["deliveries"]
        emulator.kill()
        log = [d for d in log if d["id"] not in self._seen]
        self._seen.update(d["id"] for d in log)
        load.stop.set()
        runner.join(30)
        pending = [d for d in log if d["status"] == "pending"]
        failed = [d for d in log if d["status"] not in ("pending", "delivered")]
        if not pending:
            problems.append("no delivery was pending right before the kill")
        if failed:
            problems.append(
                f"{len(failed)} deliveries settled otherwise before the kill: "
                f"{sorted({d['status'] for d in failed})}"
            )
        wanted = {_key(d["body"].encode("utf-8")) for d in log}
        expected = dict(load.expected)

        receiver.set_mode("up")
        restarted_at = time.monotonic()
        restarted = Emulator(db=emulator.db, log=emulator.log, extra=extra).start()
        answering_at = time.monotonic()
        key_after = self._public_key(restarted)
        if key_after != self.key:
            problems.append("the public key changed across the restart")

        def missing() -> tuple[set[str], set[str]]:
            got = {_key(b): b for b, _, _ in receiver.accepted()}
            satisfied: set[str] = set()
            for body in got.values():
                with contextlib.suppress(ValueError, KeyError, TypeError):
                    satisfied.update(_expectations(orjson.loads(body)))
            return wanted - set(got), set(expected) - satisfied

        deadline = restarted_at + DRAIN_TIMEOUT_S
        lost_log, lost_acked = missing()
        while (lost_log or lost_acked) and time.monotonic() < deadline:
            time.sleep(0.05)
            lost_log, lost_acked = missing()
        drained_at = time.monotonic()
        settled = httpx.get(
            restarted.url + "/_emulator/webhooks/deliveries",
            params={"account_id": ACCOUNT, "app_id": APP, "wait": "10", "count": str(len(log))},
            timeout=20,
        ).json()
        after = settled["deliveries"]
        if not settled["complete"]:
            problems.append("deliveries still pending 10 s after the drain")
        bad = [d for d in after if d["status"] not in ("pending", "delivered")]
        if bad:
            problems.append(
                f"{len(bad)} deliveries not delivered after the restart: "
                f"{[(d['event'], d['status']) for d in bad[:5]]}"
            )

        this_round = receiver.got[seen_before:]
        accepted = [(b, h, t) for b, h, s, t in this_round if s < 300]
        after_restart = {_key(b) for b, _, t in accepted if t >= restarted_at}
        counts: dict[str, int] = {}
        for body, headers, _ in accepted:
            counts[_key(body)] = counts.get(_key(body), 0) + 1
            try:
                self._webhooks.verify(body, headers, self.key)
                self.verified += 1
            except self._webhooks.WebhookVerificationError as exc:
                self.rejected += 1
                problems.append(f"a delivery failed verification: {exc}")
        if lost_log:
            problems.append(f"{len(lost_log)} logged deliveries never arrived after the restart")
        if lost_acked:
            problems.append(
                f"{len(lost_acked)} acknowledged events never arrived: {sorted(lost_acked)[:5]}"
            )
        self.results.append(
            {
                "round": n + 1,
                "receiver": mode,
                "killed_after_s": round(window, 2),
                "calls_acknowledged": load.calls,
                "events_acknowledged": len(expected),
                "deliveries_logged_at_kill": len(log),
                "pending_at_kill": len(pending),
                "delivered_after_restart": len(after_restart & wanted),
                "lost": len(lost_log | {f"acked:{k}" for k in lost_acked}),
                "duplicates": sum(c - 1 for c in counts.values()),
                "restart_s": round(answering_at - restarted_at, 2),
                "drain_s": round(drained_at - restarted_at, 2),
                "signatures_verified": len(accepted),
            }
        )
        self.problems += [f"round {n + 1} ({mode}): {p}" for p in problems]
        return restarted

    def figures(self) -> dict[str, Any]:
        """Totals over the rounds."""
        r = self.results

        def total(key: str) -> int:
            return sum(x[key] for x in r)

        drains = sorted(x["drain_s"] for x in r)
        return {
            "rounds": len(r),
            "events_fired": total("deliveries_logged_at_kill"),
            "events_acknowledged": total("events_acknowledged"),
            "pending_at_kill": total("pending_at_kill"),
            "delivered_after_restart": total("delivered_after_restart"),
            "lost": total("lost"),
            "duplicates": total("duplicates"),
            "signatures_verified": getattr(self, "verified", 0),
            "signatures_rejected": getattr(self, "rejected", 0),
            "restart_s_median": sorted(x["restart_s"] for x in r)[len(r) // 2] if r else None,
            "drain_s_median": drains[len(drains) // 2] if drains else None,
            "drain_s_max": drains[-1] if drains else None,
        }
