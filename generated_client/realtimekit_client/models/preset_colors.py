from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetColors")


@_attrs_define
class PresetColors:
    """Colours of the UI (CSS colour strings)."""

    background: PresetBackgroundColors
    """ Background shades, from lighter (600) to darker (1000). """
    brand: PresetBrandColors
    """ Brand shades, from lighter (300) to darker (700). """
    danger: str
    """ Colour of danger states. """
    success: str
    """ Colour of success states. """
    text: str
    """ Colour of text. """
    text_on_brand: str
    """ Colour of text on brand-coloured surfaces. """
    video_bg: str
    """ Background colour of video tiles. """
    warning: str
    """ Colour of warnings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background = self.background.to_dict()

        brand = self.brand.to_dict()

        danger = self.danger

        success = self.success

        text = self.text

        text_on_brand = self.text_on_brand

        video_bg = self.video_bg

        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "background": background,
                "brand": brand,
                "danger": danger,
                "success": success,
                "text": text,
                "text_on_brand": text_on_brand,
                "video_bg": video_bg,
                "warning": warning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        background = PresetBackgroundColors.from_dict(d.pop("background"))

        brand = PresetBrandColors.from_dict(d.pop("brand"))

        danger = d.pop("danger")

        success = d.pop("success")

        text = d.pop("text")

        text_on_brand = d.pop("text_on_brand")

        video_bg = d.pop("video_bg")

        warning = d.pop("warning")

        preset_colors = cls(
            background=background,
            brand=brand,
            danger=danger,
            success=success,
            text=text,
            text_on_brand=text_on_brand,
            video_bg=video_bg,
            warning=warning,
        )

        preset_colors.additional_properties = d
        return preset_colors

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
from ..models.preset_background_colors import PresetBackgroundColors
from ..models.preset_brand_colors import PresetBrandColors
