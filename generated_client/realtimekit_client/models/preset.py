from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Preset")


@_attrs_define
class Preset:
    """A preset of an App: the meeting type, permissions and UI applied to the participants it is given to."""

    id: UUID
    """ ID of the preset. """
    name: str
    """ Name of the preset, unique within its App; what `preset_name` of a participant names. """
    config: PresetConfig
    """ Media and meeting-type settings of the preset. """
    permissions: PresetPermissions
    """ What participants with the preset may do. """
    ui: PresetUi
    """ How the meeting looks to participants with the preset. """
    created_at: datetime.datetime
    """ Timestamp the preset was created at. """
    updated_at: datetime.datetime
    """ Timestamp the preset was last changed at. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        config = self.config.to_dict()

        permissions = self.permissions.to_dict()

        ui = self.ui.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "config": config,
                "permissions": permissions,
                "ui": ui,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        config = PresetConfig.from_dict(d.pop("config"))

        permissions = PresetPermissions.from_dict(d.pop("permissions"))

        ui = PresetUi.from_dict(d.pop("ui"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        preset = cls(
            id=id,
            name=name,
            config=config,
            permissions=permissions,
            ui=ui,
            created_at=created_at,
            updated_at=updated_at,
        )

        preset.additional_properties = d
        return preset

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
from ..models.preset_config import PresetConfig
from ..models.preset_permissions import PresetPermissions
from ..models.preset_ui import PresetUi
