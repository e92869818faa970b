from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetConnectedMeetingsPermissions")


@_attrs_define
class PresetConnectedMeetingsPermissions:
    """What the participant may do with connected meetings (breakout rooms)."""

    can_alter_connected_meetings: bool
    """ Whether the participant may create, change or close connected meetings. """
    can_switch_connected_meetings: bool
    """ Whether the participant may move between connected meetings. """
    can_switch_to_parent_meeting: bool
    """ Whether the participant may go back to the parent meeting. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_alter_connected_meetings = self.can_alter_connected_meetings

        can_switch_connected_meetings = self.can_switch_connected_meetings

        can_switch_to_parent_meeting = self.can_switch_to_parent_meeting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_alter_connected_meetings": can_alter_connected_meetings,
                "can_switch_connected_meetings": can_switch_connected_meetings,
                "can_switch_to_parent_meeting": can_switch_to_parent_meeting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_alter_connected_meetings = d.pop("can_alter_connected_meetings")

        can_switch_connected_meetings = d.pop("can_switch_connected_meetings")

        can_switch_to_parent_meeting = d.pop("can_switch_to_parent_meeting")

        preset_connected_meetings_permissions = cls(
            can_alter_connected_meetings=can_alter_connected_meetings,
            can_switch_connected_meetings=can_switch_connected_meetings,
            can_switch_to_parent_meeting=can_switch_to_parent_meeting,
        )

        preset_connected_meetings_permissions.additional_properties = d
        return preset_connected_meetings_permissions

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
