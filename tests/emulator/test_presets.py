"""Presets: the app's default presets, CRUD with the whole tree, names unique per app, and the
participants (and peers) that name them."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from realtimekit_client import ConflictError, NotFoundError, RealtimeKit
from realtimekit_client.models import (
    ParticipantUpdate,
    PresetCreate,
    PresetPermissionsUpdate,
    PresetUpdate,
    PresetViewType,
)

from realtimekit_mock import create_app
from realtimekit_mock.exceptions import Conflict
from realtimekit_mock.resources.presets import DEFAULT_PRESET_NAMES, default_presets


def _body(name: str = "support_agent", **config: Any) -> dict[str, Any]:
    """A whole preset body (the group_call_participant default renamed), with changes to its
    ``config``."""
    body = copy.deepcopy(default_presets()[1])
    body["name"] = name
    body["config"].update(config)
    return body


def _minimal(name: str = "bare") -> dict[str, Any]:
    """A whole preset body without any of the optional properties."""
    body = _body(name)
    del body["config"]["media"]["audio"], body["config"]["media"]["video"]["simulcast"]
    for key in ("accept_stage_requests", "is_recorder", "stage_enabled", "transcription_enabled"):
        body["permissions"].pop(key, None)
    body["permissions"].pop("stage_access", None)
    return body


def _create(rk: RealtimeKit, body: dict[str, Any]) -> Any:
    return rk.presets.create(body=PresetCreate.from_dict(body))


def _names(rk: RealtimeKit, **query: Any) -> list[str]:
    return [p.name for p in rk.presets.list(**query).data]


# ---- defaults ------------------------------------------------------------------------------


def test_every_app_starts_with_the_default_presets(realtimekit_client: RealtimeKit) -> None:
    """A new app lists the documented defaults, oldest first, each a whole preset whose view
    type suits its name."""
    rk = realtimekit_client
    assert DEFAULT_PRESET_NAMES[:2] == ("group_call_host", "group_call_participant")
    assert "webinar_presenter" in DEFAULT_PRESET_NAMES and "webinar_viewer" in DEFAULT_PRESET_NAMES
    listed = rk.presets.list(per_page=100)
    assert [p.name for p in listed.data] == list(DEFAULT_PRESET_NAMES)
    assert listed.paging.total_count == len(DEFAULT_PRESET_NAMES)
    by_name = {p.name: p.id for p in listed.data}
    host = rk.presets.get(by_name["group_call_host"])
    assert host.config.view_type == PresetViewType.GROUP_CALL
    assert host.permissions.kick_participant is True
    participant = rk.presets.get(by_name["group_call_participant"])
    assert participant.permissions.kick_participant is False
    assert rk.presets.get(by_name["webinar_viewer"]).config.view_type == PresetViewType.WEBINAR


def test_a_deleted_default_stays_deleted(realtimekit_client: RealtimeKit) -> None:
    """Defaults are made once, when the app comes into existence, not on every use."""
    rk = realtimekit_client
    doomed = next(p for p in rk.presets.list().data if p.name == "livestream_viewer")
    rk.presets.delete(doomed.id)
    rk.meetings.list()
    assert "livestream_viewer" not in _names(rk, per_page=100)


# ---- create, read ---------------------------------------------------------------------------


def test_create_round_trips_the_whole_tree(
    realtimekit_client: RealtimeKit, http: Any, contract: Any
) -> None:
    """A created preset (201) reads back as sent, colour keys such as "600" included."""
    rk = realtimekit_client
    body = _body(livestream_viewer_qualities=None)
    body["ui"]["design_tokens"]["colors"]["background"]["1000"] = "#000001"
    body["permissions"]["plugins"]["config"] = {
        "5f0b4b5e-3a3c-4d1e-9f7a-2b1c0d9e8f7a": {"access_control": "VIEW_ONLY"}
    }
    res = http.post("/presets", json=body)
    assert res.status_code == 201
    made = contract.check("create_preset", res)["data"]
    assert made["created_at"] == made["updated_at"]
    got = contract.check("get_preset", http.get(f"/presets/{made['id']}"))["data"]
    assert got == made
    assert {k: got[k] for k in body} == body
    assert got["ui"]["design_tokens"]["colors"]["background"]["1000"] == "#000001"
    preset = rk.presets.get(made["id"])
    assert preset.ui.design_tokens.colors.background.field_1000 == "#000001"
    config = preset.permissions.plugins.config["5f0b4b5e-3a3c-4d1e-9f7a-2b1c0d9e8f7a"]
    assert config.access_control.value == "VIEW_ONLY"


def test_optional_properties_get_their_defaults(realtimekit_client: RealtimeKit) -> None:
    """Without the optional properties, the preset has the emulator's documented defaults;
    those without one (stage_access, fonts, logo, viewer qualities) stay absent."""
    made = _create(realtimekit_client, _minimal()).to_dict()
    media = made["config"]["media"]
    assert media["audio"] == {"enable_high_bitrate": False, "enable_stereo": False}
    assert media["video"]["simulcast"] is False
    for key in ("accept_stage_requests", "is_recorder", "stage_enabled", "transcription_enabled"):
        assert made["permissions"][key] is False, key
    assert "stage_access" not in made["permissions"]
    assert "livestream_viewer_qualities" not in made["config"]
    assert "logo" not in made["ui"]["design_tokens"]


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("config", "view_type"), "CHAT", "config.view_type: "),
        (("config", "media", "video", "quality"), "8k", "config.media.video.quality: "),
        (("permissions", "media", "audio", "can_produce"), "YES", "permissions.media.audio.can_"),
        (("ui", "design_tokens", "theme"), "pink", "ui.design_tokens.theme: "),
        (
            ("ui", "design_tokens", "colors", "brand", "500"),
            5,
            "ui.design_tokens.colors.brand.500: ",
        ),
    ],
)
def test_values_outside_the_tree_are_400(
    http: Any, contract: Any, path: tuple[str, ...], value: Any, message: str
) -> None:
    """An enum value or type the tree does not allow is a 400 naming the field."""
    body = _body()
    node = body
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    res = http.post("/presets", json=body)
    assert res.status_code == 400
    assert contract.error(res)["message"].startswith(message)


def test_a_missing_required_property_is_400(http: Any, contract: Any) -> None:
    """Create and replace need the whole tree; a missing required key is named."""
    body = _body()
    del body["permissions"]["chat"]["private"]["can_receive"]
    res = http.post("/presets", json=body)
    assert res.status_code == 400
    message = contract.error(res)["message"]
    assert "permissions.chat.private.can_receive: this property is required" in message


def test_unknown_preset_is_404(realtimekit_client: RealtimeKit) -> None:
    """Get, update, replace and delete of an ID the app has no preset with: 404."""
    rk = realtimekit_client
    missing = "00000000-0000-4000-8000-000000000000"
    for call in (
        lambda: rk.presets.get(missing),
        lambda: rk.presets.update(missing, name="x"),
        lambda: rk.presets.replace(missing, body=PresetCreate.from_dict(_body())),
        lambda: rk.presets.delete(missing),
    ):
        with pytest.raises(NotFoundError, match="Preset not found"):
            call()


# ---- names --------------------------------------------------------------------------------


def test_names_are_unique_within_an_app(realtimekit_client: RealtimeKit, emulator: Any) -> None:
    """Create, rename and replace onto a taken name are 409 and change nothing; another app
    may use the same name."""
    rk = realtimekit_client
    with pytest.raises(ConflictError, match="group_call_host"):
        _create(rk, _body("group_call_host"))
    mine = _create(rk, _body("mine"))
    with pytest.raises(ConflictError):
        rk.presets.update(mine.id, name="group_call_participant")
    with pytest.raises(ConflictError):
        rk.presets.replace(mine.id, body=PresetCreate.from_dict(_body("webinar_viewer")))
    assert rk.presets.get(mine.id).name == "mine"
    assert _names(rk, search="mine") == ["mine"]
    kept = rk.presets.update(mine.id, name="mine")  # its own name is not a conflict
    assert kept.name == "mine"
    with RealtimeKit(
        base_url=emulator.base_url, token=emulator.token, account_id="acc", app_id="other"
    ) as other:
        assert _create(other, _body("mine")).id != mine.id


# ---- update, replace -------------------------------------------------------------------------


def test_update_merges_at_any_depth(realtimekit_client: RealtimeKit, emulator: Any) -> None:
    """A PATCH changes only what it names, deep inside objects too; updated_at moves,
    created_at stays; null and arrays replace."""
    rk = realtimekit_client
    emulator.set_clock("2030-01-01T10:00:00Z", frozen=True)
    made = _create(rk, _body()).to_dict()
    emulator.advance(60)
    changes = {
        "permissions": {"can_record": True, "chat": {"public": {"files": False}}},
        "ui": {"design_tokens": {"colors": {"brand": {"500": "#123456"}}}},
        "config": {"livestream_viewer_qualities": [360, 720]},
    }
    updated = rk.presets.update(made["id"], body=PresetUpdate.from_dict(changes)).to_dict()
    expected = copy.deepcopy(made)
    expected["permissions"]["can_record"] = True
    expected["permissions"]["chat"]["public"]["files"] = False
    expected["ui"]["design_tokens"]["colors"]["brand"]["500"] = "#123456"
    expected["config"]["livestream_viewer_qualities"] = [360, 720]
    assert updated["updated_at"] == "2030-01-01T10:01:00+00:00"
    assert {**updated, "updated_at": made["updated_at"]} == expected
    cleared = rk.presets.update(
        made["id"], body=PresetUpdate.from_dict({"config": {"livestream_viewer_qualities": None}})
    )
    assert cleared.config.livestream_viewer_qualities is None
    assert (
        cleared.config.max_video_streams.desktop == made["config"]["max_video_streams"]["desktop"]
    )
    bound = rk.presets.update(made["id"], permissions=PresetPermissionsUpdate(can_spotlight=True))
    assert bound.permissions.can_spotlight is True and bound.permissions.can_record is True


def test_replace_starts_over_but_keeps_id_and_creation(
    realtimekit_client: RealtimeKit, emulator: Any
) -> None:
    """A PUT is a whole new preset: what it omits goes back to the defaults or is gone; id and
    created_at are kept."""
    rk = realtimekit_client
    emulator.set_clock("2030-01-01T10:00:00Z", frozen=True)
    made = _create(rk, _body(livestream_viewer_qualities=[720]))
    rk.presets.update(made.id, body=PresetUpdate.from_dict({"permissions": {"is_recorder": True}}))
    emulator.advance(5)
    replaced = rk.presets.replace(made.id, body=PresetCreate.from_dict(_minimal("renamed")))
    assert (replaced.id, replaced.created_at) == (made.id, made.created_at)
    assert replaced.updated_at > made.updated_at
    assert replaced.name == "renamed" and replaced.permissions.is_recorder is False
    assert "livestream_viewer_qualities" not in replaced.config.to_dict()
    assert _names(rk, search="renamed") == ["renamed"]


# ---- list, delete ---------------------------------------------------------------------------


def test_list_pages_searches_and_summarises(
    realtimekit_client: RealtimeKit, http: Any, contract: Any
) -> None:
    """Oldest first, paged; search matches the name case-insensitively; items carry no
    configuration."""
    rk = realtimekit_client
    for name in ("Alpha Team", "beta team", "gamma"):
        _create(rk, _body(name))
    assert _names(rk, search="TEAM") == ["Alpha Team", "beta team"]
    total = len(DEFAULT_PRESET_NAMES) + 3
    last = rk.presets.list(per_page=3, page_no=(total + 2) // 3)
    assert [p.name for p in last.data][-1] == "gamma"
    assert (last.paging.end_offset, last.paging.total_count) == (total, total)
    raw = contract.check("list_presets", http.get("/presets", params={"search": "gamma"}))
    assert set(raw["data"][0]) == {"id", "name", "created_at", "updated_at"}
    assert raw["paging"] == {"start_offset": 1, "end_offset": 1, "total_count": 1}


def test_delete_answers_the_preset_and_frees_its_name(realtimekit_client: RealtimeKit) -> None:
    """Delete answers what the preset was; it is gone, and its name can be taken again."""
    rk = realtimekit_client
    made = _create(rk, _body("temp"))
    gone = rk.presets.delete(made.id)
    assert gone.to_dict() == made.to_dict()
    with pytest.raises(NotFoundError):
        rk.presets.get(made.id)
    with pytest.raises(NotFoundError):
        rk.presets.delete(made.id)
    assert _create(rk, _body("temp")).id != made.id


def test_a_preset_in_use_cannot_be_deleted(realtimekit_client: RealtimeKit) -> None:
    """While a participant of the app has the preset, delete is a 409 naming it; once nobody
    has it, the delete goes through."""
    rk = realtimekit_client
    made = _create(rk, _body("agents"))
    meeting = rk.meetings.create(title="Support")
    person = rk.participants.add(meeting.id, custom_participant_id="u", preset_name="agents")
    with pytest.raises(ConflictError, match="'agents' is in use by 1 participant"):
        rk.presets.delete(made.id)
    rk.participants.edit(
        meeting.id, person.id, body=ParticipantUpdate(preset_name="group_call_participant")
    )
    assert rk.presets.delete(made.id).name == "agents"


# ---- participants and peers ----------------------------------------------------------------


def test_participants_must_name_a_preset_of_their_app(
    realtimekit_client: RealtimeKit, emulator: Any, http: Any, contract: Any
) -> None:
    """Add and edit with a preset_name the app has no preset of: 409 naming it, nothing
    changed; a preset of another app does not count."""
    rk = realtimekit_client
    meeting = rk.meetings.create(title="Weekly")
    res = http.post(
        f"/meetings/{meeting.id}/participants",
        json={"custom_participant_id": "u", "preset_name": "no_such_preset"},
    )
    assert res.status_code == 409
    assert (
        contract.error(res)["message"]
        == "preset_name: the app has no preset named 'no_such_preset'"
    )
    assert rk.participants.list(meeting.id).paging.total_count == 0
    ada = rk.participants.add(meeting.id, custom_participant_id="ada", preset_name="webinar_viewer")
    with pytest.raises(ConflictError, match="no preset named 'ghost'"):
        rk.participants.edit(meeting.id, ada.id, body=ParticipantUpdate(preset_name="ghost"))
    assert rk.participants.get(meeting.id, ada.id).preset_name == "webinar_viewer"
    with RealtimeKit(
        base_url=emulator.base_url, token=emulator.token, account_id="acc", app_id="other"
    ) as other:
        _create(other, _body("only_there"))
    with pytest.raises(ConflictError, match="only_there"):
        rk.participants.add(meeting.id, custom_participant_id="b", preset_name="only_there")


def test_the_delete_answer_carries_the_real_preset_id(realtimekit_client: RealtimeKit) -> None:
    """preset_id in a delete answer is the ID of the preset the participant had last."""
    rk = realtimekit_client
    made = _create(rk, _body("speakers"))
    meeting = rk.meetings.create(title="Weekly")
    ada = rk.participants.add(
        meeting.id, custom_participant_id="ada", preset_name="group_call_host"
    )
    rk.participants.edit(meeting.id, ada.id, body=ParticipantUpdate(preset_name="speakers"))
    assert rk.participants.delete(meeting.id, ada.id).preset_id == str(made.id)


def test_peer_events_carry_the_view_type_of_the_preset(
    realtimekit_client: RealtimeKit, realtimekit_emulator: Any
) -> None:
    """Joins and leaves record the view type of the participant's preset."""
    rk, em = realtimekit_client, realtimekit_emulator
    em.set_clock("2030-01-01T10:00:00Z", frozen=True)
    audio = _body("stage", view_type="AUDIO_ROOM")
    _create(rk, audio)
    meeting = rk.meetings.create(title="Town hall")
    viewer = rk.participants.add(
        meeting.id, custom_participant_id="v", preset_name="webinar_viewer"
    )
    speaker = rk.participants.add(meeting.id, custom_participant_id="s", preset_name="stage")
    peer = em.join(meeting.id, viewer.id)
    em.join(meeting.id, speaker.id)
    em.advance(60)
    em.leave(meeting.id, viewer.id)
    listed = rk.sessions.list_participants(peer["session_id"], include_peer_events=True)
    seen = {
        p.custom_participant_id: {
            (e.event_name.value, e.preset_view_type.value) for e in p.peer_events
        }
        for p in listed.participants
    }
    assert seen["v"] == {
        ("PEER_CREATED", "WEBINAR"),
        ("PEER_JOINING", "WEBINAR"),
        ("PEER_LEAVING", "WEBINAR"),
    }
    assert seen["s"] == {("PEER_CREATED", "AUDIO_ROOM"), ("PEER_JOINING", "AUDIO_ROOM")}


def test_presets_survive_a_restart(tmp_path: Path) -> None:
    """With --db, presets (defaults and created) and their names' uniqueness are kept."""
    db = tmp_path / "presets.db"
    app = create_app(db=db)
    try:
        made = app.store.presets.create_preset(account_id="a", app_id="b", body=_body("kept"))
    finally:
        app.close()
    again = create_app(db=db)
    try:
        store = again.store
        got = store.presets.get_preset(account_id="a", app_id="b", preset_id=made["id"])
        assert got == made
        with pytest.raises(Conflict, match="already exists"):
            store.presets.create_preset(account_id="a", app_id="b", body=_body("kept"))
        listed = store.presets.list_presets(account_id="a", app_id="b", page_no=1, per_page=100)
        assert listed.total_count == len(DEFAULT_PRESET_NAMES) + 1
    finally:
        again.close()


def test_renaming_a_preset_keeps_its_participants(realtimekit_client: RealtimeKit) -> None:
    """Participants are linked by ID: after a rename they keep their preset_name, and the
    preset (now in use) still cannot be deleted."""
    rk = realtimekit_client
    made = _create(rk, _body("before"))
    meeting = rk.meetings.create(title="Weekly")
    ada = rk.participants.add(meeting.id, custom_participant_id="ada", preset_name="before")
    rk.presets.update(made.id, name="after")
    assert rk.participants.get(meeting.id, ada.id).preset_name == "before"
    with pytest.raises(ConflictError):
        rk.presets.delete(made.id)
    assert rk.participants.delete(meeting.id, ada.id).preset_id == str(made.id)


def test_participants_stored_before_presets_find_theirs_by_name() -> None:
    """A participant record without a preset ID (written by an emulator before presets) counts
    as using the preset its name names: it blocks the delete, its peers get that view type and
    its delete answer carries the preset's ID."""
    app = create_app()
    store, scope = app.store, {"account_id": "a", "app_id": "b"}
    viewer = store.presets.list_presets(**scope, page_no=1, per_page=100).items[3]
    assert viewer["name"] == "webinar_viewer"
    meeting = store.meetings.create_meeting(**scope, body={})
    added = store.participants.add_participant(
        **scope,
        meeting_id=meeting["id"],
        body={"custom_participant_id": "old", "preset_name": "webinar_viewer"},
    )
    record = store.backend.get("participant", ("a", "b", meeting["id"]), added["id"])
    legacy = {k: v for k, v in record.load().items() if k != "preset_id"}
    with store.transaction():
        store.backend.put(record.replaced(legacy))
    with pytest.raises(Conflict, match="in use by 1 participant"):
        store.presets.delete_preset(**scope, preset_id=viewer["id"])
    with store.transaction():
        peer = store.live.join("a", "b", meeting["id"], participant_id=added["id"])
    assert {e["preset_view_type"] for e in peer["peer_events"]} == {"WEBINAR"}
    app.advance("a", "b", 1)
    store.live.leave("a", "b", meeting["id"], participant_id=added["id"])
    gone = store.participants.delete_participant(
        **scope, meeting_id=meeting["id"], participant_id=added["id"]
    )
    assert gone["preset_id"] == viewer["id"]
