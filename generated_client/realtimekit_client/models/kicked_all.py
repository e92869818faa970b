from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KickedAll")


@_attrs_define
class KickedAll:
    """Everyone kicked."""

    action: str | Unset = UNSET
    """ What was done (`kick_all`). """
    kicked_participants_count: float | Unset = UNSET
    """ How many participants were kicked. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        kicked_participants_count = self.kicked_participants_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if action is not UNSET:
            field_dict["action"] = action
        if kicked_participants_count is not UNSET:
            field_dict["kicked_participants_count"] = kicked_participants_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action", UNSET)

        kicked_participants_count = d.pop("kicked_participants_count", UNSET)

        kicked_all = cls(
            action=action,
            kicked_participants_count=kicked_participants_count,
        )

        kicked_all.additional_properties = d
        return kicked_all

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
