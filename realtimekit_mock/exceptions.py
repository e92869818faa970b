"""The errors the emulator answers with, one class per kind of failure (not per resource).

Every error becomes the spec's ``ErrorEnvelope``,
``{"success": false, "error": {"code", "message"}}``, where ``code`` is the HTTP status::

    EmulatorError
     +-- BadRequest (400)            malformed request, schema violation
     +-- Unauthorized (401)          missing or unknown API token
     +-- NotFound (404)              no such record: NotFound("Meeting", id)
     |    +-- NoRoute                no such path
     +-- MethodNotAllowed (405)      known path, other method; carries ``Allow``
     +-- Conflict (409)              a unique property is taken: Conflict(message)
     +-- InvalidState (409)          not possible in the record's status
     +-- PayloadTooLarge (413)       body over the size limit
     +-- UnsupportedMediaType (415)  body not ``application/json``
     +-- UnprocessableEntity (422)   well-formed but impossible
     +-- TooManyRequests (429)       rate limited; carries ``Retry-After``
     +-- ServerError (500, or the status given)
"""

from __future__ import annotations

__all__ = [
    "BadRequest",
    "Conflict",
    "EmulatorError",
    "InvalidState",
    "MethodNotAllowed",
    "NoRoute",
    "NotFound",
    "PayloadTooLarge",
    "ServerError",
    "TooManyRequests",
    "Unauthorized",
    "UnprocessableEntity",
    "UnsupportedMediaType",
]


class EmulatorError(Exception):
    """Base class: an HTTP status, the envelope's message, extra headers."""

    status = 500

    def __init__(
        self, message: str, *, status: int | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        self.headers = headers or {}

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
    """No record of this kind with this id where it was looked for.

    The message is ``"<kind> not found: <id>"`` unless one is given.
    """

    status = 404

    def __init__(self, kind: str, record_id: str, *, message: str | None = None) -> None:
        super().__init__(message or f"{kind} not found: {record_id}")
        self.kind = kind
        self.record_id = record_id


class NoRoute(NotFound):
    """No operation has this path."""

    def __init__(self, path: str) -> None:
        super().__init__("Route", path, message=f"No route for {path[:200]}")


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
    """The request would duplicate something that must be unique."""

    status = 409


class InvalidState(EmulatorError):
    """The action is not possible while the record is in its current status."""

    status = 409

    def __init__(self, kind: str, status_value: str, action: str) -> None:
        super().__init__(f"{kind} is {status_value}: cannot {action}")
        self.kind = kind
        self.status_value = status_value
        self.action = action


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
        super().__init__(message, status=status)
