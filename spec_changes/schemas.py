"""One revision of an OpenAPI document, with its `$ref`s resolved and its schemas normalised.

`Document.resolve` follows local `$ref`s (`#/...`, siblings of a `$ref` override the target);
`Document.view` turns a schema into a `View`: `allOf` merged, the nullable forms (3.1 type
arrays, `anyOf`/`oneOf` with a `{type: "null"}` member, 3.0 `nullable: true`, `null` in an
`enum`) folded into a `nullable` flag, a single non-null `anyOf`/`oneOf` member merged, two or
more kept as variants, `const` read as a one-value enum, and the type inferred where it is
implicit. Views are cached per schema object, so a schema reached from many operations is
normalised once.

Guarantees: every failure (an external or dangling `$ref`, a `$ref` or `allOf` cycle, a node
that is not a mapping) is a `SpecError` naming the place, never a KeyError or a recursion error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["CONSTRAINTS", "MISSING", "Document", "SpecError", "View"]

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()
"""Stands for an absent `default` (a `default` may itself be null)."""

CONSTRAINTS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
"""The validation keywords compared as constraints."""

_SCHEMA_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})


class SpecError(Exception):
    """The document cannot be read or compared; the message says where and why."""


@dataclass
class View:
    """A normalised schema: what a value may be, with the subschemas still raw (for recursion)."""

    name: str | None = None
    types: frozenset[str] = frozenset()
    nullable: bool = False
    format: str | None = None
    enum: tuple[Any, ...] | None = None
    default: Any = MISSING
    constraints: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    additional: Any = None
    items: Any = None
    variants: list[tuple[str, Any]] = field(default_factory=list)
    description: str | None = None
    title: str | None = None
    example: Any = MISSING
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False


class Document:
    """One parsed OpenAPI document; resolves references and normalises schemas."""

    def __init__(self, spec: Any, label: str) -> None:
        if not isinstance(spec, dict):
            raise SpecError(f"{label}: the document is not a mapping")
        self.spec: dict[str, Any] = spec
        self.label = label
        # Keyed by id(); the schema object is kept in the value so that its id is never reused.
        self._views: dict[int, tuple[Any, View]] = {}

    # --- references ---------------------------------------------------------------------

    def pointer(self, ref: str) -> Any:
        """The node a local `$ref` points at."""
        if not isinstance(ref, str) or not ref.startswith("#"):
            raise SpecError(f"{self.label}: only local $refs are supported, got {ref!r}")
        node: Any = self.spec
        for raw in ref[1:].split("/")[1:]:
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise SpecError(f"{self.label}: $ref {ref!r} points at nothing")
        return node

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """`node` with its `$ref` chain followed, and the last component name on the way."""
        name = None
        seen: list[str] = []
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"{self.label}: $ref cycle {' -> '.join([*seen, ref])}")
            seen.append(ref)
            target = self.pointer(ref)
            name = ref.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            node = {**target, **siblings} if siblings and isinstance(target, dict) else target
        return node, name

    def mapping(self, node: Any, where: str) -> dict[str, Any]:
        """`node` resolved, which must be a mapping (an empty one when absent)."""
        if node is None:
            return {}
        node, _ = self.resolve(node)
        if not isinstance(node, dict):
            raise SpecError(f"{self.label}: {where} is not a mapping")
        return node

    # --- schemas ------------------------------------------------------------------------

    def view(self, schema: Any, where: str = "schema") -> View:
        """The normalised `View` of `schema` (cached per schema object)."""
        cached = self._views.get(id(schema))
        if cached is None:
            cached = (schema, self._view(schema, where, ()))
            self._views[id(schema)] = cached
        return cached[1]

    def _view(self, schema: Any, where: str, chain: tuple[str, ...]) -> View:
        if schema is True or schema is None:
            return View()
        if schema is False:
            return View(enum=())
        node, name = self.resolve(schema)
        if not isinstance(node, dict):
            raise SpecError(f"{self.label}: {where} is not a schema")
        if name is not None:
            if name in chain:
                raise SpecError(f"{self.label}: composition cycle through {name} at {where}")
            chain = (*chain, name)
        view = View(name=name)
        self._own(view, node, where)
        for i, member in enumerate(_list(node.get("allOf"), f"{where}.allOf", self.label)):
            part = self._view(member, f"{where}.allOf[{i}]", chain)
            _merge(view, part)
            if view.name is None and len(node["allOf"]) == 1:
                view.name = part.name
        for keyword in ("oneOf", "anyOf"):
            members = _list(node.get(keyword), f"{where}.{keyword}", self.label)
            real = []
            for i, member in enumerate(members):
                if _is_null(self.resolve(member)[0]):
                    view.nullable = True
                else:
                    real.append((i, member))
            if len(real) == 1:
                part = self._view(real[0][1], f"{where}.{keyword}[{real[0][0]}]", chain)
                _merge(view, part)
                view.nullable = view.nullable or part.nullable
                if view.name is None:
                    view.name = part.name
            else:
                for i, member in real:
                    label = self.resolve(member)[1] or f"{keyword}[{i}]"
                    view.variants.append((label, member))
        if not view.types:
            view.types = _implied_types(view)
        if not view.types and view.variants:
            parts = [self._view(m, f"{where}<{label}>", chain).types for label, m in view.variants]
            if all(parts):
                view.types = frozenset().union(*parts)
        return view

    def _own(self, view: View, node: dict[str, Any], where: str) -> None:
        """The keywords of `node` itself, before its `allOf`/`oneOf`/`anyOf` members."""
        raw_type = node.get("type")
        types = [raw_type] if isinstance(raw_type, str) else list(raw_type or [])
        unknown = [t for t in types if t not in _SCHEMA_TYPES]
        if unknown:
            raise SpecError(f"{self.label}: {where} has an unknown type {unknown[0]!r}")
        view.nullable = "null" in types or node.get("nullable") is True
        view.types = frozenset(t for t in types if t != "null")
        view.format = node.get("format")
        if "const" in node:
            values = [node["const"]]
        elif "enum" in node:
            values = list(_list(node["enum"], f"{where}.enum", self.label))
        else:
            values = None
        if values is not None:
            if None in values:
                view.nullable = True
            view.enum = tuple(v for v in values if v is not None)
        view.default = node.get("default", MISSING)
        view.constraints = {k: node[k] for k in CONSTRAINTS if k in node}
        props = node.get("properties") or {}
        if not isinstance(props, dict):
            raise SpecError(f"{self.label}: {where}.properties is not a mapping")
        view.properties = dict(props)
        view.required = frozenset(_list(node.get("required"), f"{where}.required", self.label))
        view.additional = node.get("additionalProperties")
        view.items = node.get("items")
        view.description = node.get("description")
        view.title = node.get("title")
        view.example = node.get("example", node.get("examples", MISSING))
        view.deprecated = node.get("deprecated") is True
        view.read_only = node.get("readOnly") is True
        view.write_only = node.get("writeOnly") is True


def _list(value: Any, where: str, label: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise SpecError(f"{label}: {where} is not a list")
    return value


def _is_null(node: Any) -> bool:
    """Whether a composition member only allows null (`{type: "null"}`, `const: null`)."""
    if not isinstance(node, dict):
        return False
    if node.get("type") == "null" or node.get("type") == ["null"]:
        return True
    return ("const" in node and node["const"] is None) or node.get("enum") == [None]


def _merge(view: View, part: View) -> None:
    """Fold an `allOf` member (or the single non-null `anyOf`/`oneOf` member) into `view`."""
    if part.types:
        view.types = view.types & part.types if view.types else part.types
    if part.enum is not None:
        mine = view.enum
        view.enum = part.enum if mine is None else tuple(v for v in mine if v in part.enum)
    for attr in ("format", "description", "title"):
        if getattr(view, attr) is None:
            setattr(view, attr, getattr(part, attr))
    if view.default is MISSING:
        view.default = part.default
    if view.example is MISSING:
        view.example = part.example
    for key, value in part.constraints.items():
        view.constraints.setdefault(key, value)
    for key, value in part.properties.items():
        mine = view.properties.get(key)
        view.properties[key] = value if mine is None else {"allOf": [mine, value]}
    view.required = view.required | part.required
    if view.additional is None:
        view.additional = part.additional
    if view.items is None:
        view.items = part.items
    view.variants.extend(part.variants)
    view.deprecated = view.deprecated or part.deprecated
    view.read_only = view.read_only or part.read_only
    view.write_only = view.write_only or part.write_only


def _implied_types(view: View) -> frozenset[str]:
    """The type a schema without `type` still has: object, array, or that of its enum values."""
    if view.properties or view.additional not in (None, True):
        return frozenset({"object"})
    if view.items is not None:
        return frozenset({"array"})
    if view.enum:
        names = {bool: "boolean", int: "integer", float: "number", str: "string"}
        return frozenset(names.get(type(v), "object") for v in view.enum)
    return frozenset()
