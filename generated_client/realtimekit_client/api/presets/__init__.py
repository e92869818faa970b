"""Contains endpoint functions for accessing the API, and the bound presets resources"""

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, ClassVar
from uuid import UUID

from attrs import evolve

from ... import errors
from ...client import Scope
from ...models.paging import Paging
from ...models.preset import Preset
from ...models.preset_config import PresetConfig
from ...models.preset_config_update import PresetConfigUpdate
from ...models.preset_create import PresetCreate
from ...models.preset_list import PresetList
from ...models.preset_permissions import PresetPermissions
from ...models.preset_permissions_update import PresetPermissionsUpdate
from ...models.preset_summary import PresetSummary
from ...models.preset_ui import PresetUi
from ...models.preset_ui_update import PresetUiUpdate
from ...models.preset_update import PresetUpdate
from ...types import UNSET, Unset, known_total
from . import create_preset, delete_preset, get_preset, list_presets, replace_preset, update_preset

_OPERATIONS: dict[str, str] = {
    "list": "list_presets",
    "create": "create_preset",
    "get": "get_preset",
    "replace": "replace_preset",
    "delete": "delete_preset",
    "update": "update_preset",
}
_ITERATORS: dict[str, str] = {
    "iter": "list_presets",
}


class Presets:
    """The presets operations, with account_id and app_id taken from the bound client.

    Reached as ``RealtimeKit().presets``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<Presets of {self._scope!r}>"

    def list(
        self,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        search: str | Unset = UNSET,
    ) -> PresetList:
        """List presets

        Returns the presets of an App, oldest first, one page at a time, without their configuration.

        Returns the response envelope (PresetList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return list_presets.sync(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
            page_no=page_no,
            per_page=per_page,
            search=search,
        )

    def iter(
        self,
        *,
        per_page: int = 20,
        search: str | Unset = UNSET,
    ) -> Iterator[PresetSummary]:
        """Every item of `list` (list_presets), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = list_presets.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
                search=search,
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
        body: PresetCreate | None = None,
        *,
        name: str | Unset = UNSET,
        config: PresetConfig | Unset = UNSET,
        permissions: PresetPermissions | Unset = UNSET,
        ui: PresetUi | Unset = UNSET,
    ) -> Preset:
        """Create a preset

        Creates a preset in an App: the meeting type, permissions and UI of the participants it is given
        to (by name, in `preset_name`). The whole tree is required apart from a few optional properties
        (`config.media.video.simulcast`, `config.media.audio`, `config.livestream_viewer_qualities`,
        five of `permissions` and three UI tokens). A preset's name is unique within its App: a name
        already taken is a 409.

        Pass the body as `body` (a PresetCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Preset).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if config is not UNSET:
            fields["config"] = config
        if permissions is not UNSET:
            fields["permissions"] = permissions
        if ui is not UNSET:
            fields["ui"] = ui
        if body is None:
            missing = [
                name
                for name in (
                    "name",
                    "config",
                    "permissions",
                    "ui",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("create() needs body= or " + ", ".join(name + "=" for name in missing))
            body = PresetCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            create_preset.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data

    def get(
        self,
        preset_id: UUID | str,
    ) -> Preset:
        """Fetch a preset

        Returns a preset of the App, with its whole configuration.

        Returns the `data` of the response envelope (Preset).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_preset.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                preset_id=preset_id,
                client=scope.client,
            )
        ).data

    def replace(
        self,
        preset_id: UUID | str,
        body: PresetCreate | None = None,
        *,
        name: str | Unset = UNSET,
        config: PresetConfig | Unset = UNSET,
        permissions: PresetPermissions | Unset = UNSET,
        ui: PresetUi | Unset = UNSET,
    ) -> Preset:
        """Replace a preset

        Replaces the whole preset (the body is a whole preset, as for create_preset); its ID and
        creation time are kept. A new name must be free in the App (409 otherwise).

        Pass the body as `body` (a PresetCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Preset).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if config is not UNSET:
            fields["config"] = config
        if permissions is not UNSET:
            fields["permissions"] = permissions
        if ui is not UNSET:
            fields["ui"] = ui
        if body is None:
            missing = [
                name
                for name in (
                    "name",
                    "config",
                    "permissions",
                    "ui",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("replace() needs body= or " + ", ".join(name + "=" for name in missing))
            body = PresetCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            replace_preset.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                preset_id=preset_id,
                client=scope.client,
                body=body,
            )
        ).data

    def delete(
        self,
        preset_id: UUID | str,
    ) -> Preset:
        """Delete a preset

        Deletes a preset and answers what it was. A preset that participants of the App still have is
        not deleted (409): give them another preset, or delete them, first.

        Returns the `data` of the response envelope (Preset).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            delete_preset.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                preset_id=preset_id,
                client=scope.client,
            )
        ).data

    def update(
        self,
        preset_id: UUID | str,
        body: PresetUpdate | None = None,
        *,
        name: str | Unset = UNSET,
        config: PresetConfigUpdate | Unset = UNSET,
        permissions: PresetPermissionsUpdate | Unset = UNSET,
        ui: PresetUiUpdate | Unset = UNSET,
    ) -> Preset:
        """Update a preset

        Changes only what is sent, at any depth: an object sent is merged into the stored one, any other
        value (including an array or `null`) replaces it. A new name must be free in the App (409
        otherwise).

        Pass the body as `body` (a PresetUpdate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Preset).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if config is not UNSET:
            fields["config"] = config
        if permissions is not UNSET:
            fields["permissions"] = permissions
        if ui is not UNSET:
            fields["ui"] = ui
        if body is None:
            body = PresetUpdate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            update_preset.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                preset_id=preset_id,
                client=scope.client,
                body=body,
            )
        ).data


class AsyncPresets:
    """The presets operations (async), with account_id and app_id taken from the bound client.

    Reached as ``AsyncRealtimeKit().presets``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<AsyncPresets of {self._scope!r}>"

    async def list(
        self,
        *,
        page_no: int | Unset = 1,
        per_page: int | Unset = 20,
        search: str | Unset = UNSET,
    ) -> PresetList:
        """List presets

        Returns the presets of an App, oldest first, one page at a time, without their configuration.

        Returns the response envelope (PresetList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return await list_presets.asyncio(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
            page_no=page_no,
            per_page=per_page,
            search=search,
        )

    async def iter(
        self,
        *,
        per_page: int = 20,
        search: str | Unset = UNSET,
    ) -> AsyncIterator[PresetSummary]:
        """Every item of `list` (list_presets), across pages, fetched lazily `per_page` at a time.

        Pages are requested from page 1 until a page is short or empty, or the page's
        `paging.total_count` items have been seen (when the answer gives one). Takes the
        filters of `list`.
        """
        scope = self._scope
        page_no = 1
        seen = 0
        while True:
            page = await list_presets.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                page_no=page_no,
                per_page=per_page,
                search=search,
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
        body: PresetCreate | None = None,
        *,
        name: str | Unset = UNSET,
        config: PresetConfig | Unset = UNSET,
        permissions: PresetPermissions | Unset = UNSET,
        ui: PresetUi | Unset = UNSET,
    ) -> Preset:
        """Create a preset

        Creates a preset in an App: the meeting type, permissions and UI of the participants it is given
        to (by name, in `preset_name`). The whole tree is required apart from a few optional properties
        (`config.media.video.simulcast`, `config.media.audio`, `config.livestream_viewer_qualities`,
        five of `permissions` and three UI tokens). A preset's name is unique within its App: a name
        already taken is a 409.

        Pass the body as `body` (a PresetCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Preset).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if config is not UNSET:
            fields["config"] = config
        if permissions is not UNSET:
            fields["permissions"] = permissions
        if ui is not UNSET:
            fields["ui"] = ui
        if body is None:
            missing = [
                name
                for name in (
                    "name",
                    "config",
                    "permissions",
                    "ui",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("create() needs body= or " + ", ".join(name + "=" for name in missing))
            body = PresetCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            await create_preset.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data

    async def get(
        self,
        preset_id: UUID | str,
    ) -> Preset:
        """Fetch a preset

        Returns a preset of the App, with its whole configuration.

        Returns the `data` of the response envelope (Preset).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_preset.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                preset_id=preset_id,
                client=scope.client,
            )
        ).data

    async def replace(
        self,
        preset_id: UUID | str,
        body: PresetCreate | None = None,
        *,
        name: str | Unset = UNSET,
        config: PresetConfig | Unset = UNSET,
        permissions: PresetPermissions | Unset = UNSET,
        ui: PresetUi | Unset = UNSET,
    ) -> Preset:
        """Replace a preset

        Replaces the whole preset (the body is a whole preset, as for create_preset); its ID and
        creation time are kept. A new name must be free in the App (409 otherwise).

        Pass the body as `body` (a PresetCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Preset).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if config is not UNSET:
            fields["config"] = config
        if permissions is not UNSET:
            fields["permissions"] = permissions
        if ui is not UNSET:
            fields["ui"] = ui
        if body is None:
            missing = [
                name
                for name in (
                    "name",
                    "config",
                    "permissions",
                    "ui",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("replace() needs body= or " + ", ".join(name + "=" for name in missing))
            body = PresetCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            await replace_preset.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                preset_id=preset_id,
                client=scope.client,
                body=body,
            )
        ).data

    async def delete(
        self,
        preset_id: UUID | str,
    ) -> Preset:
        """Delete a preset

        Deletes a preset and answers what it was. A preset that participants of the App still have is
        not deleted (409): give them another preset, or delete them, first.

        Returns the `data` of the response envelope (Preset).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await delete_preset.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                preset_id=preset_id,
                client=scope.client,
            )
        ).data

    async def update(
        self,
        preset_id: UUID | str,
        body: PresetUpdate | None = None,
        *,
        name: str | Unset = UNSET,
        config: PresetConfigUpdate | Unset = UNSET,
        permissions: PresetPermissionsUpdate | Unset = UNSET,
        ui: PresetUiUpdate | Unset = UNSET,
    ) -> Preset:
        """Update a preset

        Changes only what is sent, at any depth: an object sent is merged into the stored one, any other
        value (including an array or `null`) replaces it. A new name must be free in the App (409
        otherwise).

        Pass the body as `body` (a PresetUpdate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Preset).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if config is not UNSET:
            fields["config"] = config
        if permissions is not UNSET:
            fields["permissions"] = permissions
        if ui is not UNSET:
            fields["ui"] = ui
        if body is None:
            body = PresetUpdate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            await update_preset.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                preset_id=preset_id,
                client=scope.client,
                body=body,
            )
        ).data


__all__ = [
    "Presets",
    "AsyncPresets",
    "list_presets",
    "create_preset",
    "get_preset",
    "replace_preset",
    "delete_preset",
    "update_preset",
]
