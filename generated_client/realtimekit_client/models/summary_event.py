from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryEvent")


@_attrs_define
class SummaryEvent:
    """`meeting.summary`: the summary is ready."""

    event: Literal["meeting.summary"]
    """ The event name. """
    meeting: WebhookMeeting
    """ The meeting an event is about, as of its session. """
    summary_download_url: str | Unset = UNSET
    """ Download URL of the summary. """
    summary_download_url_expiry: str | Unset = UNSET
    """ When the URL expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        meeting = self.meeting.to_dict()

        summary_download_url = self.summary_download_url

        summary_download_url_expiry = self.summary_download_url_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "meeting": meeting,
            }
        )
        if summary_download_url is not UNSET:
            field_dict["summaryDownloadUrl"] = summary_download_url
        if summary_download_url_expiry is not UNSET:
            field_dict["summaryDownloadUrlExpiry"] = summary_download_url_expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["meeting.summary"], d.pop("event"))
        if event != "meeting.summary":
            raise ValueError(f"event must match const 'meeting.summary', got '{event}'")

        meeting = WebhookMeeting.from_dict(d.pop("meeting"))

        summary_download_url = d.pop("summaryDownloadUrl", UNSET)

        summary_download_url_expiry = d.pop("summaryDownloadUrlExpiry", UNSET)

        summary_event = cls(
            event=event,
            meeting=meeting,
            summary_download_url=summary_download_url,
            summary_download_url_expiry=summary_download_url_expiry,
        )

        summary_event.additional_properties = d
        return summary_event

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
