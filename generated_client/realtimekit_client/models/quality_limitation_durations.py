from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QualityLimitationDurations")


@_attrs_define
class QualityLimitationDurations:
    """Seconds the video quality was limited, by reason."""

    bandwidth: float | Unset = UNSET
    cpu: float | Unset = UNSET
    none: float | Unset = UNSET
    other: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bandwidth = self.bandwidth

        cpu = self.cpu

        none = self.none

        other = self.other

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bandwidth is not UNSET:
            field_dict["bandwidth"] = bandwidth
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if none is not UNSET:
            field_dict["none"] = none
        if other is not UNSET:
            field_dict["other"] = other

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bandwidth = d.pop("bandwidth", UNSET)

        cpu = d.pop("cpu", UNSET)

        none = d.pop("none", UNSET)

        other = d.pop("other", UNSET)

        quality_limitation_durations = cls(
            bandwidth=bandwidth,
            cpu=cpu,
            none=none,
            other=other,
        )

        quality_limitation_durations.additional_properties = d
        return quality_limitation_durations

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
