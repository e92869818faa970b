from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_status import RecordingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingListItem")


@_attrs_define
class RecordingListItem:
    """A recording in a list, with its meeting (no reasons)."""

    id: UUID
    """ ID of the recording. """
    audio_download_url: None | str
    """ URL of the audio-only file, once uploaded with `audio_config.export_file`; null until then. """
    download_url: None | str
    """ URL of the recording, once uploaded to the RealtimeKit bucket; null until then (for track recordings, a JSON
    list of the layers' files). """
    download_url_expiry: datetime.datetime | None
    """ Until when the download URLs can be used; null until uploaded. """
    file_size: float | None
    """ Size of the file in bytes, once uploaded. """
    invoked_time: datetime.datetime
    """ When the start request was accepted. """
    output_file_name: str
    """ Name of the output file. """
    session_id: None | UUID
    """ ID of the session recorded. """
    started_time: datetime.datetime | None
    """ When recording actually started (usually seconds after `invoked_time`); null until then. """
    status: RecordingStatus
    """ Where a recording is in its lifecycle: `INVOKED` (accepted, waiting for a recorder) → `RECORDING` ⇄ `PAUSED`
    → `UPLOADING` (stopped) → `UPLOADED`; or `ERRORED` (failed, no file). """
    stopped_time: datetime.datetime | None
    """ When the recording stopped; null until then. """
    recording_duration: int | Unset = UNSET
    """ Seconds recorded (pauses excluded), once stopped. """
    storage_config: None | StorageConfig | Unset = UNSET
    """ Where the recording is uploaded besides (or instead of) the RealtimeKit bucket; its secrets are never
    returned. """
    meeting: MeetingSummary | Unset = UNSET
    """ A meeting as listed; list items carry no `ai_config`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        audio_download_url: None | str = self.audio_download_url

        download_url: None | str = self.download_url

        download_url_expiry: None | str
        if isinstance(self.download_url_expiry, datetime.datetime):
            download_url_expiry = self.download_url_expiry.isoformat()
        else:
            download_url_expiry = self.download_url_expiry

        file_size: float | None = self.file_size

        invoked_time = self.invoked_time.isoformat()

        output_file_name = self.output_file_name

        session_id: None | str
        if isinstance(self.session_id, UUID):
            session_id = str(self.session_id)
        else:
            session_id = self.session_id

        started_time: None | str
        if isinstance(self.started_time, datetime.datetime):
            started_time = self.started_time.isoformat()
        else:
            started_time = self.started_time

        status = self.status._value_

        stopped_time: None | str
        if isinstance(self.stopped_time, datetime.datetime):
            stopped_time = self.stopped_time.isoformat()
        else:
            stopped_time = self.stopped_time

        recording_duration = self.recording_duration

        storage_config: dict[str, Any] | None | Unset
        if isinstance(self.storage_config, Unset):
            storage_config = UNSET
        elif isinstance(self.storage_config, StorageConfig):
            storage_config = self.storage_config.to_dict()
        else:
            storage_config = self.storage_config

        meeting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meeting, Unset):
            meeting = self.meeting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "audio_download_url": audio_download_url,
                "download_url": download_url,
                "download_url_expiry": download_url_expiry,
                "file_size": file_size,
                "invoked_time": invoked_time,
                "output_file_name": output_file_name,
                "session_id": session_id,
                "started_time": started_time,
                "status": status,
                "stopped_time": stopped_time,
            }
        )
        if recording_duration is not UNSET:
            field_dict["recording_duration"] = recording_duration
        if storage_config is not UNSET:
            field_dict["storage_config"] = storage_config
        if meeting is not UNSET:
            field_dict["meeting"] = meeting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        audio_download_url = cast(None | str, d.pop("audio_download_url"))

        download_url = cast(None | str, d.pop("download_url"))

        def _parse_download_url_expiry(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                download_url_expiry_type_0 = datetime.datetime.fromisoformat(data)

                return download_url_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        download_url_expiry = _parse_download_url_expiry(d.pop("download_url_expiry"))

        file_size = cast(float | None, d.pop("file_size"))

        invoked_time = datetime.datetime.fromisoformat(d.pop("invoked_time"))

        output_file_name = d.pop("output_file_name")

        def _parse_session_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                session_id_type_0 = UUID(data)

                return session_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        session_id = _parse_session_id(d.pop("session_id"))

        def _parse_started_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_time_type_0 = datetime.datetime.fromisoformat(data)

                return started_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_time = _parse_started_time(d.pop("started_time"))

        status = RecordingStatus.from_value(d.pop("status"))

        def _parse_stopped_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stopped_time_type_0 = datetime.datetime.fromisoformat(data)

                return stopped_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        stopped_time = _parse_stopped_time(d.pop("stopped_time"))

        recording_duration = d.pop("recording_duration", UNSET)

        def _parse_storage_config(data: object) -> None | StorageConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                storage_config_type_0 = StorageConfig.from_dict(data)

                return storage_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StorageConfig | Unset, data)

        storage_config = _parse_storage_config(d.pop("storage_config", UNSET))

        _meeting = d.pop("meeting", UNSET)
        meeting: MeetingSummary | Unset
        if _meeting is UNSET:
            meeting = UNSET
        else:
            meeting = MeetingSummary.from_dict(_meeting)

        recording_list_item = cls(
            id=id,
            audio_download_url=audio_download_url,
            download_url=download_url,
            download_url_expiry=download_url_expiry,
            file_size=file_size,
            invoked_time=invoked_time,
            output_file_name=output_file_name,
            session_id=session_id,
            started_time=started_time,
            status=status,
            stopped_time=stopped_time,
            recording_duration=recording_duration,
            storage_config=storage_config,
            meeting=meeting,
        )

        recording_list_item.additional_properties = d
        return recording_list_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, not inside its methods (an import statement per call costs more
# than the rest of a small from_dict) and not at the top (models may refer to each other).
from ..models.meeting_summary import MeetingSummary
from ..models.storage_config import StorageConfig
