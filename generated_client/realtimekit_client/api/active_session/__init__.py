"""Contains endpoint functions for accessing the API, and the bound active_session resources"""

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from attrs import evolve

from ... import errors
from ...client import Scope
from ...models.kicked_all import KickedAll
from ...models.kicked_participants import KickedParticipants
from ...models.mute_all import MuteAll
from ...models.muted_all import MutedAll
from ...models.muted_participants import MutedParticipants
from ...models.participant_selection import ParticipantSelection
from ...models.poll_create import PollCreate
from ...models.poll_created import PollCreated
from ...models.session import Session
from ...types import UNSET, Unset
from . import (
    create_poll,
    get_active_session,
    kick_all_participants,
    kick_participants,
    mute_all_participants,
    mute_participants,
)

_OPERATIONS: dict[str, str] = {
    "get": "get_active_session",
    "kick_participants": "kick_participants",
    "kick_all_participants": "kick_all_participants",
    "mute_participants": "mute_participants",
    "mute_all_participants": "mute_all_participants",
    "create_poll": "create_poll",
}
_ITERATORS: dict[str, str] = {}


class ActiveSession:
    """The active_session operations, with account_id and app_id taken from the bound client.

    Reached as ``RealtimeKit().active_session``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<ActiveSession of {self._scope!r}>"

    def get(
        self,
        meeting_id: UUID | str,
    ) -> Session:
        """Fetch the active session of a meeting

        Returns the meeting's live session. A meeting has at most one at a time; without one this is a
        404 (`No active session found for meeting_id <id>`).

        Returns the `data` of the response envelope (Session).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            get_active_session.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_active_session._OPERATION, "the response has no `data`")
        return data

    def kick_participants(
        self,
        meeting_id: UUID | str,
        body: ParticipantSelection | None = None,
        *,
        participant_ids: builtins.list[str] | Unset = UNSET,
        custom_participant_ids: builtins.list[str] | Unset = UNSET,
    ) -> KickedParticipants:
        """Kick participants from the active session

        Removes participants from the meeting's live session, by participant ID (`participant_ids`, the
        IDs `add_participant` answers) or by custom participant ID. Both lists are optional (as in the
        official SDK; one revision of the API reference marks them required), and naming nobody kicks
        nobody. An ID that is not in the live session is a 404 (`No user found with id <id>`) and nobody
        is kicked. Kicked participants can join again with their token.

        Pass the body as `body` (a ParticipantSelection) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (KickedParticipants).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if participant_ids is not UNSET:
            fields["participant_ids"] = participant_ids
        if custom_participant_ids is not UNSET:
            fields["custom_participant_ids"] = custom_participant_ids
        if body is None:
            body = ParticipantSelection(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            kick_participants.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(kick_participants._OPERATION, "the response has no `data`")
        return data

    def kick_all_participants(
        self,
        meeting_id: UUID | str,
    ) -> KickedAll:
        """Kick everyone from the active session

        Removes every participant and ends the live session at once: ongoing recordings stop and the
        session becomes `ENDED`. The meeting stays usable; a later join starts a new session (set the
        meeting's `status` to `INACTIVE` to prevent that). The request has no body.

        Returns the `data` of the response envelope (KickedAll).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            kick_all_participants.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(kick_all_participants._OPERATION, "the response has no `data`")
        return data

    def mute_participants(
        self,
        meeting_id: UUID | str,
        body: ParticipantSelection | None = None,
        *,
        participant_ids: builtins.list[str] | Unset = UNSET,
        custom_participant_ids: builtins.list[str] | Unset = UNSET,
    ) -> MutedParticipants:
        """Mute participants of the active session

        Not in the official SDK 5.9.0; documented in the API reference. Mutes participants of the live
        session by participant ID or custom participant ID, with the same rules as `kick_participants`.

        Pass the body as `body` (a ParticipantSelection) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (MutedParticipants).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if participant_ids is not UNSET:
            fields["participant_ids"] = participant_ids
        if custom_participant_ids is not UNSET:
            fields["custom_participant_ids"] = custom_participant_ids
        if body is None:
            body = ParticipantSelection(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            mute_participants.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(mute_participants._OPERATION, "the response has no `data`")
        return data

    def mute_all_participants(
        self,
        meeting_id: UUID | str,
        body: MuteAll | None = None,
        *,
        allow_unmute: bool | Unset = UNSET,
    ) -> MutedAll:
        """Mute everyone in the active session

        Not in the official SDK 5.9.0; documented in the API reference. Mutes every participant of the
        live session; with `allow_unmute: false` they cannot unmute themselves.

        Pass the body as `body` (a MuteAll) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (MutedAll).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if allow_unmute is not UNSET:
            fields["allow_unmute"] = allow_unmute
        if body is None:
            missing = [name for name in ("allow_unmute",) if name not in fields]
            if missing:
                raise TypeError("mute_all_participants() needs body= or " + ", ".join(name + "=" for name in missing))
            body = MuteAll(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            mute_all_participants.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(mute_all_participants._OPERATION, "the response has no `data`")
        return data

    def create_poll(
        self,
        meeting_id: UUID | str,
        body: PollCreate | None = None,
        *,
        question: str | Unset = UNSET,
        options: builtins.list[str] | Unset = UNSET,
        anonymous: bool | Unset = UNSET,
        hide_votes: bool | Unset = UNSET,
    ) -> PollCreated:
        """Create a poll in the active session

        Starts a poll in the meeting's live session. Votes are cast by participants' clients, so a new
        poll has no votes.

        Pass the body as `body` (a PollCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (PollCreated).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if question is not UNSET:
            fields["question"] = question
        if options is not UNSET:
            fields["options"] = options
        if anonymous is not UNSET:
            fields["anonymous"] = anonymous
        if hide_votes is not UNSET:
            fields["hide_votes"] = hide_votes
        if body is None:
            missing = [
                name
                for name in (
                    "question",
                    "options",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("create_poll() needs body= or " + ", ".join(name + "=" for name in missing))
            body = PollCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            create_poll.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(create_poll._OPERATION, "the response has no `data`")
        return data


class AsyncActiveSession:
    """The active_session operations (async), with account_id and app_id taken from the bound client.

    Reached as ``AsyncRealtimeKit().active_session``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<AsyncActiveSession of {self._scope!r}>"

    async def get(
        self,
        meeting_id: UUID | str,
    ) -> Session:
        """Fetch the active session of a meeting

        Returns the meeting's live session. A meeting has at most one at a time; without one this is a
        404 (`No active session found for meeting_id <id>`).

        Returns the `data` of the response envelope (Session).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await get_active_session.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_active_session._OPERATION, "the response has no `data`")
        return data

    async def kick_participants(
        self,
        meeting_id: UUID | str,
        body: ParticipantSelection | None = None,
        *,
        participant_ids: builtins.list[str] | Unset = UNSET,
        custom_participant_ids: builtins.list[str] | Unset = UNSET,
    ) -> KickedParticipants:
        """Kick participants from the active session

        Removes participants from the meeting's live session, by participant ID (`participant_ids`, the
        IDs `add_participant` answers) or by custom participant ID. Both lists are optional (as in the
        official SDK; one revision of the API reference marks them required), and naming nobody kicks
        nobody. An ID that is not in the live session is a 404 (`No user found with id <id>`) and nobody
        is kicked. Kicked participants can join again with their token.

        Pass the body as `body` (a ParticipantSelection) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (KickedParticipants).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if participant_ids is not UNSET:
            fields["participant_ids"] = participant_ids
        if custom_participant_ids is not UNSET:
            fields["custom_participant_ids"] = custom_participant_ids
        if body is None:
            body = ParticipantSelection(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await kick_participants.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(kick_participants._OPERATION, "the response has no `data`")
        return data

    async def kick_all_participants(
        self,
        meeting_id: UUID | str,
    ) -> KickedAll:
        """Kick everyone from the active session

        Removes every participant and ends the live session at once: ongoing recordings stop and the
        session becomes `ENDED`. The meeting stays usable; a later join starts a new session (set the
        meeting's `status` to `INACTIVE` to prevent that). The request has no body.

        Returns the `data` of the response envelope (KickedAll).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await kick_all_participants.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(kick_all_participants._OPERATION, "the response has no `data`")
        return data

    async def mute_participants(
        self,
        meeting_id: UUID | str,
        body: ParticipantSelection | None = None,
        *,
        participant_ids: builtins.list[str] | Unset = UNSET,
        custom_participant_ids: builtins.list[str] | Unset = UNSET,
    ) -> MutedParticipants:
        """Mute participants of the active session

        Not in the official SDK 5.9.0; documented in the API reference. Mutes participants of the live
        session by participant ID or custom participant ID, with the same rules as `kick_participants`.

        Pass the body as `body` (a ParticipantSelection) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (MutedParticipants).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if participant_ids is not UNSET:
            fields["participant_ids"] = participant_ids
        if custom_participant_ids is not UNSET:
            fields["custom_participant_ids"] = custom_participant_ids
        if body is None:
            body = ParticipantSelection(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await mute_participants.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(mute_participants._OPERATION, "the response has no `data`")
        return data

    async def mute_all_participants(
        self,
        meeting_id: UUID | str,
        body: MuteAll | None = None,
        *,
        allow_unmute: bool | Unset = UNSET,
    ) -> MutedAll:
        """Mute everyone in the active session

        Not in the official SDK 5.9.0; documented in the API reference. Mutes every participant of the
        live session; with `allow_unmute: false` they cannot unmute themselves.

        Pass the body as `body` (a MuteAll) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (MutedAll).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if allow_unmute is not UNSET:
            fields["allow_unmute"] = allow_unmute
        if body is None:
            missing = [name for name in ("allow_unmute",) if name not in fields]
            if missing:
                raise TypeError("mute_all_participants() needs body= or " + ", ".join(name + "=" for name in missing))
            body = MuteAll(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await mute_all_participants.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(mute_all_participants._OPERATION, "the response has no `data`")
        return data

    async def create_poll(
        self,
        meeting_id: UUID | str,
        body: PollCreate | None = None,
        *,
        question: str | Unset = UNSET,
        options: builtins.list[str] | Unset = UNSET,
        anonymous: bool | Unset = UNSET,
        hide_votes: bool | Unset = UNSET,
    ) -> PollCreated:
        """Create a poll in the active session

        Starts a poll in the meeting's live session. Votes are cast by participants' clients, so a new
        poll has no votes.

        Pass the body as `body` (a PollCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (PollCreated).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if question is not UNSET:
            fields["question"] = question
        if options is not UNSET:
            fields["options"] = options
        if anonymous is not UNSET:
            fields["anonymous"] = anonymous
        if hide_votes is not UNSET:
            fields["hide_votes"] = hide_votes
        if body is None:
            missing = [
                name
                for name in (
                    "question",
                    "options",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("create_poll() needs body= or " + ", ".join(name + "=" for name in missing))
            body = PollCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await create_poll.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(create_poll._OPERATION, "the response has no `data`")
        return data


__all__ = [
    "ActiveSession",
    "AsyncActiveSession",
    "get_active_session",
    "kick_participants",
    "kick_all_participants",
    "mute_participants",
    "mute_all_participants",
    "create_poll",
]
