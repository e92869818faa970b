from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Participant")


@_attrs_define
class Participant:
    """A participant of a meeting, without its token."""

    id: UUID
    """ ID of the participant. """
    custom_participant_id: str
    """ Your own ID for the participant, unique within the meeting. """
    preset_name: str
    """ Name of the preset applied to the participant. """
    created_at: datetime.datetime
    """ Timestamp the participant was added at. """
    updated_at: datetime.datetime
    """ Timestamp the participant was last changed at. """
    name: None | str | Unset = UNSET
    """ Display name of the participant. """
    picture: None | str | Unset = UNSET
    """ URL of the participant's picture. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        custom_participant_id = self.custom_participant_id

        preset_name = self.preset_name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        name: None | str | Unset = self.name

        picture: None | str | Unset = self.picture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "custom_participant_id": custom_participant_id,
                "preset_name": preset_name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        custom_participant_id = d.pop("custom_participant_id")

        preset_name = d.pop("preset_name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        name = cast(None | str | Unset, d.pop("name", UNSET))

        picture = cast(None | str | Unset, d.pop("picture", UNSET))

        participant = cls(
            id=id,
            custom_participant_id=custom_participant_id,
            preset_name=preset_name,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            picture=picture,
        )

        participant.additional_properties = d
        return participant

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
