"""Write-only secrets and API tokens never show in answers, logs, errors, reprs or reports."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtimekit_mock import EmulatorServer, create_app
from realtimekit_mock.shapes import shape_of
from realtimekit_mock.spec import load_spec
from reliability.emulator import ACCOUNT, APP, ROOT, TOKEN, Emulator
from reliability.load import LoadRun
from reliability.secrets import STORAGE, STORAGE_SECRETS, files_under, find_leaks

SPEC = load_spec()
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


def test_emulator_logs_hold_no_secret(workdir: Path) -> None:
    """With the access log and debug logging on, a load that sends storage secrets, invalid
    bodies around them and bad tokens leaves neither secrets nor token in the log."""
    emulator = Emulator(
        db=workdir / "s.db",
        log=workdir / "emulator.log",
        extra=["--access-log", "--log-level", "debug"],
    )
    with emulator:
        run = LoadRun(emulator.app_url, emulator.headers, threads=2, tasks=2, per_worker=40).run()
        assert run.ledger.violations == []
        with httpx.Client(base_url=emulator.app_url, headers=emulator.headers) as client:
            for body in _storage_bodies():
                assert client.post("/meetings", json=body).status_code == 400
            wrong = {"Authorization": f"Bearer {STORAGE_SECRETS['secret']}"}
            assert client.get("/meetings", headers=wrong).status_code == 401
            storage = {"recording_config": {"storage_config": STORAGE}}
            assert client.post("/meetings?bogus=1", json=storage).status_code == 400
    text = emulator.output()
    assert '"POST /client/v4/accounts/' in text  # the access log was on
    assert find_leaks([("emulator log", text)], [*_known(), TOKEN]) == []


def test_client_logs_errors_and_reprs_hold_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    """Every logger at DEBUG (client, httpx, httpcore, the in-process emulator), retries, typed
    errors, tracebacks and reprs of a run that sends the token and storage secrets: none of them."""
    from realtimekit_client import RealtimeKit, RealtimeKitError, RetryPolicy
    from realtimekit_client.models import MeetingCreate

    shown: list[tuple[str, str]] = []
    with caplog.at_level(logging.DEBUG), EmulatorServer(tokens=[TOKEN]) as server:
        rk = RealtimeKit(
            token=TOKEN,
            account_id=ACCOUNT,
            app_id=APP,
            base_url=server.base_url,
            retry_policy=RetryPolicy(sleep=lambda seconds: None),
        )
        with rk:
            body = MeetingCreate.from_dict(
                {"title": "t", "recording_config": {"storage_config": STORAGE}}
            )
            meeting = rk.meetings.create(body)
            shown += [("body", repr(body)), ("meeting", repr(meeting)), ("client", repr(rk))]
            server.set_faults(
                queue=[{"status": 503, "operation_id": "get_meeting"}, {"drop": True}]
            )
            shown.append(("retried", repr(rk.meetings.get(meeting.id))))
            failures = [
                lambda: rk.meetings.get(meeting.id),  # dropped, retried, then fine
                lambda: rk.meetings.update(meeting.id, title=5),  # type: ignore[arg-type]
                lambda: rk.meetings.replace(
                    meeting.id,
                    MeetingCreate.from_dict({"recording_config": {"storage_config": [STORAGE]}}),
                ),
                lambda: RealtimeKit(
                    token=STORAGE_SECRETS["password"],
                    account_id=ACCOUNT,
                    app_id=APP,
                    base_url=server.base_url,
                ).meetings.get(meeting.id),
                lambda: RealtimeKit(
                    token=TOKEN,
                    account_id=ACCOUNT,
                    app_id=APP,
                    base_url="http://127.0.0.1:9/client/v4",
                    max_retries=0,
                ).meetings.create(body),
            ]
            for call in failures:
                try:
                    shown.append(("result", repr(call())))
                except RealtimeKitError as exc:
                    shown += [
                        ("error", str(exc)),
                        ("error repr", repr(exc)),
                        ("error vars", repr(vars(exc))),
                        ("traceback", "".join(traceback.format_exception(exc))),
                    ]
    shown.append(("logs", caplog.text))
    assert any("Retrying GET" in text for _, text in shown)
    assert sum(where == "error" for where, _ in shown) >= 3
    assert find_leaks(shown, [*_known(), TOKEN]) == []


def test_contract_reports_hold_no_secret(workdir: Path) -> None:
    """A live-mode contract run against a local emulator that fails every request (so every case
    lands in the reports, bodies included): neither the token nor the spec's example storage
    secrets appear in reports/contract/*, schemathesis' cache or the job's output."""
    token = "contract-leak-check-token-5a4b3c2d1e"
    emulator = Emulator(
        log=workdir / "contract-emulator.log",
        tokens=[token],
        extra=["--error-rate", "1", "--error-status", "500"],
    )
    with emulator:
        env = {
            k: v for k, v in os.environ.items() if not k.startswith(("CONTRACT_", "CLOUDFLARE_"))
        }
        env.update(
            PYTHONPATH=str(ROOT),
            CONTRACT_BASE_URL=emulator.url + "/client/v4",
            CLOUDFLARE_API_TOKEN=token,
            CLOUDFLARE_ACCOUNT_ID=ACCOUNT,
            REALTIMEKIT_APP_ID=APP,
            CONTRACT_MAX_EXAMPLES="2",
            CONTRACT_MAX_CREATES="2",
            CONTRACT_MAX_PARTICIPANTS="2",
        )
        job = workdir / "job"
        job.mkdir()
        result = subprocess.run(
            [sys.executable, "-m", "contract"],
            cwd=job,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert result.returncode == 1, result.stdout[-2000:]  # every request failed, as arranged
    summary = (job / "reports" / "contract" / "summary.md").read_text()
    assert '"access_key": "[Filtered]"' in summary  # the example body was reported, redacted
    written = [*files_under(job), ("stdout", result.stdout), ("stderr", result.stderr)]
    assert find_leaks(written, [token, *_spec_example_secrets()]) == []


def _spec_example_secrets() -> list[str]:
    """The values the spec's request examples give to write-only properties."""
    found = []
    names = {"access_key", "secret", "password", "private_key"}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in names and isinstance(value, str) and len(value) >= 8:
                    found.append(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(SPEC.components.get("examples", {}))
    return found
