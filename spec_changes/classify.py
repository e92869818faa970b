"""The verdicts: each finding is breaking, additive or documentation only, for two audiences.

*Client users* are the people who install `realtimekit_client` and call the API through it;
*API callers* call the API by other means (raw HTTP, another SDK, a webhook receiver of their
own). A change reaches client users on the wire like any caller, so their verdict is the
callers' one, except where the generated client shields them or adds its own stake:

- the client parses unknown enum values and unknown properties, so a new enum value in a
  response is additive for client users (breaking for callers with an exhaustive match);
- the client's names and Python types are its API: an operationId (module and function), a tag
  (`api/<tag>/` and the bound resource), a path parameter's name (a keyword argument), an enum
  member or a format that maps to a Python type (uuid, date-time, date, binary) changing is
  breaking for client users even where the wire format is compatible;
- the client follows a moved path by itself: a new path for the same operationId is breaking
  for callers and documentation only for client users;
- a default on a request property is always sent by the client, so a default added to a PATCH
  body is breaking for client users (it would reset the stored value).

In general, for what the API receives ("in") widening is additive and narrowing breaking; for
what it sends ("out") the reverse: a removed or newly optional response field, a widened or
nullable response type, a loosened response constraint (a value old code never had to handle)
are breaking. Deprecations are additive (a minor release, as semver asks). Descriptions,
summaries, titles, examples and links are documentation only.

`RULES` is the whole table: kind -> (client, caller) for "in", and for "out".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from spec_changes.diff import Finding

__all__ = [
    "PYTHON_FORMATS",
    "RULES",
    "Change",
    "Level",
    "classify",
    "required_level",
    "summary",
]


class Level(IntEnum):
    """How a change affects its audience; higher is worse. The semver part it needs follows."""

    DOCUMENTATION = 1
    ADDITIVE = 2
    BREAKING = 3

    @property
    def label(self) -> str:
        return {1: "documentation only", 2: "additive", 3: "breaking"}[self.value]

    @property
    def bump(self) -> str:
        return {1: "patch", 2: "minor", 3: "major"}[self.value]


B, A, D = Level.BREAKING, Level.ADDITIVE, Level.DOCUMENTATION
PYTHON_FORMATS = frozenset({"uuid", "date-time", "date", "binary"})
"""Formats openapi-python-client turns into a Python type of their own (UUID, datetime, ...)."""

Pair = tuple[Level, Level]
_SAME = {
    "added": ((A, A), (A, A)),
    "removed": ((B, B), (B, B)),
    "added-required": ((B, B), (A, A)),
    "required": ((B, B), (A, A)),
    "optional": ((A, A), (B, B)),
    "widened": ((A, A), (B, B)),
    "narrowed": ((B, B), (A, A)),
    "changed": ((B, B), (B, B)),
    "docs": ((D, D), (D, D)),
}


def _both(client: Level, caller: Level) -> tuple[Pair, Pair]:
    return (client, caller), (client, caller)


RULES: dict[str, tuple[Pair, Pair]] = {
    # operations and webhooks
    "operation-added": _both(A, A),
    "operation-removed": _both(B, B),
    "webhook-added": _both(A, A),
    "webhook-removed": _both(D, B),
    "operation-deprecated": _both(A, A),
    "operation-undeprecated": _both(A, A),
    "operation-id-changed": _both(B, D),
    "operation-path-changed": _both(D, B),
    "operation-tags-changed": _both(B, D),
    "security-added": _both(A, A),
    "security-removed": _both(B, B),
    "security-scheme-changed": _both(B, B),
    # parameters, bodies, headers: as properties of what travels in their direction
    "parameter-added-optional": _SAME["added"],
    "parameter-added-required": _SAME["added-required"],
    "parameter-removed": _SAME["removed"],
    "parameter-required": _SAME["required"],
    "parameter-optional": _SAME["optional"],
    "parameter-renamed": _both(B, D),
    "parameter-style-changed": _SAME["changed"],
    "request-body-added-optional": _SAME["added"],
    "request-body-added-required": _SAME["added-required"],
    "request-body-removed": _SAME["removed"],
    "request-body-required": _SAME["required"],
    "request-body-optional": _SAME["optional"],
    "header-added-optional": _SAME["added"],
    "header-added-required": _SAME["added-required"],
    "header-removed": _SAME["removed"],
    "header-required": _SAME["required"],
    "header-optional": _SAME["optional"],
    "media-type-added": _SAME["added"],
    "media-type-removed": _SAME["removed"],
    "success-status-added": ((A, A), (B, B)),
    "success-status-removed": _SAME["removed"],
    "error-status-added": _SAME["added"],
    "error-status-removed": _both(A, A),
    # schemas
    "property-added-optional": _SAME["added"],
    "property-added-required": _SAME["added-required"],
    "property-removed": _SAME["removed"],
    "property-required": _SAME["required"],
    "property-optional": _SAME["optional"],
    "type-widened": _SAME["widened"],
    "type-narrowed": _SAME["narrowed"],
    "type-changed": _SAME["changed"],
    "nullable-added": _SAME["widened"],
    "nullable-removed": _SAME["narrowed"],
    "format-added": ((B, B), (A, A)),
    "format-removed": ((A, A), (B, B)),
    "format-changed": _SAME["changed"],
    "enum-value-added": ((A, A), (A, B)),
    "enum-value-removed": ((B, B), (B, A)),
    "enum-added": _SAME["narrowed"],
    "enum-removed": _SAME["widened"],
    "default-added": ((A, A), (D, D)),
    "default-removed": ((B, B), (D, D)),
    "default-changed": ((B, B), (D, D)),
    "constraint-tightened": _SAME["narrowed"],
    "constraint-loosened": _SAME["widened"],
    "constraint-changed": _SAME["changed"],
    "additional-properties-restricted": _SAME["narrowed"],
    "additional-properties-allowed": ((A, A), (A, A)),
    "variant-added": _SAME["widened"],
    "variant-removed": _SAME["narrowed"],
    "deprecated": _both(A, A),
    "undeprecated": _both(A, A),
    # documentation
    "description-changed": _SAME["docs"],
    "summary-changed": _SAME["docs"],
    "title-changed": _SAME["docs"],
    "example-changed": _SAME["docs"],
    "links-changed": _SAME["docs"],
    "info-changed": _SAME["docs"],
    # the API as a whole, the models, the generated package
    "server-added": _both(D, A),
    "server-removed": _both(D, B),
    "model-added": _both(A, D),
    "model-removed": _both(B, D),
    "python-api-broken": _both(B, D),
    "package-changed": _both(D, D),
}


@dataclass(frozen=True)
class Change:
    """A finding with its verdict for client users and for API callers."""

    finding: Finding
    client: Level
    caller: Level


def _python_typed(finding: Finding) -> bool:
    return bool({finding.before, finding.after} & PYTHON_FORMATS)


def classify(finding: Finding) -> Change:
    """The verdicts of one finding, from `RULES` and the client-specific exceptions above."""
    try:
        rule_in, rule_out = RULES[finding.kind]
    except KeyError:
        raise ValueError(f"no rule for the change kind {finding.kind!r}") from None
    client, caller = rule_out if finding.direction == "out" else rule_in
    kind = finding.kind
    typed = kind in ("format-added", "format-removed") and _python_typed(finding)
    patch_default = (
        kind == "default-added" and finding.direction == "in" and finding.method == "PATCH"
    )
    if typed or patch_default:
        client = B
    return Change(finding, client, caller)


def required_level(changes: list[Change]) -> Level | None:
    """The highest client verdict among `changes` (None when there is no change at all)."""
    return max((c.client for c in changes), default=None)


def summary(changes: list[Change]) -> dict[str, dict[str, int]]:
    """How many changes of each level, for client users and for API callers."""
    out: dict[str, dict[str, Any]] = {"client": {}, "caller": {}}
    for audience in out:
        for level in (B, A, D):
            out[audience][level.label] = sum(1 for c in changes if getattr(c, audience) == level)
    return out
