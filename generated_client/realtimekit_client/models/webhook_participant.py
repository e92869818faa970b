from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookParticipant")


@_attrs_define
class WebhookParticipant:
    """The peer that joined or left."""

    peer_id: str
    """ ID of the peer (new on every join). """
    user_display_name: None | str | Unset = UNSET
    """ Display name. """
    custom_participant_id: str | Unset = UNSET
    """ The participant's `custom_participant_id`. """
    client_specific_id: str | Unset = UNSET
    """ Deprecated alias of `customParticipantId`. """
    joined_at: datetime.datetime | Unset = UNSET
    """ When the peer joined. """
    left_at: datetime.datetime | Unset = UNSET
    """ When the peer left. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        peer_id = self.peer_id

        user_display_name: None | str | Unset = self.user_display_name

        custom_participant_id = self.custom_participant_id

        client_specific_id = self.client_specific_id

        joined_at: str | Unset = UNSET
        if not isinstance(self.joined_at, Unset):
            joined_at = self.joined_at.isoformat()

        left_at: str | Unset = UNSET
        if not isinstance(self.left_at, Unset):
            left_at = self.left_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "peerId": peer_id,
            }
        )
        if user_display_name is not UNSET:
            field_dict["userDisplayName"] = user_display_name
        if custom_participant_id is not UNSET:
            field_dict["customParticipantId"] = custom_participant_id
        if client_specific_id is not UNSET:
            field_dict["clientSpecificId"] = client_specific_id
        if joined_at is not UNSET:
            field_dict["joinedAt"] = joined_at
        if left_at is not UNSET:
            field_dict["leftAt"] = left_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        peer_id = d.pop("peerId")

        user_display_name = cast(None | str | Unset, d.pop("userDisplayName", UNSET))

        custom_participant_id = d.pop("customParticipantId", UNSET)

        client_specific_id = d.pop("clientSpecificId", UNSET)

        _joined_at = d.pop("joinedAt", UNSET)
        joined_at: datetime.datetime | Unset
        if _joined_at is UNSET:
            joined_at = UNSET
        else:
            joined_at = datetime.datetime.fromisoformat(_joined_at)

        _left_at = d.pop("leftAt", UNSET)
        left_at: datetime.datetime | Unset
        if _left_at is UNSET:
            left_at = UNSET
        else:
            left_at = datetime.datetime.fromisoformat(_left_at)

        webhook_participant = cls(
            peer_id=peer_id,
            user_display_name=user_display_name,
            custom_participant_id=custom_participant_id,
            client_specific_id=client_specific_id,
            joined_at=joined_at,
            left_at=left_at,
        )

        webhook_participant.additional_properties = d
        return webhook_participant

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
