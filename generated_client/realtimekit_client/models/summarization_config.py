from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.summary_type import SummaryType
from ..models.text_format import TextFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="SummarizationConfig")


@_attrs_define
class SummarizationConfig:
    """Summary Config."""

    summary_type: SummaryType | Unset = SummaryType.GENERAL
    """ The style of the summary, such as general, team meeting, or sales call. """
    text_format: TextFormat | Unset = TextFormat.MARKDOWN
    """ The text format of the summary. """
    word_limit: int | Unset = 500
    """ Sets the maximum number of words in the meeting summary. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summary_type: str | Unset = UNSET
        if not isinstance(self.summary_type, Unset):
            summary_type = self.summary_type._value_

        text_format: str | Unset = UNSET
        if not isinstance(self.text_format, Unset):
            text_format = self.text_format._value_

        word_limit = self.word_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if summary_type is not UNSET:
            field_dict["summary_type"] = summary_type
        if text_format is not UNSET:
            field_dict["text_format"] = text_format
        if word_limit is not UNSET:
            field_dict["word_limit"] = word_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _summary_type = d.pop("summary_type", UNSET)
        summary_type: SummaryType | Unset
        if _summary_type is UNSET:
            summary_type = UNSET
        else:
            summary_type = SummaryType.from_value(_summary_type)

        _text_format = d.pop("text_format", UNSET)
        text_format: TextFormat | Unset
        if _text_format is UNSET:
            text_format = UNSET
        else:
            text_format = TextFormat.from_value(_text_format)

        word_limit = d.pop("word_limit", UNSET)

        summarization_config = cls(
            summary_type=summary_type,
            text_format=text_format,
            word_limit=word_limit,
        )

        summarization_config.additional_properties = d
        return summarization_config

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
