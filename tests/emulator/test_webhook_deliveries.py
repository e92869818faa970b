"""Webhook deliveries: lifecycle events POSTed, signed, retried, dropped, blocked, persisted."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
import orjson
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from realtimekit_client.models import RecordingActionAction, WebhookEvent

from realtimekit_mock import create_app
from realtimekit_mock.server import EmulatorServer
from realtimekit_mock.spec import load_spec
from realtimekit_mock.webhook_receiver import Received, WebhookReceiver

T0 = "2030-01-01T10:00:00.000Z"
SPEC = load_spec()


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as r:
        yield r


@pytest.fixture
def em(realtimekit_emulator: EmulatorServer) -> Iterator[EmulatorServer]:
    outbox = realtimekit_emulator.app.store.deliveries
    saved = (outbox.retry_base_s, outbox.max_attempts, outbox.egress)
    outbox.retry_base_s = 0.02
    realtimekit_emulator.set_clock(T0, frozen=True)
    yield realtimekit_emulator
    outbox.retry_base_s, outbox.max_attempts, outbox.egress = saved


def _verify(received: Received, public_pem: str) -> dict[str, Any]:
    key = serialization.load_pem_public_key(public_pem.encode())
    signature = base64.b64decode(received.headers["rtk-signature"])
    key.verify(signature, received.body, padding.PKCS1v15(), hashes.SHA256())  # type: ignore[union-attr]
    return orjson.loads(received.body)  # type: ignore[no-any-return]


def _schema_check(payload: dict[str, Any]) -> None:
    event = payload["event"]
    media = SPEC.document["webhooks"][event]["post"]["requestBody"]["content"]["application/json"]
    validator = jsonschema_rs.Draft202012Validator(
        {**media["schema"], "components": SPEC.components}, validate_formats=True
    )
    validator.validate(payload)


def _meeting_with_ada(rk: Any) -> tuple[Any, Any]:
    meeting = rk.meetings.create(title="Weekly sync")
    ada = rk.participants.add(
        meeting.id, custom_participant_id="ada", preset_name="group_call_host", name="Ada"
    )
    return meeting, ada


def test_the_lifecycle_is_delivered_signed(
    realtimekit_client: Any, em: EmulatorServer, receiver: WebhookReceiver
) -> None:
    """Join, record, leave, end: each event arrives once, signed over the raw body with the
    key of /.well-known/webhooks.json, with the documented headers and payload shapes."""
    rk = realtimekit_client
    hook = rk.webhooks.create(name="All", url=receiver.url, events=list(WebhookEvent))
    meeting, ada = _meeting_with_ada(rk)
    peer = em.join(meeting.id, ada.id)
    rec = rk.recordings.start(meeting_id=meeting.id)
    em.advance(2)
    rk.recordings.pause_resume_stop(rec.id, action=RecordingActionAction.STOP)
    em.advance(5)
    em.leave(meeting.id, ada.id)
    em.advance(60)
    deliveries = em.wait_for_deliveries(8)
    got = receiver.wait(len(deliveries))
    well_known = httpx.get(f"{em.url}/.well-known/webhooks.json").json()
    assert well_known["success"] is True and well_known["message"] == ""
    public = well_known["data"]["publicKey"]
    assert public.startswith("-----BEGIN PUBLIC KEY-----") and public == em.webhook_public_key
    payloads = [_verify(r, public) for r in got]
    for r, p in zip(got, payloads, strict=True):
        assert r.headers["content-type"] == "application/json"
        assert r.headers["rtk-webhook-id"] == str(hook.id)
        assert len(r.headers["rtk-uuid"]) == 36
        _schema_check(p)
    events = [p["event"] for p in payloads]
    statuses = [
        p["recording"]["status"] for p in payloads if p["event"] == "recording.statusUpdate"
    ]
    assert events[:2] == ["meeting.started", "meeting.participantJoined"]
    assert statuses == ["INVOKED", "RECORDING", "UPLOADING", "UPLOADED"]
    assert events[-2:] == ["meeting.participantLeft", "meeting.ended"]
    started, joined = payloads[0], payloads[1]
    assert started["meeting"]["id"] == str(meeting.id)
    assert started["meeting"]["sessionId"] == peer["session_id"]
    assert started["meeting"]["title"] == "Weekly sync"
    assert joined["participant"] == {
        "peerId": peer["peer_id"],
        "userDisplayName": "Ada",
        "customParticipantId": "ada",
        "clientSpecificId": "ada",
        "joinedAt": "2030-01-01T10:00:00.000Z",
    }
    uploaded = next(p for p in payloads if p.get("recording", {}).get("status") == "UPLOADED")
    assert uploaded["recording"]["downloadUrl"].startswith("http")
    assert uploaded["recording"]["startedTime"] == "2030-01-01 10:00:02.000000Z"
    ended = payloads[-1]
    assert ended["reason"] == "ALL_PARTICIPANTS_LEFT"
    assert ended["meeting"]["endedAt"] == "2030-01-01T10:01:07.000Z"
    assert len({r.headers["rtk-uuid"] for r in got}) == len(got)


def test_only_subscribed_enabled_webhooks_receive(
    realtimekit_client: Any, em: EmulatorServer, receiver: WebhookReceiver
) -> None:
    """A webhook gets only its events; a disabled or deleted one gets nothing."""
    rk = realtimekit_client
    only_start = rk.webhooks.create(
        name="Start", url=receiver.url + "/start", events=[WebhookEvent.MEETING_STARTED]
    )
    off = rk.webhooks.create(
        name="Off", url=receiver.url + "/off", events=list(WebhookEvent), enabled=False
    )
    gone = rk.webhooks.create(name="Gone", url=receiver.url + "/gone", events=list(WebhookEvent))
    rk.webhooks.delete(gone.id)
    meeting, ada = _meeting_with_ada(rk)
    em.join(meeting.id, ada.id)
    em.wait_for_deliveries(1)
    assert [r.path for r in receiver.wait(1)] == ["/hooks/start"]
    assert len(receiver.received) == 1
    assert em.webhook_deliveries(webhook_id=off.id) == []
    assert em.webhook_deliveries()[0]["webhook_id"] == str(only_start.id)


def test_disabled_after_enqueue_is_dropped(
    realtimekit_client: Any, em: EmulatorServer, receiver: WebhookReceiver
) -> None:
    """A delivery still pending when its webhook is disabled is dropped, never sent."""
    rk = realtimekit_client
    receiver.statuses = [503]
    hook = rk.webhooks.create(name="A", url=receiver.url, events=[WebhookEvent.MEETING_STARTED])
    em.app.store.deliveries.retry_base_s = 0.5
    meeting, ada = _meeting_with_ada(rk)
    em.join(meeting.id, ada.id)
    receiver.wait(1)
    rk.webhooks.edit(hook.id, enabled=False)
    (delivery,) = em.wait_for_deliveries(1)
    assert delivery["status"] == "dropped"
    assert [a.get("status_code") for a in delivery["attempts"]] == [503, None]
    assert len(receiver.received) == 1


def test_5xx_and_connection_errors_are_retried_4xx_never(
    realtimekit_client: Any, em: EmulatorServer, receiver: WebhookReceiver
) -> None:
    """503, 502 then 200: three attempts, a fresh rtk-uuid each, the same signed body; a 400
    settles at once."""
    rk = realtimekit_client
    receiver.statuses = [503, 502]
    rk.webhooks.create(name="A", url=receiver.url, events=[WebhookEvent.MEETING_STARTED])
    meeting, ada = _meeting_with_ada(rk)
    em.join(meeting.id, ada.id)
    (delivery,) = em.wait_for_deliveries(1)
    assert delivery["status"] == "delivered"
    assert [a["status_code"] for a in delivery["attempts"]] == [503, 502, 200]
    got = receiver.wait(3)
    assert len({r.headers["rtk-uuid"] for r in got}) == 3
    assert len({r.body for r in got}) == 1
    assert [a["rtk_uuid"] for a in delivery["attempts"]] == [r.headers["rtk-uuid"] for r in got]
    assert all(a["latency_ms"] >= 0 for a in delivery["attempts"])

    receiver.clear()
    receiver.statuses = [400]
    other, bob = _meeting_with_ada(rk)
    em.join(other.id, bob.id)
    second = em.wait_for_deliveries(2)[1]
    assert (second["status"], [a["status_code"] for a in second["attempts"]]) == ("failed", [400])


def test_retries_are_bounded(realtimekit_client: Any, em: EmulatorServer) -> None:
    """Nobody listening: connection errors, retried max_attempts times in all, then failed."""
    em.app.store.deliveries.max_attempts = 3
    with WebhookReceiver() as gone:
        url = gone.url
    realtimekit_client.webhooks.create(name="A", url=url, events=[WebhookEvent.MEETING_STARTED])
    meeting, ada = _meeting_with_ada(realtimekit_client)
    em.join(meeting.id, ada.id)
    (delivery,) = em.wait_for_deliveries(1)
    assert delivery["status"] == "failed"
    assert len(delivery["attempts"]) == 3
    assert all(a["status_code"] is None and a["error"] for a in delivery["attempts"])


def test_egress_loopback_blocks_other_hosts(realtimekit_client: Any, em: EmulatorServer) -> None:
    """With the default egress, a public host is never contacted: the delivery is blocked."""
    assert em.app.store.deliveries.egress == "loopback"
    realtimekit_client.webhooks.create(
        name="A", url="https://hooks.example.com/x", events=[WebhookEvent.MEETING_STARTED]
    )
    meeting, ada = _meeting_with_ada(realtimekit_client)
    em.join(meeting.id, ada.id)
    (delivery,) = em.wait_for_deliveries(1)
    assert delivery["status"] == "blocked"
    assert "hooks.example.com not allowed" in delivery["attempts"][0]["error"]


def test_control_api_log_and_wait(
    realtimekit_client: Any, em: EmulatorServer, receiver: WebhookReceiver
) -> None:
    """GET /_emulator/webhooks/deliveries answers the log; with wait it answers once settled."""
    rk = realtimekit_client
    hook = rk.webhooks.create(name="A", url=receiver.url, events=list(WebhookEvent))
    meeting, ada = _meeting_with_ada(rk)
    em.join(meeting.id, ada.id)
    url = f"{em.url}/_emulator/webhooks/deliveries"
    scope = {"account_id": em.account_id, "app_id": em.app_id}
    body = httpx.get(url, params={**scope, "wait": "5", "count": "2"}, timeout=10).json()
    assert body["complete"] is True
    assert [d["event"] for d in body["deliveries"]] == [
        "meeting.started",
        "meeting.participantJoined",
    ]
    assert {d["webhook_id"] for d in body["deliveries"]} == {str(hook.id)}
    only = httpx.get(url, params={**scope, "event": "meeting.started"}).json()["deliveries"]
    assert len(only) == 1
    late = httpx.get(url, params={**scope, "wait": "0.2", "count": "5"}, timeout=10).json()
    assert late["complete"] is False
    assert httpx.get(url, params={"wait": "x"}).status_code == 400
    assert httpx.get(url, params={"account_id": "a"}).status_code == 400


def test_pending_deliveries_survive_a_restart(tmp_path: Path) -> None:
    """With a database, deliveries written while nothing is served are sent by the next
    process, signed with the same persisted key."""
    db = tmp_path / "state.db"
    with WebhookReceiver() as receiver:
        app = create_app(db=db)
        public = app.store.deliveries.key.public_pem
        ops = app.store.operations
        scope = {"account_id": "acc", "app_id": "app"}
        ops["create_webhook"](
            **scope,
            body={"name": "A", "url": receiver.url, "events": ["meeting.started"], "enabled": True},
        )
        meeting = ops["create_meeting"](**scope, body={"title": "x"})
        ada = ops["add_participant"](
            **scope,
            meeting_id=meeting["id"],
            body={"custom_participant_id": "ada", "preset_name": "group_call_host"},
        )
        app.join("acc", "app", meeting["id"], participant_id=ada["id"])
        assert app.store.deliveries.log("acc", "app")[0]["status"] == "pending"
        app.close()  # as if killed: nothing was sent
        assert receiver.received == []
        with EmulatorServer(db=db, account_id="acc", app_id="app") as server:
            (delivery,) = server.wait_for_deliveries(1)
            assert delivery["status"] == "delivered"
            assert server.webhook_public_key == public
        (got,) = receiver.wait(1)
        assert _verify(got, public)["event"] == "meeting.started"


def test_a_kill_during_a_delivery_sends_it_again(tmp_path: Path) -> None:
    """kill -9 while the receiver is still answering: the next process on the database sends
    the same body again (at least once), signed with the same key."""
    from reliability.emulator import Emulator

    db, log = tmp_path / "state.db", tmp_path / "emulator.log"
    with WebhookReceiver(delay_s=5) as receiver:
        first = Emulator(db=db, log=log).start()
        try:
            with httpx.Client(base_url=first.app_url, headers=first.headers, timeout=10) as c:
                c.post(
                    "/webhooks",
                    json={"name": "A", "url": receiver.url, "events": ["meeting.started"]},
                ).raise_for_status()
                meeting = c.post("/meetings", json={"title": "x"}).json()["data"]
                ada = c.post(
                    f"/meetings/{meeting['id']}/participants",
                    json={"custom_participant_id": "ada", "preset_name": "group_call_host"},
                ).json()["data"]
            key = httpx.get(first.url + "/.well-known/webhooks.json").json()["data"]["publicKey"]
            scope = {
                "account_id": first.app_url.split("/accounts/")[1].split("/")[0],
                "app_id": first.app_url.rsplit("/", 1)[1],
            }
            httpx.post(
                first.url + "/_emulator/join",
                json={**scope, "meeting_id": meeting["id"], "participant_id": ada["id"]},
            ).raise_for_status()
            receiver.wait(1)  # in flight: the receiver has not answered yet
        finally:
            first.kill()
        receiver.delay_s = 0
        second = Emulator(db=db, log=log).start()
        try:
            body = httpx.get(
                second.url + "/_emulator/webhooks/deliveries",
                params={**scope, "wait": "10"},
                timeout=15,
            ).json()
            again = httpx.get(second.url + "/.well-known/webhooks.json").json()
        finally:
            second.stop()
        (delivery,) = body["deliveries"]
        assert delivery["status"] == "delivered"
        assert again["data"]["publicKey"] == key
        got = receiver.wait(2)
        assert got[0].body == got[1].body
        assert got[0].headers["rtk-uuid"] != got[1].headers["rtk-uuid"]
        assert _verify(got[1], key)["event"] == "meeting.started"
