from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interactive_config_type import InteractiveConfigType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractiveConfig")


@_attrs_define
class InteractiveConfig:
    """Timed metadata written into the recording (ID3 tags on the HLS timeline, delivered as a compressed .tar)."""

    type_: InteractiveConfigType | Unset = UNSET
    """ The kind of timed metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_._value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: InteractiveConfigType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = InteractiveConfigType.from_value(_type_)

        interactive_config = cls(
            type_=type_,
        )

        interactive_config.additional_properties = d
        return interactive_config

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
