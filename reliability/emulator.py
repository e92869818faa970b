"""``python -m realtimekit_mock`` as a child process on a free loopback port.

The child's output is drained by a thread of this process into a log file: a pipe nobody reads
fills up and blocks the emulator the moment it logs a lot, and a file the child wrote itself
would be subject to the child's own resource limits (the full-disk tests cap file sizes).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import httpx

TOKEN = "reliability-token-6f1d0c2b9a8e7f34"
ACCOUNT = "rel-account"
APP = "rel-app"
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port nobody listens on right now (on 127.0.0.1)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Emulator:
    """One emulator process; ``with Emulator(...) as emu:`` starts it and waits until it answers.

    Args:
        db: SQLite file (``--db``), or None for memory only.
        log: file the child's stdout and stderr go to.
        extra: more command-line flags.
        preexec: run in the child before exec (e.g. to set a resource limit).
        tokens: accepted API tokens.
    """

    def __init__(
        self,
        *,
        db: Path | None = None,
        log: Path,
        extra: Sequence[str] = (),
        preexec: Callable[[], None] | None = None,
        tokens: Sequence[str] = (TOKEN,),
    ) -> None:
        self.db = db
        self.log = log
        self.port = free_port()
        self.token = tokens[0]
        args = [sys.executable, "-m", "realtimekit_mock", "--port", str(self.port)]
        for token in tokens:
            args += ["--token", token]
        if db is not None:
            args += ["--db", str(db)]
        self.args = [*args, "--log-level", "warning", *extra]
        self._preexec = preexec
        self.proc: subprocess.Popen[bytes] | None = None
        self._drain: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def app_url(self) -> str:
        """The API root of the test tenant (meetings live under it)."""
        return f"{self.url}/client/v4/accounts/{ACCOUNT}/realtime/kit/{APP}"

    @property
    def headers(self) -> dict[str, str]:
        """The Authorization header."""
        return {"Authorization": f"Bearer {self.token}"}

    def spawn(self) -> subprocess.Popen[bytes]:
        """Start the process without waiting for it."""
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            self.args,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=env,
            preexec_fn=self._preexec,
        )
        self._drain = threading.Thread(
            target=_copy, args=(self.proc.stdout, self.log), daemon=True, name="emulator-log"
        )
        self._drain.start()
        return self.proc

    def start(self, timeout: float = 20.0) -> Self:
        """Start and wait until the control API answers; AssertionError if it exits first."""
        proc = self.spawn()
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2) as client:
            while time.monotonic() < deadline:
                if proc.poll() is not None:
                    raise AssertionError(
                        f"emulator exited with {proc.returncode}: {self.output()[-2000:]}"
                    )
                try:
                    client.get(self.url + "/_emulator/faults")
                    return self
                except httpx.TransportError:
                    time.sleep(0.05)
        self.kill()
        raise AssertionError("the emulator did not start in time")

    def wait_exit(self, timeout: float = 20.0) -> int:
        """Wait for the process to end by itself; its exit status."""
        assert self.proc is not None
        return self.proc.wait(timeout=timeout)

    def kill(self) -> None:
        """``kill -9`` and reap."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(timeout=20)

    def stop(self) -> None:
        """SIGTERM (a clean shutdown), reap; SIGKILL if it does not end in time."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()

    def output(self) -> str:
        """Everything the process wrote so far (all of it, once the process has ended)."""
        if self._drain is not None and self.proc is not None and self.proc.poll() is not None:
            self._drain.join(10)
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _copy(stream: Any, path: Path) -> None:
    """Append everything from ``stream`` to ``path`` until it closes."""
    with open(path, "ab") as out:
        for chunk in iter(lambda: stream.read1(65536), b""):
            out.write(chunk)
            out.flush()
    stream.close()
