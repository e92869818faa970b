"""A loopback HTTP server that records the webhook deliveries it receives: :class:`WebhookReceiver`.

For tests: it answers every POST with the next status of its script (200 once the script is
used up) and keeps each request's raw body and headers, unparsed, for the test to verify.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self

__all__ = ["Received", "WebhookReceiver"]


@dataclass(frozen=True)
class Received:
    """One request as received: path, headers (lower-case names) and the raw body."""

    path: str
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)


class WebhookReceiver:
    """Records POSTs on ``http://127.0.0.1:<port>/``; ``url`` is where to point a webhook.

    Args:
        statuses: the statuses to answer with, in order (then 200).
        delay_s: how long to wait before answering (to provoke timeouts).
        on_receive: called with each request's raw body and headers before it is answered.
    """

    def __init__(
        self,
        statuses: list[int] | None = None,
        delay_s: float = 0.0,
        on_receive: Callable[[bytes, dict[str, str]], None] | None = None,
    ) -> None:
        self.statuses = list(statuses or [])
        self.delay_s = delay_s
        self.on_receive = on_receive
        self.received: list[Received] = []
        self._cond = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                headers = {k.lower(): v for k, v in self.headers.items()}
                with receiver._cond:
                    status = receiver.statuses.pop(0) if receiver.statuses else 200
                    receiver.received.append(Received(self.path, headers, body))
                    receiver._cond.notify_all()
                if receiver.on_receive is not None:
                    receiver.on_receive(body, headers)
                if receiver.delay_s:
                    time.sleep(receiver.delay_s)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Where deliveries should go."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/hooks"

    def start(self) -> Self:
        """Serve in a background thread."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, daemon=True, name="webhook-receiver"
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(5)
            self._thread = None
        self._server.server_close()

    def clear(self) -> None:
        """Forget what was received and the script."""
        with self._cond:
            self.received.clear()
            self.statuses.clear()
            self.delay_s = 0.0

    def wait(self, count: int, timeout: float = 10.0) -> list[Received]:
        """The first ``count`` requests, once they have arrived.

        Raises:
            TimeoutError: fewer arrived within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.received) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{count} deliveries wanted, {len(self.received)} came")
                self._cond.wait(left)
            return list(self.received[:count])

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
