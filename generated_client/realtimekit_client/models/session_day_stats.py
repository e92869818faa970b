from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionDayStats")


@_attrs_define
class SessionDayStats:
    """The sessions started on one day (UTC)."""

    day: str
    """ The day, `YYYY-MM-DD`. """
    total_session_minutes: float
    """ Minutes they lasted (so far, for a live one), to two decimals. """
    total_sessions: int
    """ How many sessions started that day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        total_session_minutes = self.total_session_minutes

        total_sessions = self.total_sessions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "total_session_minutes": total_session_minutes,
                "total_sessions": total_sessions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = d.pop("day")

        total_session_minutes = d.pop("total_session_minutes")

        total_sessions = d.pop("total_sessions")

        session_day_stats = cls(
            day=day,
            total_session_minutes=total_session_minutes,
            total_sessions=total_sessions,
        )

        session_day_stats.additional_properties = d
        return session_day_stats

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
