from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MeetingStartedEvent")


@_attrs_define
class MeetingStartedEvent:
    """`meeting.started`: the first participant joined."""

    event: Literal["meeting.started"]
    """ The event name. """
    meeting: WebhookMeeting
    """ The meeting an event is about, as of its session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        meeting = self.meeting.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "meeting": meeting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["meeting.started"], d.pop("event"))
        if event != "meeting.started":
            raise ValueError(f"event must match const 'meeting.started', got '{event}'")

        meeting = WebhookMeeting.from_dict(d.pop("meeting"))

        meeting_started_event = cls(
            event=event,
            meeting=meeting,
        )

        meeting_started_event.additional_properties = d
        return meeting_started_event

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
