from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeletedParticipant")


@_attrs_define
class DeletedParticipant:
    """What a participant was when it was deleted."""

    created_at: datetime.datetime
    """ Timestamp the participant was added at. """
    custom_participant_id: str
    """ Your own ID for the participant. """
    preset_id: str
    """ ID of the preset the participant had. """
    updated_at: datetime.datetime
    """ Timestamp the participant was last changed at. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        custom_participant_id = self.custom_participant_id

        preset_id = self.preset_id

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "custom_participant_id": custom_participant_id,
                "preset_id": preset_id,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        custom_participant_id = d.pop("custom_participant_id")

        preset_id = d.pop("preset_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        deleted_participant = cls(
            created_at=created_at,
            custom_participant_id=custom_participant_id,
            preset_id=preset_id,
            updated_at=updated_at,
        )

        deleted_participant.additional_properties = d
        return deleted_participant

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
