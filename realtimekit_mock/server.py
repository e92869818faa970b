"""Run the emulator in a background thread: :class:`EmulatorServer`."""

from __future__ import annotations

import datetime
import os
import socket
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from uuid import UUID

import uvicorn

from .app import EmulatorApp, create_app
from .auth import DEFAULT_TOKEN
from .clock import parse_rfc3339_us

__all__ = ["DEFAULT_ACCOUNT_ID", "DEFAULT_APP_ID", "EmulatorServer"]

DEFAULT_ACCOUNT_ID = "local-account"
"""The account ID :class:`EmulatorServer` and the pytest fixtures hand out (any ID works)."""
DEFAULT_APP_ID = "local-app"
"""The app ID :class:`EmulatorServer` and the pytest fixtures hand out (any ID works)."""


class EmulatorServer:
    """The emulator on a loopback port, served by uvicorn in a background thread.

    Example::

        with EmulatorServer() as server:
            httpx.get(server.base_url + "/accounts/a/realtime/kit/b/meetings",
                      headers={"Authorization": f"Bearer {server.token}"})

    Args:
        host: address to bind (loopback by default).
        port: port to bind; 0 picks a free one.
        tokens: accepted API tokens (default: ``DEFAULT_TOKEN``); ``token`` is the first.
        db: SQLite file, or None for memory only.
        faults: initial fault configuration.
        spec_path: an openapi.yaml other than the packaged one.
        account_id: the account ID handed to tests.
        app_id: the app ID handed to tests.
        app: an app built by :func:`create_app` to serve instead of building one.
        log_level: uvicorn's log level.
        strict_apps: answer 404 for an app ID that ``create_app`` did not make (see
            :func:`create_app`).
        webhook_egress: where webhook deliveries may go (``"loopback"`` or ``"any"``).
        webhook_retry_base_s: delay of the first retry of a failed delivery.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tokens: Iterable[str] | None = None,
        db: str | os.PathLike[str] | None = None,
        faults: dict[str, Any] | None = None,
        spec_path: str | Path | None = None,
        account_id: str = DEFAULT_ACCOUNT_ID,
        app_id: str = DEFAULT_APP_ID,
        app: EmulatorApp | None = None,
        log_level: str = "warning",
        strict_apps: bool | None = None,
        webhook_egress: str = "loopback",
        webhook_retry_base_s: float = 1.0,
    ) -> None:
        self.tokens = list(tokens) if tokens is not None else [DEFAULT_TOKEN]
        self.app = app or create_app(
            tokens=self.tokens,
            db=db,
            faults=faults,
            spec_path=spec_path,
            strict_apps=strict_apps,
            webhook_egress=webhook_egress,
            webhook_retry_base_s=webhook_retry_base_s,
        )
        self.host = host
        self.port = port
        self.account_id = account_id
        self.app_id = app_id
        self._log_level = log_level
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def token(self) -> str:
        """An accepted API token."""
        return self.tokens[0]

    @property
    def url(self) -> str:
        """``http://host:port`` (the control API lives here)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The API's base URL, ending in the spec's server path (``/client/v4``)."""
        return self.url + self.app.spec.base_path

    def start(self, timeout: float = 10.0) -> Self:
        """Bind, start serving, and wait until the server accepts connections."""
        if self._thread is not None:
            return self
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level=self._log_level,
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=2,
        )
        self.app.store.public_url = self.url
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, daemon=True, name="realtimekit"
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                sock.close()
                raise RuntimeError("the emulator did not start")
            time.sleep(0.01)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and release the database."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout)
            if self._thread.is_alive():
                self._server.force_exit = True
                self._thread.join(timeout)
        self._server = None
        self._thread = None
        self.app.close()

    def reset(self) -> None:
        """Forget all state, faults and clock settings (like ``POST /_emulator/reset``)."""
        self.app.reset()

    def set_clock(
        self,
        now: datetime.datetime | str | None = None,
        *,
        frozen: bool | None = None,
        account_id: str | None = None,
        app_id: str | None = None,
    ) -> dict[str, Any]:
        """Set the clock of the server's app, or of another (like ``PUT /_emulator/clock``).

        ``now``: an aware datetime or an RFC 3339 string (default: where the clock is);
        ``frozen``: stop the clock there (True) or let it run (False; default: as it was).
        """
        at_ms = None
        if isinstance(now, datetime.datetime):
            if now.tzinfo is None:
                raise ValueError("now must be timezone-aware")
            at_ms = round(now.timestamp() * 1000)
        elif now is not None:
            micros = parse_rfc3339_us(now)
            if micros is None:
                raise ValueError(f"now: {now!r} is not an RFC 3339 date-time")
            at_ms = micros // 1000
        return self.app.set_clock(
            account_id or self.account_id, app_id or self.app_id, at_ms=at_ms, frozen=frozen
        )

    def advance(
        self, seconds: float, *, account_id: str | None = None, app_id: str | None = None
    ) -> dict[str, Any]:
        """Move the clock of the server's app (or another) forward (like
        ``POST /_emulator/clock/advance``)."""
        if not seconds > 0:
            raise ValueError("seconds must be positive")
        return self.app.advance(account_id or self.account_id, app_id or self.app_id, seconds)

    def set_faults(self, **config: Any) -> dict[str, Any]:
        """Replace the fault configuration (like ``PUT /_emulator/faults``)."""
        return self.app.faults.configure(config)

    def clear_faults(self) -> None:
        """No faults (like ``DELETE /_emulator/faults``)."""
        self.app.faults.clear()

    def join(
        self,
        meeting_id: str | UUID,
        participant_id: str | UUID | None = None,
        *,
        token: str | None = None,
        account_id: str | None = None,
        app_id: str | None = None,
    ) -> dict[str, Any]:
        """A participant joins a meeting, by participant ID or join token (like
        ``POST /_emulator/join``): its peer (``peer_id``, ``session_id``, ...)."""
        return self.app.join(
            account_id or self.account_id,
            app_id or self.app_id,
            str(meeting_id),
            participant_id=None if participant_id is None else str(participant_id),
            token=token,
        )

    def leave(
        self,
        meeting_id: str | UUID,
        participant_id: str | UUID | None = None,
        *,
        peer_id: str | None = None,
        account_id: str | None = None,
        app_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """A participant's live peers (or one peer) leave the meeting (like
        ``POST /_emulator/leave``): the peers that left."""
        return self.app.leave(
            account_id or self.account_id,
            app_id or self.app_id,
            str(meeting_id),
            peer_id=peer_id,
            participant_id=None if participant_id is None else str(participant_id),
        )

    def seed(self, *, account_id: str | None = None, app_id: str | None = None) -> dict[str, Any]:
        """Seed the server's app (or another) with a meeting and sessions to act on (like
        ``POST /_emulator/seed``): the IDs made."""
        return self.app.seed(account_id or self.account_id, app_id or self.app_id)

    def chat(
        self,
        meeting_id: str | UUID,
        participant_id: str | UUID,
        message: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
    ) -> dict[str, Any]:
        """A participant in the live session sends a chat message (like
        ``POST /_emulator/chat``)."""
        return self.app.chat(
            account_id or self.account_id,
            app_id or self.app_id,
            str(meeting_id),
            str(participant_id),
            message,
        )

    def start_ingest(
        self,
        livestream_id: str | UUID,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
    ) -> dict[str, Any]:
        """An RTMP stream starts coming in to an independent livestream, which goes ``LIVE``
        (like ``POST /_emulator/ingest/start``): the livestream (``id``, ``status``,
        ``session_id`` of its new livestream session, ...)."""
        return self.app.ingest(
            account_id or self.account_id, app_id or self.app_id, str(livestream_id), on=True
        )

    def stop_ingest(
        self,
        livestream_id: str | UUID,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
    ) -> dict[str, Any]:
        """The stream into an independent livestream stops: it goes ``IDLE`` (like
        ``POST /_emulator/ingest/stop``)."""
        return self.app.ingest(
            account_id or self.account_id, app_id or self.app_id, str(livestream_id), on=False
        )

    @property
    def webhook_public_key(self) -> str:
        """The PEM public key webhook signatures verify with (as served at
        ``/.well-known/webhooks.json``)."""
        return self.app.store.deliveries.key.public_pem

    def webhook_deliveries(
        self, *, webhook_id: str | UUID | None = None, event: str | None = None
    ) -> list[dict[str, Any]]:
        """The webhook delivery log of the server's app, oldest first (like
        ``GET /_emulator/webhooks/deliveries``)."""
        return self.app.store.deliveries.log(
            self.account_id,
            self.app_id,
            webhook_id=None if webhook_id is None else str(webhook_id),
            event=event,
        )

    def wait_for_deliveries(
        self,
        count: int = 1,
        *,
        webhook_id: str | UUID | None = None,
        event: str | None = None,
        timeout: float = 10.0,
    ) -> list[dict[str, Any]]:
        """Wait until at least ``count`` matching deliveries of the server's app exist and none
        of them is pending; them, oldest first.

        Raises:
            TimeoutError: not within ``timeout`` seconds.
        """
        done, found = self.app.store.deliveries.wait(
            count,
            timeout,
            account_id=self.account_id,
            app_id=self.app_id,
            webhook_id=None if webhook_id is None else str(webhook_id),
            event=event,
        )
        if not done:
            states = [(d["event"], d["status"]) for d in found]
            raise TimeoutError(f"{count} settled deliveries wanted within {timeout} s: {states}")
        return found

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
