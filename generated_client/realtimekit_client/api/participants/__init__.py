"""Contains endpoint functions for accessing the API, and the bound participants resources"""

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, ClassVar
from uuid import UUID

from attrs import evolve

from ... import errors
from ...client import Scope
from ...models.deleted_participant import DeletedParticipant
from ...models.paging import Paging
from ...models.participant import Participant
from ...models.participant_create import ParticipantCreate
from ...models.participant_list import ParticipantList
from ...models.participant_token import ParticipantToken
from ...models.participant_update import ParticipantUpdate
from ...models.participant_with_token import ParticipantWithToken
from ...types import UNSET, Unset, known_total
from . import (
    add_participant,
    delete_participant,
    edit_participant,
    get_participant,
    list_participants,
    refresh_participant_token,
)

_OPERATIONS: dict[str, str] = {
    "list": "list_participants",
    "add": "add_participant",
    "get": "get_participant",
    "delete": "delete_participant",
    "edit": "edit_participant",
    "refresh_token": "refresh_participant_token",
}
_ITERATORS: dict[str, str] = {
    "iter": "list_participants",
}


class Participants:
    """The participants operations, with account_id and app_id taken from the bound client.

    Reached as ``RealtimeKit().participants``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<Participants of {self._scope!r}>"

    def list(
        self,
        meeting_id: UUID | str,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> ParticipantList:
        """List participants

        Returns the participants of a meeting, oldest first, without their tokens.

        Returns the response envelope (ParticipantList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return list_participants.sync(
            account_id=scope.account_id,
            app_id=scope.app_id,
            meeting_id=meeting_id,
            client=scope.client,
            page_no=page_no,
            per_page=per_page,
        )

    def iter(
        self,
        meeting_id: UUID | str,
        *,
        per_page: int = 20,
    ) -> Iterator[Participant]:
        """Every item of `list` (list_participants), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = list_participants.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
            )
            data = page.data
            items = data if isinstance(data, list) else []
            paging = page.paging
            total = known_total(paging.total_count) if isinstance(paging, Paging) else None
            yield from items
            seen += len(items)
            if not items or len(items) < per_page or (total is not None and seen >= total):
                return
            page_no += 1

    def add(
        self,
        meeting_id: UUID | str,
        body: ParticipantCreate | None = None,
        *,
        custom_participant_id: str | Unset = UNSET,
        preset_name: str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        picture: None | str | Unset = UNSET,
    ) -> ParticipantWithToken:
        """Add a participant

        Adds a participant to a meeting and returns it with the token its client joins with.
        `custom_participant_id` is unique within a meeting: a duplicate is a 409. `preset_name`
        must name a preset of the App (see `list_presets`): an unknown name is a 409 too.

        Pass the body as `body` (a ParticipantCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (ParticipantWithToken).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if custom_participant_id is not UNSET:
            fields["custom_participant_id"] = custom_participant_id
        if preset_name is not UNSET:
            fields["preset_name"] = preset_name
        if name is not UNSET:
            fields["name"] = name
        if picture is not UNSET:
            fields["picture"] = picture
        if body is None:
            missing = [
                name
                for name in (
                    "custom_participant_id",
                    "preset_name",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("add() needs body= or " + ", ".join(name + "=" for name in missing))
            body = ParticipantCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            add_participant.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(add_participant._OPERATION, "the response has no `data`")
        return data

    def get(
        self,
        meeting_id: UUID | str,
        participant_id: str,
    ) -> Participant:
        """Fetch a participant

        Returns a participant of a meeting, without its token.

        Returns the `data` of the response envelope (Participant).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_participant.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                participant_id=participant_id,
                client=scope.client,
            )
        ).data

    def delete(
        self,
        meeting_id: UUID | str,
        participant_id: str,
    ) -> DeletedParticipant:
        """Delete a participant

        Removes a participant from a meeting; its token stops working.

        Returns the `data` of the response envelope (DeletedParticipant).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            delete_participant.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                participant_id=participant_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(delete_participant._OPERATION, "the response has no `data`")
        return data

    def edit(
        self,
        meeting_id: UUID | str,
        participant_id: str,
        body: ParticipantUpdate | None = None,
        *,
        name: None | str | Unset = UNSET,
        picture: None | str | Unset = UNSET,
        preset_name: None | str | Unset = UNSET,
    ) -> ParticipantWithToken:
        """Edit a participant

        Changes only the properties sent. `null` clears `name` or `picture`; a `null`
        `preset_name` leaves the preset unchanged. A new `preset_name` must name a preset of
        the App: an unknown name is a 409, and nothing changes.

        Pass the body as `body` (a ParticipantUpdate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (ParticipantWithToken).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if picture is not UNSET:
            fields["picture"] = picture
        if preset_name is not UNSET:
            fields["preset_name"] = preset_name
        if body is None:
            body = ParticipantUpdate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            edit_participant.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                participant_id=participant_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(edit_participant._OPERATION, "the response has no `data`")
        return data

    def refresh_token(
        self,
        meeting_id: UUID | str,
        participant_id: str,
    ) -> ParticipantToken:
        """Refresh a participant's token

        Issues a new join token for a participant; the previous token stops working.

        Returns the `data` of the response envelope (ParticipantToken).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            refresh_participant_token.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                participant_id=participant_id,
                client=scope.client,
            )
        ).data


class AsyncParticipants:
    """The participants operations (async), with account_id and app_id taken from the bound client.

    Reached as ``AsyncRealtimeKit().participants``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<AsyncParticipants of {self._scope!r}>"

    async def list(
        self,
        meeting_id: UUID | str,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> ParticipantList:
        """List participants

        Returns the participants of a meeting, oldest first, without their tokens.

        Returns the response envelope (ParticipantList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return await list_participants.asyncio(
            account_id=scope.account_id,
            app_id=scope.app_id,
            meeting_id=meeting_id,
            client=scope.client,
            page_no=page_no,
            per_page=per_page,
        )

    async def iter(
        self,
        meeting_id: UUID | str,
        *,
        per_page: int = 20,
    ) -> AsyncIterator[Participant]:
        """Every item of `list` (list_participants), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = await list_participants.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
            )
            data = page.data
            items = data if isinstance(data, list) else []
            paging = page.paging
            total = known_total(paging.total_count) if isinstance(paging, Paging) else None
            for item in items:
                yield item
            seen += len(items)
            if not items or len(items) < per_page or (total is not None and seen >= total):
                return
            page_no += 1

    async def add(
        self,
        meeting_id: UUID | str,
        body: ParticipantCreate | None = None,
        *,
        custom_participant_id: str | Unset = UNSET,
        preset_name: str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        picture: None | str | Unset = UNSET,
    ) -> ParticipantWithToken:
        """Add a participant

        Adds a participant to a meeting and returns it with the token its client joins with.
        `custom_participant_id` is unique within a meeting: a duplicate is a 409. `preset_name`
        must name a preset of the App (see `list_presets`): an unknown name is a 409 too.

        Pass the body as `body` (a ParticipantCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (ParticipantWithToken).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if custom_participant_id is not UNSET:
            fields["custom_participant_id"] = custom_participant_id
        if preset_name is not UNSET:
            fields["preset_name"] = preset_name
        if name is not UNSET:
            fields["name"] = name
        if picture is not UNSET:
            fields["picture"] = picture
        if body is None:
            missing = [
                name
                for name in (
                    "custom_participant_id",
                    "preset_name",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("add() needs body= or " + ", ".join(name + "=" for name in missing))
            body = ParticipantCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await add_participant.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(add_participant._OPERATION, "the response has no `data`")
        return data

    async def get(
        self,
        meeting_id: UUID | str,
        participant_id: str,
    ) -> Participant:
        """Fetch a participant

        Returns a participant of a meeting, without its token.

        Returns the `data` of the response envelope (Participant).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_participant.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                participant_id=participant_id,
                client=scope.client,
            )
        ).data

    async def delete(
        self,
        meeting_id: UUID | str,
        participant_id: str,
    ) -> DeletedParticipant:
        """Delete a participant

        Removes a participant from a meeting; its token stops working.

        Returns the `data` of the response envelope (DeletedParticipant).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await delete_participant.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                participant_id=participant_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(delete_participant._OPERATION, "the response has no `data`")
        return data

    async def edit(
        self,
        meeting_id: UUID | str,
        participant_id: str,
        body: ParticipantUpdate | None = None,
        *,
        name: None | str | Unset = UNSET,
        picture: None | str | Unset = UNSET,
        preset_name: None | str | Unset = UNSET,
    ) -> ParticipantWithToken:
        """Edit a participant

        Changes only the properties sent. `null` clears `name` or `picture`; a `null`
        `preset_name` leaves the preset unchanged. A new `preset_name` must name a preset of
        the App: an unknown name is a 409, and nothing changes.

        Pass the body as `body` (a ParticipantUpdate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (ParticipantWithToken).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if picture is not UNSET:
            fields["picture"] = picture
        if preset_name is not UNSET:
            fields["preset_name"] = preset_name
        if body is None:
            body = ParticipantUpdate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await edit_participant.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                participant_id=participant_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(edit_participant._OPERATION, "the response has no `data`")
        return data

    async def refresh_token(
        self,
        meeting_id: UUID | str,
        participant_id: str,
    ) -> ParticipantToken:
        """Refresh a participant's token

        Issues a new join token for a participant; the previous token stops working.

        Returns the `data` of the response envelope (ParticipantToken).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await refresh_participant_token.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                participant_id=participant_id,
                client=scope.client,
            )
        ).data


__all__ = [
    "Participants",
    "AsyncParticipants",
    "list_participants",
    "add_participant",
    "get_participant",
    "delete_participant",
    "edit_participant",
    "refresh_participant_token",
]
