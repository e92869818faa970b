"""The live side of RealtimeKit, simulated: joins and leaves, sessions, what sessions leave
behind, and time passing (timers by each app's clock), over the same records as the resources.

Reached through the store (``store.live``, ``store.artifacts``, ``store.timers``,
``store.signals``), driven by the control API and the pytest fixtures; it never speaks HTTP.
"""

from .artifacts import Artifacts
from .downloads import Downloads
from .live import LiveSide
from .signals import Signals
from .timers import Timers
from .webhooks import Deliveries

__all__ = ["Artifacts", "Deliveries", "Downloads", "LiveSide", "Signals", "Timers"]
