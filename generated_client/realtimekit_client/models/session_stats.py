from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionStats")


@_attrs_define
class SessionStats:
    """Sessions of the range."""

    day_stats: list[SessionDayStats]
    """ The days with sessions, oldest first. """
    sessions_count: int
    """ How many sessions started in the range. """
    sessions_minutes_consumed: float
    """ Minutes they lasted (so far), to two decimals. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day_stats = []
        for day_stats_item_data in self.day_stats:
            day_stats_item = day_stats_item_data.to_dict()
            day_stats.append(day_stats_item)

        sessions_count = self.sessions_count

        sessions_minutes_consumed = self.sessions_minutes_consumed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day_stats": day_stats,
                "sessions_count": sessions_count,
                "sessions_minutes_consumed": sessions_minutes_consumed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_stats = []
        _day_stats = d.pop("day_stats")
        for day_stats_item_data in _day_stats:
            day_stats_item = SessionDayStats.from_dict(day_stats_item_data)

            day_stats.append(day_stats_item)

        sessions_count = d.pop("sessions_count")

        sessions_minutes_consumed = d.pop("sessions_minutes_consumed")

        session_stats = cls(
            day_stats=day_stats,
            sessions_count=sessions_count,
            sessions_minutes_consumed=sessions_minutes_consumed,
        )

        session_stats.additional_properties = d
        return session_stats

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
from ..models.session_day_stats import SessionDayStats
