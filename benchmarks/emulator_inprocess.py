"""Server-side cost per request in-process: the emulator's ASGI app against the canned one.

The ASGI apps are called directly in one event loop (no socket, no HTTP parsing, no load
generator), with the same scope, headers and body a client would send: the canned-response
Starlette app of `benchmarks.servers` (the floor) and the emulator (`create_app()`, full
validation, memory store), for get and create. This is the part of a request's cost each app
adds on top of the server (uvicorn), measured without the noise of a load test.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

from benchmarks.common import ACCOUNT_ID, APP_ID, MEETING_ID, TOKEN, compare, meeting_create_body

_PREFIX = f"/client/v4/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/meetings"


def _scope(method: str, path: str, body: bytes | None) -> dict[str, Any]:
    headers = [(b"host", b"127.0.0.1:8787"), (b"authorization", f"Bearer {TOKEN}".encode())]
    if body is not None:
        headers += [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ]
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8787),
    }


def _batch(
    loop: asyncio.AbstractEventLoop, app: Any, method: str, path: str, body: bytes | None
) -> Callable[[int], None]:
    scope = _scope(method, path, body)
    message = {"type": "http.request", "body": body or b"", "more_body": False}
    expected = 200 if method == "GET" else 201
    statuses: list[int] = []

    async def receive() -> dict[str, Any]:
        return message

    async def send(event: dict[str, Any]) -> None:
        if event["type"] == "http.response.start":
            statuses.append(event["status"])

    async def many(n: int) -> None:
        for _ in range(n):
            await app(scope, receive, send)

    def run(n: int) -> None:
        statuses.clear()
        loop.run_until_complete(many(n))
        if any(status != expected for status in statuses):
            raise AssertionError(f"{method} {path} answered {sorted(set(statuses))}")

    return run


def run(*, calls: int = 2000, repeats: int = 15, warmup: int = 300) -> dict[str, Any]:
    """Get and create against both apps, interleaved; floor = the canned Starlette app."""
    from benchmarks.servers import starlette_app
    from realtimekit_mock import create_app

    body = json.dumps(meeting_create_body()).encode()
    loop = asyncio.new_event_loop()
    try:
        canned = starlette_app()
        emulator = create_app(tokens=[TOKEN])
        created: list[bytes] = []

        async def create_one() -> None:
            async def receive() -> dict[str, Any]:
                return {"type": "http.request", "body": body, "more_body": False}

            async def send(event: dict[str, Any]) -> None:
                if event["type"] == "http.response.body":
                    created.append(event["body"])

            await emulator(_scope("POST", _PREFIX, body), receive, send)

        loop.run_until_complete(create_one())
        meeting_id = json.loads(created[0])["data"]["id"]
        variants = {
            "get": {
                "Starlette canned": _batch(loop, canned, "GET", f"{_PREFIX}/{MEETING_ID}", None),
                "emulator": _batch(loop, emulator, "GET", f"{_PREFIX}/{meeting_id}", None),
            },
            "create": {
                "Starlette canned": _batch(loop, canned, "POST", _PREFIX, body),
                "emulator": _batch(loop, emulator, "POST", _PREFIX, body),
            },
        }
        return {
            op: compare(
                v,
                floor="Starlette canned",
                calls=calls,
                repeats=repeats,
                warmup=warmup,
                batched=True,
            )
            for op, v in variants.items()
        }
    finally:
        loop.close()


if __name__ == "__main__":
    for op, data in run().items():
        for name, v in data["variants"].items():
            print(f"{op:7} {name:18} {v['median_wall_us']:7.1f} us  x{v['ratio']:.2f}")
