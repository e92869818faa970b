from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetPollsPermissions")


@_attrs_define
class PresetPollsPermissions:
    """What the participant may do with polls."""

    can_create: bool
    """ Whether the participant may create polls. """
    can_view: bool
    """ Whether the participant may see polls. """
    can_vote: bool
    """ Whether the participant may vote in polls. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_create = self.can_create

        can_view = self.can_view

        can_vote = self.can_vote

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_create": can_create,
                "can_view": can_view,
                "can_vote": can_vote,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_create = d.pop("can_create")

        can_view = d.pop("can_view")

        can_vote = d.pop("can_vote")

        preset_polls_permissions = cls(
            can_create=can_create,
            can_view=can_view,
            can_vote=can_vote,
        )

        preset_polls_permissions.additional_properties = d
        return preset_polls_permissions

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
