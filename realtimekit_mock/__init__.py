"""A stateful local emulator of Cloudflare RealtimeKit's REST API, driven by openapi.yaml.

Example::

    from realtimekit_mock import EmulatorServer

    with EmulatorServer() as server:
        ...  # call server.base_url with "Authorization: Bearer " + server.token
"""

from .app import EmulatorApp, create_app
from .auth import DEFAULT_TOKEN
from .http import MAX_BODY_BYTES, ConnectionDropped
from .resources.meetings import DEFAULT_ORG_APP_ID
from .server import DEFAULT_ACCOUNT_ID, DEFAULT_APP_ID, EmulatorServer
from .state import StorageError
from .store import Store

__all__ = [
    "DEFAULT_ACCOUNT_ID",
    "DEFAULT_APP_ID",
    "DEFAULT_ORG_APP_ID",
    "DEFAULT_TOKEN",
    "MAX_BODY_BYTES",
    "ConnectionDropped",
    "EmulatorApp",
    "EmulatorServer",
    "StorageError",
    "Store",
    "create_app",
]
