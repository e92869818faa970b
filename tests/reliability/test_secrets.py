"""Write-only secrets and API tokens never show in answers, logs, errors, reprs or reports."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtimekit_mock import create_app
from realtimekit_mock.shapes import shape_of
from realtimekit_mock.spec import load_spec
from reliability.emulator import ACCOUNT, APP, TOKEN
from reliability.secrets import STORAGE, STORAGE_SECRETS, find_leaks

SPEC = load_spec()
ROOT = Path(__file__).resolve().parents[2]
NUMERIC_SECRET = 918273645546372819
BODY_OPS = [op for op in SPEC.operations if op.body_schema is not None]
SECRET_OPS = [
    op.operation_id for op in BODY_OPS if shape_of(SPEC, op.body_schema).write_only_paths()
]


def _storage_bodies() -> list[Any]:
    """Invalid bodies that carry the known secrets where a validator would echo them."""
    wrong_type = {**STORAGE, "secret": NUMERIC_SECRET}
    as_list = {**STORAGE, "password": [STORAGE_SECRETS["password"]]}
    return [
        {"recording_config": {"storage_config": wrong_type}},
        {"recording_config": {"storage_config": as_list}},
        {"recording_config": {"storage_config": {**STORAGE, "type": "no-such-type"}}},
        {"recording_config": {"storage_config": [STORAGE]}},
        {"recording_config": [{"storage_config": STORAGE}]},
        {"recording_config": {"storage_config": STORAGE, "max_seconds": "long"}},
        [{"recording_config": {"storage_config": STORAGE}}],
        {"title": 5, "recording_config": {"storage_config": STORAGE}},
    ]


def _known() -> list[str]:
    return [*STORAGE_SECRETS.values(), str(NUMERIC_SECRET)]


@pytest.mark.parametrize("operation_id", SECRET_OPS)
def test_validation_errors_never_echo_write_only_values(operation_id: str) -> None:
    """A 400 names the field but shows no write-only value, whatever shape the body has."""
    app = create_app(tokens=[TOKEN])
    op = SPEC.by_id[operation_id]

    async def answers() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            headers = {"Authorization": f"Bearer {TOKEN}"}
            root = f"/client/v4/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings"
            mid = (await client.post(root, json={}, headers=headers)).json()["data"]["id"]
            path = SPEC.base_path + op.path.replace("{account_id}", ACCOUNT).replace(
                "{app_id}", APP
            ).replace("{meeting_id}", mid)
            return [
                await client.request(op.method, path, json=body, headers=headers)
                for body in _storage_bodies()
            ]

    for res in asyncio.run(answers()):
        assert res.status_code == 400, res.text
        message = res.json()["error"]["message"]
        assert message.split(":")[0], message  # still names where the problem is
        assert find_leaks([(operation_id, res.text)], _known()) == []


def test_validation_error_keeps_its_wording_without_the_secret() -> None:
    """The message of a wrong type under a secret still says what is wrong."""
    app = create_app(tokens=[TOKEN])

    async def message(body: Any) -> str:
        transport = httpx.ASGITransport(app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            res = await client.post(
                f"/client/v4/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings",
                json=body,
                headers={"Authorization": f"Bearer {TOKEN}"},
            )
            return str(res.json()["error"]["message"])

    wrong = asyncio.run(
        message({"recording_config": {"storage_config": {"type": "aws", "secret": 5}}})
    )
    assert (
        wrong
        == 'recording_config.storage_config.secret: [write-only value] is not of type "string"'
    )
    nested = asyncio.run(message({"recording_config": [{"storage_config": STORAGE}]}))
    assert nested.startswith("recording_config: [{")
    assert nested.endswith('] is not of type "object"')
    assert '"secret":"[write-only]"' in nested and '"host":"sftp.example.com"' in nested
    plain = asyncio.run(message({"recording_config": {"max_seconds": 5}}))
    assert plain == "recording_config.max_seconds: 5 is less than the minimum of 60"


def test_client_models_never_show_write_only_values_in_repr() -> None:
    """repr/str of a body holding storage secrets hides them (and says they are set), while
    to_dict still sends them."""
    from realtimekit_client.models import MeetingCreate, RecordingConfig, StorageConfig

    storage = StorageConfig.from_dict(STORAGE)
    body = MeetingCreate(title="t", recording_config=RecordingConfig(storage_config=storage))
    for text in (repr(storage), str(storage), repr(body), str(body), f"{body!r}"):
        assert find_leaks([("repr", text)], STORAGE_SECRETS.values()) == []
        assert "access_key=<write-only value>" in text or "access_key" not in text
    assert "host='sftp.example.com'" in repr(storage)
    assert "secret=UNSET" in repr(StorageConfig.from_dict({"type": "aws"}))
    assert body.to_dict()["recording_config"]["storage_config"] == STORAGE
