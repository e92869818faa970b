from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.meeting_create import MeetingCreate
from ...models.meeting_envelope import MeetingEnvelope
from ...types import Response


def _get_kwargs(
    account_id: str,
    *,
    body: MeetingCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/realtimekit/meetings".format(
            account_id=quote(str(account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MeetingEnvelope | None:
    if response.status_code == 201:
        response_201 = MeetingEnvelope.from_dict(response.json())

        return response_201

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

    if response.status_code == 413:
        response_413 = ErrorEnvelope.from_dict(response.json())

        return response_413

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
) -> Response[ErrorEnvelope | MeetingEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: MeetingCreate,
) -> Response[ErrorEnvelope | MeetingEnvelope]:
    """Create a meeting for the organization (deprecated path)

     Creates a meeting for the given organization ID. Deprecated: this path has no App in it;
    the current, app-scoped path is
    `POST /accounts/{account_id}/realtime/kit/{app_id}/meetings` (`create_meeting`).
    The body is required to be `application/json` (the `Content-Type` header, which
    OpenAPI describes through the request body's media type).

    Args:
        account_id (str):
        body (MeetingCreate): Body of create_meeting, create_org_meeting and replace_meeting.
            Every property is
            optional; omitted ones take the defaults shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MeetingEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: MeetingCreate,
) -> ErrorEnvelope | MeetingEnvelope | None:
    """Create a meeting for the organization (deprecated path)

     Creates a meeting for the given organization ID. Deprecated: this path has no App in it;
    the current, app-scoped path is
    `POST /accounts/{account_id}/realtime/kit/{app_id}/meetings` (`create_meeting`).
    The body is required to be `application/json` (the `Content-Type` header, which
    OpenAPI describes through the request body's media type).

    Args:
        account_id (str):
        body (MeetingCreate): Body of create_meeting, create_org_meeting and replace_meeting.
            Every property is
            optional; omitted ones take the defaults shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MeetingEnvelope
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: MeetingCreate,
) -> Response[ErrorEnvelope | MeetingEnvelope]:
    """Create a meeting for the organization (deprecated path)

     Creates a meeting for the given organization ID. Deprecated: this path has no App in it;
    the current, app-scoped path is
    `POST /accounts/{account_id}/realtime/kit/{app_id}/meetings` (`create_meeting`).
    The body is required to be `application/json` (the `Content-Type` header, which
    OpenAPI describes through the request body's media type).

    Args:
        account_id (str):
        body (MeetingCreate): Body of create_meeting, create_org_meeting and replace_meeting.
            Every property is
            optional; omitted ones take the defaults shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MeetingEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: MeetingCreate,
) -> ErrorEnvelope | MeetingEnvelope | None:
    """Create a meeting for the organization (deprecated path)

     Creates a meeting for the given organization ID. Deprecated: this path has no App in it;
    the current, app-scoped path is
    `POST /accounts/{account_id}/realtime/kit/{app_id}/meetings` (`create_meeting`).
    The body is required to be `application/json` (the `Content-Type` header, which
    OpenAPI describes through the request body's media type).

    Args:
        account_id (str):
        body (MeetingCreate): Body of create_meeting, create_org_meeting and replace_meeting.
            Every property is
            optional; omitted ones take the defaults shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MeetingEnvelope
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
