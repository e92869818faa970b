from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LivestreamStart")


@_attrs_define
class LivestreamStart:
    """Body of start_livestream; every property is optional."""

    name: None | str | Unset = UNSET
    """ Name of the livestream (letters, digits, `-` and `_`). """
    video_config: LivestreamVideoConfig | Unset = UNSET
    """ Size of the livestream's video, in pixels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset = self.name

        video_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_config, Unset):
            video_config = self.video_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if video_config is not UNSET:
            field_dict["video_config"] = video_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(None | str | Unset, d.pop("name", UNSET))

        _video_config = d.pop("video_config", UNSET)
        video_config: LivestreamVideoConfig | Unset
        if _video_config is UNSET:
            video_config = UNSET
        else:
            video_config = LivestreamVideoConfig.from_dict(_video_config)

        livestream_start = cls(
            name=name,
            video_config=video_config,
        )

        livestream_start.additional_properties = d
        return livestream_start

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


# Imported after the class, not inside its methods (an import statement per call costs more
# than the rest of a small from_dict) and not at the top (models may refer to each other).
from ..models.livestream_video_config import LivestreamVideoConfig
