"""The resources, one module per spec tag; :data:`RESOURCES` is the only registry.

A resource reaches another through the store (``self.store.meetings.require(...)``).
:func:`check_operations` proves, at start, that the spec's operations and the resources'
public methods match one to one.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable

from ..spec import Spec
from .active_session import ActiveSession
from .analytics import Analytics
from .apps import Apps
from .base import Resource, new_id
from .livestreams import Livestreams
from .meetings import Meetings
from .participants import Participants
from .presets import Presets
from .recordings import Recordings
from .sessions import Sessions
from .webhooks import Webhooks

__all__ = ["RESOURCES", "Resource", "check_operations", "new_id"]

RESOURCES: tuple[type[Resource], ...] = (
    Meetings,
    Participants,
    Sessions,
    ActiveSession,
    Recordings,
    Livestreams,
    Presets,
    Apps,
    Webhooks,
    Analytics,
)


def check_operations(spec: Spec, resources: Iterable[type[Resource]]) -> None:
    """Raise RuntimeError unless every operation has a method taking its parameters, and every
    public method of a resource (beyond :class:`Resource`'s own) is an operation of its tag or
    a declared helper."""
    by_tag = {cls.tag: cls for cls in resources}
    problems = []
    expected: dict[str, set[str]] = {tag: set() for tag in by_tag}
    for op in spec.operations:
        cls = by_tag.get(op.tag)
        method = getattr(cls, op.operation_id, None) if cls is not None else None
        if method is None:
            problems.append(f"{op.operation_id} (tag {op.tag}) has no resource method")
            continue
        expected[op.tag].add(op.operation_id)
        names = {p.name for p in op.parameters} | ({"body"} if op.body_schema else set())
        signature = inspect.signature(method)
        accepted = set(signature.parameters) - {"self"}
        if names - accepted:
            problems.append(f"{op.operation_id} does not take {sorted(names - accepted)}")
        required = {
            name
            for name, p in signature.parameters.items()
            if name != "self" and p.default is inspect.Parameter.empty
        }
        # Sent on every call: required parameters, those with a default, and the body.
        spec_required = {
            p.name for p in op.parameters if p.required or "default" in spec.resolve(p.schema)
        } | ({"body"} if op.body_schema else set())
        if required - spec_required:
            problems.append(
                f"{op.operation_id} requires {sorted(required - spec_required)}, which the"
                " spec does not always send"
            )
    for tag, cls in by_tag.items():
        public = {
            name
            for name, _ in inspect.getmembers(cls, inspect.isfunction)
            if not name.startswith("_") and not hasattr(Resource, name)
        }
        stray = public - expected[tag] - set(cls.helpers)
        if stray:
            problems.append(
                f"{cls.__name__} has public methods that are no operation: {sorted(stray)}"
            )
    if problems:
        raise RuntimeError("resources do not match the spec: " + "; ".join(problems))
