from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetPluginsPermissionsConfig")


@_attrs_define
class PresetPluginsPermissionsConfig:
    """Access to individual plugins, by plugin ID (a UUID)."""

    additional_properties: dict[str, PresetPluginAccess] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preset_plugins_permissions_config = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PresetPluginAccess.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        preset_plugins_permissions_config.additional_properties = additional_properties
        return preset_plugins_permissions_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PresetPluginAccess:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PresetPluginAccess) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, not inside its methods (an import statement per call costs more
# than the rest of a small from_dict) and not at the top (models may refer to each other).
from ..models.preset_plugin_access import PresetPluginAccess
