"""Object shapes read from the spec's schemas: declared properties, defaults, write-only fields.

A shape answers three questions the emulator asks of a JSON object, without a hand-written copy
of any schema:

* :meth:`Shape.clean` keeps the declared properties of a request body (so server-owned and
  unknown properties are never stored) and fills in declared defaults, recursively, but only in
  objects that were sent.
* :meth:`Shape.view` projects a stored object onto a response schema, dropping every property
  marked ``writeOnly`` and every property that schema does not declare.
"""

from __future__ import annotations

import copy
from typing import Any

from .spec import Spec

__all__ = ["Shape", "shape_of"]

_MISSING: Any = object()
_MAX_EXACT_INT = 2**53


class Prop:
    """One declared property of an object schema."""

    __slots__ = ("child", "default", "integer", "item", "name", "write_only")

    def __init__(self, name: str) -> None:
        self.name = name
        self.default: Any = _MISSING
        self.write_only = False
        self.integer = False
        self.child: Shape | None = None
        self.item: Shape | None = None


class Shape:
    """The declared properties of an object schema (``allOf``/``anyOf`` members merged).

    ``clean`` runs on every write, so each shape turns its properties into a flat table the
    first time it is used (the builder fills ``props`` in after creating the shape, so not
    before): a plain property is copied with one lookup and without looking at its value.
    """

    __slots__ = ("_clean_table", "props")

    def __init__(self) -> None:
        self.props: dict[str, Prop] = {}
        self._clean_table: list[tuple[str, Prop | None, Any, bool]] | None = None

    def _compile_clean(self) -> list[tuple[str, Prop | None, Any, bool]]:
        # (name, the prop when its value needs a look (nested or integer) else None, default,
        # whether the default is mutable and must be copied)
        table = [
            (
                name,
                prop if prop.child is not None or prop.item is not None or prop.integer else None,
                prop.default,
                type(prop.default) in (dict, list),
            )
            for name, prop in self.props.items()
        ]
        self._clean_table = table
        return table

    def clean(self, value: dict[str, Any], *, defaults: bool = True) -> dict[str, Any]:
        """A new dict with only the declared properties, nested objects cleaned, defaults filled."""
        table = self._clean_table or self._compile_clean()
        out: dict[str, Any] = {}
        get = value.get
        for name, prop, default, mutable in table:
            v = get(name, _MISSING)
            if v is not _MISSING:
                out[name] = v if prop is None else _clean_value(v, prop, defaults)
            elif defaults and default is not _MISSING:
                out[name] = copy.deepcopy(default) if mutable else default
        return out

    def view(self, value: dict[str, Any]) -> dict[str, Any]:
        """A new dict for a response: declared, readable properties only, recursively."""
        out: dict[str, Any] = {}
        for name, v in value.items():
            prop = self.props.get(name)
            if prop is None or prop.write_only:
                continue
            if prop.child is not None and type(v) is dict:
                v = prop.child.view(v)
            elif prop.item is not None and type(v) is list:
                v = [prop.item.view(x) if type(x) is dict else x for x in v]
            out[name] = v
        return out

    def write_only_paths(self, prefix: str = "") -> list[str]:
        """Dotted paths of every write-only property below this shape."""
        paths = []
        for name, prop in self.props.items():
            here = f"{prefix}{name}"
            if prop.write_only:
                paths.append(here)
            for sub in (prop.child, prop.item):
                if sub is not None:
                    paths.extend(sub.write_only_paths(here + "."))
        return paths


def _clean_value(v: Any, prop: Prop, defaults: bool) -> Any:
    kind = type(v)
    if kind is dict:
        return prop.child.clean(v, defaults=defaults) if prop.child is not None else v
    if kind is list and prop.item is not None:
        return [prop.item.clean(x, defaults=defaults) if type(x) is dict else x for x in v]
    if kind is float and prop.integer and v.is_integer() and abs(v) < _MAX_EXACT_INT:
        return int(v)  # 500.0 is a valid JSON Schema integer; keep it one.
    return v


def shape_of(spec: Spec, schema: dict[str, Any]) -> Shape:
    """Build the shape of an object schema (following ``$ref``, ``allOf``, ``anyOf``, ``oneOf``)."""
    return _Builder(spec).shape(schema)


class _Builder:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.memo: dict[int, Shape] = {}

    def members(self, schema: Any) -> list[dict[str, Any]]:
        """The schema and every schema it is composed of."""
        schema = self.spec.resolve(schema)
        if not isinstance(schema, dict):
            return []
        found = [schema]
        for key in ("allOf", "anyOf", "oneOf"):
            for sub in schema.get(key, []):
                found.extend(self.members(sub))
        return found

    def shape(self, schema: Any) -> Shape:
        key = id(self.spec.resolve(schema))
        if key in self.memo:
            return self.memo[key]
        shape = self.memo[key] = Shape()
        for member in self.members(schema):
            for name, raw in member.get("properties", {}).items():
                prop = shape.props.get(name) or Prop(name)
                shape.props[name] = prop
                self.describe(prop, raw)
        return shape

    def describe(self, prop: Prop, raw: Any) -> None:
        parts = self.members(raw)
        for part in parts:
            if "default" in part and prop.default is _MISSING:
                prop.default = part["default"]
            if part.get("writeOnly"):
                prop.write_only = True
            types = part.get("type")
            if types == "integer" or (isinstance(types, list) and "integer" in types):
                prop.integer = True
        if any("properties" in p for p in parts):
            prop.child = self.shape(raw)
        for part in parts:
            items = part.get("items")
            if items is not None and any("properties" in p for p in self.members(items)):
                prop.item = self.shape(items)
