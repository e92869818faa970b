from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Poll")


@_attrs_define
class Poll:
    """A poll."""

    id: str
    """ ID of the poll. """
    question: str
    """ The question. """
    options: list[PollOption]
    """ The answers. """
    anonymous: bool | Unset = UNSET
    """ Whether voters stay anonymous. """
    created_by: str | Unset = UNSET
    """ Who created it. """
    hide_votes: bool | Unset = UNSET
    """ Whether votes stay hidden until one has voted. """
    voted: list[str] | Unset = UNSET
    """ IDs of the participants who voted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        question = self.question

        options = []
        for options_item_data in self.options:
            options_item = options_item_data.to_dict()
            options.append(options_item)

        anonymous = self.anonymous

        created_by = self.created_by

        hide_votes = self.hide_votes

        voted: list[str] | Unset = UNSET
        if not isinstance(self.voted, Unset):
            voted = self.voted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "question": question,
                "options": options,
            }
        )
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if hide_votes is not UNSET:
            field_dict["hide_votes"] = hide_votes
        if voted is not UNSET:
            field_dict["voted"] = voted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        question = d.pop("question")

        options = []
        _options = d.pop("options")
        for options_item_data in _options:
            options_item = PollOption.from_dict(options_item_data)

            options.append(options_item)

        anonymous = d.pop("anonymous", UNSET)

        created_by = d.pop("created_by", UNSET)

        hide_votes = d.pop("hide_votes", UNSET)

        voted = cast(list[str], d.pop("voted", UNSET))

        poll = cls(
            id=id,
            question=question,
            options=options,
            anonymous=anonymous,
            created_by=created_by,
            hide_votes=hide_votes,
            voted=voted,
        )

        poll.additional_properties = d
        return poll

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
from ..models.poll_option import PollOption
