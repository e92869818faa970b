from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookRecording")


@_attrs_define
class WebhookRecording:
    """A recording as its status event shows it (the fields present vary by status; times are `YYYY-MM-DD
    HH:MM:SS.ffffffZ`).

    """

    id: str
    """ ID of the recording. """
    status: str
    """ `INVOKED`, `RECORDING`, `PAUSED`, `UPLOADING`, `UPLOADED` or `ERRORED`. """
    recording_id: str | Unset = UNSET
    """ The same ID. """
    meeting_id: str | Unset = UNSET
    """ ID of the meeting. """
    organization_id: str | Unset = UNSET
    """ ID of the App. """
    started_time: None | str | Unset = UNSET
    """ When it started recording. """
    stopped_time: None | str | Unset = UNSET
    """ When it stopped. """
    room_uuid: str | Unset = UNSET
    """ ID of the session. """
    output_file_name: str | Unset = UNSET
    """ Name of the output file. """
    file_size: int | None | Unset = UNSET
    """ Size of the file in bytes, once uploaded. """
    download_url: None | str | Unset = UNSET
    """ Download URL of the video, once `UPLOADED`. """
    audio_download_url: None | str | Unset = UNSET
    """ Download URL of the audio, once `UPLOADED`. """
    download_url_expiry: None | str | Unset = UNSET
    """ When the download URLs expire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        recording_id = self.recording_id

        meeting_id = self.meeting_id

        organization_id = self.organization_id

        started_time: None | str | Unset = self.started_time

        stopped_time: None | str | Unset = self.stopped_time

        room_uuid = self.room_uuid

        output_file_name = self.output_file_name

        file_size: int | None | Unset = self.file_size

        download_url: None | str | Unset = self.download_url

        audio_download_url: None | str | Unset = self.audio_download_url

        download_url_expiry: None | str | Unset = self.download_url_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if recording_id is not UNSET:
            field_dict["recordingId"] = recording_id
        if meeting_id is not UNSET:
            field_dict["meetingId"] = meeting_id
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id
        if started_time is not UNSET:
            field_dict["startedTime"] = started_time
        if stopped_time is not UNSET:
            field_dict["stoppedTime"] = stopped_time
        if room_uuid is not UNSET:
            field_dict["roomUUID"] = room_uuid
        if output_file_name is not UNSET:
            field_dict["outputFileName"] = output_file_name
        if file_size is not UNSET:
            field_dict["fileSize"] = file_size
        if download_url is not UNSET:
            field_dict["downloadUrl"] = download_url
        if audio_download_url is not UNSET:
            field_dict["audioDownloadUrl"] = audio_download_url
        if download_url_expiry is not UNSET:
            field_dict["downloadUrlExpiry"] = download_url_expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        recording_id = d.pop("recordingId", UNSET)

        meeting_id = d.pop("meetingId", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        started_time = cast(None | str | Unset, d.pop("startedTime", UNSET))

        stopped_time = cast(None | str | Unset, d.pop("stoppedTime", UNSET))

        room_uuid = d.pop("roomUUID", UNSET)

        output_file_name = d.pop("outputFileName", UNSET)

        file_size = cast(int | None | Unset, d.pop("fileSize", UNSET))

        download_url = cast(None | str | Unset, d.pop("downloadUrl", UNSET))

        audio_download_url = cast(None | str | Unset, d.pop("audioDownloadUrl", UNSET))

        download_url_expiry = cast(None | str | Unset, d.pop("downloadUrlExpiry", UNSET))

        webhook_recording = cls(
            id=id,
            status=status,
            recording_id=recording_id,
            meeting_id=meeting_id,
            organization_id=organization_id,
            started_time=started_time,
            stopped_time=stopped_time,
            room_uuid=room_uuid,
            output_file_name=output_file_name,
            file_size=file_size,
            download_url=download_url,
            audio_download_url=audio_download_url,
            download_url_expiry=download_url_expiry,
        )

        webhook_recording.additional_properties = d
        return webhook_recording

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
