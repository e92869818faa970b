from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transcription_language import TranscriptionLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionConfig")


@_attrs_define
class TranscriptionConfig:
    """Transcription Configurations."""

    keywords: list[str] | Unset = UNSET
    """ Adds specific terms to improve accurate detection during transcription. """
    language: TranscriptionLanguage | Unset = TranscriptionLanguage.EN_US
    """ The language code for transcription. """
    profanity_filter: bool | Unset = False
    """ Control the inclusion of offensive language in transcriptions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language._value_

        profanity_filter = self.profanity_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if language is not UNSET:
            field_dict["language"] = language
        if profanity_filter is not UNSET:
            field_dict["profanity_filter"] = profanity_filter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keywords = cast(list[str], d.pop("keywords", UNSET))

        _language = d.pop("language", UNSET)
        language: TranscriptionLanguage | Unset
        if _language is UNSET:
            language = UNSET
        else:
            language = TranscriptionLanguage.from_value(_language)

        profanity_filter = d.pop("profanity_filter", UNSET)

        transcription_config = cls(
            keywords=keywords,
            language=language,
            profanity_filter=profanity_filter,
        )

        transcription_config.additional_properties = d
        return transcription_config

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
