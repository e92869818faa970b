from enum import StrEnum
from typing import Any


class LivestreamStatus(StrEnum):
    ERRORED = "ERRORED"
    IDLE = "IDLE"
    INVOKED = "INVOKED"
    LIVE = "LIVE"

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value this version of the client does not know."""
        return self._name_ in type(self)._member_map_

    @classmethod
    def from_value(cls, value: Any) -> "LivestreamStatus":
        """The member for a value, known or not; faster than calling the class."""
        member = cls._value2member_map_.get(value)
        return member if isinstance(member, cls) else cls(value)

    @classmethod
    def _missing_(cls, value: object) -> "LivestreamStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        # Cached, so the same unknown value always gives the same object.
        cls._value2member_map_[value] = member
        return member
