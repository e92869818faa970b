"""The application factory: :func:`create_app` builds spec → store → dispatcher."""

from __future__ import annotations

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

from .auth import TokenChecker
from .control import control_routes
from .exceptions import EmulatorError, MethodNotAllowed, NoRoute, ServerError
from .faults import Faults
from .http import MAX_BODY_BYTES, Api
from .http.envelopes import error_response
from .spec import Spec, load_spec
from .state import open_backend
from .store import Store

__all__ = ["EmulatorApp", "create_app"]

_logger = logging.getLogger("realtimekit_mock")


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
    """

    spec: Spec
    store: Store
    faults: Faults
    api: Api
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
        """Move an app's clock to ``at_ms`` and stop it there (``frozen``) or let it run."""
        with self.store.lock:
            self.store.clock(account_id, app_id).set(at_ms, frozen=frozen)
            self.store.save_clock(account_id, app_id)
        return self.describe_clock(account_id, app_id)

    def advance(self, account_id: str, app_id: str, seconds: float) -> dict[str, Any]:
        """Move an app's clock forward by ``seconds``."""
        with self.store.lock:
            self.store.clock(account_id, app_id).advance(round(seconds * 1000))
            self.store.save_clock(account_id, app_id)
        return self.describe_clock(account_id, app_id)

    def describe_clock(self, account_id: str, app_id: str) -> dict[str, Any]:
        """An app's clock as the control API shows it."""
        described = self.store.clock(account_id, app_id).describe()
        return {"account_id": account_id, "app_id": app_id, **described}

    def close(self) -> None:
        """Release the database (also done at server shutdown)."""
        self.store.close()


def create_app(
    *,
    tokens: Iterable[str] | None = None,
    db: str | os.PathLike[str] | None = None,
    faults: dict[str, Any] | None = None,
    spec_path: str | Path | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
) -> EmulatorApp:
    """Build the emulator's ASGI app.

    Args:
        tokens: accepted API tokens (default: :data:`~.auth.DEFAULT_TOKEN`).
        db: SQLite file to keep state in, or None for memory only.
        faults: initial fault configuration (see :mod:`.faults`).
        spec_path: an openapi.yaml other than the packaged one.
        max_body_bytes: request bodies over this size are answered 413.

    Raises:
        ValueError: an empty token or an invalid fault configuration.
        RuntimeError: the spec and the resources do not match.
        state.StorageError: the database is in use by another emulator or unwritable.
    """
    spec = load_spec(spec_path)
    checker = TokenChecker(tokens)
    fault_state = Faults(spec.by_id, None)
    if faults:
        try:
            fault_state.configure(faults)
        except EmulatorError as exc:
            raise ValueError(f"invalid fault configuration: {exc.message}") from None
    store = Store(spec, open_backend(db))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        store.close()

    app = EmulatorApp(
        routes=control_routes(),
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
    app.api = Api(spec, store.operations, checker, fault_state, max_body_bytes=max_body_bytes)
    app._api_prefix = spec.base_path + "/"
    return app


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
