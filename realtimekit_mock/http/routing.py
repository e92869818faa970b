"""Request paths to operations, without a regex scan.

Templates are grouped by segment count and matched on their literal segments. Where two
templates could match one path (``/sessions/peer-report/{peer_id}`` and
``/sessions/{session_id}/participants``), a literal segment wins over a capture at the first
position where they differ, so the path ``/sessions/peer-report/participants`` is a peer report.
"""

from __future__ import annotations

from typing import Generic, TypeVar
from urllib.parse import unquote_to_bytes

from ..exceptions import BadRequest

__all__ = ["Route", "Router"]

T = TypeVar("T")


class Route(Generic[T]):
    """One path template: its literal and parameter segments, and a target per method."""

    __slots__ = ("allowed", "literals", "params", "shape", "targets")

    def __init__(self, segments: list[str]) -> None:
        self.shape = tuple(s.startswith("{") for s in segments)
        self.literals = tuple(
            (i, s.encode()) for i, s in enumerate(segments) if not s.startswith("{")
        )
        self.params = tuple((i, s[1:-1]) for i, s in enumerate(segments) if s.startswith("{"))
        self.targets: dict[str, T] = {}
        self.allowed: list[str] = []


class Router(Generic[T]):
    """Path templates (with ``{name}`` segments) to targets by method."""

    def __init__(self) -> None:
        self._by_template: dict[str, Route[T]] = {}
        self._by_length: dict[int, list[Route[T]]] = {}

    def add(self, template: str, method: str, target: T) -> None:
        """Serve ``method`` on ``template`` with ``target``."""
        route = self._by_template.get(template)
        if route is None:
            segments = template.split("/")
            route = self._by_template[template] = Route(segments)
            routes = self._by_length.setdefault(len(segments), [])
            routes.append(route)
            routes.sort(key=lambda r: r.shape)  # literals before captures, leftmost first
        route.targets[method] = target
        route.allowed = sorted(route.targets)

    def match(self, raw_path: bytes) -> tuple[Route[T], dict[str, str]] | None:
        """The route of a raw (percent-encoded) path and its decoded parameters, or None."""
        # Plain loops: this runs on every request, and generators passed to all() cost more
        # than the comparisons themselves.
        parts = raw_path.split(b"/")
        for route in self._by_length.get(len(parts), ()):
            for i, literal in route.literals:
                segment = parts[i]
                if segment != literal and not (
                    b"%" in segment and unquote_to_bytes(segment) == literal
                ):
                    break  # not this route (percent-encoded spellings of a literal match)
            else:
                for i, _ in route.params:
                    if not parts[i]:
                        break
                else:
                    params = {}
                    for i, name in route.params:
                        params[name] = _decode(parts[i])
                    return route, params
        return None


def _decode(segment: bytes) -> str:
    if b"%" in segment:
        segment = unquote_to_bytes(segment)
    try:
        return segment.decode("utf-8")
    except UnicodeDecodeError:
        raise BadRequest("path: not valid UTF-8") from None
