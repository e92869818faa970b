"""The generated client sends what openapi.yaml says, and parses what it documents."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import jsonschema_rs
import pytest
from realtimekit_client import AuthenticatedClient
from realtimekit_client.models import (
    AiConfig,
    MeetingCreate,
    MeetingEnvelope,
    MeetingStatus,
    MeetingUpdate,
    ParticipantUpdate,
    SummarizationConfig,
)

from realtimekit_mock.spec import Operation, Parameter, Spec, load_spec

ACCOUNT, APP = "023e105f4ecef8ad9ca31a8372d0c353", "app-1"
MEETING = UUID("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
PARTICIPANT = "5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30"
TOKEN = "test-token-not-a-secret"
SEED_000_EXAMPLE = Path(__file__).parent / "data" / "seed_000_response_example.json"


def _deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s to the component they name."""
    while "$ref" in node:
        *_, section, name = node["$ref"].split("/")
        node = spec["components"][section][name]
    return node


def _success(spec: dict[str, Any], op: dict[str, Any]) -> tuple[int, Any]:
    """The documented success status of an operation and its first example body."""
    status = next(s for s in op["responses"] if s.startswith("2"))
    media = _deref(spec, op["responses"][status])["content"]["application/json"]
    example = _deref(spec, next(iter(media["examples"].values())))["value"]
    return int(status), example


def _recording_client(reply: tuple[int, Any], seen: list[httpx.Request]) -> AuthenticatedClient:
    """A client whose transport records each request and answers with `reply`."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(reply[0], json=reply[1])

    return AuthenticatedClient(
        base_url="https://api.example.test/client/v4",
        token=TOKEN,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def _module(op_id: str, op: dict[str, Any]) -> Any:
    """The generated module of an operation: api/<tag>/<operationId>.py."""
    return import_module(f"realtimekit_client.api.{op['tags'][0]}.{op_id}")


def _path_value(param: Parameter, spec: Spec) -> Any:
    """A value for a path parameter, of the type its schema asks for."""
    schema = spec.resolve(param.schema)
    if schema.get("format") == "uuid":
        return MEETING if param.name == "meeting_id" else UUID(PARTICIPANT)
    return {"account_id": ACCOUNT, "app_id": APP}.get(param.name, f"{param.name[:20]}-1")


def _body_model(spec: Spec, op: Operation) -> tuple[Any, Any]:
    """The request body of an operation built from its first example: (model, example)."""
    raw = spec.resolve(spec.document["paths"][op.path][op.method.lower()]["requestBody"])
    media = raw["content"]["application/json"]
    example = spec.resolve(next(iter(media["examples"].values())))["value"]
    name = media["schema"]["$ref"].rsplit("/", 1)[1]
    return getattr(import_module("realtimekit_client.models"), name).from_dict(example), example


def _contains(sent: Any, example: Any) -> bool:
    """Whether `sent` carries every value of `example` (objects may have more properties)."""
    if isinstance(example, dict):
        return isinstance(sent, dict) and all(
            k in sent and _contains(sent[k], v) for k, v in example.items()
        )
    if isinstance(example, list):
        return (
            isinstance(sent, list)
            and len(sent) == len(example)
            and all(_contains(a, b) for a, b in zip(sent, example, strict=True))
        )
    return bool(sent == example)


@pytest.mark.parametrize("op_id", sorted(load_spec().by_id))
def test_request_matches_spec(op_id: str, spec: dict[str, Any], operations: dict[str, Any]) -> None:
    """Method, path, auth header and JSON body are those the spec documents: the body built
    from the request example is sent with every value of the example, and validates."""
    parsed = load_spec()
    op = parsed.by_id[op_id]
    _, template, raw_op = operations[op_id]
    kwargs = {p.name: _path_value(p, parsed) for p in op.parameters if p.location == "path"}
    example = None
    if op.body_schema is not None:
        kwargs["body"], example = _body_model(parsed, op)
    seen: list[httpx.Request] = []
    status, reply = _success(spec, raw_op)
    client = _recording_client((status, reply), seen)

    response = _module(op_id, raw_op).sync_detailed(client=client, **kwargs)

    (request,) = seen
    path = template.format(**{k: str(v) for k, v in kwargs.items() if k != "body"})
    assert request.method == op.method
    assert request.url.path == "/client/v4" + path
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if example is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        sent = json.loads(request.content)
        assert _contains(sent, example), (sent, example)
        validator = jsonschema_rs.Draft202012Validator(
            {**op.body_schema, "components": parsed.components}, validate_formats=True
        )
        validator.validate(sent)
    assert response.status_code == status
    assert response.parsed is not None
    assert response.parsed.to_dict()["success"] is True


def test_replace_sends_null_for_a_nullable_title(
    spec: dict[str, Any], operations: dict[str, Any]
) -> None:
    """A PUT with `title=None` sends `"title": null` (nullable on create and replace), next to
    the top-level defaults and the nested defaults of the objects it sends."""
    seen: list[httpx.Request] = []
    _, _, op = operations["replace_meeting"]
    client = _recording_client(_success(spec, op), seen)
    body = MeetingCreate(
        title=None, ai_config=AiConfig(summarization=SummarizationConfig(word_limit=150))
    )

    _module("replace_meeting", op).sync_detailed(ACCOUNT, APP, MEETING, client=client, body=body)

    assert json.loads(seen[0].content) == {
        "title": None,
        "record_on_start": False,
        "live_stream_on_start": False,
        "persist_chat": False,
        "summarize_on_end": False,
        "session_keep_alive_time_in_secs": 60,
        "ai_config": {
            "summarization": {
                "summary_type": "general",
                "text_format": "markdown",
                "word_limit": 150,
            }
        },
    }


def test_edit_participant_sends_null_to_clear(
    spec: dict[str, Any], operations: dict[str, Any]
) -> None:
    """A PATCH of a participant sends `null` for a property set to None, and nothing else."""
    seen: list[httpx.Request] = []
    _, _, op = operations["edit_participant"]
    client = _recording_client(_success(spec, op), seen)
    body = ParticipantUpdate(name=None, preset_name="viewer")

    _module("edit_participant", op).sync_detailed(
        ACCOUNT, APP, MEETING, PARTICIPANT, client=client, body=body
    )

    assert json.loads(seen[0].content) == {"name": None, "preset_name": "viewer"}


def test_create_sends_every_top_level_default_of_the_spec(spec: dict[str, Any]) -> None:
    """An empty MeetingCreate sends exactly the top-level defaults declared in openapi.yaml."""
    schema = spec["components"]["schemas"]["MeetingCreate"]["properties"]
    defaults = {name: prop["default"] for name, prop in schema.items() if "default" in prop}
    assert MeetingCreate().to_dict() == defaults


def test_patch_of_title_sends_only_title(spec: dict[str, Any], operations: dict[str, Any]) -> None:
    """A PATCH that sets only the title sends only the title."""
    seen: list[httpx.Request] = []
    _, _, op = operations["update_meeting"]
    client = _recording_client(_success(spec, op), seen)
    body = MeetingUpdate(title="Renamed")

    _module("update_meeting", op).sync_detailed(ACCOUNT, APP, MEETING, client=client, body=body)

    assert json.loads(seen[0].content) == {"title": "Renamed"}


def test_list_meetings_query(spec: dict[str, Any], operations: dict[str, Any]) -> None:
    """Every list_meetings filter goes into the query string under its spec name."""
    seen: list[httpx.Request] = []
    _, _, op = operations["list_meetings"]
    client = _recording_client(_success(spec, op), seen)
    start = datetime(2026, 1, 1, tzinfo=UTC)

    _module("list_meetings", op).sync_detailed(
        ACCOUNT,
        APP,
        client=client,
        page_no=2,
        per_page=5,
        search="sync",
        start_time=start,
        end_time=start.replace(month=2),
        status=MeetingStatus.ACTIVE,
    )

    query = dict(seen[0].url.params)
    spec_names = {_deref(spec, p)["name"] for p in op["parameters"]}
    assert set(query) == spec_names
    assert query == {
        "page_no": "2",
        "per_page": "5",
        "search": "sync",
        "start_time": "2026-01-01T00:00:00+00:00",
        "end_time": "2026-02-01T00:00:00+00:00",
        "status": "ACTIVE",
    }


def test_get_meeting_name_query(spec: dict[str, Any], operations: dict[str, Any]) -> None:
    """get_meeting sends its optional `name` query parameter only when given."""
    seen: list[httpx.Request] = []
    _, _, op = operations["get_meeting"]
    client = _recording_client(_success(spec, op), seen)
    module = _module("get_meeting", op)

    module.sync_detailed(ACCOUNT, APP, MEETING, client=client)
    module.sync_detailed(ACCOUNT, APP, MEETING, client=client, name="x")

    assert [dict(r.url.params) for r in seen] == [{}, {"name": "x"}]


def _same_instant(value: str) -> str:
    """An ISO 8601 timestamp normalised to UTC microseconds, for comparing instants."""
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC).isoformat()


def _normalise_times(data: Any) -> Any:
    """A copy of `data` with every *_at timestamp normalised."""
    if isinstance(data, dict):
        return {
            k: _same_instant(v) if k.endswith("_at") else _normalise_times(v)
            for k, v in data.items()
        }
    return data


def test_seed_000_example_round_trips() -> None:
    """The seed 000 response parses into Meeting and serialises back without loss."""
    seed = json.loads(SEED_000_EXAMPLE.read_text(encoding="utf-8"))

    envelope = MeetingEnvelope.from_dict(seed)

    assert _normalise_times(envelope.to_dict()) == _normalise_times(seed)
    assert MeetingEnvelope.from_dict(envelope.to_dict()) == envelope
    assert envelope.data.id == UUID(seed["data"]["id"])
    assert envelope.data.recording_config.video_config.watermark.position.value == "left top"


def test_unknown_fields_are_kept() -> None:
    """Properties the spec does not know survive a parse and serialise."""
    seed = json.loads(SEED_000_EXAMPLE.read_text(encoding="utf-8"))
    seed["data"]["future_field"] = {"nested": [1, 2]}

    assert MeetingEnvelope.from_dict(seed).to_dict()["data"]["future_field"] == {"nested": [1, 2]}
