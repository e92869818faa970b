from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LivestreamingStatusUpdateEvent")


@_attrs_define
class LivestreamingStatusUpdateEvent:
    """`livestreaming.statusUpdate`: a livestream changed status."""

    event: Literal["livestreaming.statusUpdate"]
    """ The event name. """
    stream_id: str
    """ ID of the livestream. """
    status: str
    """ `LIVE` or `OFFLINE` (`IDLE` is also reported). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        stream_id = self.stream_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "streamId": stream_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["livestreaming.statusUpdate"], d.pop("event"))
        if event != "livestreaming.statusUpdate":
            raise ValueError(f"event must match const 'livestreaming.statusUpdate', got '{event}'")

        stream_id = d.pop("streamId")

        status = d.pop("status")

        livestreaming_status_update_event = cls(
            event=event,
            stream_id=stream_id,
            status=status,
        )

        livestreaming_status_update_event.additional_properties = d
        return livestreaming_status_update_event

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
