from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SessionParticipant")


@_attrs_define
class SessionParticipant:
    """A participant of a session: one join (a peer), or with `view=consolidated` all joins of one participant."""

    id: str | Unset = UNSET
    """ ID of the session participant: the peer ID. """
    created_at: str | Unset = UNSET
    """ When the entry was created. """
    custom_participant_id: str | Unset = UNSET
    """ The participant's custom ID. """
    display_name: str | Unset = UNSET
    """ The participant's display name. """
    duration: float | Unset = UNSET
    """ Minutes the participant was in the session. """
    joined_at: str | Unset = UNSET
    """ When the participant joined. """
    left_at: str | Unset = UNSET
    """ When the participant left; absent while live. """
    peer_events: list[PeerEvent] | Unset = UNSET
    """ The peer's events (only with `include_peer_events=true`). """
    preset_name: str | Unset = UNSET
    """ Name of the preset the participant joined with. """
    updated_at: str | Unset = UNSET
    """ When the entry last changed. """
    user_id: str | Unset = UNSET
    """ ID of the participant (the Meetings API's participant ID), the same across rejoins. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        custom_participant_id = self.custom_participant_id

        display_name = self.display_name

        duration = self.duration

        joined_at = self.joined_at

        left_at = self.left_at

        peer_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.peer_events, Unset):
            peer_events = []
            for peer_events_item_data in self.peer_events:
                peer_events_item = peer_events_item_data.to_dict()
                peer_events.append(peer_events_item)

        preset_name = self.preset_name

        updated_at = self.updated_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if custom_participant_id is not UNSET:
            field_dict["custom_participant_id"] = custom_participant_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if duration is not UNSET:
            field_dict["duration"] = duration
        if joined_at is not UNSET:
            field_dict["joined_at"] = joined_at
        if left_at is not UNSET:
            field_dict["left_at"] = left_at
        if peer_events is not UNSET:
            field_dict["peer_events"] = peer_events
        if preset_name is not UNSET:
            field_dict["preset_name"] = preset_name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        custom_participant_id = d.pop("custom_participant_id", UNSET)

        display_name = d.pop("display_name", UNSET)

        duration = d.pop("duration", UNSET)

        joined_at = d.pop("joined_at", UNSET)

        left_at = d.pop("left_at", UNSET)

        _peer_events = d.pop("peer_events", UNSET)
        peer_events: list[PeerEvent] | Unset = UNSET
        if _peer_events is not UNSET:
            peer_events = []
            for peer_events_item_data in _peer_events:
                peer_events_item = PeerEvent.from_dict(peer_events_item_data)

                peer_events.append(peer_events_item)

        preset_name = d.pop("preset_name", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        user_id = d.pop("user_id", UNSET)

        session_participant = cls(
            id=id,
            created_at=created_at,
            custom_participant_id=custom_participant_id,
            display_name=display_name,
            duration=duration,
            joined_at=joined_at,
            left_at=left_at,
            peer_events=peer_events,
            preset_name=preset_name,
            updated_at=updated_at,
            user_id=user_id,
        )

        session_participant.additional_properties = d
        return session_participant

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
from ..models.peer_event import PeerEvent
