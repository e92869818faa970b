import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.meeting_list import MeetingList
from ...models.meeting_status import MeetingStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    app_id: str,
    *,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: MeetingStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_no"] = page_no

    params["per_page"] = per_page

    params["search"] = search

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
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/meetings".format(
            account_id=quote(str(account_id), safe=""),
            app_id=quote(str(app_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MeetingList | None:
    if response.status_code == 200:
        response_200 = MeetingList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = ErrorEnvelope.from_dict(response.json())

        return response_405

    if response.status_code == 415:
        response_415 = ErrorEnvelope.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorEnvelope.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | MeetingList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: MeetingStatus | Unset = UNSET,
) -> Response[ErrorEnvelope | MeetingList]:
    """List meetings

     Returns the meetings of an App, newest first, one page at a time.

    Args:
        account_id (str):
        app_id (str):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (MeetingStatus | Unset): Whether the meeting is ACTIVE or INACTIVE. Users cannot
            join an INACTIVE meeting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MeetingList]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        page_no=page_no,
        per_page=per_page,
        search=search,
        start_time=start_time,
        end_time=end_time,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: MeetingStatus | Unset = UNSET,
) -> ErrorEnvelope | MeetingList | None:
    """List meetings

     Returns the meetings of an App, newest first, one page at a time.

    Args:
        account_id (str):
        app_id (str):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (MeetingStatus | Unset): Whether the meeting is ACTIVE or INACTIVE. Users cannot
            join an INACTIVE meeting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MeetingList
    """

    return sync_detailed(
        account_id=account_id,
        app_id=app_id,
        client=client,
        page_no=page_no,
        per_page=per_page,
        search=search,
        start_time=start_time,
        end_time=end_time,
        status=status,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: MeetingStatus | Unset = UNSET,
) -> Response[ErrorEnvelope | MeetingList]:
    """List meetings

     Returns the meetings of an App, newest first, one page at a time.

    Args:
        account_id (str):
        app_id (str):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (MeetingStatus | Unset): Whether the meeting is ACTIVE or INACTIVE. Users cannot
            join an INACTIVE meeting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MeetingList]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        page_no=page_no,
        per_page=per_page,
        search=search,
        start_time=start_time,
        end_time=end_time,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    app_id: str,
    *,
    client: AuthenticatedClient,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: MeetingStatus | Unset = UNSET,
) -> ErrorEnvelope | MeetingList | None:
    """List meetings

     Returns the meetings of an App, newest first, one page at a time.

    Args:
        account_id (str):
        app_id (str):
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (MeetingStatus | Unset): Whether the meeting is ACTIVE or INACTIVE. Users cannot
            join an INACTIVE meeting.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MeetingList
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            client=client,
            page_no=page_no,
            per_page=per_page,
            search=search,
            start_time=start_time,
            end_time=end_time,
            status=status,
        )
    ).parsed
