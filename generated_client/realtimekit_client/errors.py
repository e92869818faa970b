"""Errors raised by the client.

Every error derives from `RealtimeKitError`:

- `ApiError`: the API answered with a non-2xx status. Subclasses by status: 400
  `BadRequestError`, 401 `AuthenticationError`, 403 `PermissionDeniedError`, 404 `NotFoundError`,
  409 `ConflictError`, 422 `UnprocessableEntityError`, 429 `RateLimitError`, 5xx `ServerError`.
- `ResponseParseError`: a 2xx response whose body is not the documented JSON.
- `ApiConnectionError` / `ApiTimeoutError`: no response (after the retries).
- `ConfigurationError`: a missing setting (token, account id, app id).
- `UnexpectedStatus`: an undocumented status in the `*_detailed` functions, when
  `raise_on_unexpected_status` is set.
"""

import email.utils
import json
import time
from typing import Any

import httpx
from attrs import frozen

# What a generated from_dict raises on a body of the wrong shape; json.JSONDecodeError and
# UnicodeDecodeError are ValueErrors; the json module raises RecursionError for a body nested
# deeper than the interpreter's recursion limit.
PARSE_ERRORS: tuple[type[Exception], ...] = (ValueError, TypeError, KeyError, AttributeError, RecursionError)


class RealtimeKitError(Exception):
    """Base class of every error this package raises."""


class ConfigurationError(RealtimeKitError):
    """A required setting is missing or invalid; the message names the setting."""


@frozen
class ErrorItem:
    """One error reported by the API.

    Built from RealtimeKit's `{"error": {"code", "message"}}` and from each entry of Cloudflare's
    `{"errors": [{"code", "message", "documentation_url", "source": {"pointer"}}]}` alike.
    """

    code: int | None
    message: str
    documentation_url: str | None = None
    pointer: str | None = None

    @classmethod
    def from_json(cls, data: object) -> "ErrorItem | None":
        """An ErrorItem from one decoded error object; None if it is not an object."""
        if not isinstance(data, dict):
            return None
        code = data.get("code")
        message = data.get("message")
        source = data.get("source")
        pointer = source.get("pointer") if isinstance(source, dict) else None
        url = data.get("documentation_url")
        return cls(
            code=code if isinstance(code, int) and not isinstance(code, bool) else None,
            message=message if isinstance(message, str) else "",
            documentation_url=url if isinstance(url, str) else None,
            pointer=pointer if isinstance(pointer, str) else None,
        )


def error_items(body: object) -> list[ErrorItem]:
    """Every error a decoded error body reports: its `error` object, then its `errors` list."""
    if not isinstance(body, dict):
        return []
    items: list[ErrorItem] = []
    single = ErrorItem.from_json(body.get("error"))
    if single is not None:
        items.append(single)
    many = body.get("errors")
    if isinstance(many, list):
        for entry in many:
            item = ErrorItem.from_json(entry)
            if item is not None:
                items.append(item)
    return items


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait according to a Retry-After value (delay-seconds or an HTTP date).

    None when the value is absent or unreadable; a date in the past gives 0.
    """
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    return max(seconds, 0.0)


# Reason phrases of Cloudflare's own statuses, which the http module does not know.
CLOUDFLARE_REASONS: dict[int, str] = {
    520: "Web Server Returned an Unknown Error",
    521: "Web Server Is Down",
    522: "Connection Timed Out",
    523: "Origin Is Unreachable",
    524: "A Timeout Occurred",
    525: "SSL Handshake Failed",
    526: "Invalid SSL Certificate",
    527: "Railgun Error",
    530: "Origin Error",
}


def _request_line(response: httpx.Response) -> tuple[str, str]:
    """Method and URL (without query) of the request a response answers, if known."""
    try:
        request = response.request
    except RuntimeError:
        return "", ""
    return request.method, str(request.url.copy_with(query=None))


class ApiError(RealtimeKitError):
    """The API answered with a non-2xx status.

    Attributes:
        operation: the operationId of the call, e.g. ``"get_meeting"``.
        status: the HTTP status code.
        errors: every error the body reports (`ErrorItem`), possibly empty.
        error: the first of them, or None.
        code, message: ``error.code`` / ``error.message`` (message falls back to the reason phrase).
        request_id: the ``cf-ray`` response header, to quote to Cloudflare support.
        retry_after: seconds from a ``Retry-After`` header, if any.
        body: the decoded JSON body, else its text, else None.
        content: the raw body bytes.
        headers: the response headers (request headers are not kept).
        method, url: the request's method and URL without query.
    """

    def __init__(
        self,
        *,
        operation: str,
        status: int,
        errors: list[ErrorItem],
        body: Any,
        content: bytes,
        headers: httpx.Headers,
        method: str = "",
        url: str = "",
    ) -> None:
        self.operation = operation
        self.status = status
        self.errors = errors
        self.error = errors[0] if errors else None
        self.code = self.error.code if self.error is not None else None
        self.body = body
        self.content = content
        self.headers = headers
        self.method = method
        self.url = url
        self.request_id: str | None = headers.get("cf-ray")
        self.retry_after = parse_retry_after(headers.get("retry-after"))
        reason = httpx.codes.get_reason_phrase(status) or CLOUDFLARE_REASONS.get(status, "")
        detail = self.error.message if self.error is not None and self.error.message else ""
        self.message = detail or reason or f"HTTP {status}"
        text = f"{operation} failed: {status}{' ' + reason if reason else ''}"
        if detail:
            text += f": {detail}"
        if self.code is not None and self.code != status:
            text += f" (code {self.code})"
        if self.request_id:
            text += f" [cf-ray {self.request_id}]"
        super().__init__(text)

    @property
    def status_code(self) -> int:
        """Alias of `status`."""
        return self.status


class BadRequestError(ApiError):
    """400: the request is malformed or does not match the schema."""


class AuthenticationError(ApiError):
    """401: the API token is missing or not valid."""


class PermissionDeniedError(ApiError):
    """403: the API token lacks a permission for this account."""


class NotFoundError(ApiError):
    """404: the path, meeting or participant does not exist."""


class ConflictError(ApiError):
    """409: the request conflicts with the current state (e.g. a duplicate participant id)."""


class UnprocessableEntityError(ApiError):
    """422: the request is well formed but cannot be carried out."""


class RateLimitError(ApiError):
    """429: rate limited; `retry_after` says for how long, when the server said so."""


class ServerError(ApiError):
    """5xx, including Cloudflare's 520-530."""


STATUS_ERRORS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_response(operation: str, response: httpx.Response) -> ApiError:
    """The typed error for a non-2xx response of `operation` (the body must have been read)."""
    status = response.status_code
    cls = STATUS_ERRORS.get(status) or (ServerError if status >= 500 else ApiError)
    content = response.content
    body: Any = None
    if content:
        try:
            body = json.loads(content)
        except (ValueError, RecursionError):
            body = content.decode("utf-8", errors="replace")
    method, url = _request_line(response)
    return cls(
        operation=operation,
        status=status,
        errors=error_items(body),
        body=body,
        content=content,
        headers=response.headers,
        method=method,
        url=url,
    )


class ResponseParseError(RealtimeKitError):
    """A 2xx response whose body is not the JSON the spec documents for `operation`.

    Attributes: operation, status, content (raw body), reason (what did not parse), request_id.
    """

    def __init__(
        self,
        operation: str,
        reason: str,
        *,
        status: int | None = None,
        content: bytes = b"",
        request_id: str | None = None,
    ) -> None:
        self.operation = operation
        self.reason = reason
        self.status = status
        self.content = content
        self.request_id = request_id
        text = f"{operation}: the response{f' ({status})' if status else ''} could not be parsed: {reason}"
        if request_id:
            text += f" [cf-ray {request_id}]"
        super().__init__(text)

    @classmethod
    def for_response(cls, operation: str, response: httpx.Response, exc: BaseException) -> "ResponseParseError":
        """The error for a 2xx `response` whose parsing raised `exc`."""
        if isinstance(exc, ValueError) and not response.content.strip():
            reason = "the body is empty"
        elif isinstance(exc, json.JSONDecodeError | UnicodeDecodeError):
            reason = f"the body is not JSON ({exc})"
        elif isinstance(exc, KeyError):
            reason = f"required property {exc} is missing"
        elif isinstance(exc, RecursionError):
            reason = "the body is nested too deeply to decode"
        else:
            reason = f"{type(exc).__name__}: {exc}"
        return cls(
            operation,
            reason,
            status=response.status_code,
            content=response.content,
            request_id=response.headers.get("cf-ray"),
        )


class ApiConnectionError(RealtimeKitError):
    """No response was received (after the retries): connection refused, reset, DNS, TLS...

    Attributes: operation, method, url (without query). The httpx exception is the __cause__.
    """

    def __init__(self, operation: str, method: str, url: str, detail: str) -> None:
        self.operation = operation
        self.method = method
        self.url = url
        super().__init__(f"{operation} failed: {method} {url}: {detail}")


class ApiTimeoutError(ApiConnectionError):
    """A connect, read, write or pool timeout (after the retries)."""


def connection_error(operation: str, exc: httpx.TransportError) -> ApiConnectionError:
    """The typed error for a transport failure of `operation`."""
    try:
        request = exc.request
        method, url = request.method, str(request.url.copy_with(query=None))
    except RuntimeError:
        method, url = "", ""
    cls = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else ApiConnectionError
    return cls(operation, method, url, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)


def request_error(operation: str, exc: httpx.RequestError) -> RealtimeKitError:
    """The typed error for an httpx failure of `operation` before a response could be returned.

    A body that cannot be decoded as its Content-Encoding says (httpx.DecodingError) is a
    ResponseParseError (its status is not known); any other failure, a connection error.
    """
    if isinstance(exc, httpx.DecodingError):
        return ResponseParseError(operation, f"the body could not be decoded ({exc})")
    if isinstance(exc, httpx.TransportError):
        return connection_error(operation, exc)
    try:
        request = exc.request
        method, url = request.method, str(request.url.copy_with(query=None))
    except RuntimeError:
        method, url = "", ""
    return ApiConnectionError(operation, method, url, f"{type(exc).__name__}: {exc}")


class UnexpectedStatus(RealtimeKitError):
    """Raised by the *_detailed functions for an undocumented status code when
    Client.raise_on_unexpected_status is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = [
    "CLOUDFLARE_REASONS",
    "PARSE_ERRORS",
    "STATUS_ERRORS",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorItem",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeKitError",
    "ResponseParseError",
    "ServerError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "connection_error",
    "error_for_response",
    "error_items",
    "parse_retry_after",
    "request_error",
]
