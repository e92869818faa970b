"""Webhooks: registration, listing, changes and deletion, with URLs and event names checked."""

from __future__ import annotations

from typing import Any

import pytest
from realtimekit_client import BadRequestError, NotFoundError
from realtimekit_client.models import WebhookEvent

T0 = "2030-01-01T10:00:00.000Z"
URL = "http://127.0.0.1:9/hooks"


@pytest.fixture
def rk(realtimekit_client: Any, realtimekit_emulator: Any) -> Any:
    realtimekit_emulator.set_clock(T0, frozen=True)
    return realtimekit_client


def test_create_get_list(rk: Any, http: Any, contract: Any) -> None:
    """A webhook is created enabled by default, fetched and listed oldest first."""
    first = rk.webhooks.create(
        name="Recordings", url=URL, events=[WebhookEvent.RECORDING_STATUSUPDATE]
    )
    assert first.enabled is True
    assert first.events == [WebhookEvent.RECORDING_STATUSUPDATE]
    assert first.created_at.isoformat() == "2030-01-01T10:00:00+00:00"
    second = rk.webhooks.create(
        name="Off", url="https://hooks.example.com/x", events=list(WebhookEvent), enabled=False
    )
    assert second.enabled is False and len(second.events) == 9
    assert rk.webhooks.get(first.id).name == "Recordings"
    assert [w.id for w in rk.webhooks.list().data] == [first.id, second.id]
    raw = contract.check(
        "create_webhook",
        http.post("/webhooks", json={"name": "raw", "url": URL, "events": ["meeting.started"]}),
    )
    assert raw["data"]["enabled"] is True
    contract.check("list_webhooks", http.get("/webhooks"))


def test_the_event_names(rk: Any, http: Any, contract: Any) -> None:
    """`/webhooks/all` lists the nine event names and is never taken for a webhook id."""
    names = [e.value for e in rk.webhooks.list_events().data]
    assert names == [
        "meeting.started",
        "meeting.ended",
        "meeting.participantJoined",
        "meeting.participantLeft",
        "meeting.chatSynced",
        "recording.statusUpdate",
        "livestreaming.statusUpdate",
        "meeting.transcript",
        "meeting.summary",
    ]
    contract.check("list_webhook_events", http.get("/webhooks/all"))


def test_edit_replace_delete(rk: Any, realtimekit_emulator: Any) -> None:
    """PATCH changes only what is sent; PUT replaces (enabled back to true); DELETE returns
    the webhook as it was and it is gone."""
    hook = rk.webhooks.create(name="A", url=URL, events=[WebhookEvent.MEETING_STARTED])
    realtimekit_emulator.advance(60)
    edited = rk.webhooks.edit(hook.id, enabled=False)
    assert (edited.name, edited.enabled, edited.url) == ("A", False, URL)
    assert edited.updated_at.isoformat() == "2030-01-01T10:01:00+00:00"
    assert edited.created_at == hook.created_at
    edited = rk.webhooks.edit(hook.id, events=[WebhookEvent.MEETING_ENDED], name="B")
    assert (edited.name, edited.events, edited.enabled) == (
        "B",
        [WebhookEvent.MEETING_ENDED],
        False,
    )
    replaced = rk.webhooks.replace(
        hook.id, name="C", url="https://other.example.com/", events=[WebhookEvent.MEETING_SUMMARY]
    )
    assert (replaced.name, replaced.url, replaced.enabled, replaced.id) == (
        "C",
        "https://other.example.com/",
        True,
        hook.id,
    )
    deleted = rk.webhooks.delete(hook.id)
    assert deleted.name == "C"
    with pytest.raises(NotFoundError, match="Webhook not found"):
        rk.webhooks.get(hook.id)
    with pytest.raises(NotFoundError):
        rk.webhooks.delete(hook.id)
    assert rk.webhooks.list().data == []


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("ftp://example.com/x", "absolute http or https"),
        ("mailto:ops@example.com", "absolute http or https"),
        ("http:///nohost", "absolute http or https"),
        ("http://example.com:99999/", "not a valid URL"),
        ("not a url", ""),
    ],
)
def test_bad_urls_are_400(http: Any, contract: Any, url: str, why: str) -> None:
    """Only absolute http(s) URLs with a host are accepted, on create, replace and edit."""
    body = {"name": "x", "url": url, "events": ["meeting.started"]}
    response = http.post("/webhooks", json=body)
    assert response.status_code == 400, response.text
    assert why in contract.error(response)["message"]
    good = http.post("/webhooks", json={**body, "url": URL}).json()["data"]
    assert http.put(f"/webhooks/{good['id']}", json=body).status_code == 400
    assert http.patch(f"/webhooks/{good['id']}", json={"url": url}).status_code == 400
    assert http.get(f"/webhooks/{good['id']}").json()["data"]["url"] == URL


@pytest.mark.parametrize(
    ("events", "why"),
    [
        (["meeting.start"], "meeting.start"),
        ([], "events"),
        (["meeting.started", "meeting.started"], "events"),
        (["MEETING.STARTED"], "MEETING.STARTED"),
    ],
)
def test_bad_event_names_are_400(http: Any, contract: Any, events: list[str], why: str) -> None:
    """Unknown, empty, duplicated or differently cased event names are refused."""
    response = http.post("/webhooks", json={"name": "x", "url": URL, "events": events})
    assert response.status_code == 400
    assert why in contract.error(response)["message"]


def test_required_fields_and_bad_ids(rk: Any, http: Any, contract: Any) -> None:
    """name, url and events are required on create and replace; an id must be a UUID."""
    for missing in ("name", "url", "events"):
        body = {"name": "x", "url": URL, "events": ["meeting.started"]}
        del body[missing]
        response = http.post("/webhooks", json=body)
        assert response.status_code == 400
        assert missing in contract.error(response)["message"]
    with pytest.raises(BadRequestError):
        rk.webhooks.get("not-a-uuid")
    with pytest.raises(NotFoundError):
        rk.webhooks.edit("5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30", enabled=True)


def test_webhooks_belong_to_their_app(rk: Any, realtimekit_emulator: Any) -> None:
    """Another App of the account sees none of them."""
    import httpx

    hook = rk.webhooks.create(name="A", url=URL, events=[WebhookEvent.MEETING_STARTED])
    em = realtimekit_emulator
    other = f"{em.base_url}/accounts/{em.account_id}/realtime/kit/other-app/webhooks"
    headers = {"Authorization": f"Bearer {em.token}"}
    assert httpx.get(other, headers=headers).json()["data"] == []
    assert httpx.get(f"{other}/{hook.id}", headers=headers).status_code == 404
