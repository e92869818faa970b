"""Write the generated tables of docs/client.md from openapi.yaml and the generated client.

`python -m tools.doc_tables` rewrites every table between its marker comments in
docs/client.md; `--check` changes nothing and exits 1, naming the stale tables, when the file
differs from what would be written. The tables:

- `bound-methods`: every bound method and iterator of `RealtimeKit`, namespace by namespace,
  with its signature (from the generated code), operation, HTTP method and path, and summary;
- `official-sdk`: every operation with its `realtimekit_client` methods next to its official
  SDK counterpart, the operation's `x-cloudflare-sdk` (a method path under
  `client.realtime_kit`, a list of them, or null for none).

Which method calls which operation comes from the resource classes' OPERATIONS and ITERATORS,
so the naming rule is not repeated here.
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
from realtimekit_client import RealtimeKit

from realtimekit_mock.spec import Operation, Spec, load_spec

__all__ = ["DOC", "SDK_KEY", "SpecError", "check", "main", "render", "rewrite", "tables"]

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "client.md"
SPEC = ROOT / "openapi.yaml"
SDK_KEY = "x-cloudflare-sdk"
APP_PREFIX = "/accounts/{account_id}/realtime/kit/{app_id}"
_SDK_PATH = re.compile(r"[a-z_]+(\.[a-z_]+)+")


class SpecError(ValueError):
    """The spec lacks what a table needs (e.g. an operation without x-cloudflare-sdk)."""


def _begin(name: str) -> str:
    return f"<!-- BEGIN generated table {name}: python -m tools.doc_tables -->"


def _end(name: str) -> str:
    return f"<!-- END generated table {name} -->"


def _raw(spec: Spec, op: Operation) -> dict[str, Any]:
    return spec.document["paths"][op.path][op.method.lower()]  # type: ignore[no-any-return]


def _namespaces() -> dict[str, Any]:
    """Each tag's bound resource, from a client that never sends anything."""
    rk = RealtimeKit(token="doc", account_id="doc", app_id="doc")
    return {tag: getattr(rk, tag) for tag in rk.NAMESPACES}


def _body_fields(method: Callable[..., Any]) -> set[str]:
    """The body model's property names a method takes as keywords (none without a body)."""
    hints = typing.get_type_hints(method)
    if "body" not in hints:
        return set()
    (model,) = [t for t in typing.get_args(hints["body"]) if t is not type(None)]
    return {f.name for f in attrs.fields(model)} - {"additional_properties"}


def signature(namespace: Any, name: str) -> str:
    """`name(positional, body=None, **properties, query=)`: how the method is called."""
    method = getattr(namespace, name)
    body_fields = _body_fields(method)
    parts: list[str] = []
    properties = False
    for parameter in inspect.signature(method).parameters.values():
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            parts.append("body=None" if parameter.name == "body" else parameter.name)
        elif parameter.name in body_fields:
            properties = True
        elif name in namespace.ITERATORS and parameter.name == "per_page":
            parts.append(f"per_page={parameter.default!r}")
        else:
            parts.append(f"{parameter.name}=")
    if properties:
        index = parts.index("body=None") + 1 if "body=None" in parts else len(parts)
        parts.insert(index, "**properties")
    return f"{name}({', '.join(parts)})"


def _http(op: Operation) -> str:
    path = op.path.removeprefix(APP_PREFIX) if op.path.startswith(APP_PREFIX + "/") else op.path
    return f"`{op.method} {path}`"


def _operation_cell(spec: Spec, op: Operation) -> str:
    cell = f"`{op.operation_id}`"
    return cell + " (deprecated)" if _raw(spec, op).get("deprecated") else cell


def _methods(namespace: Any) -> list[tuple[str, str, bool]]:
    """(name, operationId, is an iterator): each method, its iterator right after it."""
    rows: list[tuple[str, str, bool]] = []
    for name, op_id in namespace.OPERATIONS.items():
        rows.append((name, op_id, False))
        rows += [(i, o, True) for i, o in namespace.ITERATORS.items() if o == op_id]
    return rows


def bound_methods(spec: Spec) -> str:
    """The `bound-methods` table."""
    lines = ["| Method | Operation | HTTP | What it does |", "|---|---|---|---|"]
    for tag, namespace in _namespaces().items():
        for name, op_id, iterator in _methods(namespace):
            op = spec.by_id[op_id]
            what = (
                "every item, all pages, fetched lazily" if iterator else _raw(spec, op)["summary"]
            )
            lines.append(
                f"| `rk.{tag}.{signature(namespace, name)}` | {_operation_cell(spec, op)} "
                f"| {_http(op)} | {what} |"
            )
    return "\n".join(lines)


def sdk_methods(spec: Spec, op: Operation) -> list[str]:
    """The official SDK's methods for `op` (its x-cloudflare-sdk), checked for shape."""
    raw = _raw(spec, op)
    if SDK_KEY not in raw:
        raise SpecError(f"operation {op.operation_id} has no {SDK_KEY} (null when none)")
    value = raw[SDK_KEY]
    paths = [] if value is None else [value] if isinstance(value, str) else value
    if not isinstance(paths, list) or not all(
        isinstance(p, str) and _SDK_PATH.fullmatch(p) for p in paths
    ):
        raise SpecError(
            f"operation {op.operation_id}: {SDK_KEY} must be null, a method path such as "
            f"meetings.get_meeting_by_id, or a list of them; got {value!r}"
        )
    return paths


def official_sdk(spec: Spec) -> str:
    """The `official-sdk` table."""
    lines = [
        "| Operation | `realtimekit_client` | `cloudflare` 5.9.0 (`client.realtime_kit.`…) |",
        "|---|---|---|",
    ]
    for tag, namespace in _namespaces().items():
        for op in (o for o in spec.operations if o.tag == tag):
            ours = [
                f"`rk.{tag}.{name}`" for name, o, _ in _methods(namespace) if o == op.operation_id
            ]
            theirs = [f"`{p}`" for p in sdk_methods(spec, op)]
            lines.append(
                f"| {_operation_cell(spec, op)} | {', '.join(ours)} "
                f"| {', '.join(theirs) or '— (not in the SDK)'} |"
            )
    return "\n".join(lines)


def tables(spec: Spec) -> dict[str, str]:
    """Every generated table, by name."""
    for op in spec.operations:
        sdk_methods(spec, op)
    return {"bound-methods": bound_methods(spec), "official-sdk": official_sdk(spec)}


def render(text: str, generated: dict[str, str]) -> str:
    """`text` with the body between each table's markers replaced by the table."""
    for name, table in generated.items():
        pattern = re.compile(
            re.escape(_begin(name)) + r"\n.*?" + re.escape(_end(name)), flags=re.DOTALL
        )
        if not pattern.search(text):
            raise SpecError(f"{DOC.name} has no markers for the table {name!r}: {_begin(name)}")
        block = f"{_begin(name)}\n{table}\n{_end(name)}"
        text = pattern.sub(lambda _, block=block: block, text)
    return text


def check(text: str, spec: Spec) -> list[str]:
    """The names of the tables of `text` that differ from what would be written."""
    generated = tables(spec)
    return [name for name in generated if render(text, {name: generated[name]}) != text]


def rewrite(path: Path = DOC, spec: Spec | None = None) -> bool:
    """Rewrite the tables in `path`; whether anything changed."""
    text = path.read_text(encoding="utf-8")
    new = render(text, tables(spec or load_spec(SPEC)))
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.doc_tables", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when a table is stale")
    args = parser.parse_args(argv)
    try:
        if args.check:
            stale = check(DOC.read_text(encoding="utf-8"), load_spec(SPEC))
            if stale:
                print(
                    f"{DOC.relative_to(ROOT)}: stale tables {', '.join(stale)}: run make docs",
                    file=sys.stderr,
                )
                return 1
            print(f"{DOC.relative_to(ROOT)}: tables are up to date")
            return 0
        changed = rewrite()
    except SpecError as exc:
        print(f"doc tables: {exc}", file=sys.stderr)
        return 2
    print(f"{DOC.relative_to(ROOT)}: {'rewrote the tables' if changed else 'already up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
