"""Contains endpoint functions for accessing the API, and the bound webhooks resources"""

import builtins
from collections.abc import Mapping
from typing import Any, ClassVar
from uuid import UUID

from attrs import evolve

from ... import errors
from ...client import Scope
from ...models.webhook import Webhook
from ...models.webhook_create import WebhookCreate
from ...models.webhook_edit import WebhookEdit
from ...models.webhook_event import WebhookEvent
from ...models.webhook_event_list import WebhookEventList
from ...models.webhook_list import WebhookList
from ...types import UNSET, Unset
from . import (
    create_webhook,
    delete_webhook,
    edit_webhook,
    get_webhook,
    list_webhook_events,
    list_webhooks,
    replace_webhook,
)

_OPERATIONS: dict[str, str] = {
    "list": "list_webhooks",
    "create": "create_webhook",
    "list_events": "list_webhook_events",
    "get": "get_webhook",
    "replace": "replace_webhook",
    "delete": "delete_webhook",
    "edit": "edit_webhook",
}
_ITERATORS: dict[str, str] = {}


class Webhooks:
    """The webhooks operations, with account_id and app_id taken from the bound client.

    Reached as ``RealtimeKit().webhooks``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<Webhooks of {self._scope!r}>"

    def list(
        self,
    ) -> WebhookList:
        """List webhooks

        Returns every webhook of the App, oldest first, without paging.

        Returns the response envelope (WebhookList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return list_webhooks.sync(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
        )

    def create(
        self,
        body: WebhookCreate | None = None,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        events: builtins.list[WebhookEvent] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Webhook:
        """Register a webhook

        Registers a URL that receives an HTTP POST, signed with the `rtk-signature` header, for each
        event listed in `events` and for no other (see the spec's `webhooks` section for the payloads).
        `url` must be an absolute `http` or `https` URL; `events` must name at least one event, each
        once. `enabled` defaults to true.

        Pass the body as `body` (a WebhookCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Webhook).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if url is not UNSET:
            fields["url"] = url
        if events is not UNSET:
            fields["events"] = events
        if enabled is not UNSET:
            fields["enabled"] = enabled
        if body is None:
            missing = [
                name
                for name in (
                    "name",
                    "url",
                    "events",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("create() needs body= or " + ", ".join(name + "=" for name in missing))
            body = WebhookCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            create_webhook.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data

    def list_events(
        self,
    ) -> WebhookEventList:
        """List the webhook events

        Not in the official SDK 5.9.0; documented in the API reference. Returns the names of the events
        a webhook can subscribe to. A literal `all` segment is never a webhook ID.

        Returns the response envelope (WebhookEventList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return list_webhook_events.sync(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
        )

    def get(
        self,
        webhook_id: UUID | str,
    ) -> Webhook:
        """Fetch a webhook

        Returns one webhook of the App.

        Returns the `data` of the response envelope (Webhook).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            get_webhook.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                webhook_id=webhook_id,
                client=scope.client,
            )
        ).data

    def replace(
        self,
        webhook_id: UUID | str,
        body: WebhookCreate | None = None,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        events: builtins.list[WebhookEvent] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Webhook:
        """Replace a webhook

        Replaces name, URL, events and `enabled` (true when omitted), with the rules of
        `create_webhook`; keeps `id` and `created_at`.

        Pass the body as `body` (a WebhookCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Webhook).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if url is not UNSET:
            fields["url"] = url
        if events is not UNSET:
            fields["events"] = events
        if enabled is not UNSET:
            fields["enabled"] = enabled
        if body is None:
            missing = [
                name
                for name in (
                    "name",
                    "url",
                    "events",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("replace() needs body= or " + ", ".join(name + "=" for name in missing))
            body = WebhookCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            replace_webhook.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                webhook_id=webhook_id,
                client=scope.client,
                body=body,
            )
        ).data

    def delete(
        self,
        webhook_id: UUID | str,
    ) -> Webhook:
        """Delete a webhook

        Deletes the webhook and returns it as it was; nothing is delivered to it afterwards, including
        deliveries still pending.

        Returns the `data` of the response envelope (Webhook).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            delete_webhook.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                webhook_id=webhook_id,
                client=scope.client,
            )
        ).data

    def edit(
        self,
        webhook_id: UUID | str,
        body: WebhookEdit | None = None,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        events: builtins.list[WebhookEvent] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Webhook:
        """Change a webhook

        Changes only the properties sent, with the rules of `create_webhook`; `enabled` false stops
        every delivery to it until it is enabled again.

        Pass the body as `body` (a WebhookEdit) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Webhook).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if url is not UNSET:
            fields["url"] = url
        if events is not UNSET:
            fields["events"] = events
        if enabled is not UNSET:
            fields["enabled"] = enabled
        if body is None:
            body = WebhookEdit(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            edit_webhook.sync(
                account_id=scope.account_id,
                app_id=scope.app_id,
                webhook_id=webhook_id,
                client=scope.client,
                body=body,
            )
        ).data


class AsyncWebhooks:
    """The webhooks operations (async), with account_id and app_id taken from the bound client.

    Reached as ``AsyncRealtimeKit().webhooks``.
    """

    __slots__ = ("_scope",)

    OPERATIONS: ClassVar[Mapping[str, str]] = _OPERATIONS
    """The operationId each method calls, by method name: one method per operation of the tag."""
    ITERATORS: ClassVar[Mapping[str, str]] = _ITERATORS
    """The operationId whose pages each iterator walks, by iterator name."""

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    def __repr__(self) -> str:
        return f"<AsyncWebhooks of {self._scope!r}>"

    async def list(
        self,
    ) -> WebhookList:
        """List webhooks

        Returns every webhook of the App, oldest first, without paging.

        Returns the response envelope (WebhookList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return await list_webhooks.asyncio(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
        )

    async def create(
        self,
        body: WebhookCreate | None = None,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        events: builtins.list[WebhookEvent] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Webhook:
        """Register a webhook

        Registers a URL that receives an HTTP POST, signed with the `rtk-signature` header, for each
        event listed in `events` and for no other (see the spec's `webhooks` section for the payloads).
        `url` must be an absolute `http` or `https` URL; `events` must name at least one event, each
        once. `enabled` defaults to true.

        Pass the body as `body` (a WebhookCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Webhook).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if url is not UNSET:
            fields["url"] = url
        if events is not UNSET:
            fields["events"] = events
        if enabled is not UNSET:
            fields["enabled"] = enabled
        if body is None:
            missing = [
                name
                for name in (
                    "name",
                    "url",
                    "events",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("create() needs body= or " + ", ".join(name + "=" for name in missing))
            body = WebhookCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            await create_webhook.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                client=scope.client,
                body=body,
            )
        ).data

    async def list_events(
        self,
    ) -> WebhookEventList:
        """List the webhook events

        Not in the official SDK 5.9.0; documented in the API reference. Returns the names of the events
        a webhook can subscribe to. A literal `all` segment is never a webhook ID.

        Returns the response envelope (WebhookEventList).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return await list_webhook_events.asyncio(
            account_id=scope.account_id,
            app_id=scope.app_id,
            client=scope.client,
        )

    async def get(
        self,
        webhook_id: UUID | str,
    ) -> Webhook:
        """Fetch a webhook

        Returns one webhook of the App.

        Returns the `data` of the response envelope (Webhook).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await get_webhook.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                webhook_id=webhook_id,
                client=scope.client,
            )
        ).data

    async def replace(
        self,
        webhook_id: UUID | str,
        body: WebhookCreate | None = None,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        events: builtins.list[WebhookEvent] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Webhook:
        """Replace a webhook

        Replaces name, URL, events and `enabled` (true when omitted), with the rules of
        `create_webhook`; keeps `id` and `created_at`.

        Pass the body as `body` (a WebhookCreate) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Webhook).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if url is not UNSET:
            fields["url"] = url
        if events is not UNSET:
            fields["events"] = events
        if enabled is not UNSET:
            fields["enabled"] = enabled
        if body is None:
            missing = [
                name
                for name in (
                    "name",
                    "url",
                    "events",
                )
                if name not in fields
            ]
            if missing:
                raise TypeError("replace() needs body= or " + ", ".join(name + "=" for name in missing))
            body = WebhookCreate(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            await replace_webhook.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                webhook_id=webhook_id,
                client=scope.client,
                body=body,
            )
        ).data

    async def delete(
        self,
        webhook_id: UUID | str,
    ) -> Webhook:
        """Delete a webhook

        Deletes the webhook and returns it as it was; nothing is delivered to it afterwards, including
        deliveries still pending.

        Returns the `data` of the response envelope (Webhook).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        return (
            await delete_webhook.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                webhook_id=webhook_id,
                client=scope.client,
            )
        ).data

    async def edit(
        self,
        webhook_id: UUID | str,
        body: WebhookEdit | None = None,
        *,
        name: str | Unset = UNSET,
        url: str | Unset = UNSET,
        events: builtins.list[WebhookEvent] | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> Webhook:
        """Change a webhook

        Changes only the properties sent, with the rules of `create_webhook`; `enabled` false stops
        every delivery to it until it is enabled again.

        Pass the body as `body` (a WebhookEdit) or its properties as keyword arguments
        (which override those of `body`).

        Returns the `data` of the response envelope (Webhook).
        Raises errors.ApiError (by status), errors.ResponseParseError, errors.ApiConnectionError.
        """

        scope = self._scope
        fields: dict[str, Any] = {}
        if name is not UNSET:
            fields["name"] = name
        if url is not UNSET:
            fields["url"] = url
        if events is not UNSET:
            fields["events"] = events
        if enabled is not UNSET:
            fields["enabled"] = enabled
        if body is None:
            body = WebhookEdit(**fields)
        elif fields:
            body = evolve(body, **fields)
        return (
            await edit_webhook.asyncio(
                account_id=scope.account_id,
                app_id=scope.app_id,
                webhook_id=webhook_id,
                client=scope.client,
                body=body,
            )
        ).data


__all__ = [
    "Webhooks",
    "AsyncWebhooks",
    "list_webhooks",
    "create_webhook",
    "list_webhook_events",
    "get_webhook",
    "replace_webhook",
    "delete_webhook",
    "edit_webhook",
]
