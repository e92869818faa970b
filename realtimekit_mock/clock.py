"""Time: each app's :class:`Clock`, and the timestamp format of the API.

Timestamps are UTC, ISO 8601 with milliseconds and ``Z``; filters accept any RFC 3339 form.
"""

from __future__ import annotations

import re
import time
from typing import Any

__all__ = ["Clock", "format_ms", "now_ms", "parse_rfc3339_us"]

_RFC3339 = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([Zz])|([+-])(\d\d):(\d\d))"
)


def now_ms() -> int:
    """Milliseconds since the Unix epoch, now (the real time)."""
    return time.time_ns() // 1_000_000


class Clock:
    """One app's time: the real time shifted by an offset, or frozen at an instant.

    A new clock shows the real time. :meth:`set` moves it to an instant (frozen there or
    running on from it), :meth:`advance` moves it forward; it never runs backwards by itself.
    """

    __slots__ = ("frozen_ms", "offset_ms")

    def __init__(self, offset_ms: int = 0, frozen_ms: int | None = None) -> None:
        self.offset_ms = offset_ms
        self.frozen_ms = frozen_ms

    def now_ms(self) -> int:
        """Milliseconds since the epoch by this clock."""
        frozen = self.frozen_ms
        return frozen if frozen is not None else time.time_ns() // 1_000_000 + self.offset_ms

    def set(self, at_ms: int | None = None, *, frozen: bool | None = None) -> None:
        """Move to ``at_ms`` (default: stay where it is), then stop there or keep running."""
        at = self.now_ms() if at_ms is None else at_ms
        stop = (self.frozen_ms is not None) if frozen is None else frozen
        if stop:
            self.frozen_ms = at
        else:
            self.frozen_ms = None
            self.offset_ms = at - now_ms()

    def advance(self, ms: int) -> None:
        """Move forward by ``ms`` milliseconds (frozen or not)."""
        if ms < 0:
            raise ValueError("a clock only moves forward")
        if self.frozen_ms is not None:
            self.frozen_ms += ms
        else:
            self.offset_ms += ms

    def state(self) -> dict[str, Any]:
        """What is stored of the clock (see :meth:`from_state`)."""
        return {"offset_ms": self.offset_ms, "frozen_ms": self.frozen_ms}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Clock:
        """The clock :meth:`state` described."""
        return cls(int(state.get("offset_ms") or 0), state.get("frozen_ms"))

    def describe(self) -> dict[str, Any]:
        """The control API's view: ``{"now", "frozen", "offset_ms"}``."""
        return {
            "now": format_ms(self.now_ms()),
            "frozen": self.frozen_ms is not None,
            "offset_ms": self.offset_ms if self.frozen_ms is None else None,
        }


# The formatted date and time of the last second formatted: every write formats "now", and
# most writes fall in the same second as the one before. (Replaced whole, so thread-safe.)
_last_second: tuple[int, str] = (0, "1970-01-01T00:00:00")


def format_ms(ms: int) -> str:
    """``2026-11-21T09:30:00.000Z`` for a millisecond timestamp."""
    global _last_second
    seconds, millis = divmod(ms, 1000)
    last = _last_second
    if last[0] == seconds:
        return f"{last[1]}.{millis:03d}Z"
    t = time.gmtime(seconds)
    prefix = (
        f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}T"
        f"{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d}"
    )
    _last_second = (seconds, prefix)
    return f"{prefix}.{millis:03d}Z"


def _days_from_civil(y: int, m: int, d: int) -> int:
    """Days since 1970-01-01 in the proleptic Gregorian calendar (any year, including 0)."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def parse_rfc3339_us(text: str) -> int | None:
    """Microseconds since the epoch for an RFC 3339 date-time, or None if it is not one.

    Works for every value the ``date-time`` format accepts, including year 0000 and leap
    seconds (``:60`` counts as the next second), which :mod:`datetime` rejects.
    """
    m = _RFC3339.fullmatch(text)
    if m is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour <= 23 and minute <= 59 and second <= 60):
        return None
    frac = m.group(7) or ""
    micros = int((frac + "000000")[:6])
    total = ((_days_from_civil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second
    if m.group(9):
        offset = int(m.group(10)) * 60 + int(m.group(11))
        total -= offset * 60 if m.group(9) == "+" else -offset * 60
    return total * 1_000_000 + micros
