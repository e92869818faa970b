"""Request validators compiled once, at start, from openapi.yaml.

For each operation: one jsonschema-rs ``Draft202012Validator`` for its parameters (path, query
and header, as one object after type coercion) and one for its request body, both with formats
(``uri``, ``uuid``, ``date-time``) checked and the spec's ``components`` embedded so ``$ref``s
resolve. Errors become messages that name the offending field, e.g.
``ai_config.summarization.word_limit: 100 is less than the minimum of 150``.

A message never shows the value of a write-only property (``storage_config.secret``, ...):
jsonschema-rs quotes the offending instance, which may be, or contain, such a value; it is
replaced by ``[write-only value]`` (or ``"[write-only]"`` inside a quoted object).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import parse_qsl

import jsonschema_rs
import orjson

from .exceptions import BadRequest
from .shapes import Shape, shape_of
from .spec import Operation, Parameter, Spec

__all__ = ["OperationValidator", "describe_error"]

_INT = re.compile(r"-?[0-9]{1,18}")  # ASCII digits only (\d also matches other scripts)
_MAX_MESSAGE = 400
_NESTED_KINDS = ("AnyOf", "OneOfNotValid")
_MASK = "[write-only]"
_MASK_WHOLE = "[write-only value]"
_NOT_SHOWN = "invalid value (not shown: it holds a write-only property)"


def describe_error(
    error: jsonschema_rs.ValidationError,
    root: str = "body",
    hidden: frozenset[str] = frozenset(),
) -> str:
    """``<dotted.path>: <why>`` for a validation error (the most specific one under anyOf).

    ``hidden``: names of write-only properties, whose values the message must not show.
    """
    error = _most_specific(error)
    path = _dotted(error.instance_path, error.schema_path)
    kind = error.kind
    if type(kind).__name__ == "Required":
        name = str(getattr(kind, "property", ""))
        path = f"{path}.{name}" if path else name
        why = "this property is required"
    else:
        why = error.message
        if hidden:
            why = _without_write_only(why, error, hidden)
    if len(why) > _MAX_MESSAGE:
        why = why[:_MAX_MESSAGE] + "…"
    return f"{path or root}: {why}"


def _without_write_only(
    message: str, error: jsonschema_rs.ValidationError, hidden: frozenset[str]
) -> str:
    """The message with the offending instance re-quoted without any write-only value."""
    instance = error.instance
    last = error.instance_path[-1] if error.instance_path else None
    whole = isinstance(last, str) and last in hidden
    secrets = _secret_texts(instance, hidden, whole)
    if not secrets:
        return message
    try:
        quoted = orjson.dumps(instance, option=orjson.OPT_SORT_KEYS).decode()
        shown = (
            _MASK_WHOLE
            if whole
            else orjson.dumps(_masked(instance, hidden), option=orjson.OPT_SORT_KEYS).decode()
        )
    except TypeError:  # e.g. an integer orjson cannot write
        return _NOT_SHOWN
    if not message.startswith(quoted):
        return _NOT_SHOWN
    message = shown + message[len(quoted) :]
    return _NOT_SHOWN if any(s in message for s in secrets) else message


def _secret_texts(value: Any, hidden: frozenset[str], whole: bool) -> list[str]:
    """How every write-only value inside ``value`` would be quoted (empty ones aside)."""
    if whole:
        texts = [orjson.dumps(value).decode() if not isinstance(value, str) else value]
        return [t for t in texts if t.strip('"')]
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, v in item.items():
                if key in hidden:
                    found += _secret_texts(v, hidden, True)
                else:
                    stack.append(v)
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _masked(value: Any, hidden: frozenset[str]) -> Any:
    """A copy of ``value`` with the value of every write-only property replaced."""
    if isinstance(value, dict):
        return {k: _MASK if k in hidden else _masked(v, hidden) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v, hidden) for v in value]
    return value


def write_only_names(shape: Shape) -> frozenset[str]:
    """Names of the write-only properties anywhere under a shape."""
    names: set[str] = set()
    seen: set[int] = set()
    stack = [shape]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for name, prop in current.props.items():
            if prop.write_only:
                names.add(name)
            stack += [s for s in (prop.child, prop.item) if s is not None]
    return frozenset(names)


def _dotted(instance_path: list[str | int], schema_path: Sequence[str | int] = ()) -> str:
    # jsonschema-rs reports an object key that looks like a number (a preset's colour "600") as
    # an int, like an array index: it is a key when the schema path has it as a property.
    keys = {
        str(schema_path[i + 1])
        for i in range(len(schema_path) - 1)
        if schema_path[i] == "properties"
    }
    out = ""
    for part in instance_path:
        if isinstance(part, int) and str(part) not in keys:
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _most_specific(error: jsonschema_rs.ValidationError) -> jsonschema_rs.ValidationError:
    """Under ``anyOf``/``oneOf``, the error of the branch whose type matched (e.g. not ``null``)."""
    for _ in range(32):
        kind = error.kind
        if type(kind).__name__ not in _NESTED_KINDS:
            return error
        branches = getattr(kind, "context", None) or []
        best = None
        for errors in branches:
            if errors and not any(
                type(e.kind).__name__ == "Type" and e.instance_path == error.instance_path
                for e in errors
            ):
                best = errors[0]
                break
        if best is None:
            return error
        error = best
    return error


def _coercer(spec: Spec, param: Parameter) -> Callable[[str], Any]:
    """Turn a parameter's string into the JSON type its schema declares, if it parses (for an
    array, the type of its items: each repetition of the parameter is one item)."""
    schema = spec.resolve(param.schema)
    kind = schema.get("type")
    if kind == "array":
        schema = spec.resolve(schema.get("items", {}))
        kind = schema.get("type")
    if kind == "integer":
        return lambda s: int(s) if _INT.fullmatch(s) else s
    if kind == "number":

        def number(s: str) -> Any:
            try:
                f = float(s)
            except ValueError:
                return s
            return f if f == f and abs(f) != float("inf") else s

        return number
    if kind == "boolean":
        return lambda s: {"true": True, "false": False}.get(s, s)
    return str


class OperationValidator:
    """Parameter and body validation for one operation."""

    def __init__(self, spec: Spec, op: Operation) -> None:
        self.op = op
        props = {p.name: p.schema for p in op.parameters}
        required = [p.name for p in op.parameters if p.required]
        self._params = jsonschema_rs.Draft202012Validator(
            {
                "type": "object",
                "properties": props,
                "required": required,
                "components": spec.components,
            },
            validate_formats=True,
        )
        self._coerce = {p.name: _coercer(spec, p) for p in op.parameters}
        self._query = frozenset(p.name for p in op.parameters if p.location == "query")
        self._arrays = frozenset(
            p.name for p in op.parameters if spec.resolve(p.schema).get("type") == "array"
        )
        self._headers = tuple(
            (p.name.lower().encode("latin-1"), p.name)
            for p in op.parameters
            if p.location == "header"
        )
        self._defaults: dict[str, Any] = {}
        for p in op.parameters:
            schema = spec.resolve(p.schema)
            if "default" in schema:
                self._defaults[p.name] = schema["default"]
        self._body = None
        self._hidden: frozenset[str] = frozenset()
        if op.body_schema is not None:
            self._hidden = write_only_names(shape_of(spec, op.body_schema))
            self._body = jsonschema_rs.Draft202012Validator(
                {**op.body_schema, "components": spec.components}, validate_formats=True
            )

    def parameters(
        self,
        path_params: dict[str, str],
        query_string: bytes,
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> dict[str, Any]:
        """Coerced, defaulted and validated parameters, by name; :class:`BadRequest` if invalid."""
        values: dict[str, Any] = dict(self._defaults)
        for name, value in path_params.items():
            values[name] = self._coerce[name](value)
        if query_string:
            try:
                pairs = parse_qsl(
                    query_string.decode("latin-1"),
                    keep_blank_values=True,
                    encoding="utf-8",
                    errors="strict",
                    max_num_fields=100,
                )
            except (UnicodeDecodeError, ValueError) as exc:
                raise BadRequest(f"query: cannot be decoded ({exc})") from None
            seen = set()
            for name, value in pairs:
                if name not in self._query:
                    shown = name[:100] if name else "(empty name)"
                    raise BadRequest(f"{shown}: unknown query parameter")
                if name in self._arrays:  # repeated: one item each (status=A&status=B)
                    if name not in seen:
                        values[name] = []
                    values[name].append(self._coerce[name](value))
                    seen.add(name)
                elif name not in seen:
                    seen.add(name)
                    values[name] = self._coerce[name](value)
        if self._headers and headers:
            wanted = dict(self._headers)
            for key, raw in headers:
                if key in wanted:
                    name = wanted[key]
                    values[name] = self._coerce[name](raw.decode("latin-1"))
        try:
            self._params.validate(values)
        except jsonschema_rs.ValidationError as exc:
            raise BadRequest(describe_error(exc, "parameters")) from None
        return values

    def body(self, value: Any) -> None:
        """:class:`BadRequest` naming the first offending field, if the body is invalid."""
        if self._body is None:
            return
        try:
            self._body.validate(value)
        except jsonschema_rs.ValidationError as exc:
            raise BadRequest(describe_error(exc, hidden=self._hidden)) from None
        except (ValueError, OverflowError) as exc:
            raise BadRequest(f"body: cannot be validated ({exc})") from None
