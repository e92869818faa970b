from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.peer_event_name import PeerEventName
from ..models.peer_view_type import PeerViewType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PeerEvent")


@_attrs_define
class PeerEvent:
    """One event in a peer's life: created, joining, leaving."""

    id: str | Unset = UNSET
    """ ID of the event. """
    created_at: str | Unset = UNSET
    """ When the event happened. """
    event_name: PeerEventName | Unset = UNSET
    """ What happened to a peer. """
    minutes_consumed: float | Unset = UNSET
    """ Minutes the peer had been in the session at this event. """
    participant_id: None | str | Unset = UNSET
    """ ID of the participant (the Meetings API's participant ID). """
    peer_id: str | Unset = UNSET
    """ ID of the peer. """
    preset_view_type: None | PeerViewType | Unset = UNSET
    """ View type of the peer's preset. """
    session_id: None | str | Unset = UNSET
    """ ID of the session. """
    socket_session_id: None | str | Unset = UNSET
    """ ID of the peer's signalling connection. """
    updated_at: str | Unset = UNSET
    """ When the event last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        event_name: str | Unset = UNSET
        if not isinstance(self.event_name, Unset):
            event_name = self.event_name._value_

        minutes_consumed = self.minutes_consumed

        participant_id: None | str | Unset = self.participant_id

        peer_id = self.peer_id

        preset_view_type: None | str | Unset
        if isinstance(self.preset_view_type, Unset):
            preset_view_type = UNSET
        elif isinstance(self.preset_view_type, PeerViewType):
            preset_view_type = self.preset_view_type._value_
        else:
            preset_view_type = self.preset_view_type

        session_id: None | str | Unset = self.session_id

        socket_session_id: None | str | Unset = self.socket_session_id

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if minutes_consumed is not UNSET:
            field_dict["minutes_consumed"] = minutes_consumed
        if participant_id is not UNSET:
            field_dict["participant_id"] = participant_id
        if peer_id is not UNSET:
            field_dict["peer_id"] = peer_id
        if preset_view_type is not UNSET:
            field_dict["preset_view_type"] = preset_view_type
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if socket_session_id is not UNSET:
            field_dict["socket_session_id"] = socket_session_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        created_at = d.pop("created_at", UNSET)

        _event_name = d.pop("event_name", UNSET)
        event_name: PeerEventName | Unset
        if _event_name is UNSET:
            event_name = UNSET
        else:
            event_name = PeerEventName.from_value(_event_name)

        minutes_consumed = d.pop("minutes_consumed", UNSET)

        participant_id = cast(None | str | Unset, d.pop("participant_id", UNSET))

        peer_id = d.pop("peer_id", UNSET)

        def _parse_preset_view_type(data: object) -> None | PeerViewType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preset_view_type_type_0 = PeerViewType.from_value(data)

                return preset_view_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PeerViewType | Unset, data)

        preset_view_type = _parse_preset_view_type(d.pop("preset_view_type", UNSET))

        session_id = cast(None | str | Unset, d.pop("session_id", UNSET))

        socket_session_id = cast(None | str | Unset, d.pop("socket_session_id", UNSET))

        updated_at = d.pop("updated_at", UNSET)

        peer_event = cls(
            id=id,
            created_at=created_at,
            event_name=event_name,
            minutes_consumed=minutes_consumed,
            participant_id=participant_id,
            peer_id=peer_id,
            preset_view_type=preset_view_type,
            session_id=session_id,
            socket_session_id=socket_session_id,
            updated_at=updated_at,
        )

        peer_event.additional_properties = d
        return peer_event

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
