from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_produce_permission import PresetProducePermission
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetScreensharePermissionUpdate")


@_attrs_define
class PresetScreensharePermissionUpdate:
    """Whether the participant may produce a screen share. Every property is optional."""

    can_produce: PresetProducePermission | Unset = UNSET
    """ Whether a participant may produce a kind of media. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_produce: str | Unset = UNSET
        if not isinstance(self.can_produce, Unset):
            can_produce = self.can_produce._value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if can_produce is not UNSET:
            field_dict["can_produce"] = can_produce

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _can_produce = d.pop("can_produce", UNSET)
        can_produce: PresetProducePermission | Unset
        if _can_produce is UNSET:
            can_produce = UNSET
        else:
            can_produce = PresetProducePermission.from_value(_can_produce)

        preset_screenshare_permission_update = cls(
            can_produce=can_produce,
        )

        preset_screenshare_permission_update.additional_properties = d
        return preset_screenshare_permission_update

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
