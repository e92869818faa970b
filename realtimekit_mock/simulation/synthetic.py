"""Deterministic synthetic values for a schema: every declared property filled, from a seed.

Used where the emulator reports data it cannot measure (a peer's call statistics): the answer
has the spec's whole shape, with values that are the same for the same seed every time.
Written here because no library fills an OpenAPI schema deterministically without examples.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..spec import Spec

__all__ = ["synthesize"]

_ITEMS = 2


def _number(seed: str, path: str) -> float:
    digest = hashlib.blake2b(f"{seed}/{path}".encode(), digest_size=4).digest()
    return round(int.from_bytes(digest, "big") / 2**32 * 100, 3)


def synthesize(spec: Spec, schema: Any, seed: str, path: str = "", depth: int = 0) -> Any:
    """A value of ``schema`` determined by ``seed`` (arrays get two items)."""
    schema = spec.resolve(schema)
    if depth > 12 or not isinstance(schema, dict):
        return None
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            for member in schema[key]:
                member = spec.resolve(member)
                if member.get("type") != "null":
                    return synthesize(spec, member, seed, path, depth + 1)
    if "enum" in schema:
        values = [v for v in schema["enum"] if v is not None]
        return values[int(_number(seed, path)) % len(values)]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "object" or "properties" in schema:
        return {
            name: synthesize(spec, sub, seed, f"{path}.{name}", depth + 1)
            for name, sub in schema.get("properties", {}).items()
        }
    if kind == "array":
        return [
            synthesize(spec, schema.get("items", {}), seed, f"{path}[{i}]", depth + 1)
            for i in range(_ITEMS)
        ]
    if kind == "number":
        return _number(seed, path)
    if kind == "integer":
        return int(_number(seed, path))
    if kind == "boolean":
        return _number(seed, path) >= 50
    if kind == "string":
        if schema.get("format") == "date-time":
            return "2026-01-01T00:00:00.000Z"
        return (
            f"{path.rsplit('.', 1)[-1].strip('[]0123456789') or 'value'}-{int(_number(seed, path))}"
        )
    return None
