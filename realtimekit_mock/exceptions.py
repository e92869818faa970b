"""The errors the emulator answers with, one class per kind.

Every error becomes the spec's ``ErrorEnvelope``,
``{"success": false, "error": {"code", "message"}}``,
where ``code`` is the HTTP status::

    EmulatorError
     +-- BadRequest (400)            malformed request, schema violation
     +-- Unauthorized (401)          missing or unknown API token
     +-- NotFound (404)              unknown route
     |    +-- MeetingNotFound
     |    +-- ParticipantNotFound
     +-- MethodNotAllowed (405)      known path, other method; carries ``Allow``
     +-- Conflict (409)              duplicate ``custom_participant_id``
     +-- PayloadTooLarge (413)       body over the size limit
     +-- UnsupportedMediaType (415)  body not ``application/json``
     +-- UnprocessableEntity (422)   well-formed but impossible (no operation needs it today)
     +-- TooManyRequests (429)       rate limited; carries ``Retry-After``
     +-- ServerError (500, or the status given)
"""

from __future__ import annotations

__all__ = [
    "BadRequest",
    "Conflict",
    "EmulatorError",
    "MeetingNotFound",
    "MethodNotAllowed",
    "NotFound",
    "ParticipantNotFound",
    "PayloadTooLarge",
    "ServerError",
    "TooManyRequests",
    "Unauthorized",
    "UnprocessableEntity",
    "UnsupportedMediaType",
]


class EmulatorError(Exception):
    """Base class: an HTTP status, the envelope's code and message, extra headers."""

    status = 500

    def __init__(self, message: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers or {}

    @property
    def code(self) -> int:
        """The envelope's ``error.code``: the HTTP status."""
        return self.status

    def envelope(self) -> dict[str, object]:
        """The ``ErrorEnvelope`` body."""
        return {"success": False, "error": {"code": self.status, "message": self.message}}


class BadRequest(EmulatorError):
    """The request is malformed or does not match the schema."""

    status = 400


class Unauthorized(EmulatorError):
    """The API token is missing or not accepted."""

    status = 401

    def __init__(self, message: str = "Missing or invalid API token") -> None:
        super().__init__(message, headers={"WWW-Authenticate": "Bearer"})


class NotFound(EmulatorError):
    """The path does not exist."""

    status = 404


class MeetingNotFound(NotFound):
    """No meeting with this ID in this account and app."""

    def __init__(self, meeting_id: str) -> None:
        super().__init__(f"Meeting not found: {meeting_id}")


class ParticipantNotFound(NotFound):
    """No participant with this ID in this meeting."""

    def __init__(self, participant_id: str) -> None:
        super().__init__(f"Participant not found: {participant_id}")


class MethodNotAllowed(EmulatorError):
    """The path exists but does not support the method."""

    status = 405

    def __init__(self, method: str, allowed: list[str]) -> None:
        listed = ", ".join(allowed)
        super().__init__(
            f"Method {method} not allowed; allowed methods are {listed}",
            headers={"Allow": listed},
        )


class Conflict(EmulatorError):
    """A participant with this ``custom_participant_id`` already exists in the meeting."""

    status = 409

    def __init__(self, custom_participant_id: str) -> None:
        super().__init__(
            f"custom_participant_id: {custom_participant_id} already exists in this meeting"
        )


class PayloadTooLarge(EmulatorError):
    """The request body is larger than the emulator accepts."""

    status = 413

    def __init__(self, limit: int) -> None:
        super().__init__(f"Request body is larger than {limit} bytes")


class UnsupportedMediaType(EmulatorError):
    """The request body is not ``application/json``."""

    status = 415

    def __init__(self, got: str | None) -> None:
        super().__init__(f"Content-Type must be application/json, got {got or 'none'}")


class UnprocessableEntity(EmulatorError):
    """The request is well formed but cannot be carried out."""

    status = 422


class TooManyRequests(EmulatorError):
    """Rate limited; retry after the time given."""

    status = 429

    def __init__(self, retry_after: str) -> None:
        unit = "second" if retry_after == "1" else "seconds"
        super().__init__(
            f"Too many requests; retry after {retry_after} {unit}",
            headers={"Retry-After": retry_after},
        )


class ServerError(EmulatorError):
    """The server failed (any 5xx, including Cloudflare's 52x statuses)."""

    status = 500

    def __init__(self, message: str = "Internal server error", *, status: int = 500) -> None:
        super().__init__(message)
        self.status = status
