from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ParticipantSelection")


@_attrs_define
class ParticipantSelection:
    """Participants of a live session, by participant ID or custom participant ID; naming nobody (both lists absent or
    empty) acts on nobody.

    """

    participant_ids: list[str] | Unset = UNSET
    """ Participant IDs (as `add_participant` answers). """
    custom_participant_ids: list[str] | Unset = UNSET
    """ Custom participant IDs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.participant_ids, Unset):
            participant_ids = self.participant_ids

        custom_participant_ids: list[str] | Unset = UNSET
        if not isinstance(self.custom_participant_ids, Unset):
            custom_participant_ids = self.custom_participant_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if participant_ids is not UNSET:
            field_dict["participant_ids"] = participant_ids
        if custom_participant_ids is not UNSET:
            field_dict["custom_participant_ids"] = custom_participant_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant_ids = cast(list[str], d.pop("participant_ids", UNSET))

        custom_participant_ids = cast(list[str], d.pop("custom_participant_ids", UNSET))

        participant_selection = cls(
            participant_ids=participant_ids,
            custom_participant_ids=custom_participant_ids,
        )

        participant_selection.additional_properties = d
        return participant_selection

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
