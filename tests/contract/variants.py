"""Broken variants of the emulator for the contract tests, and a loopback server for them.

Each variant is an ASGI middleware around the real emulator (built by `create_app`) that
introduces one defect. The in-process tests run the job's pytest face against them; the
live-mode tests serve them on 127.0.0.1 with `serve` and point the job at them.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]
BodyEdit = Callable[[Scope, int, Any], tuple[int, Any]]
MEETING_ITEM = "/meetings/"
NOT_FOUND = {"success": False, "error": {"code": 404, "message": "Meeting not found"}}


def rewrite_responses(edit: BodyEdit) -> Callable[[App], App]:
    """A middleware factory that lets `edit(scope, status, json_body)` change each response."""

    def wrap(app: App) -> App:
        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            start: dict[str, Any] = {}
            chunks: list[bytes] = []

            async def capture(message: dict[str, Any]) -> None:
                if message["type"] == "http.response.start":
                    start.update(message)
                    return
                chunks.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                status, raw = start["status"], b"".join(chunks)
                try:
                    status, body = edit(scope, status, json.loads(raw))
                    raw = json.dumps(body).encode()
                except ValueError:
                    pass
                headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(raw)).encode()))
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": raw})

            await app(scope, receive, capture)

        return middleware

    return wrap


def rewrite_requests(edit: Callable[[Scope, bytes], tuple[Scope, bytes]]) -> Callable[[App], App]:
    """A middleware factory that lets `edit(scope, body)` change each request."""

    def wrap(app: App) -> App:
        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await app(scope, receive, send)
                return
            body, more = b"", True
            while more:
                message = await receive()
                body += message.get("body", b"")
                more = message.get("more_body", False)
            scope, body = edit(dict(scope), body)
            sent = False

            async def replay() -> dict[str, Any]:
                nonlocal sent
                if sent:
                    return {"type": "http.disconnect"}
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}

            await app(scope, replay, send)

        return middleware

    return wrap


def data_items(body: Any) -> list[dict[str, Any]]:
    """The objects in a success envelope's `data`."""
    if not isinstance(body, dict) or not body.get("success"):
        return []
    data = body.get("data")
    items = data if isinstance(data, list) else [data]
    return [item for item in items if isinstance(item, dict)]


def _is_meeting_item(scope: Scope) -> bool:
    """`.../meetings/{id}` itself, not one of its sub-resources."""
    rest = scope["path"].rsplit(MEETING_ITEM, 1)
    return len(rest) == 2 and "/" not in rest[1]


def _with_body(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
    headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"content-length"]
    scope["headers"] = [*headers, (b"content-length", str(len(body)).encode())]
    return scope, body


# ---- response defects (schemathesis' own checks) -------------------------------------------


def drop_created_at(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """A required field missing from every answer."""
    for item in data_items(body):
        item.pop("created_at", None)
    return status, body


def lowercase_status(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """An enum answered in the wrong case."""
    for item in data_items(body):
        if isinstance(item.get("status"), str):
            item["status"] = item["status"].lower()
    return status, body


def human_dates(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """A date-time in another format."""
    for item in data_items(body):
        if "updated_at" in item:
            item["updated_at"] = "21/11/2026 09:30"
    return status, body


def echo_secret(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """A write-only secret echoed back."""
    for item in data_items(body):
        if "id" in item and "created_at" in item and "preset_name" not in item:
            item.setdefault("recording_config", {})["storage_config"] = {
                "type": "aws",
                "secret": "echoed-secret",
            }
    return status, body


def created_as_200(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """200 where the spec says 201."""
    return (200 if status == 201 else status), body


def ok_as_201(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """201 where the spec says 200 (a create that the spec answers with 200)."""
    return (201 if scope["method"] == "POST" and status == 200 else status), body


def unknown_recording_status(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """A recording status outside the enum: `STOPPED`, whatever the recording is doing."""
    if "/recordings" in scope["path"]:
        for item in data_items(body):
            if isinstance(item.get("status"), str):
                item["status"] = "STOPPED"
    return status, body


def webhook_vocabulary_livestreams(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """A livestream status in the webhooks' vocabulary (`OFFLINE`, as some documentation
    examples show) instead of the REST enum."""
    if "livestream" in scope["path"]:
        for item in data_items(body):
            if isinstance(item.get("status"), str):
                item["status"] = "OFFLINE"
    return status, body


def drop_live_participants(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """A required field (`live_participants`) missing from the active session's answer."""
    if scope["path"].endswith("/active-session"):
        for item in data_items(body):
            item.pop("live_participants", None)
    return status, body


def forget_created(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """A create answering an id that does not exist."""
    if status == 201:
        for item in data_items(body):
            item["id"] = str(uuid.uuid4())
    return status, body


# ---- defects only the checks beyond the schema see -----------------------------------------


def ignore_persist_chat(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
    """A field silently ignored: `persist_chat` never reaches the API."""
    if scope["method"] in ("POST", "PUT", "PATCH") and b"persist_chat" in body:
        try:
            sent = json.loads(body)
        except ValueError:
            return scope, body
        if isinstance(sent, dict):
            sent.pop("persist_chat", None)
            return _with_body(scope, json.dumps(sent).encode())
    return scope, body


def patch_as_put(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
    """A PATCH of a meeting that resets what it did not send (it is a PUT underneath)."""
    if scope["method"] == "PATCH" and _is_meeting_item(scope):
        scope["method"] = "PUT"
    return scope, body


def lose_created_meetings(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """The GET of a meeting always answers 404."""
    if scope["method"] == "GET" and _is_meeting_item(scope) and status == 200:
        return 404, NOT_FOUND
    return status, body


def stale_reads() -> Callable[[App], App]:
    """The GET of a meeting answers the first copy it ever gave (a stale cache)."""
    first: dict[str, Any] = {}

    def edit(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
        if scope["method"] == "GET" and _is_meeting_item(scope) and status == 200:
            return status, first.setdefault(scope["path"], body)
        return status, body

    return rewrite_responses(edit)


def deletes_nothing(answer: BodyEdit | None = None) -> Callable[[App], App]:
    """A DELETE that answers 200 and deletes nothing: a GET of the item underneath, its answer
    reshaped by `answer` into the delete's (kept as it is where a delete answers the item)."""

    def wrap(app: App) -> App:
        keep = rewrite_responses(answer)(app) if answer is not None else app

        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] == "http" and scope["method"] == "DELETE":
                await keep({**scope, "method": "GET"}, receive, send)
                return
            await app(scope, receive, send)

        return middleware

    return wrap


def _as_deleted(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """A participant's GET answer as its DELETE answers it."""
    for item in data_items(body):
        kept = {k: item[k] for k in ("created_at", "custom_participant_id", "updated_at")}
        return status, {"success": True, "data": {**kept, "preset_id": item["preset_name"]}}
    return status, body


delete_keeps = deletes_nothing(_as_deleted)
"""A DELETE of a participant that answers 200 and deletes nothing."""


def count_one_more(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """A list whose `paging.total_count` is one more than it holds."""
    if isinstance(body, dict) and isinstance(body.get("paging"), dict):
        body["paging"]["total_count"] += 1
    return status, body


def unlisted_creates(collection: str) -> Callable[[App], App]:
    """Items created by a POST to `.../<collection>` that its list never holds (its paging
    counts them out too, as if the list were right)."""
    created: set[str] = set()

    def edit(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
        if not scope["path"].endswith("/" + collection):
            return status, body
        if scope["method"] == "POST" and 200 <= status < 300:
            created.update(str(item["id"]) for item in data_items(body) if "id" in item)
        elif scope["method"] == "GET" and isinstance(body, dict) and "paging" in body:
            listed = body.get("data") or []
            kept = [i for i in listed if not (isinstance(i, dict) and str(i.get("id")) in created)]
            paging = body["paging"]
            paging["total_count"] = max(0, paging["total_count"] - len(created))
            start = paging["start_offset"] if kept else 0
            paging.update(start_offset=start, end_offset=start + len(kept) - 1 if kept else 0)
            body["data"] = kept
        return status, body

    return rewrite_responses(edit)


def webhooks_created_disabled(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
    """A default not applied: a webhook created without `enabled` is stored disabled."""
    if scope["method"] == "POST" and scope["path"].endswith("/webhooks"):
        try:
            sent = json.loads(body)
        except ValueError:
            return scope, body
        if isinstance(sent, dict) and "enabled" not in sent:
            return _with_body(scope, json.dumps({**sent, "enabled": False}).encode())
    return scope, body


def first_page_always(scope: Scope, body: bytes) -> tuple[Scope, bytes]:
    """Paging that ignores `page_no`: every request gets page 1."""
    query = scope.get("query_string", b"").decode()
    kept = "&".join(p for p in query.split("&") if p and not p.startswith("page_no="))
    scope["query_string"] = kept.encode()
    return scope, body


def shout_listed_titles(scope: Scope, status: int, body: Any) -> tuple[int, Any]:
    """A list whose items differ from their GET (titles upper-cased in lists only)."""
    if scope["method"] == "GET" and isinstance(body, dict) and "paging" in body:
        for item in data_items(body):
            if isinstance(item.get("title"), str):
                item["title"] = item["title"].upper() + "!"
    return status, body


# ---- a loopback server -----------------------------------------------------------------------


@contextmanager
def serve(app: App) -> Iterator[str]:
    """Serve an ASGI app on a free 127.0.0.1 port in a thread; yield its API base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}/client/v4"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
