"""Every fact of the two seed documents holds in openapi.yaml.

The facts below are the requirements, restated from the seeds ("Fetch a meeting for an App" and
the organization-level "create a meeting" page). Each one is checked against the parsed spec by
walking it (following `$ref`, `allOf` and nullable `anyOf`), so the spec decides the outcome.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text(encoding="utf-8"))
APP_SCOPED = "/accounts/{account_id}/realtime/kit/{app_id}"
GET_PATH = APP_SCOPED + "/meetings/{meeting_id}"
ORG_PATH = "/accounts/{account_id}/realtimekit/meetings"
SERVER = "https://api.cloudflare.com/client/v4"
NUMBER = ("number", "integer")  # seed 000 says number where seed 002 says Integer

# Seed 000 — response `data` of GET …/meetings/{meeting_id}: path → expected facts.
# Keys: type, required (inside its parent), enum (seed values, a subset of the spec's), min, max,
# format, props (property names, a subset of the spec's), write_only.
S0_DATA: dict[str, dict[str, Any]] = {
    "id": {"type": "string", "required": True, "format": "uuid"},
    "created_at": {"type": "string", "required": True, "format": "date-time"},
    "updated_at": {"type": "string", "required": True, "format": "date-time"},
    "ai_config": {"type": "object", "required": False, "props": {"summarization", "transcription"}},
    "ai_config.summarization": {
        "type": "object",
        "required": False,
        "props": {"summary_type", "text_format", "word_limit"},
    },
    "ai_config.summarization.summary_type": {
        "type": "string",
        "required": False,
        "enum": [
            "general",
            "team_meeting",
            "sales_call",
            "client_check_in",
            "interview",
            "daily_standup",
            "one_on_one_meeting",
            "lecture",
            "code_review",
        ],
    },
    "ai_config.summarization.text_format": {"type": "string", "enum": ["plain_text", "markdown"]},
    "ai_config.summarization.word_limit": {"type": NUMBER, "min": 150, "max": 1000},
    "ai_config.transcription": {
        "type": "object",
        "props": {"keywords", "language", "profanity_filter"},
    },
    "ai_config.transcription.keywords": {"type": "array", "items": "string", "required": False},
    "ai_config.transcription.language": {
        "type": "string",
        "enum": ["en-US", "en-IN", "de", "hi", "sv", "ru", "pl", "el", "fr", "nl"],
    },
    "ai_config.transcription.profanity_filter": {"type": "boolean", "required": False},
    "live_stream_on_start": {"type": "boolean", "required": False},
    "persist_chat": {"type": "boolean", "required": False},
    "record_on_start": {"type": "boolean", "required": False},
    "recording_config": {
        "type": "object",
        "required": False,
        "props": {
            "audio_config",
            "file_name_prefix",
            "live_streaming_config",
            "max_seconds",
            "realtimekit_bucket_config",
            "storage_config",
            "video_config",
        },
    },
    "recording_config.audio_config": {
        "type": "object",
        "props": {"channel", "codec", "export_file"},
    },
    "recording_config.audio_config.channel": {"type": "string", "enum": ["mono", "stereo"]},
    "recording_config.audio_config.codec": {"type": "string", "enum": ["MP3", "AAC"]},
    "recording_config.audio_config.export_file": {"type": "boolean"},
    "recording_config.file_name_prefix": {"type": "string", "required": False},
    "recording_config.live_streaming_config": {"type": "object", "props": {"rtmp_url"}},
    "recording_config.live_streaming_config.rtmp_url": {"type": "string", "format": "uri"},
    "recording_config.max_seconds": {"type": "number", "min": 60, "max": 86400},
    "recording_config.realtimekit_bucket_config": {"type": "object", "props": {"enabled"}},
    "recording_config.realtimekit_bucket_config.enabled": {"type": "boolean", "required": True},
    "recording_config.storage_config": {
        "type": "object",
        "required": False,
        "props": {
            "type",
            "access_key",
            "auth_method",
            "bucket",
            "host",
            "password",
            "path",
            "port",
            "private_key",
            "region",
            "secret",
            "username",
        },
    },
    "recording_config.storage_config.type": {
        "type": "string",
        "required": True,
        "enum": ["aws", "azure", "digitalocean", "gcs", "sftp"],
    },
    "recording_config.storage_config.access_key": {"type": "string", "write_only": True},
    "recording_config.storage_config.auth_method": {"type": "string", "enum": ["KEY", "PASSWORD"]},
    "recording_config.storage_config.bucket": {"type": "string", "required": False},
    "recording_config.storage_config.host": {"type": "string"},
    "recording_config.storage_config.password": {"type": "string"},
    "recording_config.storage_config.path": {"type": "string"},
    "recording_config.storage_config.port": {"type": "number"},
    "recording_config.storage_config.private_key": {"type": "string"},
    "recording_config.storage_config.region": {"type": "string"},
    "recording_config.storage_config.secret": {"type": "string", "write_only": True},
    "recording_config.storage_config.username": {"type": "string"},
    "recording_config.video_config": {
        "type": "object",
        "props": {"codec", "export_file", "height", "watermark", "width"},
    },
    "recording_config.video_config.codec": {"type": "string", "enum": ["H264", "VP8"]},
    "recording_config.video_config.export_file": {"type": "boolean"},
    "recording_config.video_config.height": {"type": NUMBER, "min": 1, "max": 1920},
    "recording_config.video_config.watermark": {
        "type": "object",
        "props": {"position", "size", "url"},
    },
    "recording_config.video_config.watermark.position": {
        "type": "string",
        "enum": ["left top", "right top", "left bottom", "right bottom"],
    },
    "recording_config.video_config.watermark.size": {
        "type": "object",
        "props": {"height", "width"},
    },
    "recording_config.video_config.watermark.size.height": {"type": NUMBER, "min": 1},
    "recording_config.video_config.watermark.size.width": {"type": NUMBER, "min": 1},
    "recording_config.video_config.watermark.url": {"type": "string", "format": "uri"},
    "recording_config.video_config.width": {"type": NUMBER, "min": 1, "max": 1920},
    "session_keep_alive_time_in_secs": {"type": "number", "min": 60, "max": 600},
    "status": {"type": "string", "required": False, "enum": ["ACTIVE", "INACTIVE"]},
    "summarize_on_end": {"type": "boolean", "required": False},
    "title": {"type": "string", "required": False},
}

# Seed 002 — request body of POST /accounts/{account_id}/realtimekit/meetings.
S2_BODY: dict[str, dict[str, Any]] = {
    "persist_chat": {"type": "boolean", "required": False, "default": False},
    "session_keep_alive_time_in_secs": {"type": "number", "default": 60},
    "ai_config": {"type": "object", "required": False},
    "ai_config.transcription": {"type": "object"},
    "ai_config.transcription.keywords": {"type": "array"},
    "ai_config.transcription.profanity_filter": {"type": "boolean", "default": False},
    "ai_config.transcription.language": {"type": "string", "default": "en-US"},
    "ai_config.summarization": {"type": "object"},
    "ai_config.summarization.summary_type": {"type": "string", "default": "general"},
    "ai_config.summarization.text_format": {"type": "string", "default": "markdown"},
    "ai_config.summarization.word_limit": {"type": "integer", "default": 500},
    "live_stream_on_start": {"type": "boolean", "default": False},
    "record_on_start": {"type": "boolean", "default": False},
    "title": {"type": "string", "required": False},
    "summarize_on_end": {"type": "boolean", "default": False},
    "preferred_region": {"type": "string", "required": False},
    "recording_config": {"type": "object"},
    "recording_config.live_streaming_config": {"type": "object"},
    "recording_config.live_streaming_config.rtmp_url": {"type": "string"},
    "recording_config.audio_config": {"type": "object"},
    "recording_config.audio_config.export_file": {"type": "boolean", "default": True},
    "recording_config.audio_config.channel": {"type": "string", "default": "stereo"},
    "recording_config.audio_config.codec": {"type": "string", "default": "AAC"},
    "recording_config.realtimekit_bucket_config": {"type": "object"},
    "recording_config.realtimekit_bucket_config.enabled": {"type": "boolean", "required": True},
    "recording_config.storage_config": {"type": "object"},
    "recording_config.storage_config.private_key": {"type": "string"},
    "recording_config.storage_config.region": {"type": "string"},
    "recording_config.storage_config.port": {"type": "number"},
    "recording_config.storage_config.username": {"type": "string"},
    "recording_config.storage_config.bucket": {"type": "string"},
    "recording_config.storage_config.auth_method": {"type": "string"},
    "recording_config.storage_config.password": {"type": "string"},
    "recording_config.storage_config.type": {"type": "string", "required": True},
    "recording_config.storage_config.access_key": {"type": "string", "write_only": True},
    "recording_config.storage_config.host": {"type": "string"},
    "recording_config.storage_config.path": {"type": "string"},
    "recording_config.storage_config.secret": {"type": "string", "write_only": True},
    "recording_config.video_config": {"type": "object"},
    "recording_config.video_config.export_file": {"type": "boolean", "default": True},
    "recording_config.video_config.height": {"type": "integer", "default": 720},
    "recording_config.video_config.width": {"type": "integer", "default": 1280},
    "recording_config.video_config.codec": {"type": "string", "default": "H264"},
    "recording_config.video_config.watermark": {"type": "object"},
    "recording_config.video_config.watermark.size": {"type": "object"},
    "recording_config.video_config.watermark.size.height": {"type": "integer"},
    "recording_config.video_config.watermark.size.width": {"type": "integer"},
    "recording_config.video_config.watermark.url": {"type": "string"},
    "recording_config.video_config.watermark.position": {"type": "string", "default": "left top"},
    "recording_config.file_name_prefix": {"type": "string"},
    "recording_config.max_seconds": {"type": "number"},
}


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s to the component they name."""
    while "$ref" in node:
        *_, section, name = node["$ref"].split("/")
        node = SPEC["components"][section][name]
    return node


def _flatten(schema: dict[str, Any]) -> dict[str, Any]:
    """Merge a schema's `$ref`, `allOf` and non-null `anyOf` branches into one view."""
    schema = _deref(schema)
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k not in ("allOf", "anyOf")}
    merged["properties"] = dict(schema.get("properties", {}))
    merged["required"] = list(schema.get("required", []))
    types = schema.get("type", [])
    merged["types"] = set(types if isinstance(types, list) else [types])
    branches = schema.get("allOf", []) + [
        b for b in schema.get("anyOf", []) if _deref(b).get("type") != "null"
    ]
    if any(_deref(b).get("type") == "null" for b in schema.get("anyOf", [])):
        merged["types"].add("null")
    for branch in branches:
        part = _flatten(branch)
        merged["properties"].update(part.pop("properties"))
        merged["required"] += part.pop("required")
        merged["types"] |= part.pop("types")
        for key, value in part.items():
            merged.setdefault(key, value)
    return merged


def _walk(root: dict[str, Any], dotted: str) -> tuple[dict[str, Any], bool]:
    """The flattened schema at a dotted property path, and whether its parent requires it."""
    node, required = _flatten(root), False
    for name in dotted.split("."):
        assert name in node["properties"], f"{dotted}: no property {name!r}"
        required = name in node["required"]
        node = _flatten(node["properties"][name])
    return node, required


def _check(root: dict[str, Any], dotted: str, fact: dict[str, Any]) -> None:
    """Assert one fact about the property at `dotted` below `root`."""
    node, required = _walk(root, dotted)
    expected_types = fact["type"] if isinstance(fact["type"], tuple) else (fact["type"],)
    assert node["types"] & set(expected_types), f"{dotted}: types {node['types']}"
    if "required" in fact:
        assert required is fact["required"]
    if "enum" in fact:
        assert set(fact["enum"]) <= set(node.get("enum", []))
    if "min" in fact:
        assert node.get("minimum") == fact["min"]
    if "max" in fact:
        assert node.get("maximum") == fact["max"]
    if "format" in fact:
        assert node.get("format") == fact["format"]
    if "default" in fact:
        assert node.get("default") == fact["default"]
        assert type(node.get("default")) is type(fact["default"])
    if "props" in fact:
        assert fact["props"] <= set(node["properties"])
    if "items" in fact:
        assert _flatten(node["items"])["types"] == {fact["items"]}
    if "write_only" in fact:
        assert node.get("writeOnly", False) is fact["write_only"]


def _op(path: str, method: str) -> dict[str, Any]:
    """The operation object at a path and method."""
    return SPEC["paths"][path][method]


def _params(path: str, method: str) -> dict[str, dict[str, Any]]:
    """Name → parameter object, path-level and operation-level merged."""
    item = SPEC["paths"][path]
    params = [_deref(p) for p in item.get("parameters", []) + item[method].get("parameters", [])]
    return {p["name"]: p for p in params}


def _get_meeting_data() -> dict[str, Any]:
    """The schema of `data` in get_meeting's 200 response."""
    response = _deref(_op(GET_PATH, "get")["responses"]["200"])
    envelope = _flatten(response["content"]["application/json"]["schema"])
    return envelope["properties"]["data"]


def _org_create_body() -> dict[str, Any]:
    """The request body schema of the deprecated organization-level create."""
    body = _deref(_op(ORG_PATH, "post")["requestBody"])
    return body["content"]["application/json"]["schema"]


@pytest.mark.parametrize(("dotted", "fact"), S0_DATA.items(), ids=list(S0_DATA))
def test_seed_000_meeting_property(dotted: str, fact: dict[str, Any]) -> None:
    """Seed 000: the property of the fetched meeting has the type and constraints stated."""
    _check(_get_meeting_data(), dotted, fact)


@pytest.mark.parametrize(("dotted", "fact"), S2_BODY.items(), ids=list(S2_BODY))
def test_seed_002_body_property(dotted: str, fact: dict[str, Any]) -> None:
    """Seed 002: the create body property has the type, requiredness and default stated."""
    _check(_org_create_body(), dotted, fact)


def test_seed_000_operation() -> None:
    """Seed 000: GET by id, titled as upstream, secured by a bearer API token."""
    op = _op(GET_PATH, "get")
    assert op["summary"] == "Fetch a meeting for an App"
    assert "meeting details in an App for the given meeting ID" in op["description"]
    schemes = {name for requirement in op["security"] for name in requirement}
    for name in schemes:
        scheme = SPEC["components"]["securitySchemes"][name]
        assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
        assert "Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY" in scheme["description"]
        assert "Realtime Admin" in scheme["description"]
        assert "`Realtime`" in scheme["description"]
    assert schemes


def test_seed_000_parameters() -> None:
    """Seed 000: account_id and app_id at most 32 long, meeting_id a uuid, name optional."""
    params = _params(GET_PATH, "get")
    for name in ("account_id", "app_id"):
        assert params[name]["required"] is True
        assert params[name]["schema"]["type"] == "string"
        assert params[name]["schema"]["maxLength"] == 32
    assert params["meeting_id"]["schema"] == {"type": "string", "format": "uuid"}
    assert params["name"]["in"] == "query"
    assert params["name"]["required"] is False
    assert params["name"]["schema"]["type"] == "string"


def test_seed_000_envelope() -> None:
    """Seed 000: `success` boolean required, `data` object optional."""
    response = _deref(_op(GET_PATH, "get")["responses"]["200"])
    envelope = _flatten(response["content"]["application/json"]["schema"])
    assert "success" in envelope["required"]
    assert _flatten(envelope["properties"]["success"])["types"] == {"boolean"}
    assert "data" not in envelope["required"]
    assert "object" in _flatten(envelope["properties"]["data"])["types"]


def test_seed_002_operation() -> None:
    """Seed 002: the organization-level create path is kept, deprecated, pointing to the new one."""
    op = _op(ORG_PATH, "post")
    assert op["deprecated"] is True
    assert "organization ID" in op["description"]
    assert APP_SCOPED + "/meetings" in op["description"]
    account = _params(ORG_PATH, "post")["account_id"]
    assert (account["in"], account["required"], account["schema"]["type"]) == (
        "path",
        True,
        "string",
    )


def test_seed_002_content_type() -> None:
    """Seed 002: the body is required and sent as application/json."""
    body = _deref(_op(ORG_PATH, "post")["requestBody"])
    assert body["required"] is True
    assert list(body["content"]) == ["application/json"]


def test_seed_002_has_no_status_field() -> None:
    """Seed 002: the create body has no `status`; only PATCH may set it."""
    assert "status" not in _flatten(_org_create_body())["properties"]
    patch = _deref(_op(GET_PATH, "patch")["requestBody"])
    assert "status" in _flatten(patch["content"]["application/json"]["schema"])["properties"]


def test_server_is_the_cloudflare_api() -> None:
    """Both seeds: the server is the Cloudflare v4 API base URL."""
    assert [s["url"] for s in SPEC["servers"]] == [SERVER]


def test_update_body_has_no_defaults() -> None:
    """A PATCH body declares no default of its own, so a partial update sends only what is set."""
    patch = _deref(_op(GET_PATH, "patch")["requestBody"])
    update = _flatten(patch["content"]["application/json"]["schema"])
    with_default = [n for n, p in update["properties"].items() if "default" in _flatten(p)]
    assert with_default == []


def test_newer_official_fields_are_present() -> None:
    """The spec is a superset: transcribe_on_end and the VP9 codec are included."""
    _check(_get_meeting_data(), "transcribe_on_end", {"type": "boolean"})
    _check(
        _get_meeting_data(),
        "recording_config.video_config.codec",
        {"type": "string", "enum": ["VP9"]},
    )
    _check(_org_create_body(), "transcribe_on_end", {"type": "boolean"})


def test_no_null_inside_enums() -> None:
    """Nullable values use 3.1 type arrays or anyOf, never `null` inside an `enum`."""

    def enums(node: Any) -> list[list[Any]]:
        if isinstance(node, dict):
            return ([node["enum"]] if "enum" in node else []) + [
                e for v in node.values() for e in enums(v)
            ]
        if isinstance(node, list):
            return [e for v in node for e in enums(v)]
        return []

    assert [e for e in enums(SPEC) if None in e] == []
