"""Meetings: the operations of the ``meetings`` tag, through the generated client and raw HTTP."""

from __future__ import annotations

import re
import uuid
from http import HTTPStatus
from typing import Any

import pytest
from realtimekit_client.api.meetings import (
    create_meeting,
    create_org_meeting,
    get_meeting,
    list_meetings,
    replace_meeting,
    update_meeting,
)
from realtimekit_client.models import (
    AiConfig,
    MeetingCreate,
    MeetingEnvelope,
    MeetingList,
    MeetingStatus,
    MeetingUpdate,
    SummarizationConfig,
)

from realtimekit_mock import DEFAULT_ORG_APP_ID
from realtimekit_mock.clock import format_ms

from .conftest import SECRETS, STORAGE

STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
TOP_DEFAULTS = {
    "record_on_start": False,
    "live_stream_on_start": False,
    "persist_chat": False,
    "summarize_on_end": False,
    "session_keep_alive_time_in_secs": 60,
}


# ---- happy paths through the generated client ----------------------------------------------


def test_create_meeting_through_client(api: Any, emulator: Any) -> None:
    """create_meeting answers 201 with a MeetingEnvelope the client parses."""
    body = MeetingCreate(
        title="Weekly sync", ai_config=AiConfig(summarization=SummarizationConfig(word_limit=300))
    )
    res = create_meeting.sync_detailed(emulator.account_id, emulator.app_id, client=api, body=body)
    assert res.status_code == HTTPStatus.CREATED
    assert isinstance(res.parsed, MeetingEnvelope)
    data = res.parsed.data
    assert data.title == "Weekly sync"
    assert data.status == MeetingStatus.ACTIVE
    assert data.ai_config.summarization.word_limit == 300
    assert data.created_at == data.updated_at


def test_get_meeting_through_client(api: Any, emulator: Any, create: Any) -> None:
    """get_meeting returns the stored meeting."""
    made = create({"title": "Standup"})
    res = get_meeting.sync_detailed(
        emulator.account_id, emulator.app_id, uuid.UUID(made["id"]), client=api
    )
    assert res.status_code == HTTPStatus.OK
    assert isinstance(res.parsed, MeetingEnvelope)
    assert str(res.parsed.data.id) == made["id"]
    assert res.parsed.data.title == "Standup"


def test_list_meetings_through_client(api: Any, emulator: Any, create: Any) -> None:
    """list_meetings returns a page with paging the client parses."""
    for i in range(3):
        create({"title": f"m{i}"})
    res = list_meetings.sync_detailed(emulator.account_id, emulator.app_id, client=api, per_page=2)
    assert res.status_code == HTTPStatus.OK
    assert isinstance(res.parsed, MeetingList)
    assert [m.title for m in res.parsed.data] == ["m2", "m1"]
    assert (res.parsed.paging.start_offset, res.parsed.paging.end_offset) == (1, 2)
    assert res.parsed.paging.total_count == 3


def test_update_meeting_through_client(api: Any, emulator: Any, create: Any) -> None:
    """update_meeting changes the title."""
    made = create({"title": "Old"})
    res = update_meeting.sync_detailed(
        emulator.account_id,
        emulator.app_id,
        uuid.UUID(made["id"]),
        client=api,
        body=MeetingUpdate(title="New", status=MeetingStatus.INACTIVE),
    )
    assert res.status_code == HTTPStatus.OK
    assert res.parsed.data.title == "New"
    assert res.parsed.data.status == MeetingStatus.INACTIVE


def test_replace_meeting_through_client(api: Any, emulator: Any, create: Any) -> None:
    """replace_meeting replaces the configuration."""
    made = create({"title": "Old", "persist_chat": True})
    res = replace_meeting.sync_detailed(
        emulator.account_id,
        emulator.app_id,
        uuid.UUID(made["id"]),
        client=api,
        body=MeetingCreate(title="Replaced"),
    )
    assert res.status_code == HTTPStatus.OK
    assert res.parsed.data.title == "Replaced"
    assert res.parsed.data.persist_chat is False
    assert str(res.parsed.data.id) == made["id"]


def test_create_org_meeting_through_client(api: Any, emulator: Any, http: Any) -> None:
    """create_org_meeting creates in the account's default app, not in other apps."""
    res = create_org_meeting.sync_detailed(
        emulator.account_id, client=api, body=MeetingCreate(title="Org")
    )
    assert res.status_code == HTTPStatus.CREATED
    mid = str(res.parsed.data.id)
    found = http.get(
        f"{emulator.base_url}/accounts/{emulator.account_id}/realtime/kit/"
        f"{DEFAULT_ORG_APP_ID}/meetings/{mid}"
    )
    assert found.status_code == 200
    assert found.json()["data"]["title"] == "Org"
    assert http.get(f"/meetings/{mid}").status_code == 404


# ---- create: defaults and server-owned fields ----------------------------------------------


def test_create_applies_spec_defaults_recursively(http: Any, contract: Any) -> None:
    """Omitted fields of every object sent take the spec's defaults; objects not sent stay out."""
    body = {
        "ai_config": {"summarization": {}},
        "recording_config": {"video_config": {"watermark": {}}},
    }
    data = contract.check("create_meeting", http.post("/meetings", json=body))["data"]
    for key, value in TOP_DEFAULTS.items():
        assert data[key] == value
    assert data["ai_config"] == {
        "summarization": {"summary_type": "general", "text_format": "markdown", "word_limit": 500}
    }
    assert data["recording_config"] == {
        "video_config": {
            "codec": "H264",
            "export_file": True,
            "height": 720,
            "width": 1280,
            "watermark": {"position": "left top"},
        }
    }
    for absent in ("title", "transcribe_on_end", "preferred_region"):
        assert absent not in data


def test_create_minimal_matches_spec_example(http: Any, contract: Any) -> None:
    """A title-only body gives the spec's MeetingCreated example (bar id and timestamps)."""
    data = contract.check("create_meeting", http.post("/meetings", json={"title": "Weekly sync"}))
    data = data["data"]
    assert uuid.UUID(data["id"]).version == 4
    assert STAMP.fullmatch(data["created_at"])
    assert data["created_at"] == data["updated_at"]
    rest = {k: v for k, v in data.items() if k not in ("id", "created_at", "updated_at")}
    assert rest == {"title": "Weekly sync", "status": "ACTIVE", **TOP_DEFAULTS}


def test_create_ignores_server_owned_and_unknown_fields(http: Any) -> None:
    """id, timestamps, status and unknown properties sent on create are not stored."""
    body = {
        "id": "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
        "created_at": "2019-12-27T18:11:19.117Z",
        "updated_at": "2019-12-27T18:11:19.117Z",
        "status": "INACTIVE",
        "token": "nope",
        "foo": {"bar": 1},
        "ai_config": {"summarization": {"extra": True}},
    }
    data = http.post("/meetings", json=body).json()["data"]
    assert data["id"] != body["id"]
    assert data["created_at"] != body["created_at"]
    assert data["status"] == "ACTIVE"
    fetched = http.get(f"/meetings/{data['id']}").json()["data"]
    for key in ("token", "foo"):
        assert key not in fetched
    assert "extra" not in fetched["ai_config"]["summarization"]


def test_integral_float_is_stored_as_integer(http: Any) -> None:
    """An integer property sent as 300.0 is returned as 300."""
    data = http.post("/meetings", json={"ai_config": {"summarization": {"word_limit": 300.0}}})
    word_limit = data.json()["data"]["ai_config"]["summarization"]["word_limit"]
    assert word_limit == 300
    assert isinstance(word_limit, int)


# ---- update (PATCH) and replace (PUT) ------------------------------------------------------


def test_patch_title_changes_only_title(http: Any, create: Any, contract: Any) -> None:
    """A PATCH with only a title changes the title and updated_at, nothing else."""
    made = create({"title": "Old", "record_on_start": True, "ai_config": {"summarization": {}}})
    res = http.patch(f"/meetings/{made['id']}", json={"title": "New"})
    data = contract.check("update_meeting", res)["data"]
    assert data["title"] == "New"
    assert data["updated_at"] >= made["updated_at"]
    unchanged = {k: v for k, v in made.items() if k not in ("title", "updated_at")}
    assert {k: v for k, v in data.items() if k not in ("title", "updated_at")} == unchanged
    assert http.get(f"/meetings/{made['id']}").json()["data"] == data


def test_patch_nested_object_replaces_it_whole(http: Any, create: Any) -> None:
    """A nested object in a PATCH replaces the stored one, with its own defaults applied."""
    made = create(
        {
            "ai_config": {
                "summarization": {"summary_type": "lecture", "word_limit": 300},
                "transcription": {"language": "de"},
            }
        }
    )
    res = http.patch(
        f"/meetings/{made['id']}",
        json={"ai_config": {"summarization": {"text_format": "plain_text"}}},
    )
    assert res.json()["data"]["ai_config"] == {
        "summarization": {"summary_type": "general", "text_format": "plain_text", "word_limit": 500}
    }


def test_patch_ignores_server_owned_fields(http: Any, create: Any) -> None:
    """id and created_at sent in a PATCH are ignored."""
    made = create({"title": "t"})
    res = http.patch(
        f"/meetings/{made['id']}",
        json={"id": str(uuid.uuid4()), "created_at": "2000-01-01T00:00:00.000Z", "title": "u"},
    )
    data = res.json()["data"]
    assert (data["id"], data["created_at"]) == (made["id"], made["created_at"])


def test_status_changes_only_through_patch(http: Any, create: Any) -> None:
    """PATCH sets status; PUT keeps it whatever the body says."""
    made = create()
    assert http.patch(f"/meetings/{made['id']}", json={"status": "INACTIVE"}).status_code == 200
    res = http.put(f"/meetings/{made['id']}", json={"status": "ACTIVE", "title": "x"})
    assert res.json()["data"]["status"] == "INACTIVE"


def test_put_resets_omitted_fields_to_defaults(http: Any, create: Any, contract: Any) -> None:
    """PUT replaces the configuration; omitted fields go back to defaults, identity is kept."""
    made = create(
        {
            "title": "Old",
            "record_on_start": True,
            "persist_chat": True,
            "transcribe_on_end": True,
            "session_keep_alive_time_in_secs": 300,
            "ai_config": {"summarization": {}},
        }
    )
    res = http.put(f"/meetings/{made['id']}", json={"preferred_region": "eu-central-1"})
    data = contract.check("replace_meeting", res)["data"]
    assert {k: data[k] for k in ("id", "created_at", "status")} == {
        k: made[k] for k in ("id", "created_at", "status")
    }
    rest = {k: v for k, v in data.items() if k not in ("id", "created_at", "updated_at", "status")}
    assert rest == {"preferred_region": "eu-central-1", **TOP_DEFAULTS}


def test_update_and_replace_of_unknown_meeting_are_404(http: Any, contract: Any) -> None:
    """PATCH, PUT and GET of a meeting that does not exist answer 404 naming it."""
    missing = str(uuid.uuid4())
    for method, op in (
        ("GET", "get_meeting"),
        ("PATCH", "update_meeting"),
        ("PUT", "replace_meeting"),
    ):
        kwargs = {} if method == "GET" else {"json": {"title": "x"}}
        body = contract.check(op, http.request(method, f"/meetings/{missing}", **kwargs))
        assert body["error"]["message"] == f"Meeting not found: {missing}"


# ---- secrets and tenancy -------------------------------------------------------------------


def test_write_only_secrets_are_stored_but_never_returned(
    http: Any, create: Any, emulator: Any
) -> None:
    """storage_config secrets never appear in any response, but the store keeps them."""
    made = create({"recording_config": {"storage_config": STORAGE}})
    mid = made["id"]
    texts = [
        http.get(f"/meetings/{mid}").text,
        http.get("/meetings").text,
        http.patch(f"/meetings/{mid}", json={"recording_config": {"storage_config": STORAGE}}).text,
        http.put(f"/meetings/{mid}", json={"recording_config": {"storage_config": STORAGE}}).text,
        http.post("/meetings", json={"recording_config": {"storage_config": STORAGE}}).text,
    ]
    shown = made["recording_config"]["storage_config"]
    assert shown == {"type": "sftp", "auth_method": "KEY", "host": "sftp.example.com"}
    for text in texts:
        for name, value in SECRETS.items():
            assert value not in text
            assert f'"{name}"' not in text
    stored = emulator.app.store.meetings.get_meeting(
        account_id=emulator.account_id, app_id=emulator.app_id, meeting_id=mid
    )
    assert stored["recording_config"]["storage_config"]["secret"] == SECRETS["secret"]


def test_meetings_are_scoped_by_account_and_app(http: Any, create: Any, emulator: Any) -> None:
    """A meeting of one app is a 404 from another app or account, and absent from its lists."""
    mid = create({"title": "mine"})["id"]
    base = emulator.base_url
    for scope in (
        f"accounts/{emulator.account_id}/realtime/kit/other-app",
        f"accounts/x/realtime/kit/{emulator.app_id}",
    ):
        assert http.get(f"{base}/{scope}/meetings/{mid}").status_code == 404
        assert http.patch(f"{base}/{scope}/meetings/{mid}", json={"title": "t"}).status_code == 404
        assert http.put(f"{base}/{scope}/meetings/{mid}", json={}).status_code == 404
        listed = http.get(f"{base}/{scope}/meetings").json()
        assert listed["paging"]["total_count"] == 0
        body = {"custom_participant_id": "u", "preset_name": "group_call_participant"}
        assert (
            http.post(f"{base}/{scope}/meetings/{mid}/participants", json=body).status_code == 404
        )


# ---- list: paging, order, filters ----------------------------------------------------------


def test_paging_math_over_three_pages(http: Any, create: Any, contract: Any) -> None:
    """45 meetings at 20 a page: pages of 20, 20 and 5 with offsets from 1; page 4 is empty."""
    made = [create({"title": f"m{i:02d}"})["id"] for i in range(45)]
    seen = []
    expected = [(1, 20, 20), (21, 40, 20), (41, 45, 5), (0, 0, 0)]
    for page_no, (start, end, count) in enumerate(expected, start=1):
        res = http.get("/meetings", params={"page_no": page_no, "per_page": 20})
        body = contract.check("list_meetings", res)
        assert body["paging"] == {"start_offset": start, "end_offset": end, "total_count": 45}
        assert len(body["data"]) == count
        seen += [m["id"] for m in body["data"]]
    assert seen == made[::-1]


def test_list_defaults_come_from_the_spec(http: Any, create: Any) -> None:
    """Without page_no/per_page the first page of 20 is returned."""
    for i in range(21):
        create({"title": str(i)})
    body = http.get("/meetings").json()
    assert len(body["data"]) == 20
    assert body["paging"] == {"start_offset": 1, "end_offset": 20, "total_count": 21}


def test_empty_list_has_zero_offsets(http: Any, contract: Any) -> None:
    """An empty list answers start_offset 0 and end_offset 0."""
    body = contract.check("list_meetings", http.get("/meetings"))
    assert body == {
        "success": True,
        "data": [],
        "paging": {"start_offset": 0, "end_offset": 0, "total_count": 0},
    }


def test_list_items_have_no_ai_config(http: Any, create: Any) -> None:
    """List items carry no ai_config (MeetingSummary), the single meeting does."""
    made = create({"ai_config": {"summarization": {}}, "recording_config": {"max_seconds": 60}})
    item = http.get("/meetings").json()["data"][0]
    assert "ai_config" not in item
    assert item["recording_config"] == {"max_seconds": 60}
    assert "ai_config" in http.get(f"/meetings/{made['id']}").json()["data"]


def test_newest_first_with_deterministic_tie_break(http: Any, create: Any, emulator: Any) -> None:
    """Meetings created in the same millisecond list newest-created first."""
    emulator.set_clock(format_ms(1_800_000_000_000), frozen=True)
    ids = [create({"title": str(i)})["id"] for i in range(5)]
    listed = [m["id"] for m in http.get("/meetings").json()["data"]]
    assert listed == ids[::-1]
    assert [m["id"] for m in http.get("/meetings").json()["data"]] == listed


def test_search_matches_title_or_id_case_insensitively(http: Any, create: Any) -> None:
    """search is a case-insensitive substring of the title or the ID."""
    a = create({"title": "Quarterly Review"})
    create({"title": "Standup"})
    create({})
    titles = [
        m.get("title") for m in http.get("/meetings", params={"search": "REVIEW"}).json()["data"]
    ]
    assert titles == ["Quarterly Review"]
    by_id = http.get("/meetings", params={"search": a["id"][4:13].upper()}).json()["data"]
    assert [m["id"] for m in by_id] == [a["id"]]
    assert http.get("/meetings", params={"search": "nothing"}).json()["paging"]["total_count"] == 0


def test_time_filters_are_inclusive(http: Any, create: Any, emulator: Any) -> None:
    """start_time/end_time bound created_at inclusively, in any UTC offset."""
    times = [1_800_000_000_000, 1_800_000_060_000, 1_800_000_120_000]
    ids = []
    for ms in times:
        emulator.set_clock(format_ms(ms), frozen=True)
        ids.append(create()["id"])

    def listed(**params: str) -> list[str]:
        return [m["id"] for m in http.get("/meetings", params=params).json()["data"]]

    middle = format_ms(times[1])
    assert listed(start_time=middle) == [ids[2], ids[1]]
    assert listed(end_time=middle) == [ids[1], ids[0]]
    assert listed(start_time=middle, end_time=middle) == [ids[1]]
    shifted = "2027-01-15T09:01:00.000+01:00"  # == times[1] in UTC
    assert format_ms(times[1]) == "2027-01-15T08:01:00.000Z"
    assert listed(start_time=shifted, end_time=shifted) == [ids[1]]


def test_status_filter(http: Any, create: Any) -> None:
    """status keeps only meetings with that status."""
    a, b = create()["id"], create()["id"]
    http.patch(f"/meetings/{a}", json={"status": "INACTIVE"})
    assert [
        m["id"] for m in http.get("/meetings", params={"status": "INACTIVE"}).json()["data"]
    ] == [a]
    assert [m["id"] for m in http.get("/meetings", params={"status": "ACTIVE"}).json()["data"]] == [
        b
    ]


def test_start_after_end_is_an_empty_page(http: Any, contract: Any) -> None:
    """start_time after end_time is a schema-valid request: an empty page, not an error."""
    http.post("/meetings", json={"title": "exists"})
    res = http.get(
        "/meetings",
        params={"start_time": "2026-01-02T00:00:00Z", "end_time": "2026-01-01T00:00:00Z"},
    )
    body = contract.check("list_meetings", res)
    assert res.status_code == 200
    assert body["data"] == []
    assert body["paging"] == {"start_offset": 0, "end_offset": 0, "total_count": 0}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"page_no": "0"}, "page_no: 0 is less than the minimum of 1"),
        ({"per_page": "101"}, "per_page: 101 is greater than the maximum of 100"),
        ({"per_page": "ten"}, 'per_page: "ten" is not of type "integer"'),
        ({"status": "DELETED"}, 'status: "DELETED" is not one of "ACTIVE" or "INACTIVE"'),
        ({"start_time": "yesterday"}, 'start_time: "yesterday" is not a "date-time"'),
        ({"search": "x" * 257}, "search: "),
        ({"perpage": "5"}, "perpage: unknown query parameter"),
        ({"": "null"}, "(empty name): unknown query parameter"),
    ],
)
def test_invalid_list_parameters_are_400(
    http: Any, contract: Any, params: dict[str, str], message: str
) -> None:
    """Query parameters are coerced and validated against the spec, naming the parameter."""
    body = contract.check("list_meetings", http.get("/meetings", params=params))
    assert body["error"]["code"] == 400
    assert body["error"]["message"].startswith(message)


# ---- body validation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"ai_config": {"summarization": {"word_limit": 100}}},
            "ai_config.summarization.word_limit: 100 is less than the minimum of 150",
        ),
        (
            {"recording_config": {"storage_config": {"bucket": "b"}}},
            "recording_config.storage_config.type: this property is required",
        ),
        (
            {"ai_config": {"transcription": {"keywords": ["ok", 7]}}},
            'ai_config.transcription.keywords[1]: 7 is not of type "string"',
        ),
        (
            {"recording_config": {"video_config": {"watermark": {"url": "not a uri"}}}},
            'recording_config.video_config.watermark.url: "not a uri" is not a "uri"',
        ),
        (
            {"recording_config": {"realtimekit_bucket_config": {}}},
            "recording_config.realtimekit_bucket_config.enabled: this property is required",
        ),
        ({"persist_chat": "yes"}, 'persist_chat: "yes" is not of type "boolean"'),
        ([1, 2], 'body: [1,2] is not of type "object"'),
    ],
)
def test_invalid_bodies_name_the_field(http: Any, contract: Any, body: Any, message: str) -> None:
    """A body breaking the schema answers 400 naming the dotted field path and the reason."""
    result = contract.check("create_meeting", http.post("/meetings", json=body))
    assert result["error"]["message"] == message


def test_patch_validates_against_meeting_update(http: Any, create: Any, contract: Any) -> None:
    """PATCH uses MeetingUpdate: status must be a MeetingStatus, title a string."""
    mid = create()["id"]
    res = http.patch(f"/meetings/{mid}", json={"status": "PAUSED"})
    assert contract.check("update_meeting", res)["error"]["message"].startswith("status: ")
    res = http.patch(f"/meetings/{mid}", json={"title": None})
    assert contract.check("update_meeting", res)["error"]["message"].startswith("title: ")


def test_invalid_meeting_id_is_400(http: Any, contract: Any) -> None:
    """A meeting_id that is not a UUID answers 400 naming the parameter."""
    body = contract.check("get_meeting", http.get("/meetings/not-a-uuid"))
    assert body["error"]["message"] == 'meeting_id: "not-a-uuid" is not a "uuid"'
