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


@pytest.fixture(scope="session")
def contract() -> Contract:
    """The response contract of openapi.yaml."""
    return Contract(load_spec())


@pytest.fixture
def emulator(realtimekit_emulator: EmulatorServer) -> EmulatorServer:
    """The plugin's emulator (reset for this test)."""
    return realtimekit_emulator


@pytest.fixture
def http(emulator: EmulatorServer) -> Iterator[httpx.Client]:
    """A raw httpx client for the API, authenticated, rooted at the app's meetings path."""
    with httpx.Client(
        base_url=f"{emulator.base_url}/accounts/{emulator.account_id}"
        f"/realtime/kit/{emulator.app_id}",
        headers={"Authorization": f"Bearer {emulator.token}"},
        timeout=10,
    ) as client:
        yield client


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
