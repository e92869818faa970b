"""Receive RealtimeKit webhooks: verify the signature, then parse the event.

Hand-written (not generated): `make generate` copies it from client_templates/static/ into the
package. It needs `cryptography` for the RSA check: `pip install "realtimekit-client[webhooks]"`.

Every delivery is a POST whose `rtk-signature` header is the base64 RSA-SHA256 (PKCS#1 v1.5)
signature of the raw body bytes; the public key (PEM) is served at
`/.well-known/webhooks.json`. Verify the bytes exactly as received, before anything parses
them::

    from realtimekit_client import webhooks

    keys = webhooks.PublicKeyFetcher("https://api.realtime.cloudflare.com/.well-known/webhooks.json")

    async def receive(request):
        try:
            event = await keys.averify(await request.body(), request.headers)
        except webhooks.WebhookVerificationError:
            return Response(status_code=401)
        if event.name == "recording.statusUpdate":
            ...

A failed check of any kind (no or malformed signature header, an unusable key, a signature
that does not match, a verified body that is not a JSON object) raises
:class:`WebhookVerificationError`, and nothing else. Events this module does not know, and
fields it does not know, still parse: `Event.model` is None for an unknown event (or a known
one whose payload lacks a required key), `Event.data` always holds the whole JSON object.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from .errors import RealtimeKitError
from .models import (
    ChatSyncedEvent,
    LivestreamingStatusUpdateEvent,
    MeetingEndedEvent,
    MeetingStartedEvent,
    ParticipantJoinedEvent,
    ParticipantLeftEvent,
    RecordingStatusUpdateEvent,
    SummaryEvent,
    TranscriptEvent,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

__all__ = [
    "DEFAULT_PUBLIC_KEY_URL",
    "EVENT_MODELS",
    "SIGNATURE_HEADER",
    "UUID_HEADER",
    "WEBHOOK_ID_HEADER",
    "Event",
    "EventModel",
    "PublicKeyFetcher",
    "WebhookVerificationError",
    "verify",
]

SIGNATURE_HEADER = "rtk-signature"
UUID_HEADER = "rtk-uuid"
WEBHOOK_ID_HEADER = "rtk-webhook-id"
DEFAULT_PUBLIC_KEY_URL = "https://api.realtime.cloudflare.com/.well-known/webhooks.json"
"""Where RealtimeKit publishes its webhook public key (an emulator serves its own)."""

EventModel: TypeAlias = (
    MeetingStartedEvent
    | MeetingEndedEvent
    | ParticipantJoinedEvent
    | ParticipantLeftEvent
    | ChatSyncedEvent
    | RecordingStatusUpdateEvent
    | LivestreamingStatusUpdateEvent
    | TranscriptEvent
    | SummaryEvent
)
EVENT_MODELS: dict[str, type[EventModel]] = {
    "meeting.started": MeetingStartedEvent,
    "meeting.ended": MeetingEndedEvent,
    "meeting.participantJoined": ParticipantJoinedEvent,
    "meeting.participantLeft": ParticipantLeftEvent,
    "meeting.chatSynced": ChatSyncedEvent,
    "recording.statusUpdate": RecordingStatusUpdateEvent,
    "livestreaming.statusUpdate": LivestreamingStatusUpdateEvent,
    "meeting.transcript": TranscriptEvent,
    "meeting.summary": SummaryEvent,
}
"""The typed model of each documented event."""


class WebhookVerificationError(RealtimeKitError):
    """The delivery is not proven to come from RealtimeKit: refuse it (answer 4xx)."""


@dataclass(frozen=True)
class Event:
    """A verified webhook event.

    Attributes:
        name: the payload's `event` (`"meeting.started"`, ...; any string).
        data: the whole payload, as parsed JSON.
        model: the typed model of a documented event, or None.
        webhook_id: the `rtk-webhook-id` header (the webhook it was sent to), if any.
        delivery_id: the `rtk-uuid` header (new on every attempt), if any.
    """

    name: str
    data: dict[str, Any]
    model: EventModel | None
    webhook_id: str | None = None
    delivery_id: str | None = None


def _header(headers: Mapping[str, str] | Any, name: str) -> str | None:
    getter = getattr(headers, "get", None)
    if getter is None:
        return None
    value = getter(name)
    if value is None:
        for key in headers:
            if str(key).lower() == name:
                value = headers[key]
                break
    return None if value is None else str(value)


_KEYS: dict[bytes, RSAPublicKey] = {}
_KEYS_LOCK = threading.Lock()


def _load_key(public_key_pem: str | bytes) -> RSAPublicKey:
    pem = public_key_pem.encode("ascii") if isinstance(public_key_pem, str) else public_key_pem
    with _KEYS_LOCK:
        found = _KEYS.get(pem)
    if found is not None:
        return found
    try:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ImportError(
            'verifying webhooks needs cryptography: pip install "realtimekit-client[webhooks]"'
        ) from exc
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError) as exc:
        raise WebhookVerificationError(f"the public key is not a PEM public key: {exc}") from None
    if not isinstance(key, RSAPublicKey):
        raise WebhookVerificationError("the public key is not an RSA key")
    with _KEYS_LOCK:
        if len(_KEYS) > 16:
            _KEYS.clear()
        _KEYS[pem] = key
    return key


def _check(body: bytes, headers: Mapping[str, str] | Any, public_key_pem: str | bytes) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    if not isinstance(body, bytes | bytearray | memoryview):
        raise WebhookVerificationError("the body must be the raw bytes as received")
    signature_text = _header(headers, SIGNATURE_HEADER)
    if not signature_text:
        raise WebhookVerificationError(f"no {SIGNATURE_HEADER} header")
    try:
        signature = base64.b64decode(signature_text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is not base64") from None
    key = _load_key(public_key_pem)
    try:
        key.verify(signature, bytes(body), padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        raise WebhookVerificationError("the signature does not match the body") from None


def _parse(body: bytes, headers: Mapping[str, str] | Any) -> Event:
    try:
        data = json.loads(bytes(body))
    except (ValueError, UnicodeDecodeError):
        raise WebhookVerificationError("the verified body is not JSON") from None
    if not isinstance(data, dict):
        raise WebhookVerificationError("the verified body is not a JSON object")
    name = data.get("event")
    name = name if isinstance(name, str) else ""
    model: EventModel | None = None
    cls = EVENT_MODELS.get(name)
    if cls is not None:
        try:
            model = cls.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            model = None
    return Event(
        name=name,
        data=data,
        model=model,
        webhook_id=_header(headers, WEBHOOK_ID_HEADER),
        delivery_id=_header(headers, UUID_HEADER),
    )


def verify(body: bytes, headers: Mapping[str, str] | Any, public_key_pem: str | bytes) -> Event:
    """Check `rtk-signature` over the raw `body` with the PEM public key, then parse it.

    `headers` is any mapping of header names to values (case-insensitive lookups are done for
    plain dicts too): Starlette's `request.headers`, `httpx.Headers`, a dict.

    Raises:
        WebhookVerificationError: the delivery cannot be trusted (the body is not parsed).
    """
    _check(body, headers, public_key_pem)
    return _parse(body, headers)


class PublicKeyFetcher:
    """Fetches and caches the webhook public key from a `/.well-known/webhooks.json` URL.

    The key is fetched on first use and kept for `ttl_s` seconds. When a signature does not
    verify with a cached key, the key is fetched again (at most once per `min_refresh_s`, so
    forged requests cannot make it fetch in a loop) and the check repeated once: a key
    rotation is followed without a restart.

    Args:
        url: the key's URL (the emulator's is `<emulator>/.well-known/webhooks.json`).
        ttl_s: how long a fetched key is used without fetching it again.
        min_refresh_s: the least time between two fetches caused by failed checks.
        timeout_s: the HTTP timeout of a fetch.
        transport, async_transport: httpx transports (for tests).
    """

    def __init__(
        self,
        url: str = DEFAULT_PUBLIC_KEY_URL,
        *,
        ttl_s: float = 3600.0,
        min_refresh_s: float = 60.0,
        timeout_s: float = 10.0,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = url
        self.ttl_s = ttl_s
        self.min_refresh_s = min_refresh_s
        self.timeout_s = timeout_s
        self._transport = transport
        self._async_transport = async_transport
        self._pem: str | None = None
        self._fetched = 0.0
        self._lock = threading.Lock()
        self.fetches = 0
        """How many times the key was fetched."""

    def _store(self, response: httpx.Response) -> str:
        try:
            response.raise_for_status()
            pem = response.json()["data"]["publicKey"]
        except (httpx.HTTPError, ValueError, KeyError, TypeError) as exc:
            raise WebhookVerificationError(
                f"cannot read the public key at {self.url}: {exc}"
            ) from None
        if not isinstance(pem, str) or "PUBLIC KEY" not in pem:
            raise WebhookVerificationError(f"{self.url} holds no PEM public key")
        with self._lock:
            self._pem, self._fetched = pem, time.monotonic()
            self.fetches += 1
        return pem

    def _fresh(self) -> str | None:
        with self._lock:
            if self._pem is not None and time.monotonic() - self._fetched < self.ttl_s:
                return self._pem
        return None

    def _may_refresh(self) -> bool:
        with self._lock:
            return time.monotonic() - self._fetched >= self.min_refresh_s

    def refresh(self) -> str:
        """Fetch the key now."""
        try:
            with httpx.Client(transport=self._transport, timeout=self.timeout_s) as client:
                response = client.get(self.url)
        except httpx.HTTPError as exc:
            raise WebhookVerificationError(
                f"cannot fetch the public key at {self.url}: {exc}"
            ) from None
        return self._store(response)

    async def arefresh(self) -> str:
        """Fetch the key now (async)."""
        try:
            async with httpx.AsyncClient(
                transport=self._async_transport, timeout=self.timeout_s
            ) as client:
                response = await client.get(self.url)
        except httpx.HTTPError as exc:
            raise WebhookVerificationError(
                f"cannot fetch the public key at {self.url}: {exc}"
            ) from None
        return self._store(response)

    def get(self) -> str:
        """The key (PEM), fetched if none is cached or it is older than `ttl_s`."""
        return self._fresh() or self.refresh()

    async def aget(self) -> str:
        """The key (PEM), fetched if needed (async)."""
        return self._fresh() or await self.arefresh()

    def verify(self, body: bytes, headers: Mapping[str, str] | Any) -> Event:
        """:func:`verify` with the fetched key (fetched again once if it does not match)."""
        try:
            _check(body, headers, self.get())
        except WebhookVerificationError:
            if not self._may_refresh():
                raise
            _check(body, headers, self.refresh())
        return _parse(body, headers)

    async def averify(self, body: bytes, headers: Mapping[str, str] | Any) -> Event:
        """:meth:`verify`, fetching without blocking the event loop."""
        try:
            _check(body, headers, await self.aget())
        except WebhookVerificationError:
            if not self._may_refresh():
                raise
            _check(body, headers, await self.arefresh())
        return _parse(body, headers)
