"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


def write_only_repr(value: object) -> str:
    """How a model's repr shows a write-only property (a secret): whether it is set, not its value."""
    return "UNSET" if isinstance(value, Unset) else "<write-only value>"


def sensitive_repr(value: object) -> str:
    """How a model's repr shows a sensitive property (a secret the API returns, such as a stream key): whether it is set, not its value."""
    return "UNSET" if isinstance(value, Unset) else "<sensitive value>"


def known_total(value: object) -> float | None:
    """A page's `paging.total_count` when the answer gave it as a number; None when it is absent or null."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


_STATUS_BY_CODE: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}


def status_of(code: int) -> HTTPStatus | int:
    """The HTTPStatus member for a standard status code; any other code (e.g. 520) as an int."""
    return _STATUS_BY_CODE.get(code, code)


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    """An HTTPStatus member for standard codes, a plain int for others such as 520-530."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    """The body parsed into its documented model; None when an error body does not match it."""


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "known_total",
    "sensitive_repr",
    "status_of",
    "write_only_repr",
]
