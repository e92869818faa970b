from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetBrandColorsUpdate")


@_attrs_define
class PresetBrandColorsUpdate:
    """Brand shades, from lighter (300) to darker (700). Every property is optional."""

    field_300: str | Unset = UNSET
    """ Brand shade 300. """
    field_400: str | Unset = UNSET
    """ Brand shade 400. """
    field_500: str | Unset = UNSET
    """ Brand shade 500. """
    field_600: str | Unset = UNSET
    """ Brand shade 600. """
    field_700: str | Unset = UNSET
    """ Brand shade 700. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_300 = self.field_300

        field_400 = self.field_400

        field_500 = self.field_500

        field_600 = self.field_600

        field_700 = self.field_700

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if field_300 is not UNSET:
            field_dict["300"] = field_300
        if field_400 is not UNSET:
            field_dict["400"] = field_400
        if field_500 is not UNSET:
            field_dict["500"] = field_500
        if field_600 is not UNSET:
            field_dict["600"] = field_600
        if field_700 is not UNSET:
            field_dict["700"] = field_700

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_300 = d.pop("300", UNSET)

        field_400 = d.pop("400", UNSET)

        field_500 = d.pop("500", UNSET)

        field_600 = d.pop("600", UNSET)

        field_700 = d.pop("700", UNSET)

        preset_brand_colors_update = cls(
            field_300=field_300,
            field_400=field_400,
            field_500=field_500,
            field_600=field_600,
            field_700=field_700,
        )

        preset_brand_colors_update.additional_properties = d
        return preset_brand_colors_update

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
