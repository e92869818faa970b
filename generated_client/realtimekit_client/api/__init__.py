"""Contains methods for accessing the API, and the bound clients RealtimeKit and AsyncRealtimeKit"""

import importlib
import os
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from ..client import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AuthenticatedClient, RetryPolicy
from ..errors import ConfigurationError

if TYPE_CHECKING:
    from .active_session import ActiveSession, AsyncActiveSession
    from .analytics import Analytics, AsyncAnalytics
    from .apps import Apps, AsyncApps
    from .livestreams import AsyncLivestreams, Livestreams
    from .meetings import AsyncMeetings, Meetings
    from .participants import AsyncParticipants, Participants
    from .presets import AsyncPresets, Presets
    from .recordings import AsyncRecordings, Recordings
    from .sessions import AsyncSessions, Sessions
    from .webhooks import AsyncWebhooks, Webhooks

TOKEN_ENV = "CLOUDFLARE_API_TOKEN"
ACCOUNT_ID_ENV = "CLOUDFLARE_ACCOUNT_ID"
APP_ID_ENV = "REALTIMEKIT_APP_ID"
BASE_URL_ENV = "CLOUDFLARE_BASE_URL"


def _setting(value: str | None, env: str) -> str | None:
    """An explicit value, else the environment variable `env`; empty counts as missing."""
    if value:
        return value
    return os.environ.get(env) or None


class _Bound:
    """Settings shared by RealtimeKit and AsyncRealtimeKit."""

    _client: AuthenticatedClient
    _account_id: str
    _app_id: str | None

    def _configure(
        self,
        *,
        token: str | None,
        account_id: str | None,
        app_id: str | None,
        base_url: str | None,
        timeout: httpx.Timeout | float | None,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        headers: dict[str, str] | None,
        httpx_args: dict[str, Any] | None,
        client: AuthenticatedClient | None,
        transports: dict[str, Any],
    ) -> None:
        if client is None:
            resolved_token = _setting(token, TOKEN_ENV)
            if resolved_token is None:
                raise ConfigurationError(f"no API token: pass token= or set {TOKEN_ENV}")
            client = AuthenticatedClient(
                base_url=_setting(base_url, BASE_URL_ENV) or DEFAULT_BASE_URL,
                token=resolved_token,
                timeout=timeout,
                max_retries=max_retries,
                retry_policy=retry_policy if retry_policy is not None else RetryPolicy(),
                headers=dict(headers or {}),
                httpx_args=dict(httpx_args or {}),
                **transports,
            )
        resolved_account = _setting(account_id, ACCOUNT_ID_ENV)
        if resolved_account is None:
            raise ConfigurationError(f"no account id: pass account_id= or set {ACCOUNT_ID_ENV}")
        self._client = client
        self._account_id = resolved_account
        self._app_id = _setting(app_id, APP_ID_ENV)

    @property
    def client(self) -> AuthenticatedClient:
        """The underlying AuthenticatedClient, for the functions of realtimekit_client.api.<tag>.<operation>."""
        return self._client

    @property
    def account_id(self) -> str:
        """The account id every path starts with."""
        return self._account_id

    @property
    def app_id(self) -> str:
        """The app id of app-scoped paths; ConfigurationError when none was configured."""
        if self._app_id is None:
            raise ConfigurationError(f"no app id: pass app_id= or set {APP_ID_ENV}")
        return self._app_id

    def __repr__(self) -> str:
        # The token is deliberately absent.
        return (
            f"{type(self).__name__}(account_id={self._account_id!r}, app_id={self._app_id!r}, "
            f"base_url={self._client.url_for('')!r})"
        )


_NAMESPACES = (
    "meetings",
    "participants",
    "sessions",
    "active_session",
    "recordings",
    "webhooks",
    "presets",
    "apps",
    "livestreams",
    "analytics",
)
# The bound resource classes exported here, each with the tag module that defines it.
_RESOURCE_MODULES = {
    "Meetings": "meetings",
    "AsyncMeetings": "meetings",
    "Participants": "participants",
    "AsyncParticipants": "participants",
    "Sessions": "sessions",
    "AsyncSessions": "sessions",
    "ActiveSession": "active_session",
    "AsyncActiveSession": "active_session",
    "Recordings": "recordings",
    "AsyncRecordings": "recordings",
    "Webhooks": "webhooks",
    "AsyncWebhooks": "webhooks",
    "Presets": "presets",
    "AsyncPresets": "presets",
    "Apps": "apps",
    "AsyncApps": "apps",
    "Livestreams": "livestreams",
    "AsyncLivestreams": "livestreams",
    "Analytics": "analytics",
    "AsyncAnalytics": "analytics",
}


def __getattr__(name: str) -> Any:
    """The bound resource classes (e.g. Meetings), imported from their tag's module when asked for."""
    tag = _RESOURCE_MODULES.get(name)
    if tag is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{tag}", __name__), name)
    globals()[name] = value
    return value


class RealtimeKit(_Bound):
    """Client of the RealtimeKit API bound to one account and app.

    Every argument is optional; the token, account id, app id and base URL fall back to the
    environment variables `CLOUDFLARE_API_TOKEN`, `CLOUDFLARE_ACCOUNT_ID`, `REALTIMEKIT_APP_ID` and
    `CLOUDFLARE_BASE_URL` (default `DEFAULT_BASE_URL`). A missing token or account id raises
    ConfigurationError here; a missing app id raises it at the first call that needs one.

    Args:
        token: API token with the Realtime or Realtime Admin permission.
        account_id: Cloudflare account id.
        app_id: RealtimeKit app id.
        base_url: API root, e.g. a local emulator's ``http://127.0.0.1:8787/client/v4``.
        timeout: httpx.Timeout or seconds per attempt (default connect 5 s, read/write/pool 30 s).
        max_retries: retries after the first attempt (default 2; 0 disables). See realtimekit_client.client.
        retry_policy: backoff and Retry-After cap of the retries.
        headers: extra headers sent with every request.
        transport: the innermost httpx transport (e.g. httpx.MockTransport);
            retries wrap it.
        httpx_args: more arguments for the httpx.Client.
        client: a ready AuthenticatedClient to use instead (then token, base_url, timeout,
            retries, headers, transport and httpx_args are not used).

    Attributes:
        meetings (Meetings): the meetings operations.
        participants (Participants): the participants operations.
        sessions (Sessions): the sessions operations.
        active_session (ActiveSession): the active_session operations.
        recordings (Recordings): the recordings operations.
        webhooks (Webhooks): the webhooks operations.
        presets (Presets): the presets operations.
        apps (Apps): the apps operations.
        livestreams (Livestreams): the livestreams operations.
        analytics (Analytics): the analytics operations.
    """

    NAMESPACES: ClassVar[tuple[str, ...]] = _NAMESPACES
    """The tags of the spec: one property each, holding that tag's bound resource."""

    def __init__(
        self,
        *,
        token: str | None = None,
        account_id: str | None = None,
        app_id: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        headers: dict[str, str] | None = None,
        transport: httpx.BaseTransport | None = None,
        httpx_args: dict[str, Any] | None = None,
        client: AuthenticatedClient | None = None,
    ) -> None:
        self._configure(
            token=token,
            account_id=account_id,
            app_id=app_id,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            headers=headers,
            httpx_args=httpx_args,
            client=client,
            transports={"transport": transport},
        )

    @cached_property
    def meetings(self) -> "Meetings":
        """The meetings operations (Meetings); their modules are imported on first use."""
        from .meetings import Meetings

        return Meetings(self)

    @cached_property
    def participants(self) -> "Participants":
        """The participants operations (Participants); their modules are imported on first use."""
        from .participants import Participants

        return Participants(self)

    @cached_property
    def sessions(self) -> "Sessions":
        """The sessions operations (Sessions); their modules are imported on first use."""
        from .sessions import Sessions

        return Sessions(self)

    @cached_property
    def active_session(self) -> "ActiveSession":
        """The active_session operations (ActiveSession); their modules are imported on first use."""
        from .active_session import ActiveSession

        return ActiveSession(self)

    @cached_property
    def recordings(self) -> "Recordings":
        """The recordings operations (Recordings); their modules are imported on first use."""
        from .recordings import Recordings

        return Recordings(self)

    @cached_property
    def webhooks(self) -> "Webhooks":
        """The webhooks operations (Webhooks); their modules are imported on first use."""
        from .webhooks import Webhooks

        return Webhooks(self)

    @cached_property
    def presets(self) -> "Presets":
        """The presets operations (Presets); their modules are imported on first use."""
        from .presets import Presets

        return Presets(self)

    @cached_property
    def apps(self) -> "Apps":
        """The apps operations (Apps); their modules are imported on first use."""
        from .apps import Apps

        return Apps(self)

    @cached_property
    def livestreams(self) -> "Livestreams":
        """The livestreams operations (Livestreams); their modules are imported on first use."""
        from .livestreams import Livestreams

        return Livestreams(self)

    @cached_property
    def analytics(self) -> "Analytics":
        """The analytics operations (Analytics); their modules are imported on first use."""
        from .analytics import Analytics

        return Analytics(self)

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def __enter__(self) -> "RealtimeKit":
        return self

    def __exit__(self, *args: object) -> None:
        self.close()


class AsyncRealtimeKit(_Bound):
    """Async client of the RealtimeKit API bound to one account and app.

    Every argument is optional; the token, account id, app id and base URL fall back to the
    environment variables `CLOUDFLARE_API_TOKEN`, `CLOUDFLARE_ACCOUNT_ID`, `REALTIMEKIT_APP_ID` and
    `CLOUDFLARE_BASE_URL` (default `DEFAULT_BASE_URL`). A missing token or account id raises
    ConfigurationError here; a missing app id raises it at the first call that needs one.

    Args:
        token: API token with the Realtime or Realtime Admin permission.
        account_id: Cloudflare account id.
        app_id: RealtimeKit app id.
        base_url: API root, e.g. a local emulator's ``http://127.0.0.1:8787/client/v4``.
        timeout: httpx.Timeout or seconds per attempt (default connect 5 s, read/write/pool 30 s).
        max_retries: retries after the first attempt (default 2; 0 disables). See realtimekit_client.client.
        retry_policy: backoff and Retry-After cap of the retries.
        headers: extra headers sent with every request.
        transport: the innermost async httpx transport (e.g. httpx.MockTransport);
            retries wrap it.
        httpx_args: more arguments for the httpx.AsyncClient.
        client: a ready AuthenticatedClient to use instead (then token, base_url, timeout,
            retries, headers, transport and httpx_args are not used).

    Attributes:
        meetings (AsyncMeetings): the meetings operations.
        participants (AsyncParticipants): the participants operations.
        sessions (AsyncSessions): the sessions operations.
        active_session (AsyncActiveSession): the active_session operations.
        recordings (AsyncRecordings): the recordings operations.
        webhooks (AsyncWebhooks): the webhooks operations.
        presets (AsyncPresets): the presets operations.
        apps (AsyncApps): the apps operations.
        livestreams (AsyncLivestreams): the livestreams operations.
        analytics (AsyncAnalytics): the analytics operations.
    """

    NAMESPACES: ClassVar[tuple[str, ...]] = _NAMESPACES
    """The tags of the spec: one property each, holding that tag's bound resource."""

    def __init__(
        self,
        *,
        token: str | None = None,
        account_id: str | None = None,
        app_id: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        headers: dict[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        httpx_args: dict[str, Any] | None = None,
        client: AuthenticatedClient | None = None,
    ) -> None:
        self._configure(
            token=token,
            account_id=account_id,
            app_id=app_id,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            headers=headers,
            httpx_args=httpx_args,
            client=client,
            transports={"async_transport": transport},
        )

    @cached_property
    def meetings(self) -> "AsyncMeetings":
        """The meetings operations (AsyncMeetings); their modules are imported on first use."""
        from .meetings import AsyncMeetings

        return AsyncMeetings(self)

    @cached_property
    def participants(self) -> "AsyncParticipants":
        """The participants operations (AsyncParticipants); their modules are imported on first use."""
        from .participants import AsyncParticipants

        return AsyncParticipants(self)

    @cached_property
    def sessions(self) -> "AsyncSessions":
        """The sessions operations (AsyncSessions); their modules are imported on first use."""
        from .sessions import AsyncSessions

        return AsyncSessions(self)

    @cached_property
    def active_session(self) -> "AsyncActiveSession":
        """The active_session operations (AsyncActiveSession); their modules are imported on first use."""
        from .active_session import AsyncActiveSession

        return AsyncActiveSession(self)

    @cached_property
    def recordings(self) -> "AsyncRecordings":
        """The recordings operations (AsyncRecordings); their modules are imported on first use."""
        from .recordings import AsyncRecordings

        return AsyncRecordings(self)

    @cached_property
    def webhooks(self) -> "AsyncWebhooks":
        """The webhooks operations (AsyncWebhooks); their modules are imported on first use."""
        from .webhooks import AsyncWebhooks

        return AsyncWebhooks(self)

    @cached_property
    def presets(self) -> "AsyncPresets":
        """The presets operations (AsyncPresets); their modules are imported on first use."""
        from .presets import AsyncPresets

        return AsyncPresets(self)

    @cached_property
    def apps(self) -> "AsyncApps":
        """The apps operations (AsyncApps); their modules are imported on first use."""
        from .apps import AsyncApps

        return AsyncApps(self)

    @cached_property
    def livestreams(self) -> "AsyncLivestreams":
        """The livestreams operations (AsyncLivestreams); their modules are imported on first use."""
        from .livestreams import AsyncLivestreams

        return AsyncLivestreams(self)

    @cached_property
    def analytics(self) -> "AsyncAnalytics":
        """The analytics operations (AsyncAnalytics); their modules are imported on first use."""
        from .analytics import AsyncAnalytics

        return AsyncAnalytics(self)

    async def aclose(self) -> None:
        """Close the connections."""
        await self._client.aclose()

    async def __aenter__(self) -> "AsyncRealtimeKit":
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


__all__ = [
    "ACCOUNT_ID_ENV",
    "APP_ID_ENV",
    "BASE_URL_ENV",
    "TOKEN_ENV",
    "AsyncRealtimeKit",
    "RealtimeKit",
    "Meetings",
    "AsyncMeetings",
    "Participants",
    "AsyncParticipants",
    "Sessions",
    "AsyncSessions",
    "ActiveSession",
    "AsyncActiveSession",
    "Recordings",
    "AsyncRecordings",
    "Webhooks",
    "AsyncWebhooks",
    "Presets",
    "AsyncPresets",
    "Apps",
    "AsyncApps",
    "Livestreams",
    "AsyncLivestreams",
    "Analytics",
    "AsyncAnalytics",
]
