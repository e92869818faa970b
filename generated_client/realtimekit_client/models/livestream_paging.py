from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LivestreamPaging")


@_attrs_define
class LivestreamPaging:
    """Where the item shown sits in the whole list; offsets count from 1, an empty page has `start_offset` and `end_offset`
    0.

    """

    start_offset: int
    """ Position of the first item of the page in the whole list. """
    end_offset: int
    """ Position of the last item of the page in the whole list. """
    total_count: int
    """ How many items the whole list holds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_offset = self.start_offset

        end_offset = self.end_offset

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_offset": start_offset,
                "end_offset": end_offset,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_offset = d.pop("start_offset")

        end_offset = d.pop("end_offset")

        total_count = d.pop("total_count")

        livestream_paging = cls(
            start_offset=start_offset,
            end_offset=end_offset,
            total_count=total_count,
        )

        livestream_paging.additional_properties = d
        return livestream_paging

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
