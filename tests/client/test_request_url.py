"""The URL the endpoints send is the one httpx would parse from `url_for`, however it is built."""

from __future__ import annotations

from urllib.parse import quote

import httpx
import pytest
from realtimekit_client import AuthenticatedClient
from realtimekit_client.client import path_segment

PATHS = [
    "/accounts/a/realtime/kit/b/meetings",
    "/accounts/a/realtime/kit/b/meetings/182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e",
    "/accounts/a%20b/x",
    "/a/%7e/%2E%2E",
    "/a/b.c/~x-y_z",
    "/accounts/../x",
    "/a/./b",
    "/a//b",
    "/a/",
    "/a/%zz",
    "/a b",
    "/\u00e4",
    "/.hidden",
    "/a?x=1",
    "/a#f",
    "",
]
BASES = [
    "https://api.cloudflare.com/client/v4",
    "https://api.cloudflare.com/client/v4/",
    "http://127.0.0.1:8787/client/v4",
    "HTTP://Example.COM:80/x",
    "http://[::1]:8080",
    "https://api.cloudflare.com/client/v4?q=1",
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_request_url_equals_parsing_url_for(base: str, path: str) -> None:
    """Fast path or not, request_url gives the URL httpx parses from the joined string."""
    client = AuthenticatedClient(base_url=base, token="fake-token")
    expected = httpx.URL(client.url_for(path))
    actual = httpx.URL(client.request_url(path))
    assert expected == actual
    assert expected.raw_path == actual.raw_path
    assert str(expected) == str(actual)


def test_request_url_follows_a_replaced_httpx_client() -> None:
    """After set_httpx_client the URLs are built on the new client's base URL."""
    client = AuthenticatedClient(base_url="https://one.example/v4", token="fake-token")
    assert str(client.request_url("/a")) == "https://one.example/v4/a"
    client.set_httpx_client(httpx.Client(base_url="http://127.0.0.1:9/other"))
    assert str(client.request_url("/a")) == "http://127.0.0.1:9/other/a"


@pytest.mark.parametrize("value", ["abc", "a b", "", "\u00e4", "a/b", "..", "%41", "~x.y_z-", 42])
def test_path_segment_is_quote(value: object) -> None:
    """path_segment is urllib's quote(str(value), safe="")."""
    assert path_segment(value) == quote(str(value), safe="")
