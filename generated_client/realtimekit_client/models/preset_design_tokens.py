from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_border_radius import PresetBorderRadius
from ..models.preset_border_width import PresetBorderWidth
from ..models.preset_theme import PresetTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetDesignTokens")


@_attrs_define
class PresetDesignTokens:
    """The design tokens of the UI."""

    border_radius: PresetBorderRadius
    """ Corner rounding of the UI. """
    border_width: PresetBorderWidth
    """ Border width of the UI. """
    colors: PresetColors
    """ Colours of the UI (CSS colour strings). """
    spacing_base: float
    """ Base spacing unit of the UI, in pixels. """
    theme: PresetTheme
    """ Colour theme of the UI. """
    font_family: str | Unset = UNSET
    """ Font family of the UI. """
    google_font: str | Unset = UNSET
    """ Google font of the UI. """
    logo: str | Unset = UNSET
    """ URL of the logo shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        border_radius = self.border_radius._value_

        border_width = self.border_width._value_

        colors = self.colors.to_dict()

        spacing_base = self.spacing_base

        theme = self.theme._value_

        font_family = self.font_family

        google_font = self.google_font

        logo = self.logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "border_radius": border_radius,
                "border_width": border_width,
                "colors": colors,
                "spacing_base": spacing_base,
                "theme": theme,
            }
        )
        if font_family is not UNSET:
            field_dict["font_family"] = font_family
        if google_font is not UNSET:
            field_dict["google_font"] = google_font
        if logo is not UNSET:
            field_dict["logo"] = logo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        border_radius = PresetBorderRadius.from_value(d.pop("border_radius"))

        border_width = PresetBorderWidth.from_value(d.pop("border_width"))

        colors = PresetColors.from_dict(d.pop("colors"))

        spacing_base = d.pop("spacing_base")

        theme = PresetTheme.from_value(d.pop("theme"))

        font_family = d.pop("font_family", UNSET)

        google_font = d.pop("google_font", UNSET)

        logo = d.pop("logo", UNSET)

        preset_design_tokens = cls(
            border_radius=border_radius,
            border_width=border_width,
            colors=colors,
            spacing_base=spacing_base,
            theme=theme,
            font_family=font_family,
            google_font=google_font,
            logo=logo,
        )

        preset_design_tokens.additional_properties = d
        return preset_design_tokens

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
from ..models.preset_colors import PresetColors
