"""docs/webhooks.md's Starlette receiver, run as written against the emulator."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from realtimekit_client import webhooks
from realtimekit_client.models import RecordingActionAction, WebhookEvent

DOC = Path(__file__).parents[2] / "docs" / "webhooks.md"


def _receiver_code() -> str:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    (code,) = [b for b in blocks if "Starlette(" in b]
    return code


def _serve(app: Any) -> tuple[uvicorn.Server, threading.Thread, int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    return server, thread, port


@pytest.fixture
def doc_receiver(realtimekit_emulator: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The documented receiver, served on loopback, its key URL the emulator's."""
    monkeypatch.setenv(
        "RTK_WEBHOOK_KEY_URL", f"{realtimekit_emulator.url}/.well-known/webhooks.json"
    )
    namespace: dict[str, Any] = {"__name__": "receiver"}
    exec(compile(_receiver_code(), str(DOC), "exec"), namespace)
    server, thread, port = _serve(namespace["app"])
    namespace["url"] = f"http://127.0.0.1:{port}/realtimekit/webhooks"
    try:
        yield namespace
    finally:
        server.should_exit = True
        thread.join(10)


def test_the_documented_receiver_verifies_the_lifecycle(
    realtimekit_client: Any, realtimekit_emulator: Any, doc_receiver: dict[str, Any]
) -> None:
    """Join, record (pause, resume, stop), leave, end: the receiver verifies and keeps
    meeting.started, participantJoined, recording.statusUpdate for every status,
    participantLeft and meeting.ended."""
    rk, em = realtimekit_client, realtimekit_emulator
    em.set_clock("2030-01-01T10:00:00.000Z", frozen=True)
    rk.webhooks.create(name="doc", url=doc_receiver["url"], events=list(WebhookEvent))
    meeting = rk.meetings.create(title="Doc")
    ada = rk.participants.add(
        meeting.id, custom_participant_id="ada", preset_name="group_call_host"
    )
    em.join(meeting.id, ada.id)
    rec = rk.recordings.start(meeting_id=meeting.id)
    em.advance(2)
    for action in ("pause", "resume", "stop"):
        rk.recordings.pause_resume_stop(rec.id, action=RecordingActionAction(action))
        em.advance(1)
    em.advance(5)
    em.leave(meeting.id, ada.id)
    em.advance(60)
    deliveries = em.wait_for_deliveries(10)
    assert {d["status"] for d in deliveries} == {"delivered"}
    assert [a["status_code"] for d in deliveries for a in d["attempts"]] == [204] * 10
    received: list[webhooks.Event] = doc_receiver["received"]
    assert [e.name for e in received] == [
        "meeting.started",
        "meeting.participantJoined",
        *["recording.statusUpdate"] * 6,
        "meeting.participantLeft",
        "meeting.ended",
    ]
    statuses = [e.model.recording.status for e in received if e.name == "recording.statusUpdate"]
    assert statuses == ["INVOKED", "RECORDING", "PAUSED", "RECORDING", "UPLOADING", "UPLOADED"]
    assert all(e.model is not None for e in received)
    assert received[-1].data["reason"] == "ALL_PARTICIPANTS_LEFT"
    assert doc_receiver["keys"].fetches == 1


def test_the_documented_receiver_refuses_a_wrong_key(
    realtimekit_client: Any, realtimekit_emulator: Any, doc_receiver: dict[str, Any]
) -> None:
    """With another key the receiver answers 401; the emulator does not retry a 4xx."""
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    pem = other.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()

    async def wrong_key(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"success": True, "data": {"publicKey": pem}})

    doc_receiver["keys"] = webhooks.PublicKeyFetcher(
        "http://keys.test/k", async_transport=httpx.MockTransport(wrong_key)
    )
    rk, em = realtimekit_client, realtimekit_emulator
    rk.webhooks.create(name="doc", url=doc_receiver["url"], events=[WebhookEvent.MEETING_STARTED])
    meeting = rk.meetings.create(title="Doc")
    ada = rk.participants.add(
        meeting.id, custom_participant_id="ada", preset_name="group_call_host"
    )
    em.join(meeting.id, ada.id)
    (delivery,) = em.wait_for_deliveries(1)
    assert delivery["status"] == "failed"
    assert [a["status_code"] for a in delivery["attempts"]] == [401]
    assert doc_receiver["received"] == []
