"""Fixtures of the SDK conformance tests: the spec's SDK method table, an emulator of their own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import yaml

from realtimekit_mock import EmulatorServer
from tests.conftest import HTTP_METHODS, SPEC_PATH

T0 = "2030-01-01T10:00:00.000Z"
"""Where the conformance flows freeze their app's clock (times in the answers are exact)."""


@dataclass(frozen=True)
class Operation:
    """An operation of openapi.yaml; ``sdk`` is its official SDK method (``x-cloudflare-sdk``)."""

    operation_id: str
    sdk: str | None
    method: str
    path: str
    success: tuple[int, ...]

    @property
    def pattern(self) -> re.Pattern[str]:
        """A URL path ending in this operation's template."""
        return re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(self.path)) + "$")


def _operations() -> list[Operation]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    found = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            success = tuple(sorted(int(s) for s in op["responses"] if str(s).startswith("2")))
            found.append(
                Operation(
                    op["operationId"], op.get("x-cloudflare-sdk"), method.upper(), path, success
                )
            )
    return found


OPERATIONS = _operations()
SDK_OPERATIONS = {op.sdk: op for op in OPERATIONS if op.sdk is not None}
"""``x-cloudflare-sdk`` method path → its operation, for every operation that names one."""


def operation_of(method: str, path: str) -> str | None:
    """The operationId a request (method, URL path) is, or None: of the templates it matches,
    the one with the fewest parameters (``/recordings/track`` is not ``/recordings/{id}``)."""
    matching = [op for op in OPERATIONS if op.method == method and op.pattern.search(path)]
    if not matching:
        return None
    return min(matching, key=lambda op: op.path.count("{")).operation_id


@pytest.fixture(scope="module")
def sdk_emulator() -> Iterator[EmulatorServer]:
    """An emulator of the module's own on a free loopback port (the flows create their own App)."""
    with EmulatorServer() as server:
        yield server


def control(server: EmulatorServer) -> dict[str, Any]:
    """What a client outside this process needs to drive the emulator."""
    return {
        "base_url": server.base_url,
        "control_url": server.url + "/_emulator",
        "token": server.token,
        "account_id": server.account_id,
    }
