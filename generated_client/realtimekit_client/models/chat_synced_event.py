from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatSyncedEvent")


@_attrs_define
class ChatSyncedEvent:
    """`meeting.chatSynced`: the chat export is ready."""

    event: Literal["meeting.chatSynced"]
    """ The event name. """
    session_id: str
    """ ID of the session. """
    meeting_id: str | Unset = UNSET
    """ ID of the meeting. """
    chat_download_url: str | Unset = UNSET
    """ Download URL of the chat export (CSV). """
    chat_download_url_expiry: str | Unset = UNSET
    """ When the URL expires. """
    organized_by: WebhookOrganizer | Unset = UNSET
    """ The App that organised the meeting. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        session_id = self.session_id

        meeting_id = self.meeting_id

        chat_download_url = self.chat_download_url

        chat_download_url_expiry = self.chat_download_url_expiry

        organized_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organized_by, Unset):
            organized_by = self.organized_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "sessionId": session_id,
            }
        )
        if meeting_id is not UNSET:
            field_dict["meetingId"] = meeting_id
        if chat_download_url is not UNSET:
            field_dict["chatDownloadUrl"] = chat_download_url
        if chat_download_url_expiry is not UNSET:
            field_dict["chatDownloadUrlExpiry"] = chat_download_url_expiry
        if organized_by is not UNSET:
            field_dict["organizedBy"] = organized_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = cast(Literal["meeting.chatSynced"], d.pop("event"))
        if event != "meeting.chatSynced":
            raise ValueError(f"event must match const 'meeting.chatSynced', got '{event}'")

        session_id = d.pop("sessionId")

        meeting_id = d.pop("meetingId", UNSET)

        chat_download_url = d.pop("chatDownloadUrl", UNSET)

        chat_download_url_expiry = d.pop("chatDownloadUrlExpiry", UNSET)

        _organized_by = d.pop("organizedBy", UNSET)
        organized_by: WebhookOrganizer | Unset
        if _organized_by is UNSET:
            organized_by = UNSET
        else:
            organized_by = WebhookOrganizer.from_dict(_organized_by)

        chat_synced_event = cls(
            event=event,
            session_id=session_id,
            meeting_id=meeting_id,
            chat_download_url=chat_download_url,
            chat_download_url_expiry=chat_download_url_expiry,
            organized_by=organized_by,
        )

        chat_synced_event.additional_properties = d
        return chat_synced_event

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
