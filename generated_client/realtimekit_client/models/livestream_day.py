from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LivestreamDay")


@_attrs_define
class LivestreamDay:
    """Livestream totals of one day (UTC)."""

    count: int
    """ How many livestream sessions started that day. """
    date: None | str
    """ The day, `YYYY-MM-DD`. """
    total_ingest_seconds: int
    """ Seconds those sessions streamed in. """
    total_viewer_seconds: int
    """ Seconds those sessions were watched, over viewers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        date: None | str = self.date

        total_ingest_seconds = self.total_ingest_seconds

        total_viewer_seconds = self.total_viewer_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "date": date,
                "total_ingest_seconds": total_ingest_seconds,
                "total_viewer_seconds": total_viewer_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        date = cast(None | str, d.pop("date"))

        total_ingest_seconds = d.pop("total_ingest_seconds")

        total_viewer_seconds = d.pop("total_viewer_seconds")

        livestream_day = cls(
            count=count,
            date=date,
            total_ingest_seconds=total_ingest_seconds,
            total_viewer_seconds=total_viewer_seconds,
        )

        livestream_day.additional_properties = d
        return livestream_day

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
