from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LivestreamAnalytics")


@_attrs_define
class LivestreamAnalytics:
    """Livestream totals of a time range."""

    count: int
    """ How many livestreams went live in the range. """
    total_ingest_seconds: int
    """ Seconds streamed in, over their sessions. """
    total_viewer_seconds: int
    """ Seconds watched, over their sessions and viewers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        total_ingest_seconds = self.total_ingest_seconds

        total_viewer_seconds = self.total_viewer_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "total_ingest_seconds": total_ingest_seconds,
                "total_viewer_seconds": total_viewer_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        total_ingest_seconds = d.pop("total_ingest_seconds")

        total_viewer_seconds = d.pop("total_viewer_seconds")

        livestream_analytics = cls(
            count=count,
            total_ingest_seconds=total_ingest_seconds,
            total_viewer_seconds=total_viewer_seconds,
        )

        livestream_analytics.additional_properties = d
        return livestream_analytics

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
