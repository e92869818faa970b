"""Participants: the ``participants`` operations, through the generated client and raw HTTP."""

from __future__ import annotations

import uuid
from http import HTTPStatus
from typing import Any

import pytest
from realtimekit_client.api.participants import (
    add_participant,
    delete_participant,
    edit_participant,
    get_participant,
    list_participants,
    refresh_participant_token,
)
from realtimekit_client.api.presets import list_presets
from realtimekit_client.models import (
    DeletedParticipantEnvelope,
    ParticipantCreate,
    ParticipantEnvelope,
    ParticipantList,
    ParticipantTokenEnvelope,
    ParticipantUpdate,
    ParticipantWithTokenEnvelope,
)
from realtimekit_client.types import Unset

# ---- happy paths through the generated client ----------------------------------------------


def test_participant_lifecycle_through_client(api: Any, emulator: Any, create: Any) -> None:
    """Add, list, get, edit, refresh and delete a participant with the generated client."""
    acc, app = emulator.account_id, emulator.app_id
    mid = uuid.UUID(create({"title": "m"})["id"])

    added = add_participant.sync_detailed(
        acc,
        app,
        mid,
        client=api,
        body=ParticipantCreate(
            custom_participant_id="user-42",
            preset_name="group_call_host",
            name="Ada Lovelace",
            picture="https://example.com/ada.png",
        ),
    )
    assert added.status_code == HTTPStatus.CREATED
    assert isinstance(added.parsed, ParticipantWithTokenEnvelope)
    person = added.parsed.data
    assert person.token
    assert (person.custom_participant_id, person.name) == ("user-42", "Ada Lovelace")
    pid = str(person.id)

    listed = list_participants.sync_detailed(acc, app, mid, client=api)
    assert listed.status_code == HTTPStatus.OK
    assert isinstance(listed.parsed, ParticipantList)
    assert [str(p.id) for p in listed.parsed.data] == [pid]
    assert listed.parsed.paging.total_count == 1

    got = get_participant.sync_detailed(acc, app, mid, pid, client=api)
    assert got.status_code == HTTPStatus.OK
    assert isinstance(got.parsed, ParticipantEnvelope)
    assert got.parsed.data.preset_name == "group_call_host"

    edited = edit_participant.sync_detailed(
        acc, app, mid, pid, client=api, body=ParticipantUpdate(name="Ada King")
    )
    assert edited.status_code == HTTPStatus.OK
    assert isinstance(edited.parsed, ParticipantWithTokenEnvelope)
    assert edited.parsed.data.name == "Ada King"
    assert edited.parsed.data.token == person.token

    refreshed = refresh_participant_token.sync_detailed(acc, app, mid, pid, client=api)
    assert refreshed.status_code == HTTPStatus.OK
    assert isinstance(refreshed.parsed, ParticipantTokenEnvelope)
    assert refreshed.parsed.data.token != person.token

    deleted = delete_participant.sync_detailed(acc, app, mid, pid, client=api)
    assert deleted.status_code == HTTPStatus.OK
    assert isinstance(deleted.parsed, DeletedParticipantEnvelope)
    assert deleted.parsed.data.custom_participant_id == "user-42"
    presets = {p.name: str(p.id) for p in list_presets.sync(acc, app, client=api).data}
    assert deleted.parsed.data.preset_id == presets["group_call_host"]
    assert get_participant.sync_detailed(acc, app, mid, pid, client=api).status_code == 404


# ---- shapes of each answer -----------------------------------------------------------------


def test_add_returns_token_and_ignores_server_owned_fields(
    http: Any, create: Any, contract: Any
) -> None:
    """add_participant answers 201 with a new id and token; id/token/extras sent are ignored."""
    mid = create()["id"]
    body = {
        "custom_participant_id": "u1",
        "preset_name": "group_call_host",
        "id": "5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30",
        "token": "chosen-by-client",
        "created_at": "2000-01-01T00:00:00.000Z",
        "role": "admin",
    }
    data = contract.check("add_participant", http.post(f"/meetings/{mid}/participants", json=body))
    data = data["data"]
    assert data["id"] != body["id"] and uuid.UUID(data["id"]).version == 4
    assert data["token"] != "chosen-by-client" and data["token"].count(".") == 2
    assert data["created_at"] != body["created_at"]
    assert "role" not in data
    assert "name" not in data and "picture" not in data


def test_get_and_list_never_show_the_token(http: Any, create: Any, add: Any, contract: Any) -> None:
    """get_participant and list_participants leave the join token out."""
    mid = create()["id"]
    person = add(mid, "u1")
    got = contract.check(
        "get_participant", http.get(f"/meetings/{mid}/participants/{person['id']}")
    )
    listed = contract.check("list_participants", http.get(f"/meetings/{mid}/participants"))
    assert "token" not in got["data"]
    assert all("token" not in p for p in listed["data"])
    assert person["token"] not in str(got) + str(listed)
    assert got["data"] == {k: v for k, v in person.items() if k != "token"}


def test_edit_null_semantics(http: Any, create: Any, add: Any, contract: Any) -> None:
    """null clears name and picture; a null preset_name leaves the preset; edit shows the token."""
    mid = create()["id"]
    person = add(mid, "u1", name="Ada", picture="https://example.com/a.png")
    url = f"/meetings/{mid}/participants/{person['id']}"
    res = http.patch(url, json={"name": None, "picture": None, "preset_name": None})
    data = contract.check("edit_participant", res)["data"]
    assert data["name"] is None and data["picture"] is None
    assert data["preset_name"] == "group_call_host"
    assert data["token"] == person["token"]
    assert data["updated_at"] >= person["updated_at"]
    data = http.patch(url, json={"preset_name": "webinar_viewer"}).json()["data"]
    assert (data["preset_name"], data["name"]) == ("webinar_viewer", None)
    assert data["custom_participant_id"] == "u1"


def test_refresh_issues_a_new_token_that_edit_then_shows(
    http: Any, create: Any, add: Any, contract: Any
) -> None:
    """refresh_participant_token answers a different token, which later answers carry."""
    mid = create()["id"]
    person = add(mid, "u1")
    url = f"/meetings/{mid}/participants/{person['id']}"
    first = contract.check("refresh_participant_token", http.post(f"{url}/token"))["data"]["token"]
    second = http.post(f"{url}/token").json()["data"]["token"]
    assert len({person["token"], first, second}) == 3
    assert http.patch(url, json={}).json()["data"]["token"] == second


def test_delete_returns_deleted_participant_shape(
    http: Any, create: Any, add: Any, contract: Any
) -> None:
    """delete_participant answers DeletedParticipant, with the ID of the participant's preset."""
    mid = create()["id"]
    person = add(mid, "u1")
    presets = {p["name"]: p["id"] for p in http.get("/presets").json()["data"]}
    res = http.delete(f"/meetings/{mid}/participants/{person['id']}")
    data = contract.check("delete_participant", res)["data"]
    assert data == {
        "created_at": person["created_at"],
        "custom_participant_id": "u1",
        "preset_id": presets["group_call_host"],
        "updated_at": person["updated_at"],
    }
    assert http.get(f"/meetings/{mid}/participants/{person['id']}").status_code == 404
    assert http.delete(f"/meetings/{mid}/participants/{person['id']}").status_code == 404


# ---- uniqueness, paging, not found ---------------------------------------------------------


def test_duplicate_custom_participant_id_is_409(
    http: Any, create: Any, add: Any, contract: Any
) -> None:
    """custom_participant_id is unique per meeting: 409; free again after delete; per meeting."""
    mid, other = create()["id"], create()["id"]
    person = add(mid, "user-42")
    body = {"custom_participant_id": "user-42", "preset_name": "group_call_participant"}
    res = http.post(f"/meetings/{mid}/participants", json=body)
    assert contract.check("add_participant", res)["error"]["message"] == (
        "custom_participant_id: user-42 already exists in this meeting"
    )
    assert res.status_code == 409
    add(other, "user-42")
    http.delete(f"/meetings/{mid}/participants/{person['id']}")
    add(mid, "user-42")


def test_participant_paging_oldest_first(http: Any, create: Any, add: Any, contract: Any) -> None:
    """25 participants at 10 a page: oldest first, offsets from 1, last page of 5."""
    mid = create()["id"]
    ids = [add(mid, f"u{i}")["id"] for i in range(25)]
    seen = []
    for page_no, (start, end) in enumerate([(1, 10), (11, 20), (21, 25), (0, 0)], start=1):
        res = http.get(f"/meetings/{mid}/participants", params={"page_no": page_no, "per_page": 10})
        body = contract.check("list_participants", res)
        assert body["paging"] == {"start_offset": start, "end_offset": end, "total_count": 25}
        seen += [p["id"] for p in body["data"]]
    assert seen == ids


def test_unknown_meeting_is_404_for_every_participant_operation(http: Any, contract: Any) -> None:
    """Participants of a meeting that does not exist: 404 on all six operations."""
    mid, pid = str(uuid.uuid4()), str(uuid.uuid4())
    base = f"/meetings/{mid}/participants"
    calls = [
        (
            "add_participant",
            "POST",
            base,
            {"custom_participant_id": "u", "preset_name": "group_call_participant"},
        ),
        ("list_participants", "GET", base, None),
        ("get_participant", "GET", f"{base}/{pid}", None),
        ("edit_participant", "PATCH", f"{base}/{pid}", {"name": "x"}),
        ("delete_participant", "DELETE", f"{base}/{pid}", None),
        ("refresh_participant_token", "POST", f"{base}/{pid}/token", None),
    ]
    for op, method, url, body in calls:
        res = http.request(method, url, json=body) if body else http.request(method, url)
        assert contract.check(op, res)["error"]["message"] == f"Meeting not found: {mid}"


def test_unknown_participant_is_404(http: Any, create: Any, add: Any, contract: Any) -> None:
    """A participant ID not in the meeting (or of another meeting) answers 404 naming it."""
    mid, other = create()["id"], create()["id"]
    theirs = add(other, "u1")["id"]
    for pid in ("nobody", theirs):
        res = http.get(f"/meetings/{mid}/participants/{pid}")
        assert contract.check("get_participant", res)["error"]["message"] == (
            f"Participant not found: {pid}"
        )
        assert http.post(f"/meetings/{mid}/participants/{pid}/token").status_code == 404


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"preset_name": "group_call_participant"},
            "custom_participant_id: this property is required",
        ),
        (
            {"custom_participant_id": "", "preset_name": "group_call_participant"},
            "custom_participant_id: ",
        ),
        (
            {
                "custom_participant_id": "u",
                "preset_name": "group_call_participant",
                "picture": "nope",
            },
            'picture: "nope" is not a "uri"',
        ),
        (
            {
                "custom_participant_id": "u",
                "preset_name": "group_call_participant",
                "name": "x" * 257,
            },
            "name: ",
        ),
    ],
)
def test_invalid_participant_bodies_are_400(
    http: Any, create: Any, contract: Any, body: dict[str, Any], message: str
) -> None:
    """ParticipantCreate is validated from the spec, naming the field."""
    mid = create()["id"]
    res = http.post(f"/meetings/{mid}/participants", json=body)
    assert contract.check("add_participant", res)["error"]["message"].startswith(message)


def test_participant_id_longer_than_spec_allows_is_400(
    http: Any, create: Any, contract: Any
) -> None:
    """participant_id over maxLength 64 answers 400."""
    mid = create()["id"]
    res = http.get(f"/meetings/{mid}/participants/{'p' * 65}")
    assert contract.check("get_participant", res)["error"]["message"].startswith("participant_id:")


def test_optional_fields_stay_unset_in_client_models(api: Any, emulator: Any, create: Any) -> None:
    """Fields never sent come back absent (UNSET in the client), not invented."""
    mid = uuid.UUID(create()["id"])
    res = add_participant.sync_detailed(
        emulator.account_id,
        emulator.app_id,
        mid,
        client=api,
        body=ParticipantCreate(custom_participant_id="u", preset_name="group_call_participant"),
    )
    assert isinstance(res.parsed.data.name, Unset)
    assert isinstance(res.parsed.data.picture, Unset)


def test_unknown_query_parameter_is_400(http: Any, create: Any, contract: Any) -> None:
    """An operation without query parameters refuses any, naming it."""
    mid = create()["id"]
    res = http.get(f"/meetings/{mid}/participants/p1", params={"verbose": "1"})
    assert contract.check("get_participant", res)["error"]["message"] == (
        "verbose: unknown query parameter"
    )
