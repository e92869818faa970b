"""The servers the benchmarks run against, each started as its own process.

- `raw`: a minimal asyncio HTTP/1.1 server (keep-alive) answering every request with the canned
  `MeetingFound` bytes: the loopback floor for the client benchmark.
- `starlette`: a minimal Starlette app answering the same canned bytes under uvicorn, configured
  like the emulator (one worker, httptools and uvloop when installed): the ceiling of a Python
  ASGI server on this machine.
- the emulator (`python -m realtimekit_mock`) and Stoplight Prism (`prism mock openapi.yaml`).

`python -m benchmarks.servers raw|starlette --port P` serves until killed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

from benchmarks.common import ROOT, SPEC, TOKEN, meeting_found_bytes

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


# --- raw asyncio canned server ------------------------------------------------------------


class _CannedProtocol(asyncio.Protocol):
    """Answers each complete request in the buffer; honours Content-Length; keeps alive."""

    def __init__(self, get_response: bytes, post_response: bytes) -> None:
        self.get_response = get_response
        self.post_response = post_response
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            assert self.transport is not None
            self.transport.write(
                self.get_response if head.startswith(b"GET ") else self.post_response
            )


def _canned_response(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\ncontent-type: application/json\r\n"
    return f"{head}content-length: {len(body)}\r\n\r\n".encode() + body


async def _serve_raw(port: int) -> None:
    body = meeting_found_bytes()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: _CannedProtocol(
            _canned_response("200 OK", body), _canned_response("201 Created", body)
        ),
        HOST,
        port,
    )
    async with server:
        await server.serve_forever()


# --- minimal Starlette app ---------------------------------------------------------------


def starlette_app():  # type: ignore[no-untyped-def]
    """A Starlette app answering every GET (200) and POST (201) with the canned bytes."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    body = meeting_found_bytes()

    async def canned(request: Request) -> Response:
        if request.method == "POST":
            await request.body()
            return Response(body, status_code=201, media_type="application/json")
        return Response(body, media_type="application/json")

    return Starlette(routes=[Route("/{path:path}", canned, methods=["GET", "POST"])])


# --- process management ------------------------------------------------------------------


def wait_for_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before listening on {port}")
        try:
            with socket.create_connection((HOST, port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listening on {HOST}:{port} after {timeout} s")


def taskset_prefix(cpu: int | None) -> list[str]:
    """`taskset -c CPU` when pinning is possible (taskset present, more than one core)."""
    if cpu is None or (os.cpu_count() or 1) < 2 or shutil.which("taskset") is None:
        return []
    return ["taskset", "-c", str(cpu)]


class ServerProcess:
    """A server command on a free loopback port, started on enter and stopped on exit."""

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        port: int,
        base_path: str = "",
        pythonpath: Path = ROOT,
    ) -> None:
        self.name = name
        self.argv = list(argv)
        self.port = port
        self.base_path = base_path
        self.pythonpath = pythonpath
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = Path(os.environ.get("TMPDIR", "/tmp")) / f"bench-server-{name}-{port}.log"

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}{self.base_path}"

    def __enter__(self) -> Self:
        env = {**os.environ, "PYTHONPATH": str(self.pythonpath)}
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                self.argv,
                cwd=self.pythonpath,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        try:
            wait_for_port(self.port, self.proc, timeout=60.0 if self.name == "prism" else 30.0)
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def raw_server(cpu: int | None = None) -> ServerProcess:
    port = free_port()
    argv = [
        *taskset_prefix(cpu),
        sys.executable,
        "-m",
        "benchmarks.servers",
        "raw",
        "--port",
        str(port),
    ]
    return ServerProcess("raw", argv, port)


def starlette_server(cpu: int | None = None) -> ServerProcess:
    port = free_port()
    argv = [
        *taskset_prefix(cpu),
        sys.executable,
        "-m",
        "benchmarks.servers",
        "starlette",
        "--port",
        str(port),
    ]
    return ServerProcess("starlette", argv, port)


def emulator_server(
    cpu: int | None = None, *, root: Path = ROOT, name: str = "emulator"
) -> ServerProcess:
    """The emulator of the checkout at ``root`` (this one, or a baseline's)."""
    port = free_port()
    argv = [
        *taskset_prefix(cpu), sys.executable, "-m", "realtimekit_mock",
        "--host", HOST, "--port", str(port), "--token", TOKEN, "--log-level", "warning",
    ]  # fmt: skip
    return ServerProcess(name, argv, port, base_path="/client/v4", pythonpath=root)


@contextlib.contextmanager
def checkout(ref: str) -> Iterator[Path]:
    """A temporary git worktree of ``ref`` (the emulator of another revision), removed after."""
    with tempfile.TemporaryDirectory(prefix="bench-baseline-") as tmp:
        path = Path(tmp) / "checkout"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "--quiet", str(path), ref],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        try:
            yield path
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(path)], cwd=ROOT, capture_output=True
            )


def prism_binary() -> Path | None:
    path = ROOT / "node_modules" / ".bin" / "prism"
    return path if path.exists() else None


def prism_server(cpu: int | None = None) -> ServerProcess:
    """Prism mocking openapi.yaml statically (examples); it ignores the servers' base path."""
    binary = prism_binary()
    if binary is None:
        raise FileNotFoundError("node_modules/.bin/prism is missing: run npm ci")
    port = free_port()
    argv = [
        *taskset_prefix(cpu),
        str(binary),
        "mock",
        str(SPEC),
        "--host",
        HOST,
        "--port",
        str(port),
        "-v",
        "warn",
    ]
    return ServerProcess("prism", argv, port)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.servers")
    parser.add_argument("kind", choices=["raw", "starlette"])
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args(argv)
    if args.kind == "raw":
        try:
            import uvloop
        except ImportError:
            asyncio.run(_serve_raw(args.port))
        else:
            uvloop.run(_serve_raw(args.port))
    else:
        import uvicorn

        uvicorn.run(
            starlette_app(), host=HOST, port=args.port, log_level="warning", access_log=False
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
