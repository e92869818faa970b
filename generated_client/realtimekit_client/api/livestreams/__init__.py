"""Contains endpoint functions for accessing the API, and the bound livestreams resources"""

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from attrs import evolve

from ... import errors
from ...client import Scope
from ...models.active_livestream_session import ActiveLivestreamSession
from ...models.livestream import Livestream
from ...models.livestream_analytics import LivestreamAnalytics
from ...models.livestream_create import LivestreamCreate
from ...models.livestream_daywise_envelope import LivestreamDaywiseEnvelope
from ...models.livestream_list_data import LivestreamListData
from ...models.livestream_session import LivestreamSession
from ...models.livestream_sort_order import LivestreamSortOrder
from ...models.livestream_start import LivestreamStart
from ...models.livestream_started import LivestreamStarted
from ...models.livestream_status import LivestreamStatus
from ...models.livestream_stopped_message import LivestreamStoppedMessage
from ...models.livestream_video_config import LivestreamVideoConfig
from ...models.livestream_with_session import LivestreamWithSession
from ...types import UNSET, Unset
from . import (
    create_livestream,
    get_active_livestream,
    get_active_livestream_session,
    get_livestream,
    get_livestream_analytics,
    get_livestream_analytics_daywise,
    get_livestream_session,
    list_livestreams,
    start_livestream,
    stop_livestream,
)

_OPERATIONS: dict[str, str] = {
    "start": "start_livestream",
    "stop": "stop_livestream",
    "get_active": "get_active_livestream",
    "list": "list_livestreams",
    "create": "create_livestream",
    "get_session": "get_livestream_session",
    "get": "get_livestream",
    "get_active_session": "get_active_livestream_session",
    "get_analytics": "get_livestream_analytics",
    "get_analytics_daywise": "get_livestream_analytics_daywise",
}
_ITERATORS: dict[str, str] = {}


class Livestreams:
    """The livestreams operations, with account_id and app_id taken from the bound client.

    Reached as ``RealtimeKit().livestreams``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<Livestreams of {self._scope!r}>"

    def start(
        self,
        meeting_id: UUID | str,
        body: LivestreamStart | None = None,
        *,
        name: None | str | Unset = UNSET,
        video_config: LivestreamVideoConfig | Unset = UNSET,
    ) -> LivestreamStarted:
        """Start livestreaming a meeting

        Starts livestreaming the meeting's live session (404 `No active session found for meeting_id
        <id>` without one). The livestream starts `INVOKED` and goes `LIVE` once the stream is up;
        stopping it, or the session's end, makes it `IDLE`. A meeting has one livestream at a time: a
        start while one is `INVOKED` or `LIVE` is a 409 naming it. The answer carries the `stream_key`
        (as does `get_active_livestream`); no other answer does.

        Pass the body as `body` (a LivestreamStart) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (LivestreamStarted).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if video_config is not UNSET:
            fields["video_config"] = video_config
        if body is None:
            body = LivestreamStart(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            start_livestream.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data

    def stop(
        self,
        meeting_id: UUID | str,
    ) -> LivestreamStoppedMessage:
        """Stop livestreaming a meeting

        Stops the meeting's active livestream (`INVOKED` or `LIVE`), which becomes `IDLE`; 404 `No
        active livestream found for meeting_id <id>` without one. It takes no body (the official SDK
        sends an empty one).

        Returns the `data` of the response envelope (LivestreamStoppedMessage).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            stop_livestream.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
            )
        ).data

    def get_active(
        self,
        meeting_id: UUID | str,
    ) -> Livestream:
        """Fetch the active livestream of a meeting

        Returns the meeting's livestream that is `INVOKED` or `LIVE`, with its `stream_key`, or 404 `No
        active livestream found for meeting_id <id>`.

        Returns the `data` of the response envelope (Livestream).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_active_livestream.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
            )
        ).data

    def list(
        self,
        *,
        exclude_meetings: bool | Unset = False,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        sort_order: LivestreamSortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: LivestreamStatus | Unset = UNSET,
    ) -> LivestreamListData:
        """List livestreams

        Lists the App's livestreams: independent ones (`create_livestream`) and those of meetings. As
        the official SDK types it, `data` is **one** livestream, the first of the requested page, with
        `paging` inside `data` counting every match: walk them all with `per_page=1`. Without a match
        `data` holds only `paging`. Newest first (`sort_order=DSC`, the default) or oldest first
        (`ASC`). No answer of this list carries a `stream_key`.

        Returns the `data` of the response envelope (LivestreamListData).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            list_livestreams.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                exclude_meetings=exclude_meetings,
                page_no=page_no,
                per_page=per_page,
                sort_order=sort_order,
                start_time=start_time,
                end_time=end_time,
                status=status,
            )
        ).data

    def create(
        self,
        body: LivestreamCreate | None = None,
        *,
        name: None | str | Unset = UNSET,
    ) -> Livestream:
        """Create an independent livestream

        Creates a livestream that belongs to no meeting, fed by any RTMP source (OBS, ffmpeg) through
        its `ingest_server` and `stream_key`; it is `IDLE` until a stream arrives, `LIVE` while one
        does. Not in the official Python SDK 5.9.0 (documented upstream, where the shape is given); the
        answer carries the `stream_key`. No operation deletes a livestream.

        Pass the body as `body` (a LivestreamCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Livestream).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if body is None:
            body = LivestreamCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            create_livestream.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data

    def get_session(
        self,
        livestream_session_id: str,
    ) -> LivestreamSession:
        """Fetch a livestream session

        Returns one livestream session (one period a livestream was `LIVE`): its times, the seconds
        streamed in and watched (integers here, as the official SDK types them). A literal `sessions`
        segment is never a livestream ID.

        Returns the `data` of the response envelope (LivestreamSession).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_livestream_session.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                livestream_session_id=livestream_session_id,
                client=scope.client,
            )
        ).data

    def get(
        self,
        livestream_id: str,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> LivestreamWithSession:
        """Fetch a livestream and its sessions

        Returns the livestream (without its `stream_key`) and, as the official SDK types it, one of its
        sessions: the first of the requested page, newest first, with `paging` counting them all (walk
        them with `per_page=1`); no `session` when the page is empty. Seconds are numbers here.

        Returns the `data` of the response envelope (LivestreamWithSession).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_livestream.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                livestream_id=livestream_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
            )
        ).data

    def get_active_session(
        self,
        livestream_id: str,
    ) -> ActiveLivestreamSession:
        """Fetch the active session of a livestream

        Returns the livestream (without its `stream_key`) and its session in progress while it is
        `LIVE`; when it is not live, the livestream alone (no `session`). Seconds are strings here, as
        the official SDK types them.

        Returns the `data` of the response envelope (ActiveLivestreamSession).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_active_livestream_session.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                livestream_id=livestream_id,
                client=scope.client,
            )
        ).data

    def get_analytics(
        self,
        *,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        filters: str | Unset = UNSET,
    ) -> LivestreamAnalytics:
        """Livestream analytics over a time range

        How many livestreams went live in the range (a livestream session started in it), and the
        seconds their sessions streamed in and were watched. The range is in Unix seconds; absent, it is
        the 30 days up to now by the App's clock. An end before the start is a 400.

        Returns the `data` of the response envelope (LivestreamAnalytics).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_livestream_analytics.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                start_time=start_time,
                end_time=end_time,
                filters=filters,
            )
        ).data

    def get_analytics_daywise(
        self,
        *,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        filters: str | Unset = UNSET,
    ) -> LivestreamDaywiseEnvelope:
        """Livestream analytics per day

        Per day (UTC) of the range on which livestream sessions started, oldest first: how many, and the
        seconds they streamed in and were watched. The range is in Unix seconds; absent, it is the 30
        days up to now by the App's clock. An end before the start is a 400.

        Returns the response envelope (LivestreamDaywiseEnvelope).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return get_livestream_analytics_daywise.sync(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
            start_time=start_time,
            end_time=end_time,
            filters=filters,
        )


class AsyncLivestreams:
    """The livestreams operations (async), with account_id and app_id taken from the bound client.

    Reached as ``AsyncRealtimeKit().livestreams``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<AsyncLivestreams of {self._scope!r}>"

    async def start(
        self,
        meeting_id: UUID | str,
        body: LivestreamStart | None = None,
        *,
        name: None | str | Unset = UNSET,
        video_config: LivestreamVideoConfig | Unset = UNSET,
    ) -> LivestreamStarted:
        """Start livestreaming a meeting

        Starts livestreaming the meeting's live session (404 `No active session found for meeting_id
        <id>` without one). The livestream starts `INVOKED` and goes `LIVE` once the stream is up;
        stopping it, or the session's end, makes it `IDLE`. A meeting has one livestream at a time: a
        start while one is `INVOKED` or `LIVE` is a 409 naming it. The answer carries the `stream_key`
        (as does `get_active_livestream`); no other answer does.

        Pass the body as `body` (a LivestreamStart) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (LivestreamStarted).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if video_config is not UNSET:
            fields["video_config"] = video_config
        if body is None:
            body = LivestreamStart(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            await start_livestream.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data

    async def stop(
        self,
        meeting_id: UUID | str,
    ) -> LivestreamStoppedMessage:
        """Stop livestreaming a meeting

        Stops the meeting's active livestream (`INVOKED` or `LIVE`), which becomes `IDLE`; 404 `No
        active livestream found for meeting_id <id>` without one. It takes no body (the official SDK
        sends an empty one).

        Returns the `data` of the response envelope (LivestreamStoppedMessage).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await stop_livestream.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
            )
        ).data

    async def get_active(
        self,
        meeting_id: UUID | str,
    ) -> Livestream:
        """Fetch the active livestream of a meeting

        Returns the meeting's livestream that is `INVOKED` or `LIVE`, with its `stream_key`, or 404 `No
        active livestream found for meeting_id <id>`.

        Returns the `data` of the response envelope (Livestream).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_active_livestream.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
            )
        ).data

    async def list(
        self,
        *,
        exclude_meetings: bool | Unset = False,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        sort_order: LivestreamSortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: LivestreamStatus | Unset = UNSET,
    ) -> LivestreamListData:
        """List livestreams

        Lists the App's livestreams: independent ones (`create_livestream`) and those of meetings. As
        the official SDK types it, `data` is **one** livestream, the first of the requested page, with
        `paging` inside `data` counting every match: walk them all with `per_page=1`. Without a match
        `data` holds only `paging`. Newest first (`sort_order=DSC`, the default) or oldest first
        (`ASC`). No answer of this list carries a `stream_key`.

        Returns the `data` of the response envelope (LivestreamListData).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await list_livestreams.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                exclude_meetings=exclude_meetings,
                page_no=page_no,
                per_page=per_page,
                sort_order=sort_order,
                start_time=start_time,
                end_time=end_time,
                status=status,
            )
        ).data

    async def create(
        self,
        body: LivestreamCreate | None = None,
        *,
        name: None | str | Unset = UNSET,
    ) -> Livestream:
        """Create an independent livestream

        Creates a livestream that belongs to no meeting, fed by any RTMP source (OBS, ffmpeg) through
        its `ingest_server` and `stream_key`; it is `IDLE` until a stream arrives, `LIVE` while one
        does. Not in the official Python SDK 5.9.0 (documented upstream, where the shape is given); the
        answer carries the `stream_key`. No operation deletes a livestream.

        Pass the body as `body` (a LivestreamCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Livestream).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if body is None:
            body = LivestreamCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            await create_livestream.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data

    async def get_session(
        self,
        livestream_session_id: str,
    ) -> LivestreamSession:
        """Fetch a livestream session

        Returns one livestream session (one period a livestream was `LIVE`): its times, the seconds
        streamed in and watched (integers here, as the official SDK types them). A literal `sessions`
        segment is never a livestream ID.

        Returns the `data` of the response envelope (LivestreamSession).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_livestream_session.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                livestream_session_id=livestream_session_id,
                client=scope.client,
            )
        ).data

    async def get(
        self,
        livestream_id: str,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
    ) -> LivestreamWithSession:
        """Fetch a livestream and its sessions

        Returns the livestream (without its `stream_key`) and, as the official SDK types it, one of its
        sessions: the first of the requested page, newest first, with `paging` counting them all (walk
        them with `per_page=1`); no `session` when the page is empty. Seconds are numbers here.

        Returns the `data` of the response envelope (LivestreamWithSession).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_livestream.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                livestream_id=livestream_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
            )
        ).data

    async def get_active_session(
        self,
        livestream_id: str,
    ) -> ActiveLivestreamSession:
        """Fetch the active session of a livestream

        Returns the livestream (without its `stream_key`) and its session in progress while it is
        `LIVE`; when it is not live, the livestream alone (no `session`). Seconds are strings here, as
        the official SDK types them.

        Returns the `data` of the response envelope (ActiveLivestreamSession).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_active_livestream_session.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                livestream_id=livestream_id,
                client=scope.client,
            )
        ).data

    async def get_analytics(
        self,
        *,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        filters: str | Unset = UNSET,
    ) -> LivestreamAnalytics:
        """Livestream analytics over a time range

        How many livestreams went live in the range (a livestream session started in it), and the
        seconds their sessions streamed in and were watched. The range is in Unix seconds; absent, it is
        the 30 days up to now by the App's clock. An end before the start is a 400.

        Returns the `data` of the response envelope (LivestreamAnalytics).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_livestream_analytics.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                start_time=start_time,
                end_time=end_time,
                filters=filters,
            )
        ).data

    async def get_analytics_daywise(
        self,
        *,
        start_time: int | Unset = UNSET,
        end_time: int | Unset = UNSET,
        filters: str | Unset = UNSET,
    ) -> LivestreamDaywiseEnvelope:
        """Livestream analytics per day

        Per day (UTC) of the range on which livestream sessions started, oldest first: how many, and the
        seconds they streamed in and were watched. The range is in Unix seconds; absent, it is the 30
        days up to now by the App's clock. An end before the start is a 400.

        Returns the response envelope (LivestreamDaywiseEnvelope).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return await get_livestream_analytics_daywise.asyncio(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
            start_time=start_time,
            end_time=end_time,
            filters=filters,
        )


__all__ = [
    "Livestreams",
    "AsyncLivestreams",
    "start_livestream",
    "stop_livestream",
    "get_active_livestream",
    "list_livestreams",
    "create_livestream",
    "get_livestream_session",
    "get_livestream",
    "get_active_livestream_session",
    "get_livestream_analytics",
    "get_livestream_analytics_daywise",
]
