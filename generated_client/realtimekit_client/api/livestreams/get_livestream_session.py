from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.error_envelope import ErrorEnvelope
from ...models.livestream_session_envelope import LivestreamSessionEnvelope
from ...types import Response, status_of

_OPERATION = "get_livestream_session"


def _get_kwargs(
    account_id: str,
    app_id: str,
    livestream_session_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/accounts/{path_segment(account_id)}/realtime/kit/{path_segment(app_id)}/livestreams/sessions/{path_segment(livestream_session_id)}",
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> LivestreamSessionEnvelope:
    """The body of a 2xx response as its documented model; errors.ResponseParseError if it is not."""
    try:
        response_200 = LivestreamSessionEnvelope.from_dict(response.json())

        return response_200

    except errors.PARSE_ERRORS as exc:
        raise errors.ResponseParseError.for_response(_OPERATION, response, exc) from exc


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LivestreamSessionEnvelope | None:
    status = response.status_code
    if 200 <= status <= 299:
        return _parse_success(response)
    if status in (400, 401, 403, 404, 405, 415, 422, 429):
        try:
            response_400 = ErrorEnvelope.from_dict(response.json())

            return response_400

        except errors.PARSE_ERRORS:
            return None
    if 500 <= status <= 599:
        try:
            response_5xx = ErrorEnvelope.from_dict(response.json())

            return response_5xx

        except errors.PARSE_ERRORS:
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(status, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | LivestreamSessionEnvelope]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    livestream_session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | LivestreamSessionEnvelope]:
    """Fetch a livestream session

     Returns one livestream session (one period a livestream was `LIVE`): its times, the seconds streamed
    in and watched (integers here, as the official SDK types them). A literal `sessions` segment is
    never a livestream ID.

    Args:
        account_id (str):
        app_id (str):
        livestream_session_id (str):

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | LivestreamSessionEnvelope]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        livestream_session_id=livestream_session_id,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    app_id: str,
    livestream_session_id: str,
    *,
    client: AuthenticatedClient,
) -> LivestreamSessionEnvelope:
    """Fetch a livestream session

     Returns one livestream session (one period a livestream was `LIVE`): its times, the seconds streamed
    in and watched (integers here, as the official SDK types them). A literal `sessions` segment is
    never a livestream ID.

    Args:
        account_id (str):
        app_id (str):
        livestream_session_id (str):

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        LivestreamSessionEnvelope
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        livestream_session_id=livestream_session_id,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    try:
        response = client.get_httpx_client().request(**kwargs)
    except httpx.RequestError as exc:
        raise errors.request_error(_OPERATION, exc) from exc
    if 200 <= response.status_code <= 299:
        return _parse_success(response)
    raise errors.error_for_response(_OPERATION, response)


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    livestream_session_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | LivestreamSessionEnvelope]:
    """Fetch a livestream session

     Returns one livestream session (one period a livestream was `LIVE`): its times, the seconds streamed
    in and watched (integers here, as the official SDK types them). A literal `sessions` segment is
    never a livestream ID.

    Args:
        account_id (str):
        app_id (str):
        livestream_session_id (str):

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | LivestreamSessionEnvelope]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        livestream_session_id=livestream_session_id,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    app_id: str,
    livestream_session_id: str,
    *,
    client: AuthenticatedClient,
) -> LivestreamSessionEnvelope:
    """Fetch a livestream session

     Returns one livestream session (one period a livestream was `LIVE`): its times, the seconds streamed
    in and watched (integers here, as the official SDK types them). A literal `sessions` segment is
    never a livestream ID.

    Args:
        account_id (str):
        app_id (str):
        livestream_session_id (str):

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        LivestreamSessionEnvelope
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        livestream_session_id=livestream_session_id,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.RequestError as exc:
        raise errors.request_error(_OPERATION, exc) from exc
    if 200 <= response.status_code <= 299:
        return _parse_success(response)
    raise errors.error_for_response(_OPERATION, response)
