"""API token check: ``Authorization: Bearer <token>`` against the tokens accepted at start."""

from __future__ import annotations

import hmac
from collections.abc import Iterable

__all__ = ["DEFAULT_TOKEN", "TokenChecker"]

DEFAULT_TOKEN = "realtimekit-emulator-local-token"
"""The token accepted when none is configured. For local use only; it is not a secret."""


class TokenChecker:
    """Accepts a request whose bearer token equals one of ``tokens`` (compared in constant time).

    Every configured token is compared, whatever matched, so the time taken does not tell which
    token (or how much of one) was right.
    """

    def __init__(self, tokens: Iterable[str] | None = None) -> None:
        accepted = [DEFAULT_TOKEN] if tokens is None else list(tokens)
        if not accepted or any(not t or not t.strip() for t in accepted):
            raise ValueError("at least one non-empty API token is required")
        self.tokens = tuple(accepted)
        self._encoded = tuple(t.encode() for t in accepted)

    def accepts(self, authorization: bytes | None) -> bool:
        """Whether an ``Authorization`` header value carries an accepted bearer token."""
        if not authorization or len(authorization) < 8 or authorization[6:7] != b" ":
            return False
        if authorization[:6].lower() != b"bearer":
            return False
        candidate = authorization[7:].strip()
        ok = False
        for token in self._encoded:
            ok |= hmac.compare_digest(token, candidate)
        return ok
