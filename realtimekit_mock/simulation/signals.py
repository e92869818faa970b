"""In-process notifications of what happened in the simulated live side: :class:`Signals`.

The live side sends a signal when a session starts or ends and when a peer joins or leaves;
resources (recordings start at the first join, artifacts after a session ends) and the webhooks
outbox subscribe to them. Receivers run at once, in the sender's transaction, so what they write
commits or rolls back with the change that caused it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["Signals"]

Receiver = Callable[..., None]


class Signals:
    """Named signals and their receivers, called in subscription order."""

    def __init__(self) -> None:
        self._receivers: dict[str, list[Receiver]] = {}

    def subscribe(self, name: str, receiver: Receiver) -> None:
        """Call ``receiver(**details)`` each time ``name`` is sent."""
        self._receivers.setdefault(name, []).append(receiver)

    def send(self, name: str, **details: Any) -> None:
        """Call every receiver of ``name`` with ``details``."""
        for receiver in self._receivers.get(name, ()):
            receiver(**details)
