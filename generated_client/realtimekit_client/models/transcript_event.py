from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptEvent")


@_attrs_define
class TranscriptEvent:
    """`meeting.transcript`: the transcript is ready."""

    event: Literal["meeting.transcript"]
    """ The event name. """
    meeting: WebhookMeeting
    """ The meeting an event is about, as of its session. """
    transcript_download_url: str | Unset = UNSET
    """ Download URL of the transcript. """
    transcript_download_url_expiry: str | Unset = UNSET
    """ When the URL expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        meeting = self.meeting.to_dict()

        transcript_download_url = self.transcript_download_url

        transcript_download_url_expiry = self.transcript_download_url_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "meeting": meeting,
            }
        )
        if transcript_download_url is not UNSET:
            field_dict["transcriptDownloadUrl"] = transcript_download_url
        if transcript_download_url_expiry is not UNSET:
            field_dict["transcriptDownloadUrlExpiry"] = transcript_download_url_expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["meeting.transcript"], d.pop("event"))
        if event != "meeting.transcript":
            raise ValueError(f"event must match const 'meeting.transcript', got '{event}'")

        meeting = WebhookMeeting.from_dict(d.pop("meeting"))

        transcript_download_url = d.pop("transcriptDownloadUrl", UNSET)

        transcript_download_url_expiry = d.pop("transcriptDownloadUrlExpiry", UNSET)

        transcript_event = cls(
            event=event,
            meeting=meeting,
            transcript_download_url=transcript_download_url,
            transcript_download_url_expiry=transcript_download_url_expiry,
        )

        transcript_event.additional_properties = d
        return transcript_event

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
from ..models.webhook_meeting import WebhookMeeting
