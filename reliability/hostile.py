"""Hostile HTTP input: raw requests a well-behaved client never sends, and stalled clients.

Malformed framing is answered by uvicorn itself (a plain-text 400 and a closed connection: the
request never reaches the emulator, so there is no JSON envelope); everything that parses as
HTTP reaches the emulator and gets its JSON error envelope.
"""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import httpx

from .emulator import ACCOUNT, APP, TOKEN

PATH = f"/client/v4/accounts/{ACCOUNT}/realtime/kit/{APP}/meetings".encode()
AUTH = f"Authorization: Bearer {TOKEN}\r\n".encode()
JSON = b"Content-Type: application/json\r\n"


@dataclass(frozen=True)
class RawCase:
    """A raw request and the status it must get (``envelope``: with the JSON error body)."""

    name: str
    request: bytes
    status: int
    envelope: bool = False


def _post(headers: bytes, body: bytes) -> bytes:
    return b"POST " + PATH + b" HTTP/1.1\r\nHost: t\r\n" + AUTH + headers + b"\r\n" + body


def _get(extra: bytes = b"", path: bytes = PATH, version: bytes = b"HTTP/1.1") -> bytes:
    return b"GET " + path + b" " + version + b"\r\nHost: t\r\n" + AUTH + extra + b"\r\n"


RAW_CASES = [
    RawCase("not-http", b"GARBAGE\r\n\r\n", 400),
    RawCase("binary-noise", bytes(range(256)) * 4, 400),
    RawCase("lowercase-method", _get().replace(b"GET", b"get", 1), 400),
    RawCase("unknown-method", _get().replace(b"GET", b"BREW", 1), 400),
    RawCase("negative-length", _post(JSON + b"Content-Length: -1\r\n", b"{}"), 400),
    RawCase("two-lengths", _post(JSON + b"Content-Length: 2\r\nContent-Length: 3\r\n", b"{}"), 400),
    RawCase(
        "length-and-chunked",
        _post(
            JSON + b"Content-Length: 2\r\nTransfer-Encoding: chunked\r\n", b"2\r\n{}\r\n0\r\n\r\n"
        ),
        400,
    ),
    RawCase(
        "bad-chunk-size",
        _post(JSON + b"Transfer-Encoding: chunked\r\n", b"ZZ\r\n{}\r\n0\r\n\r\n"),
        400,
    ),
    RawCase(
        "chunked-with-extension-and-trailer",
        _post(
            JSON + b"Transfer-Encoding: chunked\r\n",
            b'd;name=val\r\n{"title":"c"}\r\n0\r\nX-Trailer: 1\r\n\r\n',
        ),
        201,
    ),
    RawCase("truncated-body", _post(JSON + b"Content-Length: 1\r\n", b"{"), 400, envelope=True),
    RawCase("body-longer-than-declared", _post(JSON + b"Content-Length: 1\r\n", b"{}"), 400),
    RawCase("nul-in-header", _get(b"X-Test: a\x00b\r\n"), 400),
    RawCase("obsolete-line-folding", _get(b"X-Test: a\r\n b\r\n"), 400),
    RawCase("header-of-1-mib", _get(b"X-Big: " + b"a" * (1 << 20) + b"\r\n"), 200),
    RawCase("20000-headers", _get(b"".join(b"X-%d: 1\r\n" % i for i in range(20_000))), 200),
    RawCase("url-of-1-mib", _get(path=PATH + b"?search=" + b"a" * (1 << 20)), 400),
    RawCase("5000-path-segments", _get(path=b"/client/v4" + b"/a" * 5000), 404, envelope=True),
    RawCase("http-1.0-no-host", b"GET " + PATH + b" HTTP/1.0\r\n" + AUTH + b"\r\n", 200),
    RawCase("http-2-preface", b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400),
    RawCase(
        "gzip-encoded-body",
        _post(JSON + b"Content-Encoding: gzip\r\nContent-Length: 4\r\n", b"\x1f\x8b\x08\x00"),
        400,
        envelope=True,
    ),
    RawCase(
        "utf-16-body",
        _post(
            b"Content-Type: application/json; charset=utf-16\r\nContent-Length: 4\r\n",
            b"{\x00}\x00",
        ),
        415,
        envelope=True,
    ),
]
"""Raw requests and the status each must get."""

SEARCH_STRINGS = [
    "' OR '1'='1",
    '"; DROP TABLE meetings; --',
    "%",
    "_",
    "%%_%",
    ".*",
    "[a-z]+",
    "\\",
    "../../etc/passwd",
    "..\\..\\windows",
    "${jndi:ldap://x}",
    "{{7*7}}",
    "<script>alert(1)</script>",
    "\u202e\u200b",
    "\U0001f600",
]
"""``search`` values that mean something to SQL, regex, shells or templates, but not here."""


def send_raw(port: int, data: bytes, *, timeout: float = 5.0) -> bytes:
    """Send bytes on a new connection; the first response (status line, headers, body)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        with contextlib.suppress(OSError):  # the server may answer and close before reading all
            sock.sendall(data)
        received = b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                chunk = sock.recv(65536)
            except (TimeoutError, ConnectionResetError):
                break
            if not chunk:
                break
            received += chunk
            if _complete(received):
                break
        return received


def _complete(data: bytes) -> bool:
    """Whether ``data`` holds a whole response (headers and a Content-Length body)."""
    head, sep, body = data.partition(b"\r\n\r\n")
    if not sep:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value.strip())
    return True


STALL_STAGES = [
    b"",
    b"PO",
    b"POST " + PATH + b" HTTP/1.1\r\nHost: t\r\n",
    _post(JSON + b"Content-Length: 100\r\n", b'{"title": "stalled'),
    _post(JSON + b"Transfer-Encoding: chunked\r\n", b'8\r\n{"title"\r\n'),
    _post(JSON + b"Content-Length: 100\r\nExpect: 100-continue\r\n", b""),
]
"""Where a stalled client stops: nothing, part of the request line, part of the headers, part of
a sized or chunked body, a body announced with ``Expect: 100-continue``."""


@contextlib.contextmanager
def stall(port: int, *, connections: int) -> Iterator[list[socket.socket]]:
    """Open connections that stop in the middle of a request, held open until the block ends."""
    socks: list[socket.socket] = []
    try:
        for i in range(connections):
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            socks.append(sock)
            stage = STALL_STAGES[i % len(STALL_STAGES)]
            if stage:
                sock.sendall(stage)
        yield socks
    finally:
        for sock in socks:
            sock.close()


@dataclass
class HostileRun:
    """Every raw case and injection-looking search, repeated, then stalled clients, against one
    emulator process; the server must answer each as documented and stay responsive."""

    port: int
    base: str
    headers: dict[str, str]
    repeats: int = 3
    stalled: int = 300
    cases: int = 0
    problems: list[str] = field(default_factory=list)
    figures: dict[str, object] = field(default_factory=dict)

    def run(self) -> HostileRun:
        """Send everything; problems land in ``problems``."""
        with httpx.Client(base_url=self.base, headers=self.headers, timeout=10) as client:
            for _ in range(self.repeats):
                for case in RAW_CASES:
                    self.cases += 1
                    answer = send_raw(self.port, case.request)
                    status = answer.split(b" ", 2)[1] if answer.startswith(b"HTTP/1.1 ") else b""
                    if status != str(case.status).encode():
                        self.problems.append(f"{case.name}: {answer[:120]!r}")
                    self._alive(client, case.name)
                for text in SEARCH_STRINGS:
                    self.cases += 1
                    res = client.get("/meetings", params={"search": text})
                    if res.status_code != 200 or res.json()["paging"]["total_count"] != 0:
                        self.problems.append(f"search {text!r}: {res.status_code} {res.text[:120]}")
            timings = []
            with stall(self.port, connections=self.stalled):
                for i in range(200):
                    started = time.perf_counter()
                    res = client.post("/meetings", json={"title": f"beside stalled clients {i}"})
                    timings.append(time.perf_counter() - started)
                    if res.status_code != 201:
                        self.problems.append(f"with stalled clients: {res.status_code}")
            self.cases += self.stalled
            self._alive(client, "after the stalled clients left")
            timings.sort()
            self.figures = {
                "cases": self.cases,
                "stalled_connections": self.stalled,
                "p99_ms_beside_stalled": round(timings[int(len(timings) * 0.99) - 1] * 1000, 2),
                "max_ms_beside_stalled": round(timings[-1] * 1000, 2),
                "problems": len(self.problems),
            }
        return self

    def _alive(self, client: httpx.Client, after: str) -> None:
        res = client.get("/meetings", params={"per_page": 1})
        if res.status_code != 200:
            self.problems.append(f"after {after}: list answers {res.status_code}")
