"""The application factory: :func:`create_app` builds spec → store → dispatcher."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .auth import TokenChecker
from .control import control_routes
from .exceptions import EmulatorError, MethodNotAllowed, NoRoute, NotFound, ServerError
from .faults import Faults
from .http import MAX_BODY_BYTES, Api
from .http.envelopes import error_response
from .jsonio import dumps
from .simulation.seed import seed
from .spec import Spec, load_spec
from .state import open_backend
from .store import Store

__all__ = ["STRICT_APPS_ENV", "TICK_S", "EmulatorApp", "create_app"]

_logger = logging.getLogger("realtimekit_mock")

TICK_S = 0.2
"""How often a served emulator runs due timers."""

STRICT_APPS_ENV = "REALTIMEKIT_EMULATOR_STRICT_APPS"
"""Environment variable: ``1``/``true``/``yes`` makes :func:`create_app` strict about apps
when its ``strict_apps`` is not given."""


class EmulatorApp(Starlette):
    """Starlette serving the control API, with the API's own dispatcher under the server path.

    Requests under the spec's server path (``/client/v4/``) go straight to :class:`~.http.Api`,
    which routes without regex scans and writes its own envelopes; everything else (the control
    API, unknown paths) goes through Starlette's router.

    Attributes:
        spec: the parsed openapi.yaml.
        store: the state (:class:`~.store.Store`).
        faults: the fault configuration (:class:`~.faults.Faults`).
        api: the API dispatcher.
        control_token: a token that opens the control API to non-loopback callers (or None).
    """

    spec: Spec
    store: Store
    faults: Faults
    api: Api
    control_token: str | None = None
    _api_prefix: str

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith(self._api_prefix):
            await self.api(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)

    def reset(self) -> None:
        """Forget all state, faults and clock settings (the control API's, the server's and
        the pytest plugin's reset)."""
        self.store.reset()
        self.faults.clear()

    def set_clock(
        self, account_id: str, app_id: str, *, at_ms: int | None = None, frozen: bool | None = None
    ) -> dict[str, Any]:
        """Move an app's clock to ``at_ms`` and stop it there (``frozen``) or let it run; then
        run what became due."""
        with self.store.lock:
            self.store.clock(account_id, app_id).set(at_ms, frozen=frozen)
            self.store.save_clock(account_id, app_id)
            self.store.tick(account_id, app_id)
        return self.describe_clock(account_id, app_id)

    def advance(self, account_id: str, app_id: str, seconds: float) -> dict[str, Any]:
        """Move an app's clock forward by ``seconds``; what became due in that time runs, each at
        the instant it was due."""
        with self.store.lock:
            self.store.clock(account_id, app_id).advance(round(seconds * 1000))
            self.store.save_clock(account_id, app_id)
            self.store.tick(account_id, app_id)
        return self.describe_clock(account_id, app_id)

    def join(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        *,
        participant_id: str | None = None,
        token: str | None = None,
    ) -> dict[str, Any]:
        """A participant joins the meeting (by ID or join token); its peer."""
        with self.store.transaction():
            self.store.tick(account_id, app_id)
            peer = self.store.live.join(
                account_id, app_id, meeting_id, participant_id=participant_id, token=token
            )
        return _peer(peer)

    def leave(
        self,
        account_id: str,
        app_id: str,
        meeting_id: str,
        *,
        peer_id: str | None = None,
        participant_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """A peer, or every live peer of a participant, leaves the meeting's live session."""
        with self.store.transaction():
            self.store.tick(account_id, app_id)
            left = self.store.live.leave(
                account_id, app_id, meeting_id, peer_id=peer_id, participant_id=participant_id
            )
        return [_peer(peer) for peer in left]

    def seed(self, account_id: str, app_id: str) -> dict[str, Any]:
        """Create a ready-made meeting with an ended session (chat, transcript and summary
        ready) and one with a live session, in an app; the IDs made (see
        :mod:`.simulation.seed`)."""
        with self.store.transaction():
            self.store.tick(account_id, app_id)
            return seed(self.store, account_id, app_id)

    def chat(
        self, account_id: str, app_id: str, meeting_id: str, participant_id: str, message: str
    ) -> dict[str, Any]:
        """A participant in the live session sends a chat message (kept for the chat export)."""
        with self.store.transaction():
            self.store.tick(account_id, app_id)
            session = self.store.live.require_live_session(account_id, app_id, meeting_id)
            for record in self.store.live.live_peers(account_id, app_id, session.id):
                peer = record.load()
                if peer["user_id"] == participant_id:
                    return self.store.artifacts.post_message(
                        account_id, app_id, session, peer, message
                    )
        raise NotFound(
            "Participant",
            participant_id,
            message=f"Participant {participant_id} is not in the session",
        )

    def ingest(
        self, account_id: str, app_id: str, livestream_id: str, *, on: bool
    ) -> dict[str, Any]:
        """A stream starts (``on``) or stops coming in to an independent livestream; the
        livestream after it (with its stream key, as its creator sees it)."""
        with self.store.transaction():
            self.store.tick(account_id, app_id)
            livestreams = self.store.livestreams
            change = livestreams.start_ingest if on else livestreams.stop_ingest
            return change(account_id, app_id, livestream_id)

    def describe_clock(self, account_id: str, app_id: str) -> dict[str, Any]:
        """An app's clock as the control API shows it."""
        described = self.store.clock(account_id, app_id).describe()
        return {"account_id": account_id, "app_id": app_id, **described}

    def close(self) -> None:
        """Release the database (also done at server shutdown)."""
        self.store.close()


def _peer(peer: dict[str, Any]) -> dict[str, Any]:
    """A peer as the control API answers it."""
    shown = {
        "peer_id": peer["id"],
        "participant_id": peer["user_id"],
        "custom_participant_id": peer["custom_participant_id"],
        "meeting_id": peer["meeting_id"],
        "session_id": peer["session_id"],
        "joined_at": peer["joined_at"],
    }
    if "left_at" in peer:
        shown["left_at"] = peer["left_at"]
    return shown


def create_app(
    *,
    tokens: Iterable[str] | None = None,
    db: str | os.PathLike[str] | None = None,
    faults: dict[str, Any] | None = None,
    spec_path: str | Path | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    strict_apps: bool | None = None,
    control_token: str | None = None,
    webhook_egress: str = "loopback",
    webhook_retry_base_s: float = 1.0,
) -> EmulatorApp:
    """Build the emulator's ASGI app.

    Args:
        tokens: accepted API tokens (default: :data:`~.auth.DEFAULT_TOKEN`).
        db: SQLite file to keep state in, or None for memory only.
        faults: initial fault configuration (see :mod:`.faults`).
        spec_path: an openapi.yaml other than the packaged one.
        max_body_bytes: request bodies over this size are answered 413.
        strict_apps: answer 404 (the error envelope) for an app ID that ``create_app`` did not
            make, instead of making the app on its first use; default: from the environment
            variable :data:`STRICT_APPS_ENV`, else False.
        control_token: also answer the control API to any caller sending
            ``Authorization: Bearer <control_token>`` (by default loopback callers only).
        webhook_egress: where webhook deliveries may go: ``"loopback"`` (default) or ``"any"``.
        webhook_retry_base_s: delay of the first retry of a failed delivery (then doubling).

    Raises:
        ValueError: an empty token (API or control), an invalid fault configuration or webhook
            egress.
        RuntimeError: the spec and the resources do not match.
        state.StorageError: the database is in use by another emulator or unwritable.
    """
    if control_token is not None and not control_token.strip():
        raise ValueError("the control token must not be empty")
    spec = load_spec(spec_path)
    checker = TokenChecker(tokens)
    fault_state = Faults(spec.by_id, None)
    if faults:
        try:
            fault_state.configure(faults)
        except EmulatorError as exc:
            raise ValueError(f"invalid fault configuration: {exc.message}") from None
    if strict_apps is None:
        strict_apps = os.environ.get(STRICT_APPS_ENV, "").strip().lower() in {"1", "true", "yes"}
    if webhook_egress not in ("loopback", "any"):
        raise ValueError(f"webhook egress must be loopback or any, not {webhook_egress!r}")
    store = Store(spec, open_backend(db), strict_apps=strict_apps)
    store.deliveries.egress = webhook_egress
    store.deliveries.retry_base_s = webhook_retry_base_s

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        ticker = asyncio.create_task(_tick_forever(store))
        store.deliveries.start()
        try:
            yield
        finally:
            ticker.cancel()
            store.deliveries.stop()
            store.close()

    app = EmulatorApp(
        routes=[
            *control_routes(),
            Route("/downloads/{token}", _download, methods=["GET"]),
            Route("/.well-known/webhooks.json", _webhook_key, methods=["GET"]),
        ],
        exception_handlers={
            EmulatorError: _emulator_error,
            HTTPException: _http_error,
            Exception: _unexpected_error,
        },
        lifespan=lifespan,
    )
    app.spec = spec
    app.store = store
    app.faults = fault_state
    app.control_token = control_token
    app.api = Api(
        spec, store.operations, store.tick, checker, fault_state, max_body_bytes=max_body_bytes
    )
    app._api_prefix = spec.base_path + "/"
    return app


async def _tick_forever(store: Store) -> None:
    """While served: run every app's due timers a few times a second (by running clocks, a
    session whose last peer left ends on time without anyone calling the API)."""
    while True:
        await asyncio.sleep(TICK_S)
        store.tick_all()


async def _download(request: Request) -> Response:
    """A download URL of a session's artifact (anyone holding the URL may fetch it, until it
    expires by its app's clock)."""
    store = request.app.store
    with store.lock:
        status, body, media = store.downloads.serve(
            request.path_params["token"], dict(request.query_params)
        )
    return Response(body, status_code=status, media_type=media)


async def _webhook_key(request: Request) -> Response:
    """The public key webhook signatures verify with (PEM, as documented)."""
    body = request.app.store.deliveries.well_known()
    return Response(dumps(body), media_type="application/json")


async def _emulator_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, EmulatorError)
    return error_response(exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        allowed = (exc.headers or {}).get("Allow", "")
        return error_response(MethodNotAllowed(request.method, allowed.split(", ")))
    if exc.status_code == 404:
        return error_response(NoRoute(request.url.path))
    return error_response(EmulatorError(exc.detail, status=exc.status_code))


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    _logger.error("unexpected error in %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(ServerError())
