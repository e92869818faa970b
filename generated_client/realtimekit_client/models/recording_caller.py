from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_caller_type import RecordingCallerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingCaller")


@_attrs_define
class RecordingCaller:
    """Who started or stopped a recording (for a `USER`, only `user_Id` and `name`)."""

    name: str | Unset = UNSET
    """ Name of the caller. """
    type_: RecordingCallerType | Unset = UNSET
    """ An App's credentials (`ORGANIZATION`) or a participant (`USER`). """
    user_id: str | Unset = UNSET
    """ ID of the user (note the capital I, as the API sends it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_._value_

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_id is not UNSET:
            field_dict["user_Id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: RecordingCallerType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = RecordingCallerType.from_value(_type_)

        user_id = d.pop("user_Id", UNSET)

        recording_caller = cls(
            name=name,
            type_=type_,
            user_id=user_id,
        )

        recording_caller.additional_properties = d
        return recording_caller

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
