from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetPluginsPermissions")


@_attrs_define
class PresetPluginsPermissions:
    """What the participant may do with plugins."""

    can_close: bool
    """ Whether the participant may close plugins. """
    can_edit_config: bool
    """ Whether the participant may change plugin configuration. """
    can_start: bool
    """ Whether the participant may start plugins. """
    config: PresetPluginsPermissionsConfig
    """ Access to individual plugins, by plugin ID (a UUID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_close = self.can_close

        can_edit_config = self.can_edit_config

        can_start = self.can_start

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_close": can_close,
                "can_edit_config": can_edit_config,
                "can_start": can_start,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_close = d.pop("can_close")

        can_edit_config = d.pop("can_edit_config")

        can_start = d.pop("can_start")

        config = PresetPluginsPermissionsConfig.from_dict(d.pop("config"))

        preset_plugins_permissions = cls(
            can_close=can_close,
            can_edit_config=can_edit_config,
            can_start=can_start,
            config=config,
        )

        preset_plugins_permissions.additional_properties = d
        return preset_plugins_permissions

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
from ..models.preset_plugins_permissions_config import PresetPluginsPermissionsConfig
