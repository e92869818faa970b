import datetime
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.error_envelope import ErrorEnvelope
from ...models.recording_list import RecordingList
from ...models.recording_sort_by import RecordingSortBy
from ...models.recording_status import RecordingStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "list_recordings"


def _get_kwargs(
    account_id: str,
    app_id: str,
    *,
    meeting_id: UUID | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    expired: bool | Unset = UNSET,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    sort_by: RecordingSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    status: list[RecordingStatus] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_meeting_id: str | Unset = UNSET
    if not isinstance(meeting_id, Unset):
        json_meeting_id = str(meeting_id)
    params["meeting_id"] = json_meeting_id

    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params["expired"] = expired

    params["page_no"] = page_no

    params["per_page"] = per_page

    params["search"] = search

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by._value_

    params["sort_by"] = json_sort_by

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order._value_

    params["sort_order"] = json_sort_order

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data._value_
            json_status.append(status_item)

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/accounts/{path_segment(account_id)}/realtime/kit/{path_segment(app_id)}/recordings",
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_success(response: httpx.Response) -> RecordingList:
    """The body of a 2xx response as its documented model; errors.ResponseParseError if it is not."""
    try:
        response_200 = RecordingList.from_dict(response.json())

        return response_200

    except errors.PARSE_ERRORS as exc:
        raise errors.ResponseParseError.for_response(_OPERATION, response, exc) from exc


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RecordingList | None:
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
) -> Response[ErrorEnvelope | RecordingList]:
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
    meeting_id: UUID | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    expired: bool | Unset = UNSET,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    sort_by: RecordingSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    status: list[RecordingStatus] | Unset = UNSET,
) -> Response[ErrorEnvelope | RecordingList]:
    """List recordings

     Returns the recordings of an App, newest first unless sorted otherwise, one page at a time; each
    item carries its meeting (without `ai_config`).

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        expired (bool | Unset):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        sort_by (RecordingSortBy | Unset): Recordings ordered by when they were started.
        sort_order (SortOrder | Unset): Ascending or descending order.
        status (list[RecordingStatus] | Unset):

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | RecordingList]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        start_time=start_time,
        end_time=end_time,
        expired=expired,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
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
    meeting_id: UUID | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    expired: bool | Unset = UNSET,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    sort_by: RecordingSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    status: list[RecordingStatus] | Unset = UNSET,
) -> RecordingList:
    """List recordings

     Returns the recordings of an App, newest first unless sorted otherwise, one page at a time; each
    item carries its meeting (without `ai_config`).

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        expired (bool | Unset):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        sort_by (RecordingSortBy | Unset): Recordings ordered by when they were started.
        sort_order (SortOrder | Unset): Ascending or descending order.
        status (list[RecordingStatus] | Unset):

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        RecordingList
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        start_time=start_time,
        end_time=end_time,
        expired=expired,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
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
    meeting_id: UUID | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    expired: bool | Unset = UNSET,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    sort_by: RecordingSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    status: list[RecordingStatus] | Unset = UNSET,
) -> Response[ErrorEnvelope | RecordingList]:
    """List recordings

     Returns the recordings of an App, newest first unless sorted otherwise, one page at a time; each
    item carries its meeting (without `ai_config`).

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        expired (bool | Unset):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        sort_by (RecordingSortBy | Unset): Recordings ordered by when they were started.
        sort_order (SortOrder | Unset): Ascending or descending order.
        status (list[RecordingStatus] | Unset):

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | RecordingList]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        start_time=start_time,
        end_time=end_time,
        expired=expired,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
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
    meeting_id: UUID | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    expired: bool | Unset = UNSET,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    sort_by: RecordingSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    status: list[RecordingStatus] | Unset = UNSET,
) -> RecordingList:
    """List recordings

     Returns the recordings of an App, newest first unless sorted otherwise, one page at a time; each
    item carries its meeting (without `ai_config`).

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        expired (bool | Unset):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        sort_by (RecordingSortBy | Unset): Recordings ordered by when they were started.
        sort_order (SortOrder | Unset): Ascending or descending order.
        status (list[RecordingStatus] | Unset):

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        RecordingList
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        start_time=start_time,
        end_time=end_time,
        expired=expired,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
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
