"""HTTP clients, their timeouts and the retrying transports they send through.

Retry policy (see `RetryPolicy`): a request is sent again, up to `max_retries` times (default 2,
so at most 3 attempts), when

- the method is idempotent (GET, HEAD, OPTIONS, PUT, DELETE, TRACE) and the response is 408,
  429 or any 5xx, or the request failed with a connection, timeout or protocol error;
- the method is not idempotent (POST, PATCH) only when the request certainly was not processed:
  the connection could not be made (connect error or timeout, pool timeout), 429, 503 with a
  Retry-After header, or one of Cloudflare's 521, 522, 523 and 525 (the edge could not reach
  the origin).

The wait before retry n (n = 0, 1, ...) is the Retry-After header (seconds or an HTTP date) when
there is one, else min(initial_backoff * 2**n, max_backoff) times a random factor in (0.5, 1].
A Retry-After longer than `max_retry_after` (default 60 s) is not waited for: the response is
returned (and sync()/asyncio() raise it as an error carrying `retry_after`).
"""

import logging
import random
import re
import ssl
import time
import urllib.parse
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, Self

import anyio
import httpx
from attrs import Factory, define, evolve, field, frozen

from .errors import parse_retry_after

logger = logging.getLogger("realtimekit_client")

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
"""The production API root; the spec's `servers` entry."""
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""Connect 5 s; read, write and pool 30 s. Each attempt gets the full timeout."""
DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt, so 3 attempts at most."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
"""Methods sent again after any retryable failure."""
UNREACHED_ORIGIN_STATUSES = frozenset({521, 522, 523, 525})
"""Cloudflare statuses meaning the edge never reached the origin, so nothing was processed."""
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")
# A path made of non-empty segments of unreserved characters (and valid percent escapes), none
# starting with "." (so no "." or ".." segment): httpx's URL parser would leave it unchanged.
_PLAIN_PATH = re.compile(r"(?:/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)+")
_PLAIN_ESCAPED_PATH = re.compile(r"(?:/(?:[A-Za-z0-9_~-]|%[0-9A-Fa-f]{2})(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})*)+")


def path_segment(value: object) -> str:
    """`value` as one percent-encoded path segment: `urllib.parse.quote(str(value), safe="")`."""
    text = str(value)
    return text if _UNRESERVED.fullmatch(text) else urllib.parse.quote(text, safe="")


def _parse_prefix(prefix: str) -> httpx.URL | None:
    """The parsed base URL that `_join` extends, or None when it cannot be extended safely."""
    try:
        url = httpx.URL(prefix)
        reference = url._uri_reference
        if url.query or url.fragment or not url.is_absolute_url or not hasattr(reference, "_replace"):
            return None
    except (httpx.InvalidURL, AttributeError, TypeError):
        return None
    return url


def _join(base: httpx.URL, path: str) -> httpx.URL | None:
    """base + a plain path as an httpx.URL equal to parsing the joined string; None if not plain."""
    if not (_PLAIN_PATH.fullmatch(path) or ("%" in path and _PLAIN_ESCAPED_PATH.fullmatch(path))):
        return None
    url = httpx.URL(base)  # shares the parsed reference; the next line replaces it
    reference = base._uri_reference
    url._uri_reference = reference._replace(path=reference.path + path)
    return url


# Connection failures that happen before any byte of the request is sent.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures after which the server may or may not have processed the request.
_MAYBE_SENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError)


@frozen
class RetryPolicy:
    """How long to wait between attempts; `max_retries` on the client says how many.

    `sleep` / `async_sleep` do the waiting (replace them to observe or skip the waits).
    """

    initial_backoff: float = 0.5
    """Base wait before the first retry when the response gives no Retry-After, in seconds."""
    max_backoff: float = 8.0
    """Upper bound of the exponential backoff, in seconds."""
    max_retry_after: float = 60.0
    """A longer Retry-After is not waited for; the response is returned as it is."""
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=anyio.sleep, repr=False)

    def backoff(self, retries: int) -> float:
        """The jittered exponential wait before retry number `retries` (counted from 0)."""
        base = min(self.initial_backoff * 2.0**retries, self.max_backoff)
        return base * (1.0 - 0.5 * random.random())

    def delay_after_response(self, request: httpx.Request, response: httpx.Response, retries: int) -> float | None:
        """Seconds to wait before sending `request` again after `response`; None: do not."""
        status = response.status_code
        if status < 500 and status != 429 and status != 408:
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if request.method not in IDEMPOTENT_METHODS and not (
            status == 429 or status in UNREACHED_ORIGIN_STATUSES or (status == 503 and retry_after is not None)
        ):
            return None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        return self.backoff(retries)

    def delay_after_error(self, request: httpx.Request, exc: httpx.TransportError, retries: int) -> float | None:
        """Seconds to wait before sending `request` again after a transport error; None: do not."""
        if isinstance(exc, _NOT_SENT_ERRORS):
            return self.backoff(retries)
        if request.method in IDEMPOTENT_METHODS and isinstance(exc, _MAYBE_SENT_ERRORS):
            return self.backoff(retries)
        return None


def _replayable(request: httpx.Request) -> bool:
    """Whether the request body can be sent again (bodies built from bytes or JSON can)."""
    return isinstance(request.stream, httpx.ByteStream)


def _log_retry(request: httpx.Request, cause: str, delay: float, retry: int, max_retries: int) -> None:
    # Method and path only: headers (and so the token) are never logged.
    logger.info(
        "Retrying %s %s in %.2f s after %s (retry %d of %d)",
        request.method,
        request.url.path,
        delay,
        cause,
        retry,
        max_retries,
    )


class RetryTransport(httpx.BaseTransport):
    """A sync transport that retries through `transport` following `policy` (see the module doc)."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.transport = transport
        self.max_retries = max_retries
        self.policy = policy if policy is not None else RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        transport = self.transport
        max_retries = self.max_retries
        retries = 0
        while True:
            try:
                response = transport.handle_request(request)
            except httpx.TransportError as exc:
                if retries >= max_retries or not _replayable(request):
                    raise
                delay = self.policy.delay_after_error(request, exc, retries)
                if delay is None:
                    raise
                _log_retry(request, type(exc).__name__, delay, retries + 1, max_retries)
            else:
                if response.status_code < 408 or retries >= max_retries or not _replayable(request):
                    return response
                delay = self.policy.delay_after_response(request, response, retries)
                if delay is None:
                    return response
                try:
                    response.read()
                except httpx.DecodingError:
                    pass  # the body is dropped anyway; a retry may get a readable one
                finally:
                    response.close()
                _log_retry(request, f"status {response.status_code}", delay, retries + 1, max_retries)
            self.policy.sleep(delay)
            retries += 1

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of RetryTransport."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        max_retries: int = DEFAULT_MAX_RETRIES,
        policy: RetryPolicy | None = None,
    ) -> None:
        self.transport = transport
        self.max_retries = max_retries
        self.policy = policy if policy is not None else RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self.transport
        max_retries = self.max_retries
        retries = 0
        while True:
            try:
                response = await transport.handle_async_request(request)
            except httpx.TransportError as exc:
                if retries >= max_retries or not _replayable(request):
                    raise
                delay = self.policy.delay_after_error(request, exc, retries)
                if delay is None:
                    raise
                _log_retry(request, type(exc).__name__, delay, retries + 1, max_retries)
            else:
                if response.status_code < 408 or retries >= max_retries or not _replayable(request):
                    return response
                delay = self.policy.delay_after_response(request, response, retries)
                if delay is None:
                    return response
                try:
                    await response.aread()
                except httpx.DecodingError:
                    pass  # the body is dropped anyway; a retry may get a readable one
                finally:
                    await response.aclose()
                _log_retry(request, f"status {response.status_code}", delay, retries + 1, max_retries)
            await self.policy.async_sleep(delay)
            retries += 1

    async def aclose(self) -> None:
        await self.transport.aclose()


# httpx.Client arguments that configure the transport it would build itself; used for the
# default inner transport since a client given a transport ignores them.
_TRANSPORT_ARGS = (
    "cert",
    "http1",
    "http2",
    "limits",
    "proxy",
    "trust_env",
    "retries",
    "local_address",
    "uds",
    "socket_options",
)


def _environment_proxy(url: str) -> str | None:
    """The proxy the environment (HTTPS_PROXY, ALL_PROXY, NO_PROXY...) sets for `url`."""
    parts = urllib.parse.urlsplit(url)
    if not parts.hostname or urllib.request.proxy_bypass(parts.hostname):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(parts.scheme) or proxies.get("all")


def _split_httpx_args(
    base_url: str, verify: str | bool | ssl.SSLContext, httpx_args: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split httpx_args into (client kwargs, kwargs of the default inner transport)."""
    client_args = {k: v for k, v in httpx_args.items() if k not in _TRANSPORT_ARGS and k != "transport"}
    transport_args = {k: v for k, v in httpx_args.items() if k in _TRANSPORT_ARGS}
    transport_args["verify"] = verify
    if "trust_env" in httpx_args:
        client_args["trust_env"] = httpx_args["trust_env"]
    if transport_args.get("proxy") is None and transport_args.get("trust_env", True):
        transport_args["proxy"] = _environment_proxy(base_url)
    return client_args, transport_args


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL
        (production: ``DEFAULT_BASE_URL``).

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: An httpx.Timeout or seconds; default ``DEFAULT_TIMEOUT`` (connect 5 s, read/write/pool 30 s);
        None disables timeouts. API functions raise errors.ApiTimeoutError (sync/asyncio) or
        httpx.TimeoutException (*_detailed) when it is exceeded on the last attempt.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``max_retries``: Retries after the first attempt, default 2; 0 disables retries.

        ``retry_policy``: A RetryPolicy (backoff, Retry-After cap).

        ``transport`` / ``async_transport``: The innermost sync / async httpx transport (e.g. an
        httpx.MockTransport); the retrying transport wraps it. A ``transport`` in ``httpx_args`` is used for
        whichever of the two it supports.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    """Whether the *_detailed functions raise errors.UnexpectedStatus for a status code the OpenAPI document
    does not list. sync() and asyncio() raise an errors.ApiError for every non-2xx status regardless."""
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    """Retries after the first attempt (0 disables retrying)."""
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    """Backoff and Retry-After handling of the retries."""
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport")
    _async_transport: httpx.AsyncBaseTransport | None = field(default=None, kw_only=True, alias="async_transport")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _url_prefix: str = field(
        default=Factory(lambda self: self._base_url.rstrip("/"), takes_self=True), init=False, repr=False
    )
    _parsed_prefix: tuple[str, httpx.URL | None] | None = field(default=None, init=False, repr=False)

    def with_headers(self, headers: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "Client":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "Client":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def url_for(self, path: str) -> str:
        """The absolute URL of an API path such as ``/accounts/...``."""
        return self._url_prefix + path

    def request_url(self, path: str) -> httpx.URL | str:
        """`url_for(path)` as httpx would parse it; built from the base URL parsed once when the
        path is plain (unreserved characters and percent escapes), else the string itself."""
        prefix = self._url_prefix
        parsed = self._parsed_prefix
        if parsed is None or parsed[0] != prefix:
            parsed = self._parsed_prefix = (prefix, _parse_prefix(prefix))
        if parsed[1] is not None:
            url = _join(parsed[1], path)
            if url is not None:
                return url
        return prefix + path

    def _all_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout
        and retries (install a RetryTransport in it to keep them). Its base_url is used.
        """
        self._client = client
        self._url_prefix = str(client.base_url).rstrip("/")
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            client_args, transport_args = _split_httpx_args(self._base_url, self._verify_ssl, self._httpx_args)
            inner = self._transport if self._transport is not None else self._httpx_args.get("transport")
            if inner is None:
                inner = httpx.HTTPTransport(**transport_args)
            elif not isinstance(inner, httpx.BaseTransport):
                raise TypeError("httpx_args['transport'] is not a sync transport: pass transport= instead")
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=RetryTransport(inner, max_retries=self.max_retries, policy=self.retry_policy),
                **client_args,
            )
        return self._client

    def close(self) -> None:
        """Close the underlying httpx.Client, if one was built."""
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout
        and retries (install an AsyncRetryTransport in it to keep them). Its base_url is used.
        """
        self._async_client = async_client
        self._url_prefix = str(async_client.base_url).rstrip("/")
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            client_args, transport_args = _split_httpx_args(self._base_url, self._verify_ssl, self._httpx_args)
            inner = self._async_transport if self._async_transport is not None else self._httpx_args.get("transport")
            if inner is None:
                inner = httpx.AsyncHTTPTransport(**transport_args)
            elif not isinstance(inner, httpx.AsyncBaseTransport):
                raise TypeError("httpx_args['transport'] is not an async transport: pass async_transport= instead")
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=AsyncRetryTransport(inner, max_retries=self.max_retries, policy=self.retry_policy),
                **client_args,
            )
        return self._async_client

    async def aclose(self) -> None:
        """Close the underlying httpx.AsyncClient, if one was built."""
        if self._async_client is not None:
            await self._async_client.aclose()

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient:
    """A Client which has been authenticated for use on secured endpoints

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL
        (production: ``DEFAULT_BASE_URL``).

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: An httpx.Timeout or seconds; default ``DEFAULT_TIMEOUT`` (connect 5 s, read/write/pool 30 s);
        None disables timeouts. API functions raise errors.ApiTimeoutError (sync/asyncio) or
        httpx.TimeoutException (*_detailed) when it is exceeded on the last attempt.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``max_retries``: Retries after the first attempt, default 2; 0 disables retries.

        ``retry_policy``: A RetryPolicy (backoff, Retry-After cap).

        ``transport`` / ``async_transport``: The innermost sync / async httpx transport (e.g. an
        httpx.MockTransport); the retrying transport wraps it. A ``transport`` in ``httpx_args`` is used for
        whichever of the two it supports.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.

        ``token``: The API token, sent as ``Authorization: Bearer <token>``; never shown by repr.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    """Whether the *_detailed functions raise errors.UnexpectedStatus for a status code the OpenAPI document
    does not list. sync() and asyncio() raise an errors.ApiError for every non-2xx status regardless."""
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    """Retries after the first attempt (0 disables retrying)."""
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    """Backoff and Retry-After handling of the retries."""
    _transport: httpx.BaseTransport | None = field(default=None, kw_only=True, alias="transport")
    _async_transport: httpx.AsyncBaseTransport | None = field(default=None, kw_only=True, alias="async_transport")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)
    _url_prefix: str = field(
        default=Factory(lambda self: self._base_url.rstrip("/"), takes_self=True), init=False, repr=False
    )
    _parsed_prefix: tuple[str, httpx.URL | None] | None = field(default=None, init=False, repr=False)

    token: str = field(repr=False)
    """The token to use for authentication"""
    prefix: str = "Bearer"
    """The prefix to use for the Authorization header"""
    auth_header_name: str = "Authorization"
    """The name of the Authorization header"""

    def with_headers(self, headers: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> "AuthenticatedClient":
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> "AuthenticatedClient":
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def url_for(self, path: str) -> str:
        """The absolute URL of an API path such as ``/accounts/...``."""
        return self._url_prefix + path

    def request_url(self, path: str) -> httpx.URL | str:
        """`url_for(path)` as httpx would parse it; built from the base URL parsed once when the
        path is plain (unreserved characters and percent escapes), else the string itself."""
        prefix = self._url_prefix
        parsed = self._parsed_prefix
        if parsed is None or parsed[0] != prefix:
            parsed = self._parsed_prefix = (prefix, _parse_prefix(prefix))
        if parsed[1] is not None:
            url = _join(parsed[1], path)
            if url is not None:
                return url
        return prefix + path

    def _all_headers(self) -> dict[str, str]:
        return {**self._headers, self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout
        and retries (install a RetryTransport in it to keep them). Its base_url is used.
        """
        self._client = client
        self._url_prefix = str(client.base_url).rstrip("/")
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            client_args, transport_args = _split_httpx_args(self._base_url, self._verify_ssl, self._httpx_args)
            inner = self._transport if self._transport is not None else self._httpx_args.get("transport")
            if inner is None:
                inner = httpx.HTTPTransport(**transport_args)
            elif not isinstance(inner, httpx.BaseTransport):
                raise TypeError("httpx_args['transport'] is not a sync transport: pass transport= instead")
            self._client = httpx.Client(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=RetryTransport(inner, max_retries=self.max_retries, policy=self.retry_policy),
                **client_args,
            )
        return self._client

    def close(self) -> None:
        """Close the underlying httpx.Client, if one was built."""
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout
        and retries (install an AsyncRetryTransport in it to keep them). Its base_url is used.
        """
        self._async_client = async_client
        self._url_prefix = str(async_client.base_url).rstrip("/")
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            client_args, transport_args = _split_httpx_args(self._base_url, self._verify_ssl, self._httpx_args)
            inner = self._async_transport if self._async_transport is not None else self._httpx_args.get("transport")
            if inner is None:
                inner = httpx.AsyncHTTPTransport(**transport_args)
            elif not isinstance(inner, httpx.AsyncBaseTransport):
                raise TypeError("httpx_args['transport'] is not an async transport: pass async_transport= instead")
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url,
                cookies=self._cookies,
                headers=self._all_headers(),
                timeout=self._timeout,
                verify=self._verify_ssl,
                follow_redirects=self._follow_redirects,
                transport=AsyncRetryTransport(inner, max_retries=self.max_retries, policy=self.retry_policy),
                **client_args,
            )
        return self._async_client

    async def aclose(self) -> None:
        """Close the underlying httpx.AsyncClient, if one was built."""
        if self._async_client is not None:
            await self._async_client.aclose()

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


class Scope(Protocol):
    """What the bound resources (e.g. api.meetings.Meetings) need: a client and the ids of the path."""

    @property
    def client(self) -> AuthenticatedClient: ...

    @property
    def account_id(self) -> str: ...

    @property
    def app_id(self) -> str: ...


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "IDEMPOTENT_METHODS",
    "UNREACHED_ORIGIN_STATUSES",
    "AsyncRetryTransport",
    "AuthenticatedClient",
    "Client",
    "RetryPolicy",
    "RetryTransport",
    "Scope",
]
