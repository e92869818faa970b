from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetUiUpdate")


@_attrs_define
class PresetUiUpdate:
    """How the meeting looks to participants with the preset. Every property is optional."""

    design_tokens: PresetDesignTokensUpdate | Unset = UNSET
    """ The design tokens of the UI. Every property is optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        design_tokens: dict[str, Any] | Unset = UNSET
        if not isinstance(self.design_tokens, Unset):
            design_tokens = self.design_tokens.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if design_tokens is not UNSET:
            field_dict["design_tokens"] = design_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _design_tokens = d.pop("design_tokens", UNSET)
        design_tokens: PresetDesignTokensUpdate | Unset
        if _design_tokens is UNSET:
            design_tokens = UNSET
        else:
            design_tokens = PresetDesignTokensUpdate.from_dict(_design_tokens)

        preset_ui_update = cls(
            design_tokens=design_tokens,
        )

        preset_ui_update.additional_properties = d
        return preset_ui_update

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
from ..models.preset_design_tokens_update import PresetDesignTokensUpdate
