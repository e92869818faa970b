from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetPluginsPermissionsUpdate")


@_attrs_define
class PresetPluginsPermissionsUpdate:
    """What the participant may do with plugins. Every property is optional."""

    can_close: bool | Unset = UNSET
    """ Whether the participant may close plugins. """
    can_edit_config: bool | Unset = UNSET
    """ Whether the participant may change plugin configuration. """
    can_start: bool | Unset = UNSET
    """ Whether the participant may start plugins. """
    config: PresetPluginsPermissionsUpdateConfig | Unset = UNSET
    """ Access to individual plugins, by plugin ID (a UUID). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_close = self.can_close

        can_edit_config = self.can_edit_config

        can_start = self.can_start

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if can_close is not UNSET:
            field_dict["can_close"] = can_close
        if can_edit_config is not UNSET:
            field_dict["can_edit_config"] = can_edit_config
        if can_start is not UNSET:
            field_dict["can_start"] = can_start
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_close = d.pop("can_close", UNSET)

        can_edit_config = d.pop("can_edit_config", UNSET)

        can_start = d.pop("can_start", UNSET)

        _config = d.pop("config", UNSET)
        config: PresetPluginsPermissionsUpdateConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = PresetPluginsPermissionsUpdateConfig.from_dict(_config)

        preset_plugins_permissions_update = cls(
            can_close=can_close,
            can_edit_config=can_edit_config,
            can_start=can_start,
            config=config,
        )

        preset_plugins_permissions_update.additional_properties = d
        return preset_plugins_permissions_update

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
from ..models.preset_plugins_permissions_update_config import PresetPluginsPermissionsUpdateConfig
