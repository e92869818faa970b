"""Contains endpoint functions for accessing the API, and the bound meetings resources"""

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, ClassVar
from uuid import UUID

from attrs import evolve

from ... import errors
from ...client import Scope
from ...models.ai_config import AiConfig
from ...models.meeting import Meeting
from ...models.meeting_create import MeetingCreate
from ...models.meeting_list import MeetingList
from ...models.meeting_status import MeetingStatus
from ...models.meeting_summary import MeetingSummary
from ...models.meeting_update import MeetingUpdate
from ...models.paging import Paging
from ...models.recording_config import RecordingConfig
from ...types import UNSET, Unset, known_total
from . import create_meeting, create_org_meeting, get_meeting, list_meetings, replace_meeting, update_meeting

_OPERATIONS: dict[str, str] = {
    "list": "list_meetings",
    "create": "create_meeting",
    "get": "get_meeting",
    "replace": "replace_meeting",
    "update": "update_meeting",
    "create_org": "create_org_meeting",
}
_ITERATORS: dict[str, str] = {
    "iter": "list_meetings",
}


class Meetings:
    """The meetings operations, with account_id and app_id taken from the bound client.

    Reached as ``RealtimeKit().meetings``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<Meetings of {self._scope!r}>"

    def list(
        self,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        search: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: MeetingStatus | Unset = UNSET,
    ) -> MeetingList:
        """List meetings

        Returns the meetings of an App, newest first, one page at a time.

        Returns the response envelope (MeetingList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return list_meetings.sync(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
            page_no=page_no,
            per_page=per_page,
            search=search,
            start_time=start_time,
            end_time=end_time,
            status=status,
        )

    def iter(
        self,
        *,
        per_page: int = 20,
        search: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: MeetingStatus | Unset = UNSET,
    ) -> Iterator[MeetingSummary]:
        """Every item of `list` (list_meetings), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = list_meetings.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
                search=search,
                start_time=start_time,
                end_time=end_time,
                status=status,
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

    def create(
        self,
        body: MeetingCreate | None = None,
        *,
        title: None | str | Unset = UNSET,
        preferred_region: None | str | Unset = UNSET,
        record_on_start: bool | None | Unset = UNSET,
        live_stream_on_start: bool | None | Unset = UNSET,
        persist_chat: bool | Unset = UNSET,
        summarize_on_end: bool | Unset = UNSET,
        transcribe_on_end: bool | Unset = UNSET,
        session_keep_alive_time_in_secs: float | Unset = UNSET,
        ai_config: AiConfig | Unset = UNSET,
        recording_config: RecordingConfig | Unset = UNSET,
    ) -> Meeting:
        """Create a meeting

        Creates a meeting for the given App ID. Omitted properties take their defaults.

        Pass the body as `body` (a MeetingCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Meeting).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if title is not UNSET:
            fields["title"] = title
        if preferred_region is not UNSET:
            fields["preferred_region"] = preferred_region
        if record_on_start is not UNSET:
            fields["record_on_start"] = record_on_start
        if live_stream_on_start is not UNSET:
            fields["live_stream_on_start"] = live_stream_on_start
        if persist_chat is not UNSET:
            fields["persist_chat"] = persist_chat
        if summarize_on_end is not UNSET:
            fields["summarize_on_end"] = summarize_on_end
        if transcribe_on_end is not UNSET:
            fields["transcribe_on_end"] = transcribe_on_end
        if session_keep_alive_time_in_secs is not UNSET:
            fields["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs
        if ai_config is not UNSET:
            fields["ai_config"] = ai_config
        if recording_config is not UNSET:
            fields["recording_config"] = recording_config
        if body is None:
            body = MeetingCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            create_meeting.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(create_meeting._OPERATION, "the response has no `data`")
        return data

    def get(
        self,
        meeting_id: UUID | str,
        *,
        name: str | Unset = UNSET,
    ) -> Meeting:
        """Fetch a meeting for an App

        Returns a meeting details in an App for the given meeting ID.

        Returns the `data` of the response envelope (Meeting).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            get_meeting.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                name=name,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_meeting._OPERATION, "the response has no `data`")
        return data

    def replace(
        self,
        meeting_id: UUID | str,
        body: MeetingCreate | None = None,
        *,
        title: None | str | Unset = UNSET,
        preferred_region: None | str | Unset = UNSET,
        record_on_start: bool | None | Unset = UNSET,
        live_stream_on_start: bool | None | Unset = UNSET,
        persist_chat: bool | Unset = UNSET,
        summarize_on_end: bool | Unset = UNSET,
        transcribe_on_end: bool | Unset = UNSET,
        session_keep_alive_time_in_secs: float | Unset = UNSET,
        ai_config: AiConfig | Unset = UNSET,
        recording_config: RecordingConfig | Unset = UNSET,
    ) -> Meeting:
        """Replace a meeting

        Replaces the whole configuration of a meeting: omitted properties go back to their
        defaults. `id`, `created_at` and `status` are kept.

        Pass the body as `body` (a MeetingCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Meeting).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if title is not UNSET:
            fields["title"] = title
        if preferred_region is not UNSET:
            fields["preferred_region"] = preferred_region
        if record_on_start is not UNSET:
            fields["record_on_start"] = record_on_start
        if live_stream_on_start is not UNSET:
            fields["live_stream_on_start"] = live_stream_on_start
        if persist_chat is not UNSET:
            fields["persist_chat"] = persist_chat
        if summarize_on_end is not UNSET:
            fields["summarize_on_end"] = summarize_on_end
        if transcribe_on_end is not UNSET:
            fields["transcribe_on_end"] = transcribe_on_end
        if session_keep_alive_time_in_secs is not UNSET:
            fields["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs
        if ai_config is not UNSET:
            fields["ai_config"] = ai_config
        if recording_config is not UNSET:
            fields["recording_config"] = recording_config
        if body is None:
            body = MeetingCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            replace_meeting.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(replace_meeting._OPERATION, "the response has no `data`")
        return data

    def update(
        self,
        meeting_id: UUID | str,
        body: MeetingUpdate | None = None,
        *,
        title: str | Unset = UNSET,
        preferred_region: None | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        live_stream_on_start: bool | Unset = UNSET,
        persist_chat: bool | Unset = UNSET,
        summarize_on_end: bool | Unset = UNSET,
        transcribe_on_end: bool | Unset = UNSET,
        session_keep_alive_time_in_secs: float | Unset = UNSET,
        status: MeetingStatus | Unset = UNSET,
        ai_config: AiConfig | Unset = UNSET,
        recording_config: RecordingConfig | Unset = UNSET,
    ) -> Meeting:
        """Update a meeting

        Changes only the properties sent, plus `updated_at`. A nested object sent here
        (`ai_config`, `recording_config`) replaces the stored object as a whole. `status` can
        only be changed by this operation.

        Pass the body as `body` (a MeetingUpdate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Meeting).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if title is not UNSET:
            fields["title"] = title
        if preferred_region is not UNSET:
            fields["preferred_region"] = preferred_region
        if record_on_start is not UNSET:
            fields["record_on_start"] = record_on_start
        if live_stream_on_start is not UNSET:
            fields["live_stream_on_start"] = live_stream_on_start
        if persist_chat is not UNSET:
            fields["persist_chat"] = persist_chat
        if summarize_on_end is not UNSET:
            fields["summarize_on_end"] = summarize_on_end
        if transcribe_on_end is not UNSET:
            fields["transcribe_on_end"] = transcribe_on_end
        if session_keep_alive_time_in_secs is not UNSET:
            fields["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs
        if status is not UNSET:
            fields["status"] = status
        if ai_config is not UNSET:
            fields["ai_config"] = ai_config
        if recording_config is not UNSET:
            fields["recording_config"] = recording_config
        if body is None:
            body = MeetingUpdate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            update_meeting.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(update_meeting._OPERATION, "the response has no `data`")
        return data

    def create_org(
        self,
        body: MeetingCreate | None = None,
        *,
        title: None | str | Unset = UNSET,
        preferred_region: None | str | Unset = UNSET,
        record_on_start: bool | None | Unset = UNSET,
        live_stream_on_start: bool | None | Unset = UNSET,
        persist_chat: bool | Unset = UNSET,
        summarize_on_end: bool | Unset = UNSET,
        transcribe_on_end: bool | Unset = UNSET,
        session_keep_alive_time_in_secs: float | Unset = UNSET,
        ai_config: AiConfig | Unset = UNSET,
        recording_config: RecordingConfig | Unset = UNSET,
    ) -> Meeting:
        """Create a meeting for the organization (deprecated path)

        Creates a meeting for the given organization ID. Deprecated: this path has no App in it;
        the current, app-scoped path is
        `POST /accounts/{account_id}/realtime/kit/{app_id}/meetings` (`create_meeting`).
        The body is required to be `application/json` (the `Content-Type` header, which
        OpenAPI describes through the request body's media type).

        Pass the body as `body` (a MeetingCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Meeting).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if title is not UNSET:
            fields["title"] = title
        if preferred_region is not UNSET:
            fields["preferred_region"] = preferred_region
        if record_on_start is not UNSET:
            fields["record_on_start"] = record_on_start
        if live_stream_on_start is not UNSET:
            fields["live_stream_on_start"] = live_stream_on_start
        if persist_chat is not UNSET:
            fields["persist_chat"] = persist_chat
        if summarize_on_end is not UNSET:
            fields["summarize_on_end"] = summarize_on_end
        if transcribe_on_end is not UNSET:
            fields["transcribe_on_end"] = transcribe_on_end
        if session_keep_alive_time_in_secs is not UNSET:
            fields["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs
        if ai_config is not UNSET:
            fields["ai_config"] = ai_config
        if recording_config is not UNSET:
            fields["recording_config"] = recording_config
        if body is None:
            body = MeetingCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            create_org_meeting.sync(
                account_id=scope.account_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(create_org_meeting._OPERATION, "the response has no `data`")
        return data


class AsyncMeetings:
    """The meetings operations (async), with account_id and app_id taken from the bound client.

    Reached as ``AsyncRealtimeKit().meetings``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<AsyncMeetings of {self._scope!r}>"

    async def list(
        self,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        search: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: MeetingStatus | Unset = UNSET,
    ) -> MeetingList:
        """List meetings

        Returns the meetings of an App, newest first, one page at a time.

        Returns the response envelope (MeetingList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return await list_meetings.asyncio(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
            page_no=page_no,
            per_page=per_page,
            search=search,
            start_time=start_time,
            end_time=end_time,
            status=status,
        )

    async def iter(
        self,
        *,
        per_page: int = 20,
        search: str | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: MeetingStatus | Unset = UNSET,
    ) -> AsyncIterator[MeetingSummary]:
        """Every item of `list` (list_meetings), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = await list_meetings.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
                search=search,
                start_time=start_time,
                end_time=end_time,
                status=status,
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

    async def create(
        self,
        body: MeetingCreate | None = None,
        *,
        title: None | str | Unset = UNSET,
        preferred_region: None | str | Unset = UNSET,
        record_on_start: bool | None | Unset = UNSET,
        live_stream_on_start: bool | None | Unset = UNSET,
        persist_chat: bool | Unset = UNSET,
        summarize_on_end: bool | Unset = UNSET,
        transcribe_on_end: bool | Unset = UNSET,
        session_keep_alive_time_in_secs: float | Unset = UNSET,
        ai_config: AiConfig | Unset = UNSET,
        recording_config: RecordingConfig | Unset = UNSET,
    ) -> Meeting:
        """Create a meeting

        Creates a meeting for the given App ID. Omitted properties take their defaults.

        Pass the body as `body` (a MeetingCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Meeting).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if title is not UNSET:
            fields["title"] = title
        if preferred_region is not UNSET:
            fields["preferred_region"] = preferred_region
        if record_on_start is not UNSET:
            fields["record_on_start"] = record_on_start
        if live_stream_on_start is not UNSET:
            fields["live_stream_on_start"] = live_stream_on_start
        if persist_chat is not UNSET:
            fields["persist_chat"] = persist_chat
        if summarize_on_end is not UNSET:
            fields["summarize_on_end"] = summarize_on_end
        if transcribe_on_end is not UNSET:
            fields["transcribe_on_end"] = transcribe_on_end
        if session_keep_alive_time_in_secs is not UNSET:
            fields["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs
        if ai_config is not UNSET:
            fields["ai_config"] = ai_config
        if recording_config is not UNSET:
            fields["recording_config"] = recording_config
        if body is None:
            body = MeetingCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await create_meeting.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(create_meeting._OPERATION, "the response has no `data`")
        return data

    async def get(
        self,
        meeting_id: UUID | str,
        *,
        name: str | Unset = UNSET,
    ) -> Meeting:
        """Fetch a meeting for an App

        Returns a meeting details in an App for the given meeting ID.

        Returns the `data` of the response envelope (Meeting).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await get_meeting.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                name=name,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_meeting._OPERATION, "the response has no `data`")
        return data

    async def replace(
        self,
        meeting_id: UUID | str,
        body: MeetingCreate | None = None,
        *,
        title: None | str | Unset = UNSET,
        preferred_region: None | str | Unset = UNSET,
        record_on_start: bool | None | Unset = UNSET,
        live_stream_on_start: bool | None | Unset = UNSET,
        persist_chat: bool | Unset = UNSET,
        summarize_on_end: bool | Unset = UNSET,
        transcribe_on_end: bool | Unset = UNSET,
        session_keep_alive_time_in_secs: float | Unset = UNSET,
        ai_config: AiConfig | Unset = UNSET,
        recording_config: RecordingConfig | Unset = UNSET,
    ) -> Meeting:
        """Replace a meeting

        Replaces the whole configuration of a meeting: omitted properties go back to their
        defaults. `id`, `created_at` and `status` are kept.

        Pass the body as `body` (a MeetingCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Meeting).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if title is not UNSET:
            fields["title"] = title
        if preferred_region is not UNSET:
            fields["preferred_region"] = preferred_region
        if record_on_start is not UNSET:
            fields["record_on_start"] = record_on_start
        if live_stream_on_start is not UNSET:
            fields["live_stream_on_start"] = live_stream_on_start
        if persist_chat is not UNSET:
            fields["persist_chat"] = persist_chat
        if summarize_on_end is not UNSET:
            fields["summarize_on_end"] = summarize_on_end
        if transcribe_on_end is not UNSET:
            fields["transcribe_on_end"] = transcribe_on_end
        if session_keep_alive_time_in_secs is not UNSET:
            fields["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs
        if ai_config is not UNSET:
            fields["ai_config"] = ai_config
        if recording_config is not UNSET:
            fields["recording_config"] = recording_config
        if body is None:
            body = MeetingCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await replace_meeting.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(replace_meeting._OPERATION, "the response has no `data`")
        return data

    async def update(
        self,
        meeting_id: UUID | str,
        body: MeetingUpdate | None = None,
        *,
        title: str | Unset = UNSET,
        preferred_region: None | str | Unset = UNSET,
        record_on_start: bool | Unset = UNSET,
        live_stream_on_start: bool | Unset = UNSET,
        persist_chat: bool | Unset = UNSET,
        summarize_on_end: bool | Unset = UNSET,
        transcribe_on_end: bool | Unset = UNSET,
        session_keep_alive_time_in_secs: float | Unset = UNSET,
        status: MeetingStatus | Unset = UNSET,
        ai_config: AiConfig | Unset = UNSET,
        recording_config: RecordingConfig | Unset = UNSET,
    ) -> Meeting:
        """Update a meeting

        Changes only the properties sent, plus `updated_at`. A nested object sent here
        (`ai_config`, `recording_config`) replaces the stored object as a whole. `status` can
        only be changed by this operation.

        Pass the body as `body` (a MeetingUpdate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Meeting).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if title is not UNSET:
            fields["title"] = title
        if preferred_region is not UNSET:
            fields["preferred_region"] = preferred_region
        if record_on_start is not UNSET:
            fields["record_on_start"] = record_on_start
        if live_stream_on_start is not UNSET:
            fields["live_stream_on_start"] = live_stream_on_start
        if persist_chat is not UNSET:
            fields["persist_chat"] = persist_chat
        if summarize_on_end is not UNSET:
            fields["summarize_on_end"] = summarize_on_end
        if transcribe_on_end is not UNSET:
            fields["transcribe_on_end"] = transcribe_on_end
        if session_keep_alive_time_in_secs is not UNSET:
            fields["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs
        if status is not UNSET:
            fields["status"] = status
        if ai_config is not UNSET:
            fields["ai_config"] = ai_config
        if recording_config is not UNSET:
            fields["recording_config"] = recording_config
        if body is None:
            body = MeetingUpdate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await update_meeting.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(update_meeting._OPERATION, "the response has no `data`")
        return data

    async def create_org(
        self,
        body: MeetingCreate | None = None,
        *,
        title: None | str | Unset = UNSET,
        preferred_region: None | str | Unset = UNSET,
        record_on_start: bool | None | Unset = UNSET,
        live_stream_on_start: bool | None | Unset = UNSET,
        persist_chat: bool | Unset = UNSET,
        summarize_on_end: bool | Unset = UNSET,
        transcribe_on_end: bool | Unset = UNSET,
        session_keep_alive_time_in_secs: float | Unset = UNSET,
        ai_config: AiConfig | Unset = UNSET,
        recording_config: RecordingConfig | Unset = UNSET,
    ) -> Meeting:
        """Create a meeting for the organization (deprecated path)

        Creates a meeting for the given organization ID. Deprecated: this path has no App in it;
        the current, app-scoped path is
        `POST /accounts/{account_id}/realtime/kit/{app_id}/meetings` (`create_meeting`).
        The body is required to be `application/json` (the `Content-Type` header, which
        OpenAPI describes through the request body's media type).

        Pass the body as `body` (a MeetingCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Meeting).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if title is not UNSET:
            fields["title"] = title
        if preferred_region is not UNSET:
            fields["preferred_region"] = preferred_region
        if record_on_start is not UNSET:
            fields["record_on_start"] = record_on_start
        if live_stream_on_start is not UNSET:
            fields["live_stream_on_start"] = live_stream_on_start
        if persist_chat is not UNSET:
            fields["persist_chat"] = persist_chat
        if summarize_on_end is not UNSET:
            fields["summarize_on_end"] = summarize_on_end
        if transcribe_on_end is not UNSET:
            fields["transcribe_on_end"] = transcribe_on_end
        if session_keep_alive_time_in_secs is not UNSET:
            fields["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs
        if ai_config is not UNSET:
            fields["ai_config"] = ai_config
        if recording_config is not UNSET:
            fields["recording_config"] = recording_config
        if body is None:
            body = MeetingCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await create_org_meeting.asyncio(
                account_id=scope.account_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(create_org_meeting._OPERATION, "the response has no `data`")
        return data


__all__ = [
    "Meetings",
    "AsyncMeetings",
    "list_meetings",
    "create_meeting",
    "get_meeting",
    "replace_meeting",
    "update_meeting",
    "create_org_meeting",
]
