from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client, path_segment
from ...models.error_envelope import ErrorEnvelope
from ...models.session_participant_list import SessionParticipantList
from ...models.session_participant_sort_by import SessionParticipantSortBy
from ...models.session_participant_view import SessionParticipantView
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, status_of

_OPERATION = "list_session_participants"


def _get_kwargs(
    account_id: str,
    app_id: str,
    session_id: UUID | str,
    *,
    include_peer_events: bool | Unset = False,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    sort_by: SessionParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: SessionParticipantView | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_peer_events"] = include_peer_events

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

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view._value_

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/accounts/{path_segment(account_id)}/realtime/kit/{path_segment(app_id)}/sessions/{path_segment(session_id)}/participants",
    }
    if params:
        _kwargs["params"] = params

    return _kwargs


def _parse_success(response: httpx.Response) -> SessionParticipantList:
    """The body of a 2xx response as its documented model; errors.ResponseParseError if it is not."""
    try:
        response_200 = SessionParticipantList.from_dict(response.json())

        return response_200

    except errors.PARSE_ERRORS as exc:
        raise errors.ResponseParseError.for_response(_OPERATION, response, exc) from exc


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SessionParticipantList | None:
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
) -> Response[ErrorEnvelope | SessionParticipantList]:
    return Response(
        status_code=status_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    session_id: UUID | str,
    *,
    client: AuthenticatedClient,
    include_peer_events: bool | Unset = False,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    sort_by: SessionParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: SessionParticipantView | Unset = UNSET,
) -> Response[ErrorEnvelope | SessionParticipantList]:
    """List the participants of a session

     Returns who took part in a session: one entry per peer (`view=raw`), or one per participant with its
    durations added up (`view=consolidated`). The answer has no paging object; `page_no` and `per_page`
    still select the page.

    Args:
        account_id (str):
        app_id (str):
        session_id (UUID):
        include_peer_events (bool | Unset):  Default: False.
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        sort_by (SessionParticipantSortBy | Unset): Participants ordered by when they joined or by
            how long they stayed.
        sort_order (SortOrder | Unset): Ascending or descending order.
        view (SessionParticipantView | Unset): One entry per peer (`raw`), or per participant with
            durations added up across breakout rooms and rejoins (`consolidated`).

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | SessionParticipantList]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    app_id: str,
    session_id: UUID | str,
    *,
    client: AuthenticatedClient,
    include_peer_events: bool | Unset = False,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    sort_by: SessionParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: SessionParticipantView | Unset = UNSET,
) -> SessionParticipantList:
    """List the participants of a session

     Returns who took part in a session: one entry per peer (`view=raw`), or one per participant with its
    durations added up (`view=consolidated`). The answer has no paging object; `page_no` and `per_page`
    still select the page.

    Args:
        account_id (str):
        app_id (str):
        session_id (UUID):
        include_peer_events (bool | Unset):  Default: False.
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        sort_by (SessionParticipantSortBy | Unset): Participants ordered by when they joined or by
            how long they stayed.
        sort_order (SortOrder | Unset): Ascending or descending order.
        view (SessionParticipantView | Unset): One entry per peer (`raw`), or per participant with
            durations added up across breakout rooms and rejoins (`consolidated`).

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        SessionParticipantList
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
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
    session_id: UUID | str,
    *,
    client: AuthenticatedClient,
    include_peer_events: bool | Unset = False,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    sort_by: SessionParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: SessionParticipantView | Unset = UNSET,
) -> Response[ErrorEnvelope | SessionParticipantList]:
    """List the participants of a session

     Returns who took part in a session: one entry per peer (`view=raw`), or one per participant with its
    durations added up (`view=consolidated`). The answer has no paging object; `page_no` and `per_page`
    still select the page.

    Args:
        account_id (str):
        app_id (str):
        session_id (UUID):
        include_peer_events (bool | Unset):  Default: False.
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        sort_by (SessionParticipantSortBy | Unset): Participants ordered by when they joined or by
            how long they stayed.
        sort_order (SortOrder | Unset): Ascending or descending order.
        view (SessionParticipantView | Unset): One entry per peer (`raw`), or per participant with
            durations added up across breakout rooms and rejoins (`consolidated`).

    Raises:
        errors.ResponseParseError: If a 2xx response body is not the documented JSON.
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TransportError: If no response was received after the retries (httpx.TimeoutException on a timeout).

    Returns:
        Response[ErrorEnvelope | SessionParticipantList]: any status; `parsed` is None for an error body that does
        not match its schema.
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    app_id: str,
    session_id: UUID | str,
    *,
    client: AuthenticatedClient,
    include_peer_events: bool | Unset = False,
    page_no: int | Unset = 1,
    per_page: int | Unset = 20,
    search: str | Unset = UNSET,
    sort_by: SessionParticipantSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    view: SessionParticipantView | Unset = UNSET,
) -> SessionParticipantList:
    """List the participants of a session

     Returns who took part in a session: one entry per peer (`view=raw`), or one per participant with its
    durations added up (`view=consolidated`). The answer has no paging object; `page_no` and `per_page`
    still select the page.

    Args:
        account_id (str):
        app_id (str):
        session_id (UUID):
        include_peer_events (bool | Unset):  Default: False.
        page_no (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 20.
        search (str | Unset):
        sort_by (SessionParticipantSortBy | Unset): Participants ordered by when they joined or by
            how long they stayed.
        sort_order (SortOrder | Unset): Ascending or descending order.
        view (SessionParticipantView | Unset): One entry per peer (`raw`), or per participant with
            durations added up across breakout rooms and rejoins (`consolidated`).

    Raises:
        errors.ApiError: For a non-2xx status, as the subclass for the status (errors.NotFoundError, ...).
        errors.ResponseParseError: If a 2xx response body is not the documented JSON, or a body cannot be decoded.
        errors.ApiConnectionError: If no response was received after the retries (errors.ApiTimeoutError on a timeout).

    Returns:
        SessionParticipantList
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        session_id=session_id,
        include_peer_events=include_peer_events,
        page_no=page_no,
        per_page=per_page,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        view=view,
    )
    kwargs["url"] = client.request_url(kwargs["url"])

    try:
        response = await client.get_async_httpx_client().request(**kwargs)
    except httpx.RequestError as exc:
        raise errors.request_error(_OPERATION, exc) from exc
    if 200 <= response.status_code <= 299:
        return _parse_success(response)
    raise errors.error_for_response(_OPERATION, response)
