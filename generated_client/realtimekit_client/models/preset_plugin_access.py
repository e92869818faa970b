from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_plugin_access_control import PresetPluginAccessControl
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetPluginAccess")


@_attrs_define
class PresetPluginAccess:
    """Access to one plugin."""

    access_control: PresetPluginAccessControl | Unset = UNSET
    """ What a participant may do with a plugin. """
    handles_view_only: bool | Unset = UNSET
    """ Whether the plugin handles view-only access itself. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_control: str | Unset = UNSET
        if not isinstance(self.access_control, Unset):
            access_control = self.access_control._value_

        handles_view_only = self.handles_view_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if access_control is not UNSET:
            field_dict["access_control"] = access_control
        if handles_view_only is not UNSET:
            field_dict["handles_view_only"] = handles_view_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _access_control = d.pop("access_control", UNSET)
        access_control: PresetPluginAccessControl | Unset
        if _access_control is UNSET:
            access_control = UNSET
        else:
            access_control = PresetPluginAccessControl.from_value(_access_control)

        handles_view_only = d.pop("handles_view_only", UNSET)

        preset_plugin_access = cls(
            access_control=access_control,
            handles_view_only=handles_view_only,
        )

        preset_plugin_access.additional_properties = d
        return preset_plugin_access

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
