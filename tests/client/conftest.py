"""Helpers of the client tests: scripted transports, recorded waits, emulator faults."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from realtimekit_client import AsyncRealtimeKit, RealtimeKit, RetryPolicy

TOKEN = "rk-test-token-5f2b9c1e7d"
ACCOUNT = "acc123"
APP = "app456"
BASE = "https://api.example.test/client/v4"
MEETING_ID = "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e"

Answer = tuple[int, Any] | tuple[int, Any, dict[str, str]] | Exception | Callable[..., Any]


def meeting(**extra: Any) -> dict[str, Any]:
    """A minimal valid meeting object, with `extra` properties added or replaced."""
    return {
        "id": MEETING_ID,
        "created_at": "2026-11-21T09:30:00.000Z",
        "updated_at": "2026-11-21T09:30:00.000Z",
        "title": "Weekly sync",
        "status": "ACTIVE",
        **extra,
    }


def envelope(data: Any) -> dict[str, Any]:
    """The success envelope around `data`."""
    return {"success": True, "data": data}


def error_body(status: int, message: str) -> dict[str, Any]:
    """RealtimeKit's error envelope."""
    return {"success": False, "error": {"code": status, "message": message}}


class Script:
    """A MockTransport handler that answers from a script and records every request.

    Each answer is `(status, body[, headers])` (a dict/list body is sent as JSON, str/bytes
    verbatim), an exception to raise (its `request` is filled in), or a callable taking the
    request. The last answer repeats once the script is used up.
    """

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, httpx.RequestError):
            answer.request = request
            raise answer
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        status, body, *rest = answer
        headers = rest[0] if rest else {}
        if isinstance(body, dict | list):
            return httpx.Response(status, json=body, headers=headers)
        return httpx.Response(status, content=body, headers=headers)

    @property
    def methods(self) -> list[str]:
        """The methods of the requests received, in order."""
        return [r.method for r in self.requests]


class Waits:
    """Records the waits of a RetryPolicy instead of sleeping."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.seconds.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.seconds.append(seconds)

    def policy(self, **kwargs: Any) -> RetryPolicy:
        """A RetryPolicy whose waits are recorded here."""
        return RetryPolicy(sleep=self.sleep, async_sleep=self.async_sleep, **kwargs)


@pytest.fixture
def waits() -> Waits:
    """Recorded retry waits."""
    return Waits()


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No RealtimeKit settings in the environment."""
    for name in (
        "CLOUDFLARE_API_TOKEN",
        "CLOUDFLARE_ACCOUNT_ID",
        "REALTIMEKIT_APP_ID",
        "CLOUDFLARE_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def bound(script: Script, waits: Waits | None = None, **kwargs: Any) -> RealtimeKit:
    """A RealtimeKit sending through `script`, its waits recorded in `waits`."""
    kwargs.setdefault("retry_policy", (waits or Waits()).policy())
    return RealtimeKit(
        token=TOKEN,
        account_id=ACCOUNT,
        app_id=APP,
        base_url=BASE,
        transport=httpx.MockTransport(script),
        **kwargs,
    )


def async_bound(script: Script, waits: Waits | None = None, **kwargs: Any) -> AsyncRealtimeKit:
    """An AsyncRealtimeKit sending through `script`, its waits recorded in `waits`."""
    kwargs.setdefault("retry_policy", (waits or Waits()).policy())
    return AsyncRealtimeKit(
        token=TOKEN,
        account_id=ACCOUNT,
        app_id=APP,
        base_url=BASE,
        transport=httpx.MockTransport(script),
        **kwargs,
    )


def queue_faults(server: Any, *items: dict[str, Any]) -> None:
    """Script the emulator's next answers through its control API (PUT /_emulator/faults)."""
    response = httpx.put(
        server.url + "/_emulator/faults",
        content=json.dumps({"queue": list(items)}),
        headers={"content-type": "application/json"},
    )
    response.raise_for_status()


@pytest.fixture
def emulator_rk(realtimekit_emulator: Any, waits: Waits) -> Iterator[RealtimeKit]:
    """A RealtimeKit bound to the emulator's account and app, waits recorded."""
    rk = RealtimeKit(
        token=realtimekit_emulator.token,
        account_id=realtimekit_emulator.account_id,
        app_id=realtimekit_emulator.app_id,
        base_url=realtimekit_emulator.base_url,
        retry_policy=waits.policy(),
    )
    with rk:
        yield rk


@pytest.fixture
def emulator_async_rk(realtimekit_emulator: Any, waits: Waits) -> AsyncRealtimeKit:
    """An AsyncRealtimeKit bound to the emulator's account and app, waits recorded."""
    return AsyncRealtimeKit(
        token=realtimekit_emulator.token,
        account_id=realtimekit_emulator.account_id,
        app_id=realtimekit_emulator.app_id,
        base_url=realtimekit_emulator.base_url,
        retry_policy=waits.policy(),
    )
