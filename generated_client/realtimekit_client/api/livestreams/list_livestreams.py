import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.error_envelope import ErrorEnvelope
from ...models.livestream_list_envelope import LivestreamListEnvelope
from ...models.livestream_sort_order import LivestreamSortOrder
from ...models.livestream_status import LivestreamStatus
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "list_livestreams"


def _get_kwargs(
    account_id: str,
    app_id: str,
    *,
    exclude_meetings: bool | Unset = False,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    sort_order: LivestreamSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: LivestreamStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["exclude_meetings"] = exclude_meetings

    params["page_no"] = page_no

    params["per_page"] = per_page

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order._value_

    params["sort_order"] = json_sort_order

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status._value_

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/accounts/{path_segment(account_id)}/realtime/kit/{path_segment(app_id)}/livestreams",
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_success(response: httpx.Response) -> LivestreamListEnvelope:
    """The body of a 2xx response as its documented model; errors.ResponseParseError if it is not."""
    try:
        response_200 = LivestreamListEnvelope.from_dict(response.json())

        return response_200

    except errors.PARSE_ERRORS as exc:
        raise errors.ResponseParseError.for_response(_OPERATION, response, exc) from exc


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LivestreamListEnvelope | None:
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
) -> Response[ErrorEnvelope | LivestreamListEnvelope]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    exclude_meetings: bool | Unset = False,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    sort_order: LivestreamSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: LivestreamStatus | Unset = UNSET,
) -> Response[ErrorEnvelope | LivestreamListEnvelope]:
    """List livestreams

     Lists the App's livestreams: independent ones (`create_livestream`) and those of meetings. As the
    official SDK types it, `data` is **one** livestream, the first of the requested page, with `paging`
    inside `data` counting every match: walk them all with `per_page=1`. Without a match `data` holds
    only `paging`. Newest first (`sort_order=DSC`, the default) or oldest first (`ASC`). No answer of
    this list carries a `stream_key`.

    Args:
        account_id (str):
        app_id (str):
        exclude_meetings (bool | Unset):  Default: False.
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        sort_order (LivestreamSortOrder | Unset): Oldest first (`ASC`) or newest first (`DSC`,
            spelled so upstream).
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (LivestreamStatus | Unset): Where a livestream is: `INVOKED` (a meeting's
            livestream starting) → `LIVE` (a stream is coming in) → `IDLE` (stopped, or an independent
            livestream waiting for a stream); `ERRORED` on failure. Webhook events say `LIVE` and
            `OFFLINE` instead.

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | LivestreamListEnvelope]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        exclude_meetings=exclude_meetings,
        page_no=page_no,
        per_page=per_page,
        sort_order=sort_order,
        start_time=start_time,
        end_time=end_time,
        status=status,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    exclude_meetings: bool | Unset = False,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    sort_order: LivestreamSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: LivestreamStatus | Unset = UNSET,
) -> LivestreamListEnvelope:
    """List livestreams

     Lists the App's livestreams: independent ones (`create_livestream`) and those of meetings. As the
    official SDK types it, `data` is **one** livestream, the first of the requested page, with `paging`
    inside `data` counting every match: walk them all with `per_page=1`. Without a match `data` holds
    only `paging`. Newest first (`sort_order=DSC`, the default) or oldest first (`ASC`). No answer of
    this list carries a `stream_key`.

    Args:
        account_id (str):
        app_id (str):
        exclude_meetings (bool | Unset):  Default: False.
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        sort_order (LivestreamSortOrder | Unset): Oldest first (`ASC`) or newest first (`DSC`,
            spelled so upstream).
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (LivestreamStatus | Unset): Where a livestream is: `INVOKED` (a meeting's
            livestream starting) → `LIVE` (a stream is coming in) → `IDLE` (stopped, or an independent
            livestream waiting for a stream); `ERRORED` on failure. Webhook events say `LIVE` and
            `OFFLINE` instead.

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        LivestreamListEnvelope
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        exclude_meetings=exclude_meetings,
        page_no=page_no,
        per_page=per_page,
        sort_order=sort_order,
        start_time=start_time,
        end_time=end_time,
        status=status,
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
    *,
    client: AuthenticatedClient,
    exclude_meetings: bool | Unset = False,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    sort_order: LivestreamSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: LivestreamStatus | Unset = UNSET,
) -> Response[ErrorEnvelope | LivestreamListEnvelope]:
    """List livestreams

     Lists the App's livestreams: independent ones (`create_livestream`) and those of meetings. As the
    official SDK types it, `data` is **one** livestream, the first of the requested page, with `paging`
    inside `data` counting every match: walk them all with `per_page=1`. Without a match `data` holds
    only `paging`. Newest first (`sort_order=DSC`, the default) or oldest first (`ASC`). No answer of
    this list carries a `stream_key`.

    Args:
        account_id (str):
        app_id (str):
        exclude_meetings (bool | Unset):  Default: False.
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        sort_order (LivestreamSortOrder | Unset): Oldest first (`ASC`) or newest first (`DSC`,
            spelled so upstream).
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (LivestreamStatus | Unset): Where a livestream is: `INVOKED` (a meeting's
            livestream starting) → `LIVE` (a stream is coming in) → `IDLE` (stopped, or an independent
            livestream waiting for a stream); `ERRORED` on failure. Webhook events say `LIVE` and
            `OFFLINE` instead.

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | LivestreamListEnvelope]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        exclude_meetings=exclude_meetings,
        page_no=page_no,
        per_page=per_page,
        sort_order=sort_order,
        start_time=start_time,
        end_time=end_time,
        status=status,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    exclude_meetings: bool | Unset = False,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    sort_order: LivestreamSortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: LivestreamStatus | Unset = UNSET,
) -> LivestreamListEnvelope:
    """List livestreams

     Lists the App's livestreams: independent ones (`create_livestream`) and those of meetings. As the
    official SDK types it, `data` is **one** livestream, the first of the requested page, with `paging`
    inside `data` counting every match: walk them all with `per_page=1`. Without a match `data` holds
    only `paging`. Newest first (`sort_order=DSC`, the default) or oldest first (`ASC`). No answer of
    this list carries a `stream_key`.

    Args:
        account_id (str):
        app_id (str):
        exclude_meetings (bool | Unset):  Default: False.
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        sort_order (LivestreamSortOrder | Unset): Oldest first (`ASC`) or newest first (`DSC`,
            spelled so upstream).
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (LivestreamStatus | Unset): Where a livestream is: `INVOKED` (a meeting's
            livestream starting) → `LIVE` (a stream is coming in) → `IDLE` (stopped, or an independent
            livestream waiting for a stream); `ERRORED` on failure. Webhook events say `LIVE` and
            `OFFLINE` instead.

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        LivestreamListEnvelope
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        exclude_meetings=exclude_meetings,
        page_no=page_no,
        per_page=per_page,
        sort_order=sort_order,
        start_time=start_time,
        end_time=end_time,
        status=status,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.RequestError as exc:
        raise errors.request_error(_OPERATION, exc) from exc
    if 200 <= response.status_code <= 299:
        return _parse_success(response)
    raise errors.error_for_response(_OPERATION, response)
