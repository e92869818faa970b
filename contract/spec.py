"""openapi.yaml as the contract job reads it: operations by operationId, schemas, links.

Everything the job knows about the API (which GET reads back a write, which list holds an
item, which fields a request may write, what a link carries) is derived here from the spec,
so a new resource in the spec needs no new code in the job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from contract.settings import SPEC

__all__ = [
    "Operation",
    "collection_list",
    "item_read",
    "json_schema",
    "operations",
    "request_schema",
    "resolve",
    "response_schema",
]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec."""

    operation_id: str
    method: str
    path: str
    raw: dict[str, Any] = field(compare=False)

    @property
    def label(self) -> str:
        """`METHOD /path`, as schemathesis names the operation."""
        return f"{self.method} {self.path}"


@cache
def _document() -> dict[str, Any]:
    return dict(yaml.safe_load(SPEC.read_text(encoding="utf-8")))


@cache
def operations() -> dict[str, Operation]:
    """operationId → operation, in the spec's order."""
    found = {}
    for path, item in _document()["paths"].items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict) and "operationId" in item[method]:
                op = item[method]
                found[op["operationId"]] = Operation(op["operationId"], method.upper(), path, op)
    return found


def resolve(node: Any) -> Any:
    """`node` with a local `$ref` followed (repeatedly)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = _document()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def json_schema(content: Any) -> dict[str, Any] | None:
    """The `application/json` schema of a request body or response object, if any."""
    media = (resolve(content) or {}).get("content", {}).get("application/json")
    return resolve(media["schema"]) if media and "schema" in media else None


@cache
def request_schema(operation_id: str) -> dict[str, Any] | None:
    """The JSON schema of an operation's request body."""
    body = operations()[operation_id].raw.get("requestBody")
    return json_schema(body) if body else None


@cache
def response_schema(operation_id: str, status: int) -> dict[str, Any] | None:
    """The JSON schema of an operation's answer with this status (exact or `2XX`-style)."""
    responses = operations()[operation_id].raw.get("responses", {})
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            return json_schema(responses[key])
    return None


@cache
def _get_at(path: str) -> Operation | None:
    return next((o for o in operations().values() if o.method == "GET" and o.path == path), None)


@cache
def item_read(operation_id: str) -> Operation | None:
    """The GET that reads back the one item this operation answers about, if the spec has one.

    For an operation on an item (`PATCH /meetings/{meeting_id}`), that path's GET; for a
    create on a collection (`POST /meetings`), the GET of its item path
    (`GET /meetings/{meeting_id}`). Actions such as `POST .../token` have none.
    """
    op = operations()[operation_id]
    if op.method == "POST":
        children = [
            o for o in operations().values() if o.method == "GET" and _is_item_of(op.path, o.path)
        ]
        return children[0] if len(children) == 1 else None
    same = _get_at(op.path)
    if same is None or same.operation_id == operation_id or _paging(same.operation_id):
        return None
    return same


def _is_item_of(collection: str, path: str) -> bool:
    """Whether `path` is `collection/{param}`."""
    rest = path.removeprefix(collection + "/")
    return rest != path and rest.startswith("{") and rest.endswith("}") and "/" not in rest


@cache
def collection_list(item: Operation) -> Operation | None:
    """The paged GET listing the items that `item` (a GET of one item) reads."""
    parent = item.path.rsplit("/", 1)[0]
    listing = _get_at(parent)
    return listing if listing is not None and _paging(listing.operation_id) else None


@cache
def _paging(operation_id: str) -> dict[str, Any] | None:
    """The `paging` schema of a list operation's 200 answer, if it is a paged list."""
    schema = response_schema(operation_id, 200) or {}
    return resolve(schema.get("properties", {}).get("paging")) if schema else None
