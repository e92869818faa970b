"""Running the emulator as a service: tokens from the environment, the control token, the
base URL printed at start."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from realtimekit_mock import create_app

CONTROL = "ctl-0123456789abcdef"


def _control(app: object, client: tuple[str, int], headers: dict[str, str]) -> httpx.Response:
    """POST /_emulator/reset as a caller at `client`."""

    async def call() -> httpx.Response:
        transport = httpx.ASGITransport(app, client=client)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            return await http.post("/_emulator/reset", headers=headers)

    return asyncio.run(call())


@pytest.mark.parametrize(
    ("control_token", "client", "headers", "status"),
    [
        (None, ("10.0.0.5", 4000), {}, 404),
        (None, ("10.0.0.5", 4000), {"Authorization": f"Bearer {CONTROL}"}, 404),
        (CONTROL, ("10.0.0.5", 4000), {}, 404),
        (CONTROL, ("10.0.0.5", 4000), {"Authorization": "Bearer wrong-token"}, 404),
        (CONTROL, ("10.0.0.5", 4000), {"Authorization": f"Basic {CONTROL}"}, 404),
        (CONTROL, ("10.0.0.5", 4000), {"Authorization": f"Bearer {CONTROL}"}, 204),
        (CONTROL, ("10.0.0.5", 4000), {"Authorization": f"bearer  {CONTROL} "}, 204),
        (None, ("127.0.0.1", 4000), {}, 204),
    ],
)
def test_the_control_api_opens_to_remote_callers_only_with_the_control_token(
    control_token: str | None, client: tuple[str, int], headers: dict[str, str], status: int
) -> None:
    """Remote callers see a 404 unless they send the configured control token."""
    app = create_app(control_token=control_token)
    answer = _control(app, client, headers)
    assert answer.status_code == status, answer.text
    if status == 404:
        assert answer.json()["error"]["code"] == 404


def test_an_empty_control_token_is_refused() -> None:
    """A blank control token would open the control API to everyone: refused at start."""
    with pytest.raises(ValueError, match="control token must not be empty"):
        create_app(control_token="  ")


def test_the_command_line_takes_tokens_from_the_environment_and_prints_the_base_url() -> None:
    """`python -m realtimekit_mock` with REALTIMEKIT_MOCK_TOKENS and _CONTROL_TOKEN, no flags."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        **os.environ,
        "REALTIMEKIT_MOCK_TOKENS": "env-token-one, env-token-two",
        "REALTIMEKIT_MOCK_CONTROL_TOKEN": CONTROL,
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "realtimekit_mock", "--port", str(port), "--log-level", "warning"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/client/v4"
    try:
        url = f"{base}/accounts/a/realtime/kit/b/meetings"
        deadline = time.monotonic() + 15
        while True:
            try:
                answer = httpx.get(url, headers={"Authorization": "Bearer env-token-two"})
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.05)
        assert answer.status_code == 200
        default = {"Authorization": "Bearer realtimekit-emulator-local-token"}
        assert httpx.get(url, headers=default).status_code == 401
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=15)
    assert f"API base URL {base} (CLOUDFLARE_BASE_URL)" in stderr
    assert "default local token" not in stderr
    assert CONTROL not in stderr and "env-token-one" not in stderr
