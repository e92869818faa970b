from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoConsumerIssues")


@_attrs_define
class VideoConsumerIssues:
    """Share of the call with each video consumption issue."""

    lag_fraction: float | Unset = UNSET
    no_video_fraction: float | Unset = UNSET
    poor_resolution_fraction: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lag_fraction = self.lag_fraction

        no_video_fraction = self.no_video_fraction

        poor_resolution_fraction = self.poor_resolution_fraction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if lag_fraction is not UNSET:
            field_dict["lag_fraction"] = lag_fraction
        if no_video_fraction is not UNSET:
            field_dict["no_video_fraction"] = no_video_fraction
        if poor_resolution_fraction is not UNSET:
            field_dict["poor_resolution_fraction"] = poor_resolution_fraction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lag_fraction = d.pop("lag_fraction", UNSET)

        no_video_fraction = d.pop("no_video_fraction", UNSET)

        poor_resolution_fraction = d.pop("poor_resolution_fraction", UNSET)

        video_consumer_issues = cls(
            lag_fraction=lag_fraction,
            no_video_fraction=no_video_fraction,
            poor_resolution_fraction=poor_resolution_fraction,
        )

        video_consumer_issues.additional_properties = d
        return video_consumer_issues

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
