from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_produce_permission import PresetProducePermission

T = TypeVar("T", bound="PresetAudioPermission")


@_attrs_define
class PresetAudioPermission:
    """Whether the participant may produce audio."""

    can_produce: PresetProducePermission
    """ Whether a participant may produce a kind of media. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_produce = self.can_produce._value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_produce": can_produce,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_produce = PresetProducePermission.from_value(d.pop("can_produce"))

        preset_audio_permission = cls(
            can_produce=can_produce,
        )

        preset_audio_permission.additional_properties = d
        return preset_audio_permission

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
