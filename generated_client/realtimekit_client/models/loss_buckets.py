from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LossBuckets")


@_attrs_define
class LossBuckets:
    """Share of events at or above each packet-loss percentage, and the average."""

    field_10_or_greater_event_fraction: float | Unset = UNSET
    field_25_or_greater_event_fraction: float | Unset = UNSET
    field_5_or_greater_event_fraction: float | Unset = UNSET
    field_50_or_greater_event_fraction: float | Unset = UNSET
    avg: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_10_or_greater_event_fraction = self.field_10_or_greater_event_fraction

        field_25_or_greater_event_fraction = self.field_25_or_greater_event_fraction

        field_5_or_greater_event_fraction = self.field_5_or_greater_event_fraction

        field_50_or_greater_event_fraction = self.field_50_or_greater_event_fraction

        avg = self.avg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_10_or_greater_event_fraction is not UNSET:
            field_dict["10_or_greater_event_fraction"] = field_10_or_greater_event_fraction
        if field_25_or_greater_event_fraction is not UNSET:
            field_dict["25_or_greater_event_fraction"] = field_25_or_greater_event_fraction
        if field_5_or_greater_event_fraction is not UNSET:
            field_dict["5_or_greater_event_fraction"] = field_5_or_greater_event_fraction
        if field_50_or_greater_event_fraction is not UNSET:
            field_dict["50_or_greater_event_fraction"] = field_50_or_greater_event_fraction
        if avg is not UNSET:
            field_dict["avg"] = avg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_10_or_greater_event_fraction = d.pop("10_or_greater_event_fraction", UNSET)

        field_25_or_greater_event_fraction = d.pop("25_or_greater_event_fraction", UNSET)

        field_5_or_greater_event_fraction = d.pop("5_or_greater_event_fraction", UNSET)

        field_50_or_greater_event_fraction = d.pop("50_or_greater_event_fraction", UNSET)

        avg = d.pop("avg", UNSET)

        loss_buckets = cls(
            field_10_or_greater_event_fraction=field_10_or_greater_event_fraction,
            field_25_or_greater_event_fraction=field_25_or_greater_event_fraction,
            field_5_or_greater_event_fraction=field_5_or_greater_event_fraction,
            field_50_or_greater_event_fraction=field_50_or_greater_event_fraction,
            avg=avg,
        )

        loss_buckets.additional_properties = d
        return loss_buckets

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
