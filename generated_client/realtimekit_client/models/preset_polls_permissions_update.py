from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetPollsPermissionsUpdate")


@_attrs_define
class PresetPollsPermissionsUpdate:
    """What the participant may do with polls. Every property is optional."""

    can_create: bool | Unset = UNSET
    """ Whether the participant may create polls. """
    can_view: bool | Unset = UNSET
    """ Whether the participant may see polls. """
    can_vote: bool | Unset = UNSET
    """ Whether the participant may vote in polls. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_create = self.can_create

        can_view = self.can_view

        can_vote = self.can_vote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if can_create is not UNSET:
            field_dict["can_create"] = can_create
        if can_view is not UNSET:
            field_dict["can_view"] = can_view
        if can_vote is not UNSET:
            field_dict["can_vote"] = can_vote

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_create = d.pop("can_create", UNSET)

        can_view = d.pop("can_view", UNSET)

        can_vote = d.pop("can_vote", UNSET)

        preset_polls_permissions_update = cls(
            can_create=can_create,
            can_view=can_view,
            can_vote=can_vote,
        )

        preset_polls_permissions_update.additional_properties = d
        return preset_polls_permissions_update

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
