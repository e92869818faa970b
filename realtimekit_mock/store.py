"""The emulator's state: the resources over one record backend, one lock, and each app's clock.

:class:`Store` builds one instance of every resource in :mod:`.resources` and reaches them by
tag (``store.meetings``, ``store.participants``). Every operation method runs under the store's
lock in one backend transaction, whether the HTTP layer or a test calls it: it changes all it
meant to or, when it raises, nothing.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

from .clock import Clock
from .resources import RESOURCES, Resource, check_operations
from .signing import JoinTokens
from .simulation import Artifacts, Deliveries, Downloads, LiveSide, Signals, Timers
from .spec import Spec
from .state import Backend, Record, Scope

__all__ = ["REQUEST_ORIGIN", "Store"]

_logger = logging.getLogger("realtimekit_mock")

REQUEST_ORIGIN: contextvars.ContextVar[tuple[str, bytes] | None] = contextvars.ContextVar(
    "realtimekit_request_origin", default=None
)
"""Scheme and ``Host`` header of the current API request (set by the HTTP layer)."""

_CLOCK_KIND = "clock"
_CLOCK_ID = "clock"


class Store:
    """All state of one emulator.

    Args:
        spec: the parsed spec (its operations decide which methods are operations).
        backend: where records live; in memory unless given.
        strict_apps: answer 404 for an app ID that ``create_app`` did not make, instead of
            making the app on its first use.

    Raises:
        RuntimeError: an operation of the spec has no resource method, or a resource has a
            public method that is neither an operation nor a declared helper.
    """

    def __init__(
        self, spec: Spec, backend: Backend | None = None, *, strict_apps: bool = False
    ) -> None:
        check_operations(spec, RESOURCES)
        self.spec = spec
        self.strict_apps = strict_apps
        self.backend = backend if backend is not None else Backend()
        self.lock = threading.RLock()
        self.join_tokens = JoinTokens()
        self.public_url = "http://127.0.0.1:8787"
        """Where the emulator is reached when no request says (webhooks, the simulation)."""
        self._clocks: dict[Scope, Clock] = {}
        self.signals = Signals()
        self.timers = Timers(self.backend)
        self.downloads = Downloads(self)
        self.live = LiveSide(self)
        self.artifacts = Artifacts(self)
        self.resources: dict[str, Resource] = {}
        for cls in RESOURCES:
            resource = cls(self)
            self.resources[cls.tag] = resource
            setattr(self, cls.tag, resource)
        self.operations: dict[str, Callable[..., Any]] = {}
        """Every operation's guarded method, by operationId (what the HTTP layer calls)."""
        for op in spec.operations:
            resource = self.resources[op.tag]
            in_app = any(p.name == "app_id" for p in op.parameters)
            guarded = self._guarded(getattr(resource, op.operation_id), in_app)
            setattr(resource, op.operation_id, guarded)
            self.operations[op.operation_id] = guarded
        self.deliveries = Deliveries(self)
        """The webhook outbox and its delivery worker (started while served)."""

    def _guarded(self, method: Callable[..., Any], in_app: bool = False) -> Callable[..., Any]:
        lock, backend = self.lock, self.backend

        @functools.wraps(method)
        def guarded(**kwargs: Any) -> Any:
            with lock:
                if in_app:
                    # The app first, in a transaction of its own: an app used once exists even
                    # if that operation then fails (or a 404 for an unknown app when strict).
                    backend.begin()
                    try:
                        self.apps.ensure(kwargs["account_id"], kwargs["app_id"])
                    except BaseException:
                        backend.end(True)
                        raise
                    backend.end(False)
                backend.begin()
                try:
                    result = method(**kwargs)
                except BaseException:
                    backend.end(True)
                    raise
                backend.end(False)
                return result

        return guarded

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """The store's lock and one backend transaction (for callers outside the operations)."""
        with self.lock, self.backend.transaction():
            yield

    # ---- clocks -----------------------------------------------------------------------------

    def clock(self, account_id: str, app_id: str) -> Clock:
        """The clock of an app (a new app's clock shows the real time)."""
        scope = (account_id, app_id)
        found = self._clocks.get(scope)
        if found is None:
            with self.lock:
                record = self.backend.get(_CLOCK_KIND, scope, _CLOCK_ID)
                found = Clock() if record is None else Clock.from_state(record.load())
                self._clocks[scope] = found
        return found

    def save_clock(self, account_id: str, app_id: str) -> Clock:
        """Store an app's clock after it was set or advanced (so it survives a restart)."""
        scope = (account_id, app_id)
        with self.transaction():
            clock = self.clock(account_id, app_id)
            data = {"id": _CLOCK_ID, **clock.state()}
            old = self.backend.get(_CLOCK_KIND, scope, _CLOCK_ID)
            if old is None:
                record = Record.of(_CLOCK_KIND, scope, self.backend.next_seq(), 0, data)
            else:
                record = old.replaced(data)
            self.backend.put(record)
        return clock

    def base_url(self) -> str:
        """The emulator's root URL as the current caller reached it (for download links)."""
        origin = REQUEST_ORIGIN.get()
        if origin is None:
            return self.public_url
        scheme, host = origin
        return f"{scheme}://{host.decode('latin-1')}"

    # ---- time passing -----------------------------------------------------------------------

    def tick(self, account_id: str, app_id: str) -> int:
        """Run the app's timers that are due by its clock; how many ran.

        They run in one transaction of their own: a failing action rolls all of them back
        (logged), and they stay pending.
        """
        due = self.timers.next_due(account_id, app_id)
        if due is None:
            return 0
        with self.lock:
            now = self.clock(account_id, app_id).now_ms()
            if due > now:
                return 0
            try:
                with self.backend.transaction():
                    return self.timers.run_due(account_id, app_id, now)
            except Exception:
                _logger.exception(
                    "timers of app %s/%s failed; they stay pending", account_id, app_id
                )
                self.timers.reload()
                return 0

    def tick_all(self) -> int:
        """Run every app's due timers (the server does this a few times a second)."""
        return sum(self.tick(account_id, app_id) for account_id, app_id in self.timers.apps())

    # ---- lifetime ---------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget every record, pending timer and clock setting."""
        with self.lock:
            self.backend.clear()
            self.timers.reload()
            self._clocks.clear()
            self.deliveries.after_reset()

    def close(self) -> None:
        """Release the backend's files."""
        with self.lock:
            self.backend.close()
