from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.error_envelope import ErrorEnvelope
from ...models.livestream_with_session_envelope import LivestreamWithSessionEnvelope
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "get_livestream"


def _get_kwargs(
    account_id: str,
    app_id: str,
    livestream_id: str,
    *,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_no"] = page_no

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/accounts/{path_segment(account_id)}/realtime/kit/{path_segment(app_id)}/livestreams/{path_segment(livestream_id)}",
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_success(response: httpx.Response) -> LivestreamWithSessionEnvelope:
    """The body of a 2xx response as its documented model; errors.ResponseParseError if it is not."""
    try:
        response_200 = LivestreamWithSessionEnvelope.from_dict(response.json())

        return response_200

    except errors.PARSE_ERRORS as exc:
        raise errors.ResponseParseError.for_response(_OPERATION, response, exc) from exc


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LivestreamWithSessionEnvelope | None:
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
) -> Response[ErrorEnvelope | LivestreamWithSessionEnvelope]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    livestream_id: str,
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
) -> Response[ErrorEnvelope | LivestreamWithSessionEnvelope]:
    """Fetch a livestream and its sessions

     Returns the livestream (without its `stream_key`) and, as the official SDK types it, one of its
    sessions: the first of the requested page, newest first, with `paging` counting them all (walk them
    with `per_page=1`); no `session` when the page is empty. Seconds are numbers here.

    Args:
        account_id (str):
        app_id (str):
        livestream_id (str):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | LivestreamWithSessionEnvelope]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        livestream_id=livestream_id,
        page_no=page_no,
        per_page=per_page,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    app_id: str,
    livestream_id: str,
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
) -> LivestreamWithSessionEnvelope:
    """Fetch a livestream and its sessions

     Returns the livestream (without its `stream_key`) and, as the official SDK types it, one of its
    sessions: the first of the requested page, newest first, with `paging` counting them all (walk them
    with `per_page=1`); no `session` when the page is empty. Seconds are numbers here.

    Args:
        account_id (str):
        app_id (str):
        livestream_id (str):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        LivestreamWithSessionEnvelope
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        livestream_id=livestream_id,
        page_no=page_no,
        per_page=per_page,
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
    livestream_id: str,
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
) -> Response[ErrorEnvelope | LivestreamWithSessionEnvelope]:
    """Fetch a livestream and its sessions

     Returns the livestream (without its `stream_key`) and, as the official SDK types it, one of its
    sessions: the first of the requested page, newest first, with `paging` counting them all (walk them
    with `per_page=1`); no `session` when the page is empty. Seconds are numbers here.

    Args:
        account_id (str):
        app_id (str):
        livestream_id (str):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | LivestreamWithSessionEnvelope]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        livestream_id=livestream_id,
        page_no=page_no,
        per_page=per_page,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    app_id: str,
    livestream_id: str,
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
) -> LivestreamWithSessionEnvelope:
    """Fetch a livestream and its sessions

     Returns the livestream (without its `stream_key`) and, as the official SDK types it, one of its
    sessions: the first of the requested page, newest first, with `paging` counting them all (walk them
    with `per_page=1`); no `session` when the page is empty. Seconds are numbers here.

    Args:
        account_id (str):
        app_id (str):
        livestream_id (str):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        LivestreamWithSessionEnvelope
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        livestream_id=livestream_id,
        page_no=page_no,
        per_page=per_page,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.RequestError as exc:
        raise errors.request_error(_OPERATION, exc) from exc
    if 200 <= response.status_code <= 299:
        return _parse_success(response)
    raise errors.error_for_response(_OPERATION, response)
