"""A client library for accessing Cloudflare RealtimeKit API — Meetings and Participants"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
