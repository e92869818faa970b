from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_status import SessionStatus
from ..models.session_type import SessionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A session: a live instance of a meeting, from the first join until shortly after the last peer left (or everyone was
    kicked). Timestamps are ISO 8601 text.

    """

    id: UUID
    """ ID of the session. """
    associated_id: str
    """ ID of the meeting the session belongs to (a UUID; v1 meetings use a room name such as `abcdef-ghijkl`). """
    created_at: str
    """ When the session was created. """
    live_participants: float
    """ How many participants are in the session now. """
    max_concurrent_participants: float
    """ The most participants in the session at one time. """
    meeting_display_name: str
    """ Title of the meeting when the session started. """
    minutes_consumed: float
    """ Minutes since the session began (until it ended, once ended). """
    organization_id: str
    """ ID of the App that hosted the session. """
    started_at: str
    """ When the session started. """
    status: SessionStatus
    """ A live session, or one that has ended. """
    type_: SessionType
    """ What the session is a live instance of. """
    updated_at: str
    """ When the session last changed. """
    breakout_rooms: list[Any] | Unset = UNSET
    """ The session's breakout rooms (with `include_breakout_rooms`). """
    ended_at: str | Unset = UNSET
    """ When the session ended; absent while it is live. """
    meta: Any | Unset = UNSET
    """ Any metadata about the session (shown by a newer revision of the API reference; not in the official SDK
    5.9.0). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        associated_id = self.associated_id

        created_at = self.created_at

        live_participants = self.live_participants

        max_concurrent_participants = self.max_concurrent_participants

        meeting_display_name = self.meeting_display_name

        minutes_consumed = self.minutes_consumed

        organization_id = self.organization_id

        started_at = self.started_at

        status = self.status._value_

        type_ = self.type_._value_

        updated_at = self.updated_at

        breakout_rooms: list[Any] | Unset = UNSET
        if not isinstance(self.breakout_rooms, Unset):
            breakout_rooms = self.breakout_rooms

        ended_at = self.ended_at

        meta = self.meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "associated_id": associated_id,
                "created_at": created_at,
                "live_participants": live_participants,
                "max_concurrent_participants": max_concurrent_participants,
                "meeting_display_name": meeting_display_name,
                "minutes_consumed": minutes_consumed,
                "organization_id": organization_id,
                "started_at": started_at,
                "status": status,
                "type": type_,
                "updated_at": updated_at,
            }
        )
        if breakout_rooms is not UNSET:
            field_dict["breakout_rooms"] = breakout_rooms
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        associated_id = d.pop("associated_id")

        created_at = d.pop("created_at")

        live_participants = d.pop("live_participants")

        max_concurrent_participants = d.pop("max_concurrent_participants")

        meeting_display_name = d.pop("meeting_display_name")

        minutes_consumed = d.pop("minutes_consumed")

        organization_id = d.pop("organization_id")

        started_at = d.pop("started_at")

        status = SessionStatus.from_value(d.pop("status"))

        type_ = SessionType.from_value(d.pop("type"))

        updated_at = d.pop("updated_at")

        breakout_rooms = cast(list[Any], d.pop("breakout_rooms", UNSET))

        ended_at = d.pop("ended_at", UNSET)

        meta = d.pop("meta", UNSET)

        session = cls(
            id=id,
            associated_id=associated_id,
            created_at=created_at,
            live_participants=live_participants,
            max_concurrent_participants=max_concurrent_participants,
            meeting_display_name=meeting_display_name,
            minutes_consumed=minutes_consumed,
            organization_id=organization_id,
            started_at=started_at,
            status=status,
            type_=type_,
            updated_at=updated_at,
            breakout_rooms=breakout_rooms,
            ended_at=ended_at,
            meta=meta,
        )

        session.additional_properties = d
        return session

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
