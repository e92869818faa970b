from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionParticipant")


@_attrs_define
class ActionParticipant:
    """A participant acted upon."""

    id: str
    """ ID of the participant. """
    created_at: str
    """ When the participant was added. """
    updated_at: str
    """ When the participant last changed. """
    email: str | Unset = UNSET
    """ Email of the participant. """
    name: str | Unset = UNSET
    """ Name of the participant. """
    picture: str | Unset = UNSET
    """ URL of a picture of the participant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        email = self.email

        name = self.name

        picture = self.picture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        picture = d.pop("picture", UNSET)

        action_participant = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            email=email,
            name=name,
            picture=picture,
        )

        action_participant.additional_properties = d
        return action_participant

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
