"""realtimekit_client.webhooks: one error for every failed check, parsing only after it."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import orjson
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from realtimekit_client import RealtimeKitError, webhooks
from realtimekit_client.models import MeetingStartedEvent, RecordingStatusUpdateEvent


def _pair() -> tuple[rsa.RSAPrivateKey, str]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return key, pem.decode()


KEY, PEM = _pair()
OTHER, OTHER_PEM = _pair()


def _signed(payload: Any, key: rsa.RSAPrivateKey = KEY) -> tuple[bytes, dict[str, str]]:
    body = payload if isinstance(payload, bytes) else orjson.dumps(payload)
    signature = key.sign(body, padding.PKCS1v15(), hashes.SHA256())
    return body, {
        "rtk-signature": base64.b64encode(signature).decode(),
        "rtk-uuid": "0b0c4e5e-8a9a-4d3f-9a51-6f5d2f2c1a11",
        "rtk-webhook-id": "7f4e2b9a-3c1d-4e8f-9a0b-1c2d3e4f5a6b",
    }


STARTED = {"event": "meeting.started", "meeting": {"id": "m1", "sessionId": "s1", "title": "T"}}


def test_a_signed_event_parses_into_its_model() -> None:
    body, headers = _signed({**STARTED, "later": 1})
    event = webhooks.verify(body, headers, PEM)
    assert (event.name, event.webhook_id, event.delivery_id) == (
        "meeting.started",
        headers["rtk-webhook-id"],
        headers["rtk-uuid"],
    )
    assert isinstance(event.model, MeetingStartedEvent)
    assert event.model.meeting.session_id == "s1"
    assert event.model.additional_properties == {"later": 1}
    assert event.data["later"] == 1


def test_headers_are_case_insensitive_for_any_mapping() -> None:
    body, headers = _signed(STARTED)
    upper = {k.upper(): v for k, v in headers.items()}
    assert webhooks.verify(body, upper, PEM).webhook_id == headers["rtk-webhook-id"]
    assert webhooks.verify(body, httpx.Headers(upper), PEM.encode()).name == "meeting.started"


def test_unknown_events_and_incomplete_payloads_still_parse() -> None:
    body, headers = _signed({"event": "meeting.somethingNew", "x": [1]})
    event = webhooks.verify(body, headers, PEM)
    assert (event.name, event.model, event.data["x"]) == ("meeting.somethingNew", None, [1])
    body, headers = _signed({"event": "recording.statusUpdate"})  # no recording object
    assert webhooks.verify(body, headers, PEM).model is None
    body, headers = _signed(
        {"event": "recording.statusUpdate", "recording": {"id": "r", "status": "NEWSTATUS"}}
    )
    model = webhooks.verify(body, headers, PEM).model
    assert isinstance(model, RecordingStatusUpdateEvent)
    assert model.recording.status == "NEWSTATUS"


@pytest.mark.parametrize(
    "spoil",
    [
        "wrong key",
        "tampered body",
        "no header",
        "empty header",
        "not base64",
        "bad key",
        "not json",
        "not an object",
    ],
)
def test_every_failure_is_one_error(spoil: str) -> None:
    """Each way a delivery can fail to verify raises WebhookVerificationError (a
    RealtimeKitError) and nothing else."""
    body, headers = _signed(STARTED)
    pem: str = PEM
    if spoil == "wrong key":
        pem = OTHER_PEM
    elif spoil == "tampered body":
        body = body.replace(b'"T"', b'"U"')
    elif spoil == "no header":
        del headers["rtk-signature"]
    elif spoil == "empty header":
        headers["rtk-signature"] = ""
    elif spoil == "not base64":
        headers["rtk-signature"] = "%%%not-base64%%%"
    elif spoil == "bad key":
        pem = "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"
    elif spoil == "not json":
        body, headers = _signed(b"\xff not json")
    elif spoil == "not an object":
        body, headers = _signed([1, 2])
    with pytest.raises(webhooks.WebhookVerificationError) as info:
        webhooks.verify(body, headers, pem)
    assert isinstance(info.value, RealtimeKitError)


def _key_server(pems: list[str]) -> tuple[httpx.MockTransport, list[int]]:
    calls = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        pem = pems[min(calls[0], len(pems) - 1)]
        calls[0] += 1
        return httpx.Response(200, json={"success": True, "data": {"publicKey": pem}})

    return httpx.MockTransport(handler), calls


def test_the_fetcher_caches_and_follows_a_rotation() -> None:
    transport, calls = _key_server([OTHER_PEM, PEM])
    keys = webhooks.PublicKeyFetcher("http://keys.test/k", transport=transport, min_refresh_s=0)
    body, headers = _signed(STARTED)
    assert keys.verify(body, headers).name == "meeting.started"  # old key, then the new one
    assert calls[0] == 2
    assert keys.verify(body, headers).name == "meeting.started"
    assert calls[0] == 2  # cached


def test_the_fetcher_does_not_refetch_for_every_forgery() -> None:
    transport, calls = _key_server([PEM])
    keys = webhooks.PublicKeyFetcher("http://keys.test/k", transport=transport)
    forged, headers = _signed(STARTED, OTHER)
    for _ in range(3):
        with pytest.raises(webhooks.WebhookVerificationError):
            keys.verify(forged, headers)
    assert calls[0] == 1


def test_an_unreachable_key_url_is_the_same_error() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    keys = webhooks.PublicKeyFetcher("http://keys.test/k", transport=httpx.MockTransport(fail))
    body, headers = _signed(STARTED)
    with pytest.raises(webhooks.WebhookVerificationError, match="cannot fetch"):
        keys.verify(body, headers)


def test_async_verify() -> None:
    import asyncio

    transport, _ = _key_server([PEM])

    async def handler(request: httpx.Request) -> httpx.Response:
        return transport.handle_request(request)

    keys = webhooks.PublicKeyFetcher(
        "http://keys.test/k", async_transport=httpx.MockTransport(handler)
    )
    body, headers = _signed(STARTED)
    assert asyncio.run(keys.averify(body, headers)).name == "meeting.started"
