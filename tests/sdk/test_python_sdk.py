"""The official Python SDK (``cloudflare``, strict response validation) as a real client of the
emulator: one realistic flow calls every ``client.realtime_kit`` method that openapi.yaml names in
``x-cloudflare-sdk``, asserting what each answers; then one case per named method checks that the
flow called it, that the request it sent is that operation, and that the SDK accepted the answer.

An operation added to openapi.yaml with an SDK method the flow does not call fails its case.
"""

from __future__ import annotations

import datetime
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import cloudflare
import httpx
import orjson
import pytest
import yaml

from realtimekit_mock import EmulatorServer
from realtimekit_mock.webhook_receiver import WebhookReceiver
from tests.conftest import SPEC_PATH

from .conftest import SDK_OPERATIONS, T0, operation_of

AT_T0 = datetime.datetime(2030, 1, 1, 10, tzinfo=datetime.UTC)

EXPECTED_INVALID: dict[str, str] = {}
"""SDK method → why the SDK's types refuse an answer that openapi.yaml documents: its case is
expected to fail, and the flow goes on with the raw body (a dict: read it by key at that step).
Empty: every answer of the flow passes the SDK's strict validation."""


@dataclass
class Call:
    """One SDK call: the requests it sent (method, path, status) and what became of the answer."""

    sdk: str
    requests: list[tuple[str, str, int]] = field(default_factory=list)
    invalid: str | None = None


class Conformance:
    """A strict ``cloudflare.Cloudflare`` client on the emulator that records every SDK call."""

    def __init__(self, server: EmulatorServer) -> None:
        self.server = server
        self.account_id = server.account_id
        self.calls: dict[str, list[Call]] = {}
        self._requests: list[tuple[str, str, int]] = []
        self._http = httpx.Client(event_hooks={"response": [self._seen]}, timeout=10)
        self.client = cloudflare.Cloudflare(
            api_token=server.token,
            base_url=server.base_url,
            http_client=self._http,
            max_retries=0,
            _strict_response_validation=True,
        )

    def _seen(self, response: httpx.Response) -> None:
        request = response.request
        self._requests.append((request.method, request.url.path, response.status_code))

    def __call__(self, sdk: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``client.realtime_kit.<sdk>`` with the account; its parsed answer (or, when the
        SDK refuses it as :data:`EXPECTED_INVALID` says, the raw body as a dict)."""
        resource, method = sdk.split(".")
        function = getattr(getattr(self.client.realtime_kit, resource), method)
        call = Call(sdk)
        start = len(self._requests)
        try:
            return function(*args, account_id=self.account_id, **kwargs)
        except cloudflare.APIResponseValidationError as exc:
            if sdk not in EXPECTED_INVALID:
                raise
            call.invalid = str(exc.__cause__ or exc)
            return exc.body
        finally:
            call.requests = self._requests[start:]
            self.calls.setdefault(sdk, []).append(call)

    def close(self) -> None:
        self.client.close()
        self._http.close()


def _example(operation_id: str, name: str) -> dict[str, Any]:
    """A request-body example of an operation in openapi.yaml."""
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                example = op["requestBody"]["content"]["application/json"]["examples"][name]
                if "$ref" in example:
                    example = spec["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]
                return dict(example["value"])
    raise KeyError(operation_id)


def run_flow(rk: Conformance, receiver: WebhookReceiver) -> dict[str, Any]:
    """The whole life of a meeting through the SDK; the IDs it made."""
    server = rk.server

    # An App of its own, its clock frozen so that times are exact.
    app = rk("apps.post", name="SDK conformance").data.app
    assert app.name == "SDK conformance" and app.id
    apps = rk("apps.get")
    assert app.id in [a.id for a in apps.data] and apps.success
    app_id = app.id
    server.set_clock(T0, frozen=True, app_id=app_id)
    scope = {"app_id": app_id}

    def clock(seconds: float) -> None:
        server.advance(seconds, app_id=app_id)

    # Webhooks: create, list, read, edit, replace (the hook stays to receive the flow's events).
    hook = rk(
        "webhooks.create_webhook",
        app_id,
        name="Conformance hook",
        url=receiver.url,
        events=["meeting.started"],
        enabled=True,
    ).data
    assert (hook.name, hook.url, hook.events, hook.enabled) == (
        "Conformance hook",
        receiver.url,
        ["meeting.started"],
        True,
    )
    assert [h.id for h in rk("webhooks.get_webhooks", app_id).data] == [hook.id]
    assert rk("webhooks.get_webhook_by_id", hook.id, **scope).data.url == receiver.url
    edited = rk("webhooks.edit_webhook", hook.id, **scope, name="Renamed hook").data
    assert (edited.name, edited.events) == ("Renamed hook", ["meeting.started"])
    replaced = rk(
        "webhooks.replace_webhook",
        hook.id,
        **scope,
        name="Lifecycle hook",
        url=receiver.url,
        events=["meeting.started", "meeting.ended"],
        enabled=True,
    ).data
    assert (replaced.name, sorted(replaced.events)) == (
        "Lifecycle hook",
        ["meeting.ended", "meeting.started"],
    )

    # Presets: create from the spec's example, list, read, update, replace; a spare one deleted.
    body = _example("create_preset", "support_agent")
    preset = rk("presets.create", app_id, **{**body, "name": "conformance_host"}).data
    assert preset.name == "conformance_host"
    assert preset.config.view_type == body["config"]["view_type"]
    assert "conformance_host" in [p.name for p in rk("presets.get", app_id).data]
    assert rk("presets.get_preset_by_id", preset.id, **scope).data.id == preset.id
    updated = rk(
        "presets.update",
        preset.id,
        **scope,
        permissions={"can_record": True, "can_livestream": True},
    ).data
    assert (updated.permissions.can_record, updated.name) == (True, "conformance_host")
    whole = {**body, "name": "conformance_host"}
    whole["permissions"] = {**whole["permissions"], "can_record": True}
    replaced_preset = rk("presets.replace_preset_by_id", preset.id, **scope, **whole).data
    assert (replaced_preset.id, replaced_preset.permissions.can_record) == (preset.id, True)
    spare = rk("presets.create", app_id, **{**body, "name": "spare_preset"}).data
    deleted = rk("presets.delete", spare.id, **scope).data
    assert deleted.id == spare.id
    assert "spare_preset" not in [p.name for p in rk("presets.get", app_id).data]

    # A meeting: create, list, read, update, replace.
    meeting = rk("meetings.create", app_id, title="Weekly sync").data
    assert (meeting.title, meeting.status, meeting.created_at) == ("Weekly sync", "ACTIVE", AT_T0)
    listed = rk("meetings.get", app_id)
    assert [m.id for m in listed.data] == [meeting.id] and listed.paging.total_count == 1
    assert rk("meetings.get_meeting_by_id", meeting.id, **scope).data.title == "Weekly sync"
    renamed = rk("meetings.update_meeting_by_id", meeting.id, **scope, title="Team sync").data
    assert (renamed.id, renamed.title) == (meeting.id, "Team sync")
    meeting = rk(
        "meetings.replace_meeting_by_id",
        meeting.id,
        **scope,
        title="Team sync",
        persist_chat=True,
        transcribe_on_end=True,
        summarize_on_end=False,
        session_keep_alive_time_in_secs=60,
    ).data
    assert (meeting.persist_chat, meeting.transcribe_on_end) == (True, True)
    meeting_id = meeting.id

    # Participants: add three, list, read, edit, refresh a token, remove one.
    people = {}
    for custom_id in ("ada", "bob", "cy"):
        added = rk(
            "meetings.add_participant",
            meeting_id,
            **scope,
            custom_participant_id=custom_id,
            preset_name="conformance_host",
            name=custom_id.title(),
        ).data
        assert (added.custom_participant_id, added.preset_name) == (custom_id, "conformance_host")
        assert added.token.count(".") == 2
        people[custom_id] = added
    participants = rk("meetings.get_meeting_participants", meeting_id, **scope).data
    assert sorted(p.custom_participant_id for p in participants) == ["ada", "bob", "cy"]
    ada = rk("meetings.get_meeting_participant", people["ada"].id, **scope, meeting_id=meeting_id)
    assert ada.data.name == "Ada"
    edited_bob = rk(
        "meetings.edit_participant",
        people["bob"].id,
        **scope,
        meeting_id=meeting_id,
        name="Bob B.",
    ).data
    assert (edited_bob.name, edited_bob.custom_participant_id) == ("Bob B.", "bob")
    fresh = rk(
        "meetings.refresh_participant_token", people["bob"].id, **scope, meeting_id=meeting_id
    ).data
    assert fresh.token and fresh.token != people["bob"].token
    gone = rk(
        "meetings.delete_meeting_participant", people["cy"].id, **scope, meeting_id=meeting_id
    ).data
    assert gone.custom_participant_id == "cy"
    remaining = rk("meetings.get_meeting_participants", meeting_id, **scope).data
    assert sorted(p.custom_participant_id for p in remaining) == ["ada", "bob"]

    # Two of them join (the emulator's simulated live side); a live session starts.
    ada_peer = server.join(meeting_id, people["ada"].id, app_id=app_id)
    bob_peer = server.join(meeting_id, token=fresh.token, app_id=app_id)
    session_id = ada_peer["session_id"]
    assert bob_peer["session_id"] == session_id
    server.chat(meeting_id, people["ada"].id, "Hello from Ada", app_id=app_id)
    active = rk("active_session.get_active_session", meeting_id, **scope).data
    assert (active.id, active.live_participants, active.status) == (session_id, 2, "LIVE")
    poll = rk(
        "active_session.create_poll",
        meeting_id,
        **scope,
        question="Lunch?",
        options=["Pizza", "Salad"],
    ).data
    assert (poll.poll.question, [o.text for o in poll.poll.options]) == (
        "Lunch?",
        ["Pizza", "Salad"],
    )

    # A composite recording through its lifecycle, and a track recording beside it.
    recording = rk("recordings.start_recordings", app_id, meeting_id=meeting_id).data
    assert (recording.status, recording.session_id) == ("INVOKED", session_id)

    # A livestream of the live session beside it: INVOKED now, LIVE 3 s later by the clock.
    started = rk(
        "livestreams.start_livestreaming_a_meeting", meeting_id, **scope, name="team-sync"
    ).data
    assert (started.status, started.ingest_server) == (
        "INVOKED",
        "rtmps://live.cloudflare.com:443/live/",
    )
    assert started.stream_key and started.playback_url
    livestream_id = started.id
    invoked = rk("livestreams.get_meeting_active_livestreams", meeting_id, **scope).data
    assert (invoked.id, invoked.status, invoked.meeting_id, invoked.name) == (
        livestream_id,
        "INVOKED",
        meeting_id,
        "team-sync",
    )
    assert invoked.stream_key == started.stream_key
    not_yet = rk("livestreams.get_active_livestreams_for_livestream_id", livestream_id, **scope)
    assert (not_yet.data.livestream.status, not_yet.data.session) == ("INVOKED", None)
    clock(3)
    went_live = rk("livestreams.get_meeting_active_livestreams", meeting_id, **scope).data
    assert (went_live.id, went_live.status) == (livestream_id, "LIVE")
    assert rk("recordings.get_one_recording", recording.id, **scope).data.status == "RECORDING"
    paused = rk("recordings.pause_resume_stop_recording", recording.id, **scope, action="pause")
    assert paused.data.status == "PAUSED"
    resumed = rk("recordings.pause_resume_stop_recording", recording.id, **scope, action="resume")
    assert resumed.data.status == "RECORDING"
    active_recording = rk("recordings.get_active_recordings", meeting_id, **scope).data
    assert (active_recording.id, active_recording.status) == (recording.id, "RECORDING")
    track = rk("recordings.start_track_recording", app_id, meeting_id=meeting_id)
    assert track.success and track.data.recording.status == "INVOKED"
    assert track.data.recording.id != recording.id
    clock(60)

    # The livestream has been LIVE for the last 60 s, watched by both peers; then it stops.
    live_seconds, viewers = 60, int(active.live_participants)
    on_air = rk("livestreams.get_active_livestreams_for_livestream_id", livestream_id, **scope)
    stream_session = on_air.data.session
    assert (on_air.data.livestream.id, on_air.data.livestream.status) == (livestream_id, "LIVE")
    assert (stream_session.livestream_id, stream_session.stopped_time) == (livestream_id, None)
    assert (stream_session.invoked_time, stream_session.started_time) == (
        AT_T0,
        AT_T0 + datetime.timedelta(seconds=3),
    )
    assert (stream_session.ingest_seconds, stream_session.viewer_seconds) == (
        str(live_seconds),
        str(viewers * live_seconds),
    )
    stream_stopped = rk("livestreams.stop_livestreaming_a_meeting", meeting_id, **scope).data
    assert stream_stopped.message == "Stopped live stream successfully"
    streams = rk("livestreams.get_all_livestreams", app_id).data
    assert (streams.id, streams.meeting_id, streams.status, streams.name) == (
        livestream_id,
        meeting_id,
        "IDLE",
        "team-sync",
    )
    assert streams.paging.total_count == 1
    streamed = rk("livestreams.get_livestream_session_for_livestream_id", livestream_id, **scope)
    ended_stream = streamed.data.session
    assert (streamed.data.livestream.status, streamed.data.paging.total_count) == ("IDLE", 1)
    assert (ended_stream.id, ended_stream.stopped_time) == (
        stream_session.id,
        AT_T0 + datetime.timedelta(seconds=63),
    )
    assert (ended_stream.ingest_seconds, ended_stream.viewer_seconds) == (
        float(stream_session.ingest_seconds),
        float(stream_session.viewer_seconds),
    )
    by_id = rk(
        "livestreams.get_livestream_session_details_for_session_id", ended_stream.id, **scope
    ).data
    assert (by_id.id, by_id.livestream_id, by_id.ingest_seconds, by_id.viewer_seconds) == (
        ended_stream.id,
        livestream_id,
        live_seconds,
        viewers * live_seconds,
    )
    assert (by_id.started_time, by_id.stopped_time) == (
        "2030-01-01T10:00:03.000Z",
        "2030-01-01T10:01:03.000Z",
    )

    stopped = rk("recordings.pause_resume_stop_recording", recording.id, **scope, action="stop")
    assert stopped.data.status == "UPLOADING"
    clock(6)
    uploaded = rk("recordings.get_one_recording", recording.id, **scope).data
    assert (uploaded.status, uploaded.session_id, uploaded.recording_duration) == (
        "UPLOADED",
        session_id,
        61,  # started 2 s after the start, stopped 63 s after it
    )
    assert (uploaded.started_time, uploaded.stopped_time) == (
        AT_T0 + datetime.timedelta(seconds=2),
        AT_T0 + datetime.timedelta(seconds=63),
    )
    assert uploaded.file_size and uploaded.file_size > 0
    media = httpx.get(uploaded.download_url)
    assert media.status_code == 200 and media.content
    recordings = rk("recordings.get_recordings", app_id, meeting_id=meeting_id).data
    assert recording.id in [r.id for r in recordings]

    # Kick one participant, then everyone: the session ends.
    kicked = rk(
        "active_session.kick_participants", meeting_id, **scope, participant_ids=[people["bob"].id]
    )
    assert kicked.data.action == "kick"
    assert [(p.id, p.name) for p in kicked.data.participants] == [(people["bob"].id, "Bob B.")]
    everyone = rk("active_session.kick_all_participants", meeting_id, **scope).data
    assert everyone.kicked_participants_count == 1

    # After the session: its reads, chat export, transcript and summary.
    clock(15)
    sessions = rk("sessions.get_sessions", app_id).data.sessions
    assert [(s.id, s.status) for s in sessions] == [(session_id, "ENDED")]
    details = rk("sessions.get_session_details", session_id, **scope).data
    assert (details.associated_id, details.status, details.meeting_display_name) == (
        meeting_id,
        "ENDED",
        "Team sync",
    )
    assert (details.organization_id, details.started_at, details.ended_at) == (
        app_id,
        T0,
        "2030-01-01T10:01:09.000Z",  # kick-all ended it 69 s after the first join
    )
    assert (details.max_concurrent_participants, details.minutes_consumed) == (2, 1.15)
    peers = rk("sessions.get_session_participants", session_id, **scope).data.participants
    assert sorted(p.custom_participant_id for p in peers) == ["ada", "bob"]
    peer = rk(
        "sessions.get_session_participant_details",
        ada_peer["peer_id"],
        **scope,
        session_id=session_id,
    ).data.participant
    assert (peer.id, peer.custom_participant_id) == (ada_peer["peer_id"], "ada")
    report = rk(
        "sessions.get_participant_data_from_peer_id", ada_peer["peer_id"], **scope
    ).data.participant
    assert report.custom_participant_id == "ada"
    chat = rk("sessions.get_session_chat", session_id, **scope).data
    assert chat.chat_download_url.startswith(server.url)
    assert b"Hello from Ada" in httpx.get(chat.chat_download_url).content
    transcript = rk("sessions.get_session_transcripts", session_id, **scope, format="JSON").data
    assert transcript.transcript_download_url.startswith(server.url)
    generating = rk("sessions.generate_summary_of_transcripts", session_id, **scope).data
    assert (generating.session_id, generating.status) == (session_id, "IN_PROGRESS")
    clock(11)
    summary = rk("sessions.get_session_summary", session_id, **scope).data
    assert summary.summary_download_url.startswith(server.url)

    # The day's analytics, from what the flow did: one session, its recordings, one livestream.
    day = T0[:10]
    durations = {
        r.id: rk("recordings.get_one_recording", r.id, **scope).data.recording_duration
        for r in rk("recordings.get_recordings", app_id, meeting_id=meeting_id).data
    }
    # The composite one as read above; the track one recorded from 2 s after its start (+3)
    # until kick-all ended the session (+69).
    assert durations == {recording.id: uploaded.recording_duration, track.data.recording.id: 64}
    recorded = list(durations.values())
    org = rk("analytics.get_org_analytics", app_id, start_date=day, end_date=day).data
    assert [
        (d.day, d.total_sessions, d.total_session_minutes) for d in org.session_stats.day_stats
    ] == [(day, 1, details.minutes_consumed)]
    assert (org.session_stats.sessions_count, org.session_stats.sessions_minutes_consumed) == (
        1,
        details.minutes_consumed,
    )
    assert [
        (d.day, d.total_recordings, d.total_recording_minutes)
        for d in org.recording_stats.day_stats
    ] == [(day, len(recorded), math.ceil(sum(recorded) / 60))]
    assert (
        org.recording_stats.recording_count,
        org.recording_stats.recording_minutes_consumed,
    ) == (
        len(recorded),
        round(sum(recorded) / 60, 2),
    )
    since, until = int(AT_T0.timestamp()), int(AT_T0.timestamp()) + 3600
    overall = rk(
        "livestreams.get_livestream_analytics_complete", app_id, start_time=since, end_time=until
    ).data
    assert (overall.count, overall.total_ingest_seconds, overall.total_viewer_seconds) == (
        1,
        by_id.ingest_seconds,
        by_id.viewer_seconds,
    )
    daywise = rk(
        "livestreams.get_livestream_analytics_daywise", app_id, start_time=since, end_time=until
    ).data
    assert [(d.date, d.count, d.total_ingest_seconds, d.total_viewer_seconds) for d in daywise] == [
        (day, 1, by_id.ingest_seconds, by_id.viewer_seconds)
    ]

    # The webhook saw the session start; then it is deleted.
    assert _wait_for_event(receiver, "meeting.started")["meeting"]["id"] == meeting_id
    assert rk("webhooks.delete_webhook", hook.id, **scope).data.id == hook.id
    assert rk("webhooks.get_webhooks", app_id).data == []
    return {
        "app_id": app_id,
        "meeting_id": meeting_id,
        "session_id": session_id,
        "livestream_id": livestream_id,
    }


def _wait_for_event(receiver: WebhookReceiver, name: str, timeout: float = 5.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for received in list(receiver.received):
            event = orjson.loads(received.body)
            if event.get("event") == name:
                return event
        time.sleep(0.02)
    raise AssertionError(f"no {name} webhook within {timeout} s")


@pytest.fixture(scope="module")
def flow(sdk_emulator: EmulatorServer) -> Iterator[Conformance]:
    """The flow, run once; its recorded calls."""
    rk = Conformance(sdk_emulator)
    receiver = WebhookReceiver().start()
    try:
        run_flow(rk, receiver)
        yield rk
    finally:
        receiver.stop()
        rk.close()


def test_the_flow_exercises_every_sdk_method_of_the_spec(flow: Conformance) -> None:
    """The SDK methods the flow called are exactly those openapi.yaml names in x-cloudflare-sdk."""
    missing = sorted(set(SDK_OPERATIONS) - set(flow.calls))
    unknown = sorted(set(flow.calls) - set(SDK_OPERATIONS))
    assert not missing, f"x-cloudflare-sdk methods the flow never calls: {missing}"
    assert not unknown, f"SDK methods the flow calls that openapi.yaml does not name: {unknown}"
    assert set(EXPECTED_INVALID) <= set(SDK_OPERATIONS)


@pytest.mark.parametrize(
    "sdk",
    [
        pytest.param(
            name,
            marks=[pytest.mark.xfail(strict=True, reason=EXPECTED_INVALID[name])]
            if name in EXPECTED_INVALID
            else [],
        )
        for name in sorted(SDK_OPERATIONS)
    ],
)
def test_sdk_method(flow: Conformance, sdk: str) -> None:
    """The flow called this SDK method; each call sent this operation's request, got one of its
    success statuses, and the SDK accepted the answer under strict validation."""
    op = SDK_OPERATIONS[sdk]
    calls = flow.calls.get(sdk)
    assert calls, f"{sdk} ({op.operation_id}) is in openapi.yaml but the flow never calls it"
    for call in calls:
        assert call.requests, f"{sdk} sent no request"
        for method, path, status in call.requests:
            assert operation_of(method, path) == op.operation_id, (method, path)
            assert status in op.success, (method, path, status)
        assert call.invalid is None, f"the SDK refused the answer: {call.invalid}"


def test_strict_validation_refuses_an_answer_off_the_sdk_types(
    sdk_emulator: EmulatorServer,
) -> None:
    """The client really validates: an answer whose fields have the wrong types is refused (so
    every call of the flow that went through was accepted by the SDK's types)."""
    rk = Conformance(sdk_emulator)
    body = '{"success": true, "data": {"id": 7, "title": ["not", "a", "string"]}}'
    sdk_emulator.set_faults(queue=[{"status": 200, "body": body, "operation_id": "get_meeting"}])
    try:
        with pytest.raises(cloudflare.APIResponseValidationError):
            rk("meetings.get_meeting_by_id", "00000000-0000-4000-8000-000000000000", app_id="a")
    finally:
        sdk_emulator.clear_faults()
        rk.close()
