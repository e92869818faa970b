from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookMeeting")


@_attrs_define
class WebhookMeeting:
    """The meeting an event is about, as of its session."""

    id: str
    """ ID of the meeting. """
    session_id: str | Unset = UNSET
    """ ID of the session. """
    title: None | str | Unset = UNSET
    """ Title of the meeting. """
    room_name: str | Unset = UNSET
    """ Room name (v1 meetings only). """
    status: str | Unset = UNSET
    """ `LIVE` in every documented example, even in `meeting.ended`. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the meeting was created. """
    started_at: datetime.datetime | Unset = UNSET
    """ When the session started. """
    ended_at: datetime.datetime | None | Unset = UNSET
    """ When the session ended; null or absent while it is live. """
    organized_by: WebhookOrganizer | Unset = UNSET
    """ The App that organised the meeting. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        session_id = self.session_id

        title: None | str | Unset = self.title

        room_name = self.room_name

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        ended_at: None | str | Unset
        if isinstance(self.ended_at, Unset):
            ended_at = UNSET
        elif isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        organized_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organized_by, Unset):
            organized_by = self.organized_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if title is not UNSET:
            field_dict["title"] = title
        if room_name is not UNSET:
            field_dict["roomName"] = room_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if ended_at is not UNSET:
            field_dict["endedAt"] = ended_at
        if organized_by is not UNSET:
            field_dict["organizedBy"] = organized_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        session_id = d.pop("sessionId", UNSET)

        title = cast(None | str | Unset, d.pop("title", UNSET))

        room_name = d.pop("roomName", UNSET)

        status = d.pop("status", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _started_at = d.pop("startedAt", UNSET)
        started_at: datetime.datetime | Unset
        if _started_at is UNSET:
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ended_at = _parse_ended_at(d.pop("endedAt", UNSET))

        _organized_by = d.pop("organizedBy", UNSET)
        organized_by: WebhookOrganizer | Unset
        if _organized_by is UNSET:
            organized_by = UNSET
        else:
            organized_by = WebhookOrganizer.from_dict(_organized_by)

        webhook_meeting = cls(
            id=id,
            session_id=session_id,
            title=title,
            room_name=room_name,
            status=status,
            created_at=created_at,
            started_at=started_at,
            ended_at=ended_at,
            organized_by=organized_by,
        )

        webhook_meeting.additional_properties = d
        return webhook_meeting

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
from ..models.webhook_organizer import WebhookOrganizer
