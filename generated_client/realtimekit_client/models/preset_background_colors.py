from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetBackgroundColors")


@_attrs_define
class PresetBackgroundColors:
    """Background shades, from lighter (600) to darker (1000)."""

    field_600: str
    """ Background shade 600. """
    field_700: str
    """ Background shade 700. """
    field_800: str
    """ Background shade 800. """
    field_900: str
    """ Background shade 900. """
    field_1000: str
    """ Background shade 1000. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_600 = self.field_600

        field_700 = self.field_700

        field_800 = self.field_800

        field_900 = self.field_900

        field_1000 = self.field_1000

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "600": field_600,
                "700": field_700,
                "800": field_800,
                "900": field_900,
                "1000": field_1000,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_600 = d.pop("600")

        field_700 = d.pop("700")

        field_800 = d.pop("800")

        field_900 = d.pop("900")

        field_1000 = d.pop("1000")

        preset_background_colors = cls(
            field_600=field_600,
            field_700=field_700,
            field_800=field_800,
            field_900=field_900,
            field_1000=field_1000,
        )

        preset_background_colors.additional_properties = d
        return preset_background_colors

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
