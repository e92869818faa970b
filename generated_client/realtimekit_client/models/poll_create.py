from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PollCreate")


@_attrs_define
class PollCreate:
    """A poll to start."""

    question: str
    """ The question. """
    options: list[str]
    """ The answers to choose from. """
    anonymous: bool | Unset = False
    """ Whether voters stay anonymous. """
    hide_votes: bool | Unset = False
    """ Whether votes stay hidden until one has voted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        question = self.question

        options = self.options

        anonymous = self.anonymous

        hide_votes = self.hide_votes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "question": question,
                "options": options,
            }
        )
        if anonymous is not UNSET:
            field_dict["anonymous"] = anonymous
        if hide_votes is not UNSET:
            field_dict["hide_votes"] = hide_votes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        question = d.pop("question")

        options = cast(list[str], d.pop("options"))

        anonymous = d.pop("anonymous", UNSET)

        hide_votes = d.pop("hide_votes", UNSET)

        poll_create = cls(
            question=question,
            options=options,
            anonymous=anonymous,
            hide_votes=hide_votes,
        )

        poll_create.additional_properties = d
        return poll_create

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
