from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetColorsUpdate")


@_attrs_define
class PresetColorsUpdate:
    """Colours of the UI (CSS colour strings). Every property is optional."""

    background: PresetBackgroundColorsUpdate | Unset = UNSET
    """ Background shades, from lighter (600) to darker (1000). Every property is optional. """
    brand: PresetBrandColorsUpdate | Unset = UNSET
    """ Brand shades, from lighter (300) to darker (700). Every property is optional. """
    danger: str | Unset = UNSET
    """ Colour of danger states. """
    success: str | Unset = UNSET
    """ Colour of success states. """
    text: str | Unset = UNSET
    """ Colour of text. """
    text_on_brand: str | Unset = UNSET
    """ Colour of text on brand-coloured surfaces. """
    video_bg: str | Unset = UNSET
    """ Background colour of video tiles. """
    warning: str | Unset = UNSET
    """ Colour of warnings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        background: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background.to_dict()

        brand: dict[str, Any] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand.to_dict()

        danger = self.danger

        success = self.success

        text = self.text

        text_on_brand = self.text_on_brand

        video_bg = self.video_bg

        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if background is not UNSET:
            field_dict["background"] = background
        if brand is not UNSET:
            field_dict["brand"] = brand
        if danger is not UNSET:
            field_dict["danger"] = danger
        if success is not UNSET:
            field_dict["success"] = success
        if text is not UNSET:
            field_dict["text"] = text
        if text_on_brand is not UNSET:
            field_dict["text_on_brand"] = text_on_brand
        if video_bg is not UNSET:
            field_dict["video_bg"] = video_bg
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _background = d.pop("background", UNSET)
        background: PresetBackgroundColorsUpdate | Unset
        if _background is UNSET:
            background = UNSET
        else:
            background = PresetBackgroundColorsUpdate.from_dict(_background)

        _brand = d.pop("brand", UNSET)
        brand: PresetBrandColorsUpdate | Unset
        if _brand is UNSET:
            brand = UNSET
        else:
            brand = PresetBrandColorsUpdate.from_dict(_brand)

        danger = d.pop("danger", UNSET)

        success = d.pop("success", UNSET)

        text = d.pop("text", UNSET)

        text_on_brand = d.pop("text_on_brand", UNSET)

        video_bg = d.pop("video_bg", UNSET)

        warning = d.pop("warning", UNSET)

        preset_colors_update = cls(
            background=background,
            brand=brand,
            danger=danger,
            success=success,
            text=text,
            text_on_brand=text_on_brand,
            video_bg=video_bg,
            warning=warning,
        )

        preset_colors_update.additional_properties = d
        return preset_colors_update

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
from ..models.preset_background_colors_update import PresetBackgroundColorsUpdate
from ..models.preset_brand_colors_update import PresetBrandColorsUpdate
