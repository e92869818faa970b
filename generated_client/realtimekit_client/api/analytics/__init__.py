"""Contains endpoint functions for accessing the API, and the bound analytics resources"""

import builtins
import datetime
from collections.abc import Mapping
from typing import ClassVar

from ... import errors
from ...client import Scope
from ...models.analytics_daywise import AnalyticsDaywise
from ...types import UNSET, Unset
from . import get_analytics_daywise

_OPERATIONS: dict[str, str] = {
    "get_daywise": "get_analytics_daywise",
}
_ITERATORS: dict[str, str] = {}


class Analytics:
    """The analytics operations, with account_id and app_id taken from the bound client.

    Reached as ``RealtimeKit().analytics``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<Analytics of {self._scope!r}>"

    def get_daywise(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> AnalyticsDaywise:
        """Session and recording analytics per day

        Per day (UTC) of the range: the sessions started and their minutes, the recordings started and
        their minutes, with totals. The official SDK also has this operation as
        `livestreams.get_org_analytics`. Dates are `YYYY-MM-DD`; absent, the range is the 30 days before
        today up to today by the App's clock. An end before the start is a 400.

        Returns the `data` of the response envelope (AnalyticsDaywise).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_analytics_daywise.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                start_date=start_date,
                end_date=end_date,
            )
        ).data


class AsyncAnalytics:
    """The analytics operations (async), with account_id and app_id taken from the bound client.

    Reached as ``AsyncRealtimeKit().analytics``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<AsyncAnalytics of {self._scope!r}>"

    async def get_daywise(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
    ) -> AnalyticsDaywise:
        """Session and recording analytics per day

        Per day (UTC) of the range: the sessions started and their minutes, the recordings started and
        their minutes, with totals. The official SDK also has this operation as
        `livestreams.get_org_analytics`. Dates are `YYYY-MM-DD`; absent, the range is the 30 days before
        today up to today by the App's clock. An end before the start is a 400.

        Returns the `data` of the response envelope (AnalyticsDaywise).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_analytics_daywise.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                start_date=start_date,
                end_date=end_date,
            )
        ).data


__all__ = [
    "Analytics",
    "AsyncAnalytics",
    "get_analytics_daywise",
]
