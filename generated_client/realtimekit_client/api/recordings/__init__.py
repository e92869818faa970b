"""Contains endpoint functions for accessing the API, and the bound recordings resources"""

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, ClassVar
from uuid import UUID

from attrs import evolve

from ... import errors
from ...client import Scope
from ...models.audio_config import AudioConfig
from ...models.interactive_config import InteractiveConfig
from ...models.paging import Paging
from ...models.realtimekit_bucket_config import RealtimekitBucketConfig
from ...models.recording import Recording
from ...models.recording_action import RecordingAction
from ...models.recording_action_action import RecordingActionAction
from ...models.recording_basic import RecordingBasic
from ...models.recording_list import RecordingList
from ...models.recording_list_item import RecordingListItem
from ...models.recording_sort_by import RecordingSortBy
from ...models.recording_start import RecordingStart
from ...models.recording_status import RecordingStatus
from ...models.rtmp_out_config import RtmpOutConfig
from ...models.sort_order import SortOrder
from ...models.storage_config import StorageConfig
from ...models.track_recording_data import TrackRecordingData
from ...models.track_recording_start import TrackRecordingStart
from ...models.track_recording_start_layers import TrackRecordingStartLayers
from ...models.video_config import VideoConfig
from ...types import UNSET, Unset, known_total
from . import (
    get_active_recording,
    get_recording,
    list_recordings,
    pause_resume_stop_recording,
    start_recording,
    start_track_recording,
)

_OPERATIONS: dict[str, str] = {
    "list": "list_recordings",
    "start": "start_recording",
    "start_track": "start_track_recording",
    "get": "get_recording",
    "pause_resume_stop": "pause_resume_stop_recording",
    "get_active": "get_active_recording",
}
_ITERATORS: dict[str, str] = {
    "iter": "list_recordings",
}


class Recordings:
    """The recordings operations, with account_id and app_id taken from the bound client.

    Reached as ``RealtimeKit().recordings``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<Recordings of {self._scope!r}>"

    def list(
        self,
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
        status: builtins.list[RecordingStatus] | Unset = UNSET,
    ) -> RecordingList:
        """List recordings

        Returns the recordings of an App, newest first unless sorted otherwise, one page at a time; each
        item carries its meeting (without `ai_config`).

        Returns the response envelope (RecordingList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return list_recordings.sync(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
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

    def iter(
        self,
        *,
        per_page: int = 20,
        meeting_id: UUID | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        expired: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: RecordingSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        status: builtins.list[RecordingStatus] | Unset = UNSET,
    ) -> Iterator[RecordingListItem]:
        """Every item of `list` (list_recordings), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = list_recordings.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
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
            data = page.data
            items = data if isinstance(data, list) else []
            paging = page.paging
            total = known_total(paging.total_count) if isinstance(paging, Paging) else None
            yield from items
            seen += len(items)
            if not items or len(items) < per_page or (total is not None and seen >= total):
                return
            page_no += 1

    def start(
        self,
        body: RecordingStart | None = None,
        *,
        meeting_id: UUID | Unset = UNSET,
        allow_multiple_recordings: bool | Unset = UNSET,
        audio_config: AudioConfig | Unset = UNSET,
        file_name_prefix: str | Unset = UNSET,
        interactive_config: InteractiveConfig | Unset = UNSET,
        max_seconds: int | Unset = UNSET,
        realtimekit_bucket_config: RealtimekitBucketConfig | Unset = UNSET,
        rtmp_out_config: RtmpOutConfig | Unset = UNSET,
        storage_config: None | StorageConfig | Unset = UNSET,
        url: str | Unset = UNSET,
        video_config: VideoConfig | Unset = UNSET,
    ) -> Recording:
        """Start recording a meeting

        Starts a composite recording of the meeting's live session (404 `No active session found for
        meeting_id <id>` without one). Settings in the body win over the meeting's `recording_config`,
        object by object. A meeting records once at a time unless `allow_multiple_recordings` is true; a
        second start is a 409. The recording starts `INVOKED`; see the spec's `RecordingStatus` for its
        lifecycle. The success status is 200, as documented upstream.

        Pass the body as `body` (a RecordingStart) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Recording).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if meeting_id is not UNSET:
            fields["meeting_id"] = meeting_id
        if allow_multiple_recordings is not UNSET:
            fields["allow_multiple_recordings"] = allow_multiple_recordings
        if audio_config is not UNSET:
            fields["audio_config"] = audio_config
        if file_name_prefix is not UNSET:
            fields["file_name_prefix"] = file_name_prefix
        if interactive_config is not UNSET:
            fields["interactive_config"] = interactive_config
        if max_seconds is not UNSET:
            fields["max_seconds"] = max_seconds
        if realtimekit_bucket_config is not UNSET:
            fields["realtimekit_bucket_config"] = realtimekit_bucket_config
        if rtmp_out_config is not UNSET:
            fields["rtmp_out_config"] = rtmp_out_config
        if storage_config is not UNSET:
            fields["storage_config"] = storage_config
        if url is not UNSET:
            fields["url"] = url
        if video_config is not UNSET:
            fields["video_config"] = video_config
        if body is None:
            missing = [name for name in ("meeting_id",) if name not in fields]
            if missing:
                raise TypeError("start() needs body= or " + ", ".join(name + "=" for name in missing))
            body = RecordingStart(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            start_recording.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(start_recording._OPERATION, "the response has no `data`")
        return data

    def start_track(
        self,
        body: TrackRecordingStart | None = None,
        *,
        meeting_id: UUID | Unset = UNSET,
        layers: TrackRecordingStartLayers | Unset = UNSET,
        user_ids: builtins.list[str] | Unset = UNSET,
    ) -> TrackRecordingData:
        """Start a track recording

        Records each participant's audio separately (one file per peer and layer) in the meeting's live
        session, which is required (404 without one). `user_ids` limits it to those participants, for
        current and later peers; `layers` names the files' prefixes per layer (default one layer,
        `default`). Stopped with `pause_resume_stop_recording` or when the session ends. The answer's
        `download_url`, once uploaded, points to a JSON list of the layers' files (the documentation
        shows that list in place of the URL; the official SDK types a string). A literal `track` segment
        is never a recording ID.

        Pass the body as `body` (a TrackRecordingStart) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (TrackRecordingData).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if meeting_id is not UNSET:
            fields["meeting_id"] = meeting_id
        if layers is not UNSET:
            fields["layers"] = layers
        if user_ids is not UNSET:
            fields["user_ids"] = user_ids
        if body is None:
            missing = [name for name in ("meeting_id",) if name not in fields]
            if missing:
                raise TypeError("start_track() needs body= or " + ", ".join(name + "=" for name in missing))
            body = TrackRecordingStart(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            start_track_recording.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(start_track_recording._OPERATION, "the response has no `data`")
        return data

    def get(
        self,
        recording_id: UUID | str,
    ) -> Recording:
        """Fetch a recording

        Returns one recording: its status, times, reasons and, once uploaded to the RealtimeKit bucket,
        its download URLs and their expiry.

        Returns the `data` of the response envelope (Recording).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            get_recording.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                recording_id=recording_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_recording._OPERATION, "the response has no `data`")
        return data

    def pause_resume_stop(
        self,
        recording_id: UUID | str,
        body: RecordingAction | None = None,
        *,
        action: RecordingActionAction | Unset = UNSET,
    ) -> Recording:
        """Pause, resume or stop a recording

        Pauses a `RECORDING` recording, resumes a `PAUSED` one, or stops one that has not stopped yet
        (then it uploads). An action its status does not allow is a 409 naming the status, e.g.
        `Recording is UPLOADED: cannot pause`.

        Pass the body as `body` (a RecordingAction) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Recording).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if action is not UNSET:
            fields["action"] = action
        if body is None:
            missing = [name for name in ("action",) if name not in fields]
            if missing:
                raise TypeError("pause_resume_stop() needs body= or " + ", ".join(name + "=" for name in missing))
            body = RecordingAction(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            pause_resume_stop_recording.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                recording_id=recording_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(pause_resume_stop_recording._OPERATION, "the response has no `data`")
        return data

    def get_active(
        self,
        meeting_id: str,
    ) -> RecordingBasic:
        """Fetch the active recording of a meeting

        Returns the meeting's recording that has not stopped (`INVOKED`, `RECORDING` or `PAUSED`; the
        most recent if several), or 404 `No active recording found for meeting_id <id>`. A literal
        `active-recording` segment is never a recording ID.

        Returns the `data` of the response envelope (RecordingBasic).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_active_recording.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
            )
        ).data


class AsyncRecordings:
    """The recordings operations (async), with account_id and app_id taken from the bound client.

    Reached as ``AsyncRealtimeKit().recordings``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<AsyncRecordings of {self._scope!r}>"

    async def list(
        self,
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
        status: builtins.list[RecordingStatus] | Unset = UNSET,
    ) -> RecordingList:
        """List recordings

        Returns the recordings of an App, newest first unless sorted otherwise, one page at a time; each
        item carries its meeting (without `ai_config`).

        Returns the response envelope (RecordingList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return await list_recordings.asyncio(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
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

    async def iter(
        self,
        *,
        per_page: int = 20,
        meeting_id: UUID | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        expired: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: RecordingSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        status: builtins.list[RecordingStatus] | Unset = UNSET,
    ) -> AsyncIterator[RecordingListItem]:
        """Every item of `list` (list_recordings), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = await list_recordings.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
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

    async def start(
        self,
        body: RecordingStart | None = None,
        *,
        meeting_id: UUID | Unset = UNSET,
        allow_multiple_recordings: bool | Unset = UNSET,
        audio_config: AudioConfig | Unset = UNSET,
        file_name_prefix: str | Unset = UNSET,
        interactive_config: InteractiveConfig | Unset = UNSET,
        max_seconds: int | Unset = UNSET,
        realtimekit_bucket_config: RealtimekitBucketConfig | Unset = UNSET,
        rtmp_out_config: RtmpOutConfig | Unset = UNSET,
        storage_config: None | StorageConfig | Unset = UNSET,
        url: str | Unset = UNSET,
        video_config: VideoConfig | Unset = UNSET,
    ) -> Recording:
        """Start recording a meeting

        Starts a composite recording of the meeting's live session (404 `No active session found for
        meeting_id <id>` without one). Settings in the body win over the meeting's `recording_config`,
        object by object. A meeting records once at a time unless `allow_multiple_recordings` is true; a
        second start is a 409. The recording starts `INVOKED`; see the spec's `RecordingStatus` for its
        lifecycle. The success status is 200, as documented upstream.

        Pass the body as `body` (a RecordingStart) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Recording).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if meeting_id is not UNSET:
            fields["meeting_id"] = meeting_id
        if allow_multiple_recordings is not UNSET:
            fields["allow_multiple_recordings"] = allow_multiple_recordings
        if audio_config is not UNSET:
            fields["audio_config"] = audio_config
        if file_name_prefix is not UNSET:
            fields["file_name_prefix"] = file_name_prefix
        if interactive_config is not UNSET:
            fields["interactive_config"] = interactive_config
        if max_seconds is not UNSET:
            fields["max_seconds"] = max_seconds
        if realtimekit_bucket_config is not UNSET:
            fields["realtimekit_bucket_config"] = realtimekit_bucket_config
        if rtmp_out_config is not UNSET:
            fields["rtmp_out_config"] = rtmp_out_config
        if storage_config is not UNSET:
            fields["storage_config"] = storage_config
        if url is not UNSET:
            fields["url"] = url
        if video_config is not UNSET:
            fields["video_config"] = video_config
        if body is None:
            missing = [name for name in ("meeting_id",) if name not in fields]
            if missing:
                raise TypeError("start() needs body= or " + ", ".join(name + "=" for name in missing))
            body = RecordingStart(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await start_recording.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(start_recording._OPERATION, "the response has no `data`")
        return data

    async def start_track(
        self,
        body: TrackRecordingStart | None = None,
        *,
        meeting_id: UUID | Unset = UNSET,
        layers: TrackRecordingStartLayers | Unset = UNSET,
        user_ids: builtins.list[str] | Unset = UNSET,
    ) -> TrackRecordingData:
        """Start a track recording

        Records each participant's audio separately (one file per peer and layer) in the meeting's live
        session, which is required (404 without one). `user_ids` limits it to those participants, for
        current and later peers; `layers` names the files' prefixes per layer (default one layer,
        `default`). Stopped with `pause_resume_stop_recording` or when the session ends. The answer's
        `download_url`, once uploaded, points to a JSON list of the layers' files (the documentation
        shows that list in place of the URL; the official SDK types a string). A literal `track` segment
        is never a recording ID.

        Pass the body as `body` (a TrackRecordingStart) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (TrackRecordingData).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if meeting_id is not UNSET:
            fields["meeting_id"] = meeting_id
        if layers is not UNSET:
            fields["layers"] = layers
        if user_ids is not UNSET:
            fields["user_ids"] = user_ids
        if body is None:
            missing = [name for name in ("meeting_id",) if name not in fields]
            if missing:
                raise TypeError("start_track() needs body= or " + ", ".join(name + "=" for name in missing))
            body = TrackRecordingStart(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await start_track_recording.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(start_track_recording._OPERATION, "the response has no `data`")
        return data

    async def get(
        self,
        recording_id: UUID | str,
    ) -> Recording:
        """Fetch a recording

        Returns one recording: its status, times, reasons and, once uploaded to the RealtimeKit bucket,
        its download URLs and their expiry.

        Returns the `data` of the response envelope (Recording).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        data = (
            await get_recording.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                recording_id=recording_id,
                client=scope.client,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(get_recording._OPERATION, "the response has no `data`")
        return data

    async def pause_resume_stop(
        self,
        recording_id: UUID | str,
        body: RecordingAction | None = None,
        *,
        action: RecordingActionAction | Unset = UNSET,
    ) -> Recording:
        """Pause, resume or stop a recording

        Pauses a `RECORDING` recording, resumes a `PAUSED` one, or stops one that has not stopped yet
        (then it uploads). An action its status does not allow is a 409 naming the status, e.g.
        `Recording is UPLOADED: cannot pause`.

        Pass the body as `body` (a RecordingAction) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Recording).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if action is not UNSET:
            fields["action"] = action
        if body is None:
            missing = [name for name in ("action",) if name not in fields]
            if missing:
                raise TypeError("pause_resume_stop() needs body= or " + ", ".join(name + "=" for name in missing))
            body = RecordingAction(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await pause_resume_stop_recording.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                recording_id=recording_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(pause_resume_stop_recording._OPERATION, "the response has no `data`")
        return data

    async def get_active(
        self,
        meeting_id: str,
    ) -> RecordingBasic:
        """Fetch the active recording of a meeting

        Returns the meeting's recording that has not stopped (`INVOKED`, `RECORDING` or `PAUSED`; the
        most recent if several), or 404 `No active recording found for meeting_id <id>`. A literal
        `active-recording` segment is never a recording ID.

        Returns the `data` of the response envelope (RecordingBasic).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_active_recording.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                meeting_id=meeting_id,
                client=scope.client,
            )
        ).data


__all__ = [
    "Recordings",
    "AsyncRecordings",
    "list_recordings",
    "start_recording",
    "start_track_recording",
    "get_recording",
    "pause_resume_stop_recording",
    "get_active_recording",
]
