"""pytest fixtures for tests against the emulator (registered through the ``pytest11`` entry point).

* ``realtimekit_emulator`` — an :class:`~realtimekit_mock.EmulatorServer` on a free loopback port,
  started once per session; its state and faults are reset before every test that uses it.
* ``realtimekit_client`` — a ``realtimekit_client`` client configured for that emulator.

Example::

    def test_create(realtimekit_client, realtimekit_emulator):
        meeting = realtimekit_client.meetings.create(title="Weekly sync")
        assert realtimekit_client.meetings.get(meeting.id).title == "Weekly sync"
        realtimekit_emulator.set_faults(queue=[{"status": 503}])  # the next call fails once
"""

from __future__ import annotations

from collections.abc import Iterator
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
