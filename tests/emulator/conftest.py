"""Fixtures of the emulator tests: raw HTTP and generated clients, and a response contract."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema_rs
import pytest

from realtimekit_mock.server import EmulatorServer
from realtimekit_mock.spec import Spec, load_spec

SECRETS = {
    "access_key": "AKIA-SECRET-ACCESS-KEY",
    "secret": "very-secret-value",
    "password": "hunter2-password",
    "private_key": "-----BEGIN PRIVATE KEY-----xyz",
}
STORAGE = {"type": "sftp", "auth_method": "KEY", "host": "sftp.example.com", **SECRETS}


class Contract:
    """Checks a response against what openapi.yaml documents for its operation and status."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._validators: dict[tuple[str, str], Any] = {}

    def check(self, operation_id: str, response: httpx.Response) -> Any:
        """Assert the status is documented and the body matches its schema; return the body."""
        op = self.spec.by_id[operation_id]
        status = response.status_code
        assert op.documents(status), f"{status} is not documented for {operation_id}"
        key = str(status) if str(status) in op.statuses else f"{str(status)[0]}XX"
        validator = self._validators.get((operation_id, key))
        if validator is None:
            raw = self.spec.document["paths"][op.path][op.method.lower()]["responses"][key]
            schema = self.spec.resolve(raw)["content"]["application/json"]["schema"]
            validator = jsonschema_rs.Draft202012Validator(
                {**schema, "components": self.spec.components}, validate_formats=True
            )
            self._validators[(operation_id, key)] = validator
        assert response.headers["content-type"].startswith("application/json")
        body = response.json()
        validator.validate(body)
        if status >= 400:
            assert body["error"]["code"] == status
        return body

    def error(self, response: httpx.Response) -> dict[str, Any]:
        """Assert the body is an ErrorEnvelope with the response's status; return the error."""
        validator = self._validators.get(("", "error"))
        if validator is None:
            validator = jsonschema_rs.Draft202012Validator(
                {"$ref": "#/components/schemas/ErrorEnvelope", "components": self.spec.components}
            )
            self._validators[("", "error")] = validator
        assert response.headers["content-type"].startswith("application/json")
        body = response.json()
        validator.validate(body)
        assert body["error"]["code"] == response.status_code
        return body["error"]


@pytest.fixture(scope="session")
def contract() -> Contract:
    """The response contract of openapi.yaml."""
    return Contract(load_spec())


@pytest.fixture
def emulator(realtimekit_emulator: EmulatorServer) -> EmulatorServer:
    """The plugin's emulator (reset for this test)."""
    return realtimekit_emulator


@pytest.fixture(scope="session")
def raw_client(realtimekit_emulator_server: EmulatorServer) -> Iterator[httpx.Client]:
    """One unauthenticated httpx client for the session (building one costs an SSL context)."""
    with httpx.Client(timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
def _session_http(realtimekit_emulator_server: EmulatorServer) -> Iterator[httpx.Client]:
    server = realtimekit_emulator_server
    with httpx.Client(
        base_url=f"{server.base_url}/accounts/{server.account_id}/realtime/kit/{server.app_id}",
        headers={"Authorization": f"Bearer {server.token}"},
        timeout=10,
    ) as client:
        yield client


@pytest.fixture
def http(emulator: EmulatorServer, _session_http: httpx.Client) -> httpx.Client:
    """A raw httpx client for the API, authenticated, rooted at the emulator's app."""
    return _session_http


@pytest.fixture
def api(emulator: EmulatorServer) -> Iterator[Any]:
    """The generated client (``AuthenticatedClient``) for the emulator."""
    from realtimekit_client import AuthenticatedClient

    client = AuthenticatedClient(base_url=emulator.base_url, token=emulator.token)
    with client:
        yield client


@pytest.fixture
def create(http: httpx.Client) -> Any:
    """A function creating a meeting over raw HTTP and returning its data."""

    def create(body: dict[str, Any] | None = None) -> dict[str, Any]:
        response = http.post("/meetings", json=body or {})
        assert response.status_code == 201, response.text
        return response.json()["data"]

    return create


@pytest.fixture
def add(http: httpx.Client) -> Any:
    """A function adding a participant over raw HTTP and returning its data."""

    def add(meeting_id: str, custom_id: str, **extra: Any) -> dict[str, Any]:
        body = {"custom_participant_id": custom_id, "preset_name": "group_call_host", **extra}
        response = http.post(f"/meetings/{meeting_id}/participants", json=body)
        assert response.status_code == 201, response.text
        return response.json()["data"]

    return add
