"""The HTTP face of the API under the spec's server path: routing, bodies, envelopes, faults,
and the dispatcher that calls a resource method per operationId."""

from __future__ import annotations

from .bodies import MAX_BODY_BYTES
from .dispatch import Api
from .faults import ConnectionDropped

__all__ = ["MAX_BODY_BYTES", "Api", "ConnectionDropped"]
