from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetUpdate")


@_attrs_define
class PresetUpdate:
    """Body of update_preset: any part of the preset, at any depth. Objects sent are merged into the stored ones; other
    values replace them.

    """

    name: str | Unset = UNSET
    """ Name of the preset, unique within its App; what `preset_name` of a participant names. """
    config: PresetConfigUpdate | Unset = UNSET
    """ Media and meeting-type settings of the preset. Every property is optional. """
    permissions: PresetPermissionsUpdate | Unset = UNSET
    """ What participants with the preset may do. Every property is optional. """
    ui: PresetUiUpdate | Unset = UNSET
    """ How the meeting looks to participants with the preset. Every property is optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        ui: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui, Unset):
            ui = self.ui.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if config is not UNSET:
            field_dict["config"] = config
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if ui is not UNSET:
            field_dict["ui"] = ui

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _config = d.pop("config", UNSET)
        config: PresetConfigUpdate | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = PresetConfigUpdate.from_dict(_config)

        _permissions = d.pop("permissions", UNSET)
        permissions: PresetPermissionsUpdate | Unset
        if _permissions is UNSET:
            permissions = UNSET
        else:
            permissions = PresetPermissionsUpdate.from_dict(_permissions)

        _ui = d.pop("ui", UNSET)
        ui: PresetUiUpdate | Unset
        if _ui is UNSET:
            ui = UNSET
        else:
            ui = PresetUiUpdate.from_dict(_ui)

        preset_update = cls(
            name=name,
            config=config,
            permissions=permissions,
            ui=ui,
        )

        preset_update.additional_properties = d
        return preset_update

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
from ..models.preset_config_update import PresetConfigUpdate
from ..models.preset_permissions_update import PresetPermissionsUpdate
from ..models.preset_ui_update import PresetUiUpdate
