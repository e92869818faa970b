"""Request bodies: the content-type check and one bounded reader (the API's and the control
API's)."""

from __future__ import annotations

from typing import Any

from ..exceptions import PayloadTooLarge, UnsupportedMediaType

__all__ = ["MAX_BODY_BYTES", "ClientGone", "check_content_type", "read_body"]

MAX_BODY_BYTES = 1024 * 1024
"""Request bodies over this many bytes are answered 413."""

_DRAIN_LIMIT = 64 * MAX_BODY_BYTES


class ClientGone(Exception):
    """The client disconnected while the body was being read."""


async def read_body(
    receive: Any, content_length: bytes | None, limit: int, *, drain: bool = True
) -> bytes:
    """The whole body of an ASGI request; :class:`PayloadTooLarge` past ``limit`` bytes.

    A body announced larger than the limit is refused before a byte of it is read, so a client
    announcing a huge body (or one that never comes) gets its answer at once. One that turns
    out larger is refused as soon as it passes the limit; with ``drain`` (the API's default)
    the rest is read first and dropped, up to 64 times the limit, so a client still sending
    gets the 413 rather than a reset connection.
    """
    if content_length is not None and content_length.isdigit() and int(content_length) > limit:
        raise PayloadTooLarge(limit)
    message = await receive()
    if message["type"] == "http.disconnect":
        raise ClientGone
    chunk = message.get("body", b"")
    if not message.get("more_body", False) and len(chunk) <= limit:
        return chunk
    chunks = [chunk]
    size = len(chunk)
    stop = _DRAIN_LIMIT if drain else limit
    while message.get("more_body", False) and size <= stop:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
    if size > limit:
        raise PayloadTooLarge(limit)
    return b"".join(chunks)


def check_content_type(content_type: bytes | None, accepted: frozenset[bytes]) -> None:
    """:class:`UnsupportedMediaType` unless the media type is accepted, in UTF-8."""
    if content_type is None:
        raise UnsupportedMediaType(None)
    media, _, rest = content_type.partition(b";")
    if media.strip().lower() not in accepted:
        raise UnsupportedMediaType(content_type.decode("latin-1")[:100])
    if rest:
        for param in rest.split(b";"):
            name, _, value = param.partition(b"=")
            if name.strip().lower() == b"charset" and value.strip(b' "').lower() not in (
                b"utf-8",
                b"utf8",
            ):
                raise UnsupportedMediaType(content_type.decode("latin-1")[:100])
