from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.participant_token_envelope import ParticipantTokenEnvelope
from ...types import Response


def _get_kwargs(
    account_id: str,
    app_id: str,
    meeting_id: UUID,
    participant_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/{participant_id}/token".format(
            account_id=quote(str(account_id), safe=""),
            app_id=quote(str(app_id), safe=""),
            meeting_id=quote(str(meeting_id), safe=""),
            participant_id=quote(str(participant_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ParticipantTokenEnvelope | None:
    if response.status_code == 200:
        response_200 = ParticipantTokenEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ParticipantTokenEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    app_id: str,
    meeting_id: UUID,
    participant_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | ParticipantTokenEnvelope]:
    """Refresh a participant's token

     Issues a new join token for a participant; the previous token stops working.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ParticipantTokenEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        participant_id=participant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    app_id: str,
    meeting_id: UUID,
    participant_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | ParticipantTokenEnvelope | None:
    """Refresh a participant's token

     Issues a new join token for a participant; the previous token stops working.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ParticipantTokenEnvelope
    """

    return sync_detailed(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        participant_id=participant_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    app_id: str,
    meeting_id: UUID,
    participant_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | ParticipantTokenEnvelope]:
    """Refresh a participant's token

     Issues a new join token for a participant; the previous token stops working.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ParticipantTokenEnvelope]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        app_id=app_id,
        meeting_id=meeting_id,
        participant_id=participant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    app_id: str,
    meeting_id: UUID,
    participant_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | ParticipantTokenEnvelope | None:
    """Refresh a participant's token

     Issues a new join token for a participant; the previous token stops working.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (UUID):
        participant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ParticipantTokenEnvelope
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            app_id=app_id,
            meeting_id=meeting_id,
            participant_id=participant_id,
            client=client,
        )
    ).parsed
