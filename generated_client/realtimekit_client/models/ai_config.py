from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiConfig")


@_attrs_define
class AiConfig:
    """Customizes the behavior of meeting transcriptions and summaries."""

    summarization: SummarizationConfig | Unset = UNSET
    """ Summary Config. """
    transcription: TranscriptionConfig | Unset = UNSET
    """ Transcription Configurations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        summarization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summarization, Unset):
            summarization = self.summarization.to_dict()

        transcription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transcription, Unset):
            transcription = self.transcription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if summarization is not UNSET:
            field_dict["summarization"] = summarization
        if transcription is not UNSET:
            field_dict["transcription"] = transcription

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _summarization = d.pop("summarization", UNSET)
        summarization: SummarizationConfig | Unset
        if _summarization is UNSET:
            summarization = UNSET
        else:
            summarization = SummarizationConfig.from_dict(_summarization)

        _transcription = d.pop("transcription", UNSET)
        transcription: TranscriptionConfig | Unset
        if _transcription is UNSET:
            transcription = UNSET
        else:
            transcription = TranscriptionConfig.from_dict(_transcription)

        ai_config = cls(
            summarization=summarization,
            transcription=transcription,
        )

        ai_config.additional_properties = d
        return ai_config

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
from ..models.summarization_config import SummarizationConfig
from ..models.transcription_config import TranscriptionConfig
