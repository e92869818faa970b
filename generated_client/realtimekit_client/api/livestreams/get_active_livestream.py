from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.error_envelope import ErrorEnvelope
from ...models.livestream_envelope import LivestreamEnvelope
from ...types import Response, status_of

_OPERATION = "get_active_livestream"


def _get_kwargs(
    account_id: str,
    app_id: str,
    meeting_id: UUID | str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/accounts/{path_segment(account_id)}/realtime/kit/{path_segment(app_id)}/meetings/{path_segment(meeting_id)}/active-livestream",
    }

    return _kwargs


def _parse_success(response: httpx.Response) -> LivestreamEnvelope:
    """The body of a 2xx response as its documented model; errors.ResponseParseError if it is not."""
    try:
        response_200 = LivestreamEnvelope.from_dict(response.json())

        return response_200

    except errors.PARSE_ERRORS as exc:
        raise errors.ResponseParseError.for_response(_OPERATION, response, exc) from exc


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LivestreamEnvelope | None:
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
) -> Response[ErrorEnvelope | LivestreamEnvelope]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    meeting_id: UUID | str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | LivestreamEnvelope]:
    """Fetch the active livestream of a meeting

     Returns the meeting's livestream that is `INVOKED` or `LIVE`, with its `stream_key`, or 404 `No
    active livestream found for meeting_id <id>`.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID):

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | LivestreamEnvelope]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    app_id: str,
    meeting_id: UUID | str,
    *,
    client: AuthenticatedClient,
) -> LivestreamEnvelope:
    """Fetch the active livestream of a meeting

     Returns the meeting's livestream that is `INVOKED` or `LIVE`, with its `stream_key`, or 404 `No
    active livestream found for meeting_id <id>`.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID):

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        LivestreamEnvelope
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
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
    meeting_id: UUID | str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | LivestreamEnvelope]:
    """Fetch the active livestream of a meeting

     Returns the meeting's livestream that is `INVOKED` or `LIVE`, with its `stream_key`, or 404 `No
    active livestream found for meeting_id <id>`.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID):

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | LivestreamEnvelope]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    app_id: str,
    meeting_id: UUID | str,
    *,
    client: AuthenticatedClient,
) -> LivestreamEnvelope:
    """Fetch the active livestream of a meeting

     Returns the meeting's livestream that is `INVOKED` or `LIVE`, with its `stream_key`, or 404 `No
    active livestream found for meeting_id <id>`.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID):

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        LivestreamEnvelope
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.RequestError as exc:
        raise errors.request_error(_OPERATION, exc) from exc
    if 200 <= response.status_code <= 299:
        return _parse_success(response)
    raise errors.error_for_response(_OPERATION, response)
