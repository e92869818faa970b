"""Contains endpoint functions for accessing the API, and the bound apps resources"""

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, ClassVar

from attrs import evolve

from ... import errors
from ...client import Scope
from ...models.app import App
from ...models.app_create import AppCreate
from ...models.app_created import AppCreated
from ...models.app_details import AppDetails
from ...models.app_list import AppList
from ...models.paging import Paging
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset, known_total
from . import create_app, get_app, list_apps

_OPERATIONS: dict[str, str] = {
    "list": "list_apps",
    "create": "create_app",
    "get": "get_app",
}
_ITERATORS: dict[str, str] = {
    "iter": "list_apps",
}


class Apps:
    """The apps operations, with account_id and app_id taken from the bound client.

    Reached as ``RealtimeKit().apps``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<Apps of {self._scope!r}>"

    def list(
        self,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        search: str | Unset = UNSET,
        sort_order: SortOrder | Unset = SortOrder.DESC,
    ) -> AppList:
        """List apps

        Returns the Apps of an account, newest first unless `sort_order=ASC`, one page at a time. The
        path has no App in it.

        Returns the response envelope (AppList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return list_apps.sync(
            account_id=scope.account_id,
            client=scope.client,
            page_no=page_no,
            per_page=per_page,
            search=search,
            sort_order=sort_order,
        )

    def iter(
        self,
        *,
        per_page: int = 20,
        search: str | Unset = UNSET,
        sort_order: SortOrder | Unset = SortOrder.DESC,
    ) -> Iterator[App]:
        """Every item of `list` (list_apps), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = list_apps.sync(
                account_id=scope.account_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
                search=search,
                sort_order=sort_order,
            )
            data = page.data
            items = data if isinstance(data, list) else []
            paging = page.paging
            total = known_total(paging.total_count) if isinstance(paging, Paging) else None
            yield from items
            seen += len(items)
            if not items or len(items) < per_page or (total is not None and seen >= total):
                return
            page_no += 1

    def create(
        self,
        body: AppCreate | None = None,
        *,
        name: str | Unset = UNSET,
    ) -> AppCreated:
        """Create an app

        Creates an App in the account; its `id` is the `app_id` of every other path. The answer wraps
        the App in `app`. Apps cannot be changed or deleted through the API.

        Pass the body as `body` (a AppCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (AppCreated).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if body is None:
            missing = [name for name in ("name",) if name not in fields]
            if missing:
                raise TypeError("create() needs body= or " + ", ".join(name + "=" for name in missing))
            body = AppCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            create_app.sync(
                account_id=scope.account_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(create_app._OPERATION, "the response has no `data`")
        return data

    def get(
        self,
    ) -> AppDetails:
        """Fetch an app

        Returns one App of the account. Not in the official Python SDK 5.9.0 (documented upstream, where
        its shape is given). A literal `apps` segment is never an App ID.

        Returns the `data` of the response envelope (AppDetails).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_app.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
            )
        ).data


class AsyncApps:
    """The apps operations (async), with account_id and app_id taken from the bound client.

    Reached as ``AsyncRealtimeKit().apps``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<AsyncApps of {self._scope!r}>"

    async def list(
        self,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        search: str | Unset = UNSET,
        sort_order: SortOrder | Unset = SortOrder.DESC,
    ) -> AppList:
        """List apps

        Returns the Apps of an account, newest first unless `sort_order=ASC`, one page at a time. The
        path has no App in it.

        Returns the response envelope (AppList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return await list_apps.asyncio(
            account_id=scope.account_id,
            client=scope.client,
            page_no=page_no,
            per_page=per_page,
            search=search,
            sort_order=sort_order,
        )

    async def iter(
        self,
        *,
        per_page: int = 20,
        search: str | Unset = UNSET,
        sort_order: SortOrder | Unset = SortOrder.DESC,
    ) -> AsyncIterator[App]:
        """Every item of `list` (list_apps), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = await list_apps.asyncio(
                account_id=scope.account_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
                search=search,
                sort_order=sort_order,
            )
            data = page.data
            items = data if isinstance(data, list) else []
            paging = page.paging
            total = known_total(paging.total_count) if isinstance(paging, Paging) else None
            for item in items:
                yield item
            seen += len(items)
            if not items or len(items) < per_page or (total is not None and seen >= total):
                return
            page_no += 1

    async def create(
        self,
        body: AppCreate | None = None,
        *,
        name: str | Unset = UNSET,
    ) -> AppCreated:
        """Create an app

        Creates an App in the account; its `id` is the `app_id` of every other path. The answer wraps
        the App in `app`. Apps cannot be changed or deleted through the API.

        Pass the body as `body` (a AppCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (AppCreated).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if body is None:
            missing = [name for name in ("name",) if name not in fields]
            if missing:
                raise TypeError("create() needs body= or " + ", ".join(name + "=" for name in missing))
            body = AppCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        data = (
            await create_app.asyncio(
                account_id=scope.account_id,
                client=scope.client,
                body=body,
            )
        ).data
        if isinstance(data, Unset):
            raise errors.ResponseParseError(create_app._OPERATION, "the response has no `data`")
        return data

    async def get(
        self,
    ) -> AppDetails:
        """Fetch an app

        Returns one App of the account. Not in the official Python SDK 5.9.0 (documented upstream, where
        its shape is given). A literal `apps` segment is never an App ID.

        Returns the `data` of the response envelope (AppDetails).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_app.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
            )
        ).data


__all__ = [
    "Apps",
    "AsyncApps",
    "list_apps",
    "create_app",
    "get_app",
]
