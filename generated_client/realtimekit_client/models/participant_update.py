from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantUpdate")


@_attrs_define
class ParticipantUpdate:
    """Body of edit_participant; only the properties sent are changed."""

    name: None | str | Unset = UNSET
    """ Display name of the participant; null clears it. """
    picture: None | str | Unset = UNSET
    """ URL of the participant's picture; null clears it. """
    preset_name: None | str | Unset = UNSET
    """ Name of the preset applied to the participant; null leaves it unchanged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset = self.name

        picture: None | str | Unset = self.picture

        preset_name: None | str | Unset = self.preset_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if picture is not UNSET:
            field_dict["picture"] = picture
        if preset_name is not UNSET:
            field_dict["preset_name"] = preset_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(None | str | Unset, d.pop("name", UNSET))

        picture = cast(None | str | Unset, d.pop("picture", UNSET))

        preset_name = cast(None | str | Unset, d.pop("preset_name", UNSET))

        participant_update = cls(
            name=name,
            picture=picture,
            preset_name=preset_name,
        )

        participant_update.additional_properties = d
        return participant_update

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
