"""Read openapi.yaml into the operation table everything else is built from.

Nothing about the API's shape is written down twice: paths, parameters, body schemas, documented
statuses, defaults and write-only fields are all looked up here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

__all__ = ["Operation", "Parameter", "Spec", "default_spec_path", "load_spec"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def default_spec_path() -> Path:
    """The openapi.yaml shipped inside the package (a symlink to the repo's spec)."""
    return Path(__file__).with_name("openapi.yaml")


@dataclass(frozen=True, slots=True)
class Parameter:
    """One path, query or header parameter of an operation."""

    name: str
    location: str
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the spec, with everything the emulator needs to serve it."""

    operation_id: str
    method: str
    path: str
    tag: str
    parameters: tuple[Parameter, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    body_media_types: tuple[str, ...]
    success_status: int
    statuses: frozenset[str]
    data_schema: dict[str, Any] | None

    def documents(self, status: int) -> bool:
        """Whether the spec documents ``status`` for this operation (``5XX`` ranges count)."""
        return str(status) in self.statuses or f"{str(status)[0]}XX" in self.statuses


class Spec:
    """The parsed spec: its raw document, components and operation table."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.components: dict[str, Any] = document.get("components", {})
        self.base_path = _base_path(document)
        self.operations: tuple[Operation, ...] = tuple(self._operations())
        self.by_id = {op.operation_id: op for op in self.operations}

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` (local references only) until a non-reference node is reached."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $refs are supported, got {ref!r}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 64:
                raise ValueError(f"$ref cycle at {ref!r}")
        return node

    def _operations(self) -> list[Operation]:
        ops = []
        for path, item in self.document.get("paths", {}).items():
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in _METHODS:
                if method in item:
                    ops.append(self._operation(path, method, item[method], shared))
        return ops

    def _operation(
        self, path: str, method: str, raw: dict[str, Any], shared: list[dict[str, Any]]
    ) -> Operation:
        params: dict[tuple[str, str], Parameter] = {}
        for p in [*shared, *(self.resolve(p) for p in raw.get("parameters", []))]:
            params[(p["name"], p["in"])] = Parameter(
                name=p["name"],
                location=p["in"],
                required=bool(p.get("required", p["in"] == "path")),
                schema=p.get("schema", {}),
            )
        body_schema = None
        body_required = False
        media_types: tuple[str, ...] = ()
        if "requestBody" in raw:
            body = self.resolve(raw["requestBody"])
            body_required = bool(body.get("required", False))
            media_types = tuple(body.get("content", {}))
            body_schema = body["content"]["application/json"]["schema"]
        responses = raw.get("responses", {})
        success = min(int(c) for c in map(str, responses) if c.isdigit() and c[0] == "2")
        data_schema = None
        ok = self.resolve(responses[str(success)])
        envelope = ok.get("content", {}).get("application/json", {}).get("schema")
        if envelope is not None:
            data_schema = self.resolve(envelope).get("properties", {}).get("data")
        return Operation(
            operation_id=raw["operationId"],
            method=method.upper(),
            path=path,
            tag=(raw.get("tags") or ["default"])[0],
            parameters=tuple(params.values()),
            body_schema=body_schema,
            body_required=body_required,
            body_media_types=media_types,
            success_status=success,
            statuses=frozenset(str(code) for code in responses),
            data_schema=data_schema,
        )


def _base_path(document: dict[str, Any]) -> str:
    """The path part of the first server URL, e.g. ``/client/v4``."""
    servers = document.get("servers") or [{"url": "/"}]
    url = servers[0]["url"]
    if "://" in url:
        url = url.split("://", 1)[1]
        url = url[url.find("/") :] if "/" in url else "/"
    return url.rstrip("/")


def load_spec(path: str | Path | None = None) -> Spec:
    """Parse openapi.yaml (the packaged one unless ``path`` is given)."""
    text = Path(path or default_spec_path()).read_text(encoding="utf-8")
    return Spec(yaml.load(text, Loader=_Loader))
