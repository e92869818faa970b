from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PollCreated")


@_attrs_define
class PollCreated:
    """The poll created."""

    action: str | Unset = UNSET
    """ What was done (`poll_created`). """
    poll: Poll | Unset = UNSET
    """ A poll. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        poll: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poll, Unset):
            poll = self.poll.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if action is not UNSET:
            field_dict["action"] = action
        if poll is not UNSET:
            field_dict["poll"] = poll

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action", UNSET)

        _poll = d.pop("poll", UNSET)
        poll: Poll | Unset
        if _poll is UNSET:
            poll = UNSET
        else:
            poll = Poll.from_dict(_poll)

        poll_created = cls(
            action=action,
            poll=poll,
        )

        poll_created.additional_properties = d
        return poll_created

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
from ..models.poll import Poll
