"""Join tokens: JWT-shaped, signed with a key made at start (the emulator never verifies them;
it looks them up)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

import orjson

__all__ = ["JoinTokens"]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


class JoinTokens:
    """Mints participant join tokens: HS256 over a per-process key, unique per call."""

    def __init__(self) -> None:
        self._key = secrets.token_bytes(32)

    def mint(self, meeting_id: str, participant_id: str, issued_at_s: int) -> str:
        """A new token for a participant of a meeting."""
        header = _b64(b'{"alg":"HS256","typ":"JWT"}')
        claims = {
            "sub": participant_id,
            "meeting_id": meeting_id,
            "iat": issued_at_s,
            "jti": secrets.token_hex(8),
        }
        payload = _b64(orjson.dumps(claims))
        signing_input = f"{header}.{payload}".encode()
        signature = hmac.new(self._key, signing_input, hashlib.sha256).digest()
        return f"{header}.{payload}.{_b64(signature)}"
