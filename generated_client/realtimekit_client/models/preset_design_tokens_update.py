from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_border_radius import PresetBorderRadius
from ..models.preset_border_width import PresetBorderWidth
from ..models.preset_theme import PresetTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetDesignTokensUpdate")


@_attrs_define
class PresetDesignTokensUpdate:
    """The design tokens of the UI. Every property is optional."""

    border_radius: PresetBorderRadius | Unset = UNSET
    """ Corner rounding of the UI. """
    border_width: PresetBorderWidth | Unset = UNSET
    """ Border width of the UI. """
    colors: PresetColorsUpdate | Unset = UNSET
    """ Colours of the UI (CSS colour strings). Every property is optional. """
    spacing_base: float | Unset = UNSET
    """ Base spacing unit of the UI, in pixels. """
    theme: PresetTheme | Unset = UNSET
    """ Colour theme of the UI. """
    font_family: str | Unset = UNSET
    """ Font family of the UI. """
    google_font: str | Unset = UNSET
    """ Google font of the UI. """
    logo: str | Unset = UNSET
    """ URL of the logo shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        border_radius: str | Unset = UNSET
        if not isinstance(self.border_radius, Unset):
            border_radius = self.border_radius._value_

        border_width: str | Unset = UNSET
        if not isinstance(self.border_width, Unset):
            border_width = self.border_width._value_

        colors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = self.colors.to_dict()

        spacing_base = self.spacing_base

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme._value_

        font_family = self.font_family

        google_font = self.google_font

        logo = self.logo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if border_radius is not UNSET:
            field_dict["border_radius"] = border_radius
        if border_width is not UNSET:
            field_dict["border_width"] = border_width
        if colors is not UNSET:
            field_dict["colors"] = colors
        if spacing_base is not UNSET:
            field_dict["spacing_base"] = spacing_base
        if theme is not UNSET:
            field_dict["theme"] = theme
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
        _border_radius = d.pop("border_radius", UNSET)
        border_radius: PresetBorderRadius | Unset
        if _border_radius is UNSET:
            border_radius = UNSET
        else:
            border_radius = PresetBorderRadius.from_value(_border_radius)

        _border_width = d.pop("border_width", UNSET)
        border_width: PresetBorderWidth | Unset
        if _border_width is UNSET:
            border_width = UNSET
        else:
            border_width = PresetBorderWidth.from_value(_border_width)

        _colors = d.pop("colors", UNSET)
        colors: PresetColorsUpdate | Unset
        if _colors is UNSET:
            colors = UNSET
        else:
            colors = PresetColorsUpdate.from_dict(_colors)

        spacing_base = d.pop("spacing_base", UNSET)

        _theme = d.pop("theme", UNSET)
        theme: PresetTheme | Unset
        if _theme is UNSET:
            theme = UNSET
        else:
            theme = PresetTheme.from_value(_theme)

        font_family = d.pop("font_family", UNSET)

        google_font = d.pop("google_font", UNSET)

        logo = d.pop("logo", UNSET)

        preset_design_tokens_update = cls(
            border_radius=border_radius,
            border_width=border_width,
            colors=colors,
            spacing_base=spacing_base,
            theme=theme,
            font_family=font_family,
            google_font=google_font,
            logo=logo,
        )

        preset_design_tokens_update.additional_properties = d
        return preset_design_tokens_update

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
from ..models.preset_colors_update import PresetColorsUpdate
