"""Webhook deliveries: the simulated lifecycle's signals become signed HTTP POSTs.

:class:`Deliveries` turns signals (:mod:`.signals`) into the documented events
(``meeting.started``, ``meeting.participantJoined``/``Left``, ``meeting.ended``,
``recording.statusUpdate``, ``livestreaming.statusUpdate``, ``meeting.chatSynced``,
``meeting.transcript``, ``meeting.summary``) and writes one delivery record per enabled webhook
of the App subscribed to the event, in the transaction of the change that caused it: the
outbox is made of records, so with ``--db`` pending deliveries survive a kill. A background
worker (started while the emulator is served) POSTs them:

* headers ``rtk-signature`` (base64 RSA-SHA256, PKCS#1 v1.5, over the raw body),
  ``rtk-uuid`` (new for every attempt, as the sources describe it), ``rtk-webhook-id``,
  ``Content-Type: application/json``; the public key is served at
  ``GET /.well-known/webhooks.json``;
* at least once: a delivery is settled only after its answer is recorded; a timeout (3 s), a
  connection error or a 5xx is retried with exponential backoff (``retry_base_s``, doubling, at
  most ``retry_cap_s``) up to ``max_attempts`` attempts in all; any other answer (4xx, 3xx:
  redirects are not followed) settles it at once;
* a webhook disabled or deleted before an attempt receives nothing (the delivery is
  ``dropped``); a target the egress policy forbids (``loopback``: only ``localhost`` and
  loopback IP literals, no name resolution) is ``blocked``.

Delivery statuses: ``pending``, ``delivered``, ``failed``, ``dropped``, ``blocked``.
"""

from __future__ import annotations

import base64
import http.client
import ipaddress
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import orjson

from ..clock import format_ms
from ..ids import new_id
from ..state import Record

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["EGRESS", "Deliveries", "SigningKey"]

_logger = logging.getLogger("realtimekit_mock.webhooks")

KIND = "webhook_delivery"
_KEY_KIND = "webhook_signing_key"
_KEY_SCOPE = ("emulator",)
_KEY_ID = "webhook-signing-key"
EGRESS = ("loopback", "any")
PENDING, DELIVERED, FAILED, DROPPED, BLOCKED = (
    "pending",
    "delivered",
    "failed",
    "dropped",
    "blocked",
)
TIMEOUT_S = 3.0
"""A receiver must answer within this time (documented); later counts as a timeout."""


class SigningKey:
    """The emulator's RSA key pair for webhook signatures."""

    def __init__(self, private_pem: bytes | None = None) -> None:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        if private_pem is None:
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        else:
            loaded = serialization.load_pem_private_key(private_pem, password=None)
            assert isinstance(loaded, rsa.RSAPrivateKey)
            key = loaded
        self._key = key
        self.private_pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        self.public_pem = (
            key.public_key()
            .public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            .decode("ascii")
        )

    def sign(self, body: bytes) -> str:
        """Base64 RSA-SHA256 (PKCS#1 v1.5) signature of ``body``."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding

        return base64.b64encode(self._key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()

    def __repr__(self) -> str:
        return "SigningKey(<private>)"


def _wall_ms() -> int:
    return int(time.time() * 1000)


def _rec_time(value: str | None) -> str | None:
    """A recording time as the events show it: ``YYYY-MM-DD HH:MM:SS.ffffffZ``."""
    if not value:
        return None
    date, _, rest = value.partition("T")
    clock = rest.rstrip("Z")
    whole, _, frac = clock.partition(".")
    return f"{date} {whole}.{(frac + '000000')[:6]}Z"


def allowed_target(url: str, egress: str) -> bool:
    """Whether the egress policy lets a delivery go to ``url``."""
    if egress == "any":
        return True
    host = (urlsplit(url).hostname or "").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


class Deliveries:
    """The webhook outbox of a store, and its delivery worker.

    Args:
        store: the store whose signals and webhooks are used.
        egress: ``"loopback"`` (default) or ``"any"``: where deliveries may go.
        retry_base_s: the first retry's delay; each next one doubles, up to ``retry_cap_s``.
        max_attempts: attempts in all (the first and the retries).
    """

    def __init__(
        self,
        store: Store,
        *,
        egress: str = "loopback",
        retry_base_s: float = 1.0,
        retry_cap_s: float = 30.0,
        max_attempts: int = 6,
        timeout_s: float = TIMEOUT_S,
    ) -> None:
        if egress not in EGRESS:
            raise ValueError(f"webhook egress must be one of {', '.join(EGRESS)}, not {egress!r}")
        self.store = store
        self.backend = store.backend
        self.egress = egress
        self.retry_base_s = retry_base_s
        self.retry_cap_s = retry_cap_s
        self.max_attempts = max_attempts
        self.timeout_s = timeout_s
        self.changed = threading.Condition()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._key: SigningKey | None = None
        # Pending deliveries by (scope, id): (next attempt ms, seq). Built from the records on
        # first use (so a restarted --db emulator finds its outbox), kept up to date after;
        # finding the next due delivery then costs no scan of every delivery ever made.
        self._due: dict[tuple[tuple[str, ...], str], tuple[int, int]] | None = None
        signals = store.signals
        signals.subscribe("session.started", self._session_started)
        signals.subscribe("peer.joined", self._peer_joined)
        signals.subscribe("peer.left", self._peer_left)
        signals.subscribe("session.ended", self._session_ended)
        signals.subscribe("recording.status", self._recording_status)
        signals.subscribe("artifact.ready", self._artifact_ready)
        signals.subscribe("livestream.status", self._livestream_status)

    # ---- the key ------------------------------------------------------------------------

    @property
    def key(self) -> SigningKey:
        """The signing key: the stored one, or a new one (stored) the first time it is needed
        (making an RSA key takes ~0.1 s, which an emulator that never delivers does not pay)."""
        if self._key is None:
            with self.store.lock:
                if self._key is None:
                    record = self.backend.get(_KEY_KIND, _KEY_SCOPE, _KEY_ID)
                    if record is not None:
                        self._key = SigningKey(record.load()["private_pem"].encode("ascii"))
                    else:
                        key = SigningKey()
                        self._save_key(key)
                        self._key = key
        return self._key

    def _save_key(self, key: SigningKey) -> None:
        data = {"id": _KEY_ID, "private_pem": key.private_pem.decode("ascii")}
        with self.store.lock, self.backend.transaction():
            self.backend.put(Record.of(_KEY_KIND, _KEY_SCOPE, self.backend.next_seq(), 0, data))

    def after_reset(self) -> None:
        """Keep the key pair across a reset (receivers keep the public key they fetched)."""
        self._due = None
        if self._key is not None:
            self._save_key(self._key)
        with self.changed:
            self.changed.notify_all()

    def well_known(self) -> dict[str, Any]:
        """The body of ``GET /.well-known/webhooks.json``."""
        return {"success": True, "data": {"publicKey": self.key.public_pem}, "message": ""}

    # ---- events -------------------------------------------------------------------------

    def enqueue(self, account_id: str, app_id: str, event: str, payload: dict[str, Any]) -> int:
        """One pending delivery per enabled webhook subscribed to ``event``; how many."""
        hooks = self.store.webhooks.subscribed(account_id, app_id, event)
        if not hooks:
            return 0
        body = orjson.dumps(payload).decode("utf-8")
        now = _wall_ms()
        for hook in hooks:
            data = {
                "id": new_id(),
                "webhook_id": hook["id"],
                "event": event,
                "url": hook["url"],
                "body": body,
                "status": PENDING,
                "attempts": [],
                "created_ms": now,
                "next_ms": now,
            }
            seq = self.backend.next_seq()
            self.backend.put(Record.of(KIND, (account_id, app_id), seq, now * 1000, data))
            if self._due is not None:
                self._due[((account_id, app_id), data["id"])] = (now, seq)
        self._wake.set()
        return len(hooks)

    def _meeting(
        self, app_id: str, meeting: dict[str, Any] | None, session: dict[str, Any] | None
    ) -> dict[str, Any]:
        meeting = meeting or {}
        session = session or {}
        shown: dict[str, Any] = {
            "id": meeting.get("id") or session.get("associated_id"),
            "sessionId": session.get("id"),
            "title": meeting.get("title"),
            "status": "LIVE",
            "createdAt": meeting.get("created_at"),
            "startedAt": session.get("started_at"),
            "endedAt": session.get("ended_at"),
            "organizedBy": {"id": app_id, "name": app_id},
        }
        return {k: v for k, v in shown.items() if v is not None or k == "endedAt"}

    @staticmethod
    def _participant(peer: dict[str, Any]) -> dict[str, Any]:
        shown = {
            "peerId": peer["id"],
            "userDisplayName": peer.get("display_name"),
            "customParticipantId": peer.get("custom_participant_id"),
            "clientSpecificId": peer.get("custom_participant_id"),
            "joinedAt": peer.get("joined_at"),
        }
        if peer.get("left_at"):
            shown["leftAt"] = peer["left_at"]
        return shown

    def _session_started(
        self, *, account_id: str, app_id: str, meeting: Any, session: Any, **_: Any
    ) -> None:
        self.enqueue(
            account_id,
            app_id,
            "meeting.started",
            {"event": "meeting.started", "meeting": self._meeting(app_id, meeting, session)},
        )

    def _peer_joined(
        self, *, account_id: str, app_id: str, meeting: Any, session: Any, peer: Any, **_: Any
    ) -> None:
        self.enqueue(
            account_id,
            app_id,
            "meeting.participantJoined",
            {
                "event": "meeting.participantJoined",
                "meeting": self._meeting(app_id, meeting, session),
                "participant": self._participant(peer),
            },
        )

    def _peer_left(
        self, *, account_id: str, app_id: str, meeting: Any, session: Any, peer: Any, **_: Any
    ) -> None:
        self.enqueue(
            account_id,
            app_id,
            "meeting.participantLeft",
            {
                "event": "meeting.participantLeft",
                "meeting": self._meeting(app_id, meeting, session),
                "participant": self._participant(peer),
            },
        )

    def _session_ended(
        self,
        *,
        account_id: str,
        app_id: str,
        meeting: Any,
        session: Any,
        reason: str,
        **_: Any,
    ) -> None:
        self.enqueue(
            account_id,
            app_id,
            "meeting.ended",
            {
                "event": "meeting.ended",
                "meeting": self._meeting(app_id, meeting, session),
                "reason": reason,
            },
        )

    def _livestream_status(
        self, *, account_id: str, app_id: str, livestream: Any, **_: Any
    ) -> None:
        # The events' vocabulary: LIVE when it goes live, OFFLINE when it goes IDLE or ERRORED.
        status = {"LIVE": "LIVE", "IDLE": "OFFLINE", "ERRORED": "OFFLINE"}.get(livestream["status"])
        if status is None:
            return
        self.enqueue(
            account_id,
            app_id,
            "livestreaming.statusUpdate",
            {"event": "livestreaming.statusUpdate", "streamId": livestream["id"], "status": status},
        )

    def _recording_status(
        self, *, account_id: str, app_id: str, meeting: Any, recording: Any, **_: Any
    ) -> None:
        session = None
        if recording.get("session_id"):
            found = self.backend.get("session", (account_id, app_id), recording["session_id"])
            session = found.load() if found is not None else None
        shown: dict[str, Any] = {
            "id": recording["id"],
            "recordingId": recording["id"],
            "meetingId": recording.get("meeting_id"),
            "organizationId": app_id,
            "status": recording["status"],
            "startedTime": _rec_time(recording.get("started_time")),
            "stoppedTime": _rec_time(recording.get("stopped_time")),
            "roomUUID": recording.get("session_id"),
            "outputFileName": recording.get("output_file_name"),
            "fileSize": recording.get("file_size"),
        }
        if recording["status"] == "UPLOADED":
            shown["downloadUrl"] = recording.get("download_url")
            shown["audioDownloadUrl"] = recording.get("audio_download_url")
            shown["downloadUrlExpiry"] = _rec_time(recording.get("download_url_expiry"))
        self.enqueue(
            account_id,
            app_id,
            "recording.statusUpdate",
            {
                "event": "recording.statusUpdate",
                "recording": shown,
                "meeting": self._meeting(app_id, meeting, session),
            },
        )

    def _artifact_ready(
        self,
        *,
        account_id: str,
        app_id: str,
        meeting: Any,
        session: Any,
        artifact: str,
        url: str,
        expires_at: str,
        **_: Any,
    ) -> None:
        if artifact == "chat":
            payload: dict[str, Any] = {
                "event": "meeting.chatSynced",
                "sessionId": (session or {}).get("id"),
                "meetingId": (meeting or {}).get("id"),
                "chatDownloadUrl": url,
                "chatDownloadUrlExpiry": expires_at,
                "organizedBy": {"id": app_id, "name": app_id},
            }
        elif artifact in ("transcript", "summary"):
            name = artifact
            payload = {
                "event": f"meeting.{name}",
                "meeting": self._meeting(app_id, meeting, session),
                f"{name}DownloadUrl": url,
                f"{name}DownloadUrlExpiry": expires_at,
            }
        else:
            return
        self.enqueue(account_id, app_id, payload["event"], payload)

    # ---- the log ------------------------------------------------------------------------

    def log(
        self,
        account_id: str | None = None,
        app_id: str | None = None,
        *,
        webhook_id: str | None = None,
        event: str | None = None,
    ) -> list[dict[str, Any]]:
        """Deliveries (oldest first) as the control API shows them."""
        with self.store.lock:
            records = sorted(self.backend.each(KIND), key=lambda r: r.seq)
            shown = []
            for record in records:
                if account_id is not None and record.scope != (account_id, app_id):
                    continue
                data = record.load()
                if webhook_id is not None and data["webhook_id"] != webhook_id:
                    continue
                if event is not None and data["event"] != event:
                    continue
                shown.append(_shown(record.scope, data))
            return shown

    def wait(
        self,
        count: int = 1,
        timeout: float = 10.0,
        **filters: Any,
    ) -> tuple[bool, list[dict[str, Any]]]:
        """Wait until at least ``count`` matching deliveries exist and none of them is pending;
        whether that happened within ``timeout`` seconds, and the matching deliveries."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.log(**filters)
            if len(found) >= count and all(d["status"] != PENDING for d in found):
                return True, found
            left = deadline - time.monotonic()
            if left <= 0:
                return False, found
            with self.changed:
                self.changed.wait(min(left, 0.05))

    # ---- the worker ---------------------------------------------------------------------

    def start(self) -> None:
        """Start the background worker (idempotent)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True, name="realtimekit-webhooks")
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the worker (a delivery in flight finishes or times out first)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                wait_s = self.run_due()
            except Exception:
                _logger.exception("webhook delivery failed unexpectedly")
                wait_s = 1.0
            self._wake.wait(wait_s)
            self._wake.clear()

    def run_due(self, post: Callable[..., tuple[int | None, str | None]] | None = None) -> float:
        """Attempt every due pending delivery once; seconds until the next one is due."""
        post = post or self._post
        while not self._stop.is_set():
            due = self._next_due()
            if due is None:
                return 1.0
            record, delay_s = due
            if delay_s > 0:
                return min(delay_s, 1.0)
            self._attempt(record, post)
        return 0.0

    def _next_due(self) -> tuple[Record, float] | None:
        with self.store.lock:
            if self._due is None:
                self._due = {}
                for record in self.backend.each(KIND):
                    data = record.load()
                    if data["status"] == PENDING:
                        self._due[(record.scope, record.id)] = (data["next_ms"], record.seq)
            while self._due:
                key = min(self._due, key=self._due.__getitem__)
                next_ms, _ = self._due[key]
                record = self.backend.get(KIND, key[0], key[1])
                if record is None or record.load()["status"] != PENDING:
                    del self._due[key]  # settled, or its write was undone
                    continue
                return record, (next_ms - _wall_ms()) / 1000
            return None

    def _attempt(self, record: Record, post: Callable[..., tuple[int | None, str | None]]) -> None:
        with self.store.lock:
            current = self.backend.get(KIND, record.scope, record.id)
            if current is None:
                return
            data = current.load()
            if data["status"] != PENDING:
                return
            hook_record = self.backend.get("webhook", record.scope, data["webhook_id"])
            hook = hook_record.load() if hook_record is not None else None
        attempt: dict[str, Any] = {"rtk_uuid": new_id(), "at": format_ms(_wall_ms())}
        if hook is None or not hook["enabled"] or data["event"] not in hook["events"]:
            status = DROPPED
            attempt["error"] = "webhook deleted" if hook is None else "webhook disabled"
            self._settle(current, data, attempt, status, None)
            return
        url = hook["url"]
        if not allowed_target(url, self.egress):
            attempt["error"] = f"egress {self.egress}: {urlsplit(url).hostname} not allowed"
            self._settle(current, data, attempt, BLOCKED, None)
            return
        body = data["body"].encode("utf-8")
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "realtimekit-mock-webhooks",
            "rtk-signature": self.key.sign(body),
            "rtk-uuid": attempt["rtk_uuid"],
            "rtk-webhook-id": hook["id"],
        }
        started = time.perf_counter()
        code, error = post(url, body, headers, self.timeout_s)
        attempt["latency_ms"] = round((time.perf_counter() - started) * 1000, 3)
        attempt["status_code"] = code
        if error is not None:
            attempt["error"] = error
        attempt["url"] = url
        tries = len(data["attempts"]) + 1
        if code is not None and 200 <= code < 300:
            status, retry_in = DELIVERED, None
        elif (code is None or code >= 500) and tries < self.max_attempts:
            status = PENDING
            retry_in = min(self.retry_cap_s, self.retry_base_s * 2 ** (tries - 1))
        else:
            status, retry_in = FAILED, None
        self._settle(current, data, attempt, status, retry_in)

    def _settle(
        self,
        record: Record,
        data: dict[str, Any],
        attempt: dict[str, Any],
        status: str,
        retry_in: float | None,
    ) -> None:
        with self.store.lock:
            current = self.backend.get(KIND, record.scope, record.id)
            if current is None:  # reset meanwhile
                return
            data["attempts"].append(attempt)
            data["status"] = status
            if retry_in is not None:
                data["next_ms"] = _wall_ms() + int(retry_in * 1000)
            with self.backend.transaction():
                self.backend.put(current.replaced(data))
            if self._due is not None:
                if status == PENDING:
                    self._due[(current.scope, current.id)] = (data["next_ms"], current.seq)
                else:
                    self._due.pop((current.scope, current.id), None)
        with self.changed:
            self.changed.notify_all()

    @staticmethod
    def _post(
        url: str, body: bytes, headers: dict[str, str], timeout: float
    ) -> tuple[int | None, str | None]:
        """POST ``body``; the status, or None and why it failed."""
        parts = urlsplit(url)
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        conn = cls(parts.hostname or "", parts.port, timeout=timeout)
        try:
            conn.request("POST", target, body=body, headers=headers)
            response = conn.getresponse()
            response.read(64 * 1024)
            return response.status, None
        except TimeoutError:
            return None, f"timeout after {timeout:g} s"
        except (OSError, http.client.HTTPException) as exc:
            return None, f"{type(exc).__name__}: {exc}"[:300]
        finally:
            conn.close()


def _shown(scope: tuple[str, ...], data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": data["id"],
        "account_id": scope[0],
        "app_id": scope[1],
        "webhook_id": data["webhook_id"],
        "event": data["event"],
        "status": data["status"],
        "attempts": data["attempts"],
        "created_at": format_ms(data["created_ms"]),
        "next_attempt_at": format_ms(data["next_ms"]) if data["status"] == PENDING else None,
        "body": data["body"],
    }
