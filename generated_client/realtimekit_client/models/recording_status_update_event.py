from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStatusUpdateEvent")


@_attrs_define
class RecordingStatusUpdateEvent:
    """`recording.statusUpdate`: a recording changed status."""

    event: Literal["recording.statusUpdate"]
    """ The event name. """
    recording: WebhookRecording
    """ A recording as its status event shows it (the fields present vary by status; times are `YYYY-MM-DD
    HH:MM:SS.ffffffZ`). """
    meeting: WebhookMeeting | Unset = UNSET
    """ The meeting an event is about, as of its session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        recording = self.recording.to_dict()

        meeting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meeting, Unset):
            meeting = self.meeting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "recording": recording,
            }
        )
        if meeting is not UNSET:
            field_dict["meeting"] = meeting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["recording.statusUpdate"], d.pop("event"))
        if event != "recording.statusUpdate":
            raise ValueError(f"event must match const 'recording.statusUpdate', got '{event}'")

        recording = WebhookRecording.from_dict(d.pop("recording"))

        _meeting = d.pop("meeting", UNSET)
        meeting: WebhookMeeting | Unset
        if _meeting is UNSET:
            meeting = UNSET
        else:
            meeting = WebhookMeeting.from_dict(_meeting)

        recording_status_update_event = cls(
            event=event,
            recording=recording,
            meeting=meeting,
        )

        recording_status_update_event.additional_properties = d
        return recording_status_update_event

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
from ..models.webhook_recording import WebhookRecording
