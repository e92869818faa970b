"""Behaviour read from openapi.yaml rather than written in code: defaults, write-only, statuses."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from realtimekit_mock import create_app
from realtimekit_mock.clock import format_ms, parse_rfc3339_us
from realtimekit_mock.spec import load_spec

ROOT = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": "Bearer realtimekit-emulator-local-token"}


def _edited_spec(tmp_path: Path, edit: Any) -> Path:
    document = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    edit(document)
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def _post(app: Any, body: dict[str, Any]) -> httpx.Response:
    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return await client.post(
                "/client/v4/accounts/a/realtime/kit/b/meetings", json=body, headers=AUTH
            )

    return asyncio.run(call())


def test_defaults_and_limits_follow_the_spec_file(tmp_path: Path) -> None:
    """Change a default and a maximum in the spec: the emulator follows without code changes."""

    def edit(doc: dict[str, Any]) -> None:
        word_limit = doc["components"]["schemas"]["SummarizationConfig"]["properties"]["word_limit"]
        word_limit["default"] = 700
        word_limit["maximum"] = 800

    app = create_app(spec_path=_edited_spec(tmp_path, edit))
    made = _post(app, {"ai_config": {"summarization": {}}})
    assert made.json()["data"]["ai_config"]["summarization"]["word_limit"] == 700
    refused = _post(app, {"ai_config": {"summarization": {"word_limit": 900}}})
    assert refused.json()["error"]["message"] == (
        "ai_config.summarization.word_limit: 900 is greater than the maximum of 800"
    )


def test_write_only_follows_the_spec_file(tmp_path: Path) -> None:
    """Mark bucket as writeOnly in the spec: it is stored but no longer returned."""

    def edit(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["StorageConfig"]["properties"]["bucket"]["writeOnly"] = True

    app = create_app(spec_path=_edited_spec(tmp_path, edit))
    storage = {"type": "aws", "bucket": "hidden-bucket", "region": "us-east-1"}
    res = _post(app, {"recording_config": {"storage_config": storage}})
    assert res.json()["data"]["recording_config"]["storage_config"] == {
        "type": "aws",
        "region": "us-east-1",
    }
    stored = app.store.meetings.get_meeting(
        account_id="a", app_id="b", meeting_id=res.json()["data"]["id"]
    )
    assert stored["recording_config"]["storage_config"]["bucket"] == "hidden-bucket"


def test_write_only_fields_are_read_from_the_spec() -> None:
    """The write-only paths of the meeting response are exactly the spec's writeOnly properties."""
    app = create_app()
    (endpoint,) = [e for e in app.api.endpoints if e.op.operation_id == "get_meeting"]
    prefix = "recording_config.storage_config."
    assert sorted(endpoint.response_shape.write_only_paths()) == [
        prefix + name for name in ("access_key", "password", "private_key", "secret")
    ]


def test_every_operation_has_a_handler_and_served_statuses_are_documented() -> None:
    """Each spec operation is served, and 400/401/404/405/429/5XX are documented for all."""
    spec = load_spec()
    app = create_app()
    assert {e.op.operation_id for e in app.api.endpoints} == set(spec.by_id)
    for op in spec.operations:
        for status in (400, 401, 404, 405, 415, 429, 500, 503, 520):
            assert op.documents(status), (op.operation_id, status)
        assert op.documents(op.success_status)
        if op.body_schema is not None:
            assert op.documents(413)


def test_an_operation_without_a_handler_is_refused_at_start(tmp_path: Path) -> None:
    """A spec operation the emulator does not implement stops it at start, not at request time."""

    def edit(doc: dict[str, Any]) -> None:
        doc["paths"]["/accounts/{account_id}/realtime/kit/{app_id}/meetings"]["delete"] = {
            "operationId": "delete_all_meetings",
            "responses": {"204": {"description": "gone"}},
        }

    with pytest.raises(RuntimeError, match="delete_all_meetings"):
        create_app(spec_path=_edited_spec(tmp_path, edit))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-21T09:30:00Z", "2026-11-21T09:30:00.000Z"),
        ("2026-11-21T10:30:00.5+01:00", "2026-11-21T09:30:00.500Z"),
        ("2026-11-21t09:30:00.123456789z", "2026-11-21T09:30:00.123Z"),
        ("2026-12-31T23:59:60Z", "2027-01-01T00:00:00.000Z"),
        ("1970-01-01T00:00:00-00:30", "1970-01-01T00:30:00.000Z"),
    ],
)
def test_rfc3339_parsing(text: str, expected: str) -> None:
    """Filters parse every RFC 3339 form, offsets and leap seconds included."""
    micros = parse_rfc3339_us(text)
    assert micros is not None
    assert format_ms(micros // 1000) == expected


def test_rfc3339_extremes_do_not_fail() -> None:
    """Year 0000 and 9999 with offsets parse (datetime would refuse them); junk does not."""
    assert parse_rfc3339_us("0000-01-01T00:00:00+23:59") < parse_rfc3339_us("0001-01-01T00:00:00Z")
    assert parse_rfc3339_us("9999-12-31T23:59:59-23:59") is not None
    assert parse_rfc3339_us("2026-13-01T00:00:00Z") is None
    assert parse_rfc3339_us("yesterday") is None
