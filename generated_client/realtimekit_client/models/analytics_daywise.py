from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AnalyticsDaywise")


@_attrs_define
class AnalyticsDaywise:
    """Session and recording statistics of a range of days."""

    recording_stats: RecordingStats
    """ Recordings of the range. """
    session_stats: SessionStats
    """ Sessions of the range. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recording_stats = self.recording_stats.to_dict()

        session_stats = self.session_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recording_stats": recording_stats,
                "session_stats": session_stats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recording_stats = RecordingStats.from_dict(d.pop("recording_stats"))

        session_stats = SessionStats.from_dict(d.pop("session_stats"))

        analytics_daywise = cls(
            recording_stats=recording_stats,
            session_stats=session_stats,
        )

        analytics_daywise.additional_properties = d
        return analytics_daywise

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
from ..models.recording_stats import RecordingStats
from ..models.session_stats import SessionStats
