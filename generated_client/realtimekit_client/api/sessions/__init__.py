"""Contains endpoint functions for accessing the API, and the bound sessions resources"""

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import ClassVar
from uuid import UUID

from ... import errors
from ...client import Scope
from ...models.partial_paging import PartialPaging
from ...models.peer_report_data import PeerReportData
from ...models.peer_report_filter import PeerReportFilter
from ...models.session import Session
from ...models.session_chat import SessionChat
from ...models.session_list import SessionList
from ...models.session_list_data import SessionListData
from ...models.session_participant_data import SessionParticipantData
from ...models.session_participant_list_data import SessionParticipantListData
from ...models.session_participant_sort_by import SessionParticipantSortBy
from ...models.session_participant_view import SessionParticipantView
from ...models.session_sort_by import SessionSortBy
from ...models.session_status import SessionStatus
from ...models.session_summary import SessionSummary
from ...models.session_transcript import SessionTranscript
from ...models.sort_order import SortOrder
from ...models.summary_generation import SummaryGeneration
from ...models.transcript_format import TranscriptFormat
from ...types import UNSET, Unset, known_total
from . import (
    generate_session_summary,
    get_session,
    get_session_chat,
    get_session_participant,
    get_session_peer_report,
    get_session_summary,
    get_session_transcript,
    list_session_participants,
    list_sessions,
)

_OPERATIONS: dict[str, str] = {
    "list": "list_sessions",
    "get": "get_session",
    "list_participants": "list_session_participants",
    "get_participant": "get_session_participant",
    "get_peer_report": "get_session_peer_report",
    "get_chat": "get_session_chat",
    "get_transcript": "get_session_transcript",
    "get_summary": "get_session_summary",
    "generate_summary": "generate_session_summary",
}
_ITERATORS: dict[str, str] = {
    "iter": "list_sessions",
}


class Sessions:
    """The sessions operations, with account_id and app_id taken from the bound client.

    Reached as ``RealtimeKit().sessions``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<Sessions of {self._scope!r}>"

    def list(
        self,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        associated_id: UUID | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        participants: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: SessionSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        status: SessionStatus | Unset = UNSET,
    ) -> SessionList:
        """List sessions

        Returns the sessions of an App (live and ended), one page at a time: newest first unless sorted
        otherwise.

        Returns the response envelope (SessionList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return list_sessions.sync(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
            page_no=page_no,
            per_page=per_page,
            associated_id=associated_id,
            start_time=start_time,
            end_time=end_time,
            participants=participants,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            status=status,
        )

    def iter(
        self,
        *,
        per_page: int = 20,
        associated_id: UUID | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        participants: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: SessionSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        status: SessionStatus | Unset = UNSET,
    ) -> Iterator[Session]:
        """Every item of `list` (list_sessions, its `data.sessions`), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = list_sessions.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
                associated_id=associated_id,
                start_time=start_time,
                end_time=end_time,
                participants=participants,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                status=status,
            )
            data = page.data
            items = data.sessions if isinstance(data, SessionListData) and isinstance(data.sessions, list) else []
            paging = page.paging
            total = known_total(paging.total_count) if isinstance(paging, PartialPaging) else None
            yield from items
            seen += len(items)
            if not items or len(items) < per_page or (total is not None and seen >= total):
                return
            page_no += 1

    def get(
        self,
        session_id: UUID | str,
        *,
        include_breakout_rooms: bool | Unset = False,
    ) -> Session:
        """Fetch a session

        Returns one session of an App.

        Returns the `data` of the response envelope (Session).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            get_session.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
                include_breakout_rooms=include_breakout_rooms,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session._OPERATION, "the response has no `data`")
        return data

    def list_participants(
        self,
        session_id: UUID | str,
        *,
        include_peer_events: bool | Unset = False,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        search: str | Unset = UNSET,
        sort_by: SessionParticipantSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        view: SessionParticipantView | Unset = UNSET,
    ) -> SessionParticipantListData:
        """List the participants of a session

        Returns who took part in a session: one entry per peer (`view=raw`), or one per participant with
        its durations added up (`view=consolidated`). The answer has no paging object; `page_no` and
        `per_page` still select the page.

        Returns the `data` of the response envelope (SessionParticipantListData).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            list_session_participants.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
                include_peer_events=include_peer_events,
                page_no=page_no,
                per_page=per_page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                view=view,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(list_session_participants._OPERATION, "the response has no `data`")
        return data

    def get_participant(
        self,
        session_id: UUID | str,
        participant_id: UUID | str,
        *,
        include_peer_events: bool | Unset = False,
    ) -> SessionParticipantData:
        """Fetch a participant of a session

        Returns one participant of a session, by its ID (the peer ID). Call statistics are in the peer
        report (`get_session_peer_report`).

        Returns the `data` of the response envelope (SessionParticipantData).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            get_session_participant.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                participant_id=participant_id,
                client=scope.client,
                include_peer_events=include_peer_events,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session_participant._OPERATION, "the response has no `data`")
        return data

    def get_peer_report(
        self,
        peer_id: UUID | str,
        *,
        filters: PeerReportFilter | Unset = UNSET,
        include_peer_events: bool | Unset = False,
    ) -> PeerReportData:
        """Fetch the report of a peer

        Returns a peer's participant details with its call report: device, network and media quality
        statistics. The literal `peer-report` segment is never a session ID.

        Returns the `data` of the response envelope (PeerReportData).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            get_session_peer_report.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                peer_id=peer_id,
                client=scope.client,
                filters=filters,
                include_peer_events=include_peer_events,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session_peer_report._OPERATION, "the response has no `data`")
        return data

    def get_chat(
        self,
        session_id: UUID | str,
    ) -> SessionChat:
        """Fetch the chat export of a session

        Returns a URL to a CSV file of every chat message of the session, and until when it can be
        downloaded. The export exists once the session has ended, for meetings with `persist_chat`;
        until then this is a 404.

        Returns the `data` of the response envelope (SessionChat).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            get_session_chat.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session_chat._OPERATION, "the response has no `data`")
        return data

    def get_transcript(
        self,
        session_id: UUID | str,
        *,
        format_: TranscriptFormat | Unset = UNSET,
    ) -> SessionTranscript:
        """Fetch the transcript of a session

        Returns a URL to the session's post-meeting transcript in the format asked for. The transcript
        exists once the session has ended and it was made, for meetings with `transcribe_on_end`; until
        then this is a 404.

        Returns the `data` of the response envelope (SessionTranscript).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            get_session_transcript.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
                format_=format_,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session_transcript._OPERATION, "the response has no `data`")
        return data

    def get_summary(
        self,
        session_id: UUID | str,
    ) -> SessionSummary:
        """Fetch the summary of a session

        Returns a URL to the session's summary (plain text or Markdown, as the meeting's
        `ai_config.summarization` asks). It exists once generated: automatically after the transcript
        for meetings with `summarize_on_end`, or after `generate_session_summary`; until then this is a
        404.

        Returns the `data` of the response envelope (SessionSummary).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            get_session_summary.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session_summary._OPERATION, "the response has no `data`")
        return data

    def generate_summary(
        self,
        session_id: UUID | str,
    ) -> SummaryGeneration:
        """Generate the summary of a session

        Starts summarizing the session's transcript; the summary is then fetched with
        `get_session_summary`. The request has no body. A session without a transcript cannot be
        summarized: that is a 409.

        Returns the `data` of the response envelope (SummaryGeneration).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            generate_session_summary.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(generate_session_summary._OPERATION, "the response has no `data`")
        return data


class AsyncSessions:
    """The sessions operations (async), with account_id and app_id taken from the bound client.

    Reached as ``AsyncRealtimeKit().sessions``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<AsyncSessions of {self._scope!r}>"

    async def list(
        self,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        associated_id: UUID | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        participants: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: SessionSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        status: SessionStatus | Unset = UNSET,
    ) -> SessionList:
        """List sessions

        Returns the sessions of an App (live and ended), one page at a time: newest first unless sorted
        otherwise.

        Returns the response envelope (SessionList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return await list_sessions.asyncio(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
            page_no=page_no,
            per_page=per_page,
            associated_id=associated_id,
            start_time=start_time,
            end_time=end_time,
            participants=participants,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            status=status,
        )

    async def iter(
        self,
        *,
        per_page: int = 20,
        associated_id: UUID | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        participants: str | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: SessionSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        status: SessionStatus | Unset = UNSET,
    ) -> AsyncIterator[Session]:
        """Every item of `list` (list_sessions, its `data.sessions`), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = await list_sessions.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
                associated_id=associated_id,
                start_time=start_time,
                end_time=end_time,
                participants=participants,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                status=status,
            )
            data = page.data
            items = data.sessions if isinstance(data, SessionListData) and isinstance(data.sessions, list) else []
            paging = page.paging
            total = known_total(paging.total_count) if isinstance(paging, PartialPaging) else None
            for item in items:
                yield item
            seen += len(items)
            if not items or len(items) < per_page or (total is not None and seen >= total):
                return
            page_no += 1

    async def get(
        self,
        session_id: UUID | str,
        *,
        include_breakout_rooms: bool | Unset = False,
    ) -> Session:
        """Fetch a session

        Returns one session of an App.

        Returns the `data` of the response envelope (Session).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await get_session.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
                include_breakout_rooms=include_breakout_rooms,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session._OPERATION, "the response has no `data`")
        return data

    async def list_participants(
        self,
        session_id: UUID | str,
        *,
        include_peer_events: bool | Unset = False,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        search: str | Unset = UNSET,
        sort_by: SessionParticipantSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        view: SessionParticipantView | Unset = UNSET,
    ) -> SessionParticipantListData:
        """List the participants of a session

        Returns who took part in a session: one entry per peer (`view=raw`), or one per participant with
        its durations added up (`view=consolidated`). The answer has no paging object; `page_no` and
        `per_page` still select the page.

        Returns the `data` of the response envelope (SessionParticipantListData).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await list_session_participants.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
                include_peer_events=include_peer_events,
                page_no=page_no,
                per_page=per_page,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                view=view,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(list_session_participants._OPERATION, "the response has no `data`")
        return data

    async def get_participant(
        self,
        session_id: UUID | str,
        participant_id: UUID | str,
        *,
        include_peer_events: bool | Unset = False,
    ) -> SessionParticipantData:
        """Fetch a participant of a session

        Returns one participant of a session, by its ID (the peer ID). Call statistics are in the peer
        report (`get_session_peer_report`).

        Returns the `data` of the response envelope (SessionParticipantData).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await get_session_participant.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                participant_id=participant_id,
                client=scope.client,
                include_peer_events=include_peer_events,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session_participant._OPERATION, "the response has no `data`")
        return data

    async def get_peer_report(
        self,
        peer_id: UUID | str,
        *,
        filters: PeerReportFilter | Unset = UNSET,
        include_peer_events: bool | Unset = False,
    ) -> PeerReportData:
        """Fetch the report of a peer

        Returns a peer's participant details with its call report: device, network and media quality
        statistics. The literal `peer-report` segment is never a session ID.

        Returns the `data` of the response envelope (PeerReportData).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await get_session_peer_report.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                peer_id=peer_id,
                client=scope.client,
                filters=filters,
                include_peer_events=include_peer_events,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session_peer_report._OPERATION, "the response has no `data`")
        return data

    async def get_chat(
        self,
        session_id: UUID | str,
    ) -> SessionChat:
        """Fetch the chat export of a session

        Returns a URL to a CSV file of every chat message of the session, and until when it can be
        downloaded. The export exists once the session has ended, for meetings with `persist_chat`;
        until then this is a 404.

        Returns the `data` of the response envelope (SessionChat).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await get_session_chat.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session_chat._OPERATION, "the response has no `data`")
        return data

    async def get_transcript(
        self,
        session_id: UUID | str,
        *,
        format_: TranscriptFormat | Unset = UNSET,
    ) -> SessionTranscript:
        """Fetch the transcript of a session

        Returns a URL to the session's post-meeting transcript in the format asked for. The transcript
        exists once the session has ended and it was made, for meetings with `transcribe_on_end`; until
        then this is a 404.

        Returns the `data` of the response envelope (SessionTranscript).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await get_session_transcript.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
                format_=format_,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session_transcript._OPERATION, "the response has no `data`")
        return data

    async def get_summary(
        self,
        session_id: UUID | str,
    ) -> SessionSummary:
        """Fetch the summary of a session

        Returns a URL to the session's summary (plain text or Markdown, as the meeting's
        `ai_config.summarization` asks). It exists once generated: automatically after the transcript
        for meetings with `summarize_on_end`, or after `generate_session_summary`; until then this is a
        404.

        Returns the `data` of the response envelope (SessionSummary).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await get_session_summary.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_session_summary._OPERATION, "the response has no `data`")
        return data

    async def generate_summary(
        self,
        session_id: UUID | str,
    ) -> SummaryGeneration:
        """Generate the summary of a session

        Starts summarizing the session's transcript; the summary is then fetched with
        `get_session_summary`. The request has no body. A session without a transcript cannot be
        summarized: that is a 409.

        Returns the `data` of the response envelope (SummaryGeneration).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await generate_session_summary.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                session_id=session_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(generate_session_summary._OPERATION, "the response has no `data`")
        return data


__all__ = [
    "Sessions",
    "AsyncSessions",
    "list_sessions",
    "get_session",
    "list_session_participants",
    "get_session_participant",
    "get_session_peer_report",
    "get_session_chat",
    "get_session_transcript",
    "get_session_summary",
    "generate_session_summary",
]
