from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LatencyBuckets")


@_attrs_define
class LatencyBuckets:
    """Share of events at or above each latency, and the average."""

    field_100ms_or_greater_event_fraction: float | Unset = UNSET
    field_250ms_or_greater_event_fraction: float | Unset = UNSET
    field_500ms_or_greater_event_fraction: float | Unset = UNSET
    avg: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_100ms_or_greater_event_fraction = self.field_100ms_or_greater_event_fraction

        field_250ms_or_greater_event_fraction = self.field_250ms_or_greater_event_fraction

        field_500ms_or_greater_event_fraction = self.field_500ms_or_greater_event_fraction

        avg = self.avg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_100ms_or_greater_event_fraction is not UNSET:
            field_dict["100ms_or_greater_event_fraction"] = field_100ms_or_greater_event_fraction
        if field_250ms_or_greater_event_fraction is not UNSET:
            field_dict["250ms_or_greater_event_fraction"] = field_250ms_or_greater_event_fraction
        if field_500ms_or_greater_event_fraction is not UNSET:
            field_dict["500ms_or_greater_event_fraction"] = field_500ms_or_greater_event_fraction
        if avg is not UNSET:
            field_dict["avg"] = avg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_100ms_or_greater_event_fraction = d.pop("100ms_or_greater_event_fraction", UNSET)

        field_250ms_or_greater_event_fraction = d.pop("250ms_or_greater_event_fraction", UNSET)

        field_500ms_or_greater_event_fraction = d.pop("500ms_or_greater_event_fraction", UNSET)

        avg = d.pop("avg", UNSET)

        latency_buckets = cls(
            field_100ms_or_greater_event_fraction=field_100ms_or_greater_event_fraction,
            field_250ms_or_greater_event_fraction=field_250ms_or_greater_event_fraction,
            field_500ms_or_greater_event_fraction=field_500ms_or_greater_event_fraction,
            avg=avg,
        )

        latency_buckets.additional_properties = d
        return latency_buckets

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
