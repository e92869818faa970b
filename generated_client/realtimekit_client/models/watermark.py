from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.watermark_position import WatermarkPosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="Watermark")


@_attrs_define
class Watermark:
    """Watermark added to the recording."""

    position: WatermarkPosition | Unset = WatermarkPosition.LEFT_TOP
    """ Position of the watermark. """
    size: WatermarkSize | Unset = UNSET
    """ Size of the watermark. """
    url: str | Unset = UNSET
    """ URL of the watermark image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position._value_

        size: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if position is not UNSET:
            field_dict["position"] = position
        if size is not UNSET:
            field_dict["size"] = size
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _position = d.pop("position", UNSET)
        position: WatermarkPosition | Unset
        if _position is UNSET:
            position = UNSET
        else:
            position = WatermarkPosition.from_value(_position)

        _size = d.pop("size", UNSET)
        size: WatermarkSize | Unset
        if _size is UNSET:
            size = UNSET
        else:
            size = WatermarkSize.from_dict(_size)

        url = d.pop("url", UNSET)

        watermark = cls(
            position=position,
            size=size,
            url=url,
        )

        watermark.additional_properties = d
        return watermark

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
from ..models.watermark_size import WatermarkSize
