"""pytest fixtures for tests against the emulator (registered through the ``pytest11`` entry point).

* ``realtimekit_emulator`` — an :class:`~realtimekit_mock.EmulatorServer` on a free loopback port,
  started once per session; its state and faults are reset before every test that uses it.
* ``realtimekit_client`` — a ``realtimekit_client`` client configured for that emulator.
* ``realtimekit_webhooks`` — a loopback receiver registered on that emulator for every webhook
  event; ``wait_for("recording.statusUpdate")`` returns the next verified, parsed event
  (needs ``realtimekit_client`` with its ``webhooks`` extra).

Example::

    def test_create(realtimekit_client, realtimekit_emulator):
        meeting = realtimekit_client.meetings.create(title="Weekly sync")
        assert realtimekit_client.meetings.get(meeting.id).title == "Weekly sync"
        realtimekit_emulator.set_faults(queue=[{"status": 503}])  # the next call fails once
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .server import EmulatorServer


@pytest.fixture(scope="session")
def realtimekit_emulator_server() -> Iterator[EmulatorServer]:
    """The session's emulator server (not reset between tests; prefer ``realtimekit_emulator``)."""
    from .server import EmulatorServer

    server = EmulatorServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def realtimekit_emulator(realtimekit_emulator_server: EmulatorServer) -> EmulatorServer:
    """The session's emulator, with all state and faults reset for this test."""
    realtimekit_emulator_server.reset()
    return realtimekit_emulator_server


@pytest.fixture
def realtimekit_client(realtimekit_emulator: EmulatorServer) -> Iterator[Any]:
    """A ``realtimekit_client`` client for the emulator.

    ``realtimekit_client.RealtimeKit`` bound to the emulator's account and app when the package
    has it, else an ``AuthenticatedClient``.
    """
    try:
        import realtimekit_client
    except ModuleNotFoundError:
        pytest.fail(
            "the realtimekit_client fixture needs the generated client: install the emulator"
            " with its pytest extra and the client, e.g."
            ' pip install "./generated_client" "./[pytest]" from a checkout',
            pytrace=False,
        )

    bound = getattr(realtimekit_client, "RealtimeKit", None)
    if bound is not None:
        client = bound(
            base_url=realtimekit_emulator.base_url,
            token=realtimekit_emulator.token,
            account_id=realtimekit_emulator.account_id,
            app_id=realtimekit_emulator.app_id,
        )
        try:
            yield client
        finally:
            client.close()
        return
    client = realtimekit_client.AuthenticatedClient(
        base_url=realtimekit_emulator.base_url, token=realtimekit_emulator.token
    )
    try:
        yield client
    finally:
        client.get_httpx_client().close()


_ALL_EVENTS = [
    "meeting.started",
    "meeting.ended",
    "meeting.participantJoined",
    "meeting.participantLeft",
    "meeting.chatSynced",
    "recording.statusUpdate",
    "livestreaming.statusUpdate",
    "meeting.transcript",
    "meeting.summary",
]


class WebhookEvents:
    """What the ``realtimekit_webhooks`` fixture's receiver got, verified with the emulator's
    public key and parsed by ``realtimekit_client.webhooks``.

    Attributes:
        webhook: the registered webhook (``id``, ``url``, ``events``, ...).
        events: every verified event so far, in arrival order.
        rejected: ``(body, headers, reason)`` of every delivery that failed verification.
    """

    def __init__(self, public_key_pem: str) -> None:
        from realtimekit_client import webhooks

        self._webhooks = webhooks
        self._key = public_key_pem
        self._cond = threading.Condition()
        self._taken: set[int] = set()
        self.webhook: dict[str, Any] = {}
        self.events: list[Any] = []
        self.rejected: list[tuple[bytes, dict[str, str], str]] = []

    def _receive(self, body: bytes, headers: dict[str, str]) -> None:
        try:
            event = self._webhooks.verify(body, headers, self._key)
        except self._webhooks.WebhookVerificationError as exc:
            with self._cond:
                self.rejected.append((body, headers, str(exc)))
                self._cond.notify_all()
            return
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def wait_for(
        self,
        name: str,
        *,
        where: Callable[[Any], bool] | None = None,
        timeout: float = 10.0,
    ) -> Any:
        """The first verified event called ``name`` (and matching ``where``) not returned by
        an earlier call, once it has arrived.

        Raises:
            TimeoutError: none arrived within ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for index, event in enumerate(self.events):
                    if index in self._taken or event.name != name:
                        continue
                    if where is not None and not where(event):
                        continue
                    self._taken.add(index)
                    return event
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [e.name for e in self.events]
                    raise TimeoutError(f"no {name} event within {timeout} s; got {seen}")
                self._cond.wait(left)

    def names(self) -> list[str]:
        """The names of the events received so far."""
        with self._cond:
            return [e.name for e in self.events]


@pytest.fixture
def realtimekit_webhooks(realtimekit_emulator: EmulatorServer) -> Iterator[WebhookEvents]:
    """A loopback receiver registered for every event on the emulator's app; its deliveries
    verified and parsed (see :class:`WebhookEvents`)."""
    from .webhook_receiver import WebhookReceiver

    events = WebhookEvents(realtimekit_emulator.webhook_public_key)
    receiver = WebhookReceiver(on_receive=events._receive).start()
    try:
        events.webhook = realtimekit_emulator.app.store.operations["create_webhook"](
            account_id=realtimekit_emulator.account_id,
            app_id=realtimekit_emulator.app_id,
            body={
                "name": "pytest receiver",
                "url": receiver.url,
                "events": list(_ALL_EVENTS),
                "enabled": True,
            },
        )
        yield events
    finally:
        receiver.stop()
