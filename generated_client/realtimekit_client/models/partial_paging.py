from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartialPaging")


@_attrs_define
class PartialPaging:
    """Where a page sits in the whole list, as some lists report it: every key may be absent. Offsets count items from 1;
    an empty page has `start_offset` and `end_offset` 0.

    """

    start_offset: float | Unset = UNSET
    """ Position of the first item of the page in the whole list. """
    end_offset: float | Unset = UNSET
    """ Position of the last item of the page in the whole list. """
    total_count: float | Unset = UNSET
    """ How many items the whole list holds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_offset = self.start_offset

        end_offset = self.end_offset

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start_offset is not UNSET:
            field_dict["start_offset"] = start_offset
        if end_offset is not UNSET:
            field_dict["end_offset"] = end_offset
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_offset = d.pop("start_offset", UNSET)

        end_offset = d.pop("end_offset", UNSET)

        total_count = d.pop("total_count", UNSET)

        partial_paging = cls(
            start_offset=start_offset,
            end_offset=end_offset,
            total_count=total_count,
        )

        partial_paging.additional_properties = d
        return partial_paging

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
