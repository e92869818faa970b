"""What changed between two revisions of an OpenAPI document, as raw findings (no verdicts).

Operations are matched by method and path (path parameter names ignored), then by
operationId (a moved operation); webhooks (the OpenAPI 3.1 `webhooks:` section) by name and
method. For each pair: operationId, path, tags, summary, deprecation, security, parameters (path
parameters by position, the others by location and name), the request body, every response
status with its headers, media types, schemas and examples. Schemas are compared after
`schemas.Document.view` normalised them, recursively through properties, items,
additionalProperties and oneOf/anyOf variants; the comparison of a named schema pair in one
direction is done once and reused, and a `$ref` cycle is cut where it closes.

Every finding carries its `direction`: "in" for what the API receives (request parameters and
bodies, and a webhook receiver's answer), "out" for what it sends (responses, webhook payloads).
Properties marked `readOnly` are absent from "in" and `writeOnly` ones from "out", so marking a
response property write-only shows as its removal from the response.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from spec_changes.schemas import CONSTRAINTS, MISSING, Document, SpecError, View

__all__ = ["HTTP_METHODS", "Finding", "Subject", "compare"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON = "application/json"
_UPPER = frozenset({"maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"})
_LOWER = frozenset({"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"})
_STYLE = {"query": "form", "cookie": "form"}
_PATH_PARAM = re.compile(r"\{([^}]+)\}")


@dataclass(frozen=True, order=True)
class Subject:
    """What a change belongs to: an operation, a webhook, the models, the API, the Python API."""

    kind: str
    name: str
    method: str = ""
    path: str = ""


@dataclass(frozen=True)
class Finding:
    """One difference, located: `where` (e.g. "response 200") and `path` inside its schema."""

    subject: Subject
    kind: str
    where: str = ""
    path: str = ""
    direction: str = ""
    before: Any = None
    after: Any = None
    detail: str = ""
    schema: str = ""
    method: str = ""


@dataclass(frozen=True)
class _Delta:
    """A schema difference relative to the schema compared; `owner` is the named schema."""

    rel: tuple[str, ...]
    kind: str
    before: Any = None
    after: Any = None
    detail: str = ""
    owner: str = ""
    owner_rel: tuple[str, ...] = ()


def join(rel: Iterable[str]) -> str:
    """`("data", "[]", "id")` -> `data[].id`; variants as `<Name>`, map values as `{*}`."""
    out = ""
    for part in rel:
        if part in ("[]", "{*}") or part.startswith("<"):
            out += part
        else:
            out += f".{part}" if out else part
    return out


class _Schemas:
    """Schema comparison between two documents.

    A pair of plain references (`{$ref: ...}` and nothing else) is compared once per direction
    and the result reused; its changes belong to the referenced schema (`owner`). A reference
    with siblings (`allOf: [$ref]` plus a `default`, say) is compared where it is, its changes
    belonging to the schema around it. A pair of named schemas met again inside itself is a
    cycle, cut there: its changes are those found at the outer level.
    """

    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self._memo: dict[tuple[int, int, str], list[_Delta]] = {}
        self._active: set[tuple[str, str, str] | None] = set()
        self._cuts = 0

    def compare(self, old: Any, new: Any, direction: str) -> list[_Delta]:
        ov, nv = self.old.view(old), self.new.view(new)
        plain = _plain_ref(old) and _plain_ref(new)
        memo = None
        if plain:
            memo = (id(self.old.resolve(old)[0]), id(self.new.resolve(new)[0]), direction)
            if memo in self._memo:
                return self._memo[memo]
        names = (ov.name, nv.name, direction) if ov.name and nv.name else None
        if names in self._active:
            self._cuts += 1
            return []
        if names:
            self._active.add(names)
        cuts = self._cuts
        try:
            found = self._views(ov, nv, direction)
        finally:
            self._active.discard(names)
        if memo is not None:
            found = [
                d if d.owner else replace(d, owner=nv.name or "", owner_rel=d.rel) for d in found
            ]
            if self._cuts == cuts:
                self._memo[memo] = found
        return found

    def _under(self, part: str, deltas: list[_Delta]) -> Iterator[_Delta]:
        for d in deltas:
            yield replace(d, rel=(part, *d.rel))

    def _views(self, ov: View, nv: View, direction: str) -> list[_Delta]:
        out: list[_Delta] = []

        def add(kind: str, before: Any = None, after: Any = None, detail: str = "") -> None:
            out.append(_Delta((), kind, before, after, detail))

        if ov.types != nv.types:
            relation = _relation(ov.types, nv.types)
            add(f"type-{relation}", _types(ov.types), _types(nv.types))
            if relation == "changed":
                return out
        if ov.nullable != nv.nullable:
            add("nullable-added" if nv.nullable else "nullable-removed")
        for attr, kind in (("description", "description"), ("title", "title")):
            if getattr(ov, attr) != getattr(nv, attr):
                add(f"{kind}-changed", getattr(ov, attr), getattr(nv, attr))
        if ov.example != nv.example:
            add("example-changed")
        if ov.deprecated != nv.deprecated:
            add("deprecated" if nv.deprecated else "undeprecated")
        if bool(ov.variants) != bool(nv.variants):
            old_v = ov.variants or [(ov.name or "schema", _Raw(ov))]
            new_v = nv.variants or [(nv.name or "schema", _Raw(nv))]
            out += self._variants(old_v, new_v, direction)
            return out
        self._values(ov, nv, add)
        out += self._object(ov, nv, direction)
        if ov.items is not None or nv.items is not None:
            items = self.compare(_or_any(ov.items), _or_any(nv.items), direction)
            out += self._under("[]", items)
        if ov.variants:
            out += self._variants(ov.variants, nv.variants, direction)
        return out

    def _values(self, ov: View, nv: View, add: Any) -> None:
        """format, enum, default and the validation keywords."""
        if ov.format != nv.format:
            kind = "added" if ov.format is None else "removed" if nv.format is None else "changed"
            add(f"format-{kind}", ov.format, nv.format)
        if ov.enum != nv.enum:
            if ov.enum is None:
                add("enum-added", None, list(nv.enum or ()))
            elif nv.enum is None:
                add("enum-removed", list(ov.enum), None)
            else:
                for value in nv.enum:
                    if value not in ov.enum:
                        add("enum-value-added", None, value)
                for value in ov.enum:
                    if value not in nv.enum:
                        add("enum-value-removed", value, None)
        if ov.default != nv.default or type(ov.default) is not type(nv.default):
            if ov.default is MISSING:
                add("default-added", None, nv.default)
            elif nv.default is MISSING:
                add("default-removed", ov.default, None)
            else:
                add("default-changed", ov.default, nv.default)
        for keyword in CONSTRAINTS:
            a = ov.constraints.get(keyword, MISSING)
            b = nv.constraints.get(keyword, MISSING)
            if a != b or type(a) is not type(b):
                add(
                    f"constraint-{_tightening(keyword, a, b)}",
                    None if a is MISSING else a,
                    None if b is MISSING else b,
                    keyword,
                )

    def _object(self, ov: View, nv: View, direction: str) -> list[_Delta]:
        out: list[_Delta] = []
        old_props = self._visible(self.old, ov.properties, direction)
        new_props = self._visible(self.new, nv.properties, direction)
        for name, schema in old_props.items():
            if name not in new_props:
                out.append(_Delta((name,), "property-removed"))
                continue
            was, now = name in ov.required, name in nv.required
            if was != now:
                out.append(_Delta((name,), "property-required" if now else "property-optional"))
            out += self._under(name, self.compare(schema, new_props[name], direction))
        for name in new_props:
            if name not in old_props:
                required = "required" if name in nv.required else "optional"
                out.append(_Delta((name,), f"property-added-{required}"))
        oa, na = ov.additional, nv.additional
        if (oa is False) != (na is False):
            kind = "restricted" if na is False else "allowed"
            out.append(_Delta((), f"additional-properties-{kind}"))
        elif isinstance(oa, dict) and isinstance(na, dict):
            out += self._under("{*}", self.compare(oa, na, direction))
        return out

    def _visible(self, doc: Document, props: dict[str, Any], direction: str) -> dict[str, Any]:
        """The properties that travel in `direction` (readOnly ones never "in", writeOnly "out")."""
        shown = {}
        for name, schema in props.items():
            view = doc.view(schema, f"property {name}")
            if (direction == "in" and view.read_only) or (direction == "out" and view.write_only):
                continue
            shown[name] = schema
        return shown

    def _variants(
        self, old: list[tuple[str, Any]], new: list[tuple[str, Any]], direction: str
    ) -> list[_Delta]:
        out: list[_Delta] = []
        new_by_label = dict(new)
        pairs: list[tuple[str, Any, Any]] = []
        old_left = []
        for label, schema in old:
            if label in new_by_label:
                pairs.append((label, schema, new_by_label.pop(label)))
            else:
                old_left.append((label, schema))
        new_left = [(label, s) for label, s in new if label in new_by_label]
        while old_left and new_left and _inline(old_left[0][0]) and _inline(new_left[0][0]):
            (label, o), (_, n) = old_left.pop(0), new_left.pop(0)
            pairs.append((label, o, n))
        out += [_Delta((), "variant-removed", label) for label, _ in old_left]
        out += [_Delta((), "variant-added", None, label) for label, _ in new_left]
        for label, o, n in pairs:
            if isinstance(o, _Raw) or isinstance(n, _Raw):
                out += self._views(_unwrap(self.old, o), _unwrap(self.new, n), direction)
            else:
                out += self._under(f"<{label}>", self.compare(o, n, direction))
        return out


def _plain_ref(schema: Any) -> bool:
    return isinstance(schema, dict) and len(schema) == 1 and "$ref" in schema


class _Raw:
    """A view standing in for a schema without variants, compared against one variant."""

    def __init__(self, view: View) -> None:
        self.view = view


def _unwrap(doc: Document, schema: Any) -> View:
    return schema.view if isinstance(schema, _Raw) else doc.view(schema)


def _inline(label: str) -> bool:
    return label.startswith(("oneOf[", "anyOf[")) or label == "schema"


def _or_any(schema: Any) -> Any:
    return {} if schema is None else schema


def _types(types: frozenset[str]) -> list[str]:
    return sorted(types) or ["any"]


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of the types `narrow` is one of `wide` (integer is a number)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _relation(old: frozenset[str], new: frozenset[str]) -> str:
    if _covers(new, old):
        return "widened"
    if _covers(old, new):
        return "narrowed"
    return "changed"


def _tightening(keyword: str, before: Any, after: Any) -> str:
    """Whether a validation keyword's change lets fewer values through ("tightened") or more."""
    if keyword in _UPPER or keyword in _LOWER:
        if before is MISSING:
            return "tightened"
        if after is MISSING:
            return "loosened"
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (before, after)):
            return "changed"
        smaller = after < before
        return "tightened" if smaller == (keyword in _UPPER) else "loosened"
    if keyword == "uniqueItems":
        return "tightened" if after is True else "loosened"
    if before is MISSING:
        return "tightened"
    if after is MISSING:
        return "loosened"
    return "changed"


# --- operations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _At:
    """Where findings of an operation go: its subject, the direction, the HTTP method."""

    subject: Subject
    direction: str
    method: str


@dataclass(frozen=True)
class _Operation:
    subject: Subject
    key: tuple[str, ...]
    item: dict[str, Any]
    op: dict[str, Any]
    webhook: bool


def _operations(doc: Document) -> dict[tuple[str, ...], _Operation]:
    found: dict[tuple[str, ...], _Operation] = {}
    for section, webhook in (("paths", False), ("webhooks", True)):
        for name, raw_item in doc.mapping(doc.spec.get(section), section).items():
            item = doc.mapping(raw_item, f"{section} {name}")
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = doc.mapping(item[method], f"{section} {name} {method}")
                upper = method.upper()
                if webhook:
                    subject = Subject("webhook", str(name), upper)
                    key: tuple[str, ...] = ("webhook", str(name), method)
                else:
                    label = op.get("operationId") or f"{upper} {name}"
                    subject = Subject("operation", str(label), upper, str(name))
                    key = ("path", method, _PATH_PARAM.sub("{}", str(name)))
                found[key] = _Operation(subject, key, item, op, webhook)
    return found


class _Comparison:
    """Collects the findings of one comparison of two documents."""

    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self.schemas = _Schemas(old, new)
        self.findings: list[Finding] = []

    def add(self, subject: Subject, kind: str, **fields: Any) -> None:
        self.findings.append(Finding(subject, kind, **fields))

    def schema(self, at: _At, where: str, old: Any, new: Any) -> None:
        for d in self.schemas.compare(_or_any(old), _or_any(new), at.direction):
            owner = f"{d.owner}.{join(d.owner_rel)}".rstrip(".") if d.owner else ""
            self.at(at, d.kind, where=where, path=join(d.rel), before=d.before, after=d.after,
                    detail=d.detail, schema=owner)  # fmt: skip

    # --- the whole document ------------------------------------------------------------

    def run(self) -> list[Finding]:
        self.api()
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        moved = self.moved(old_ops, new_ops)
        for key, op in new_ops.items():
            if key in old_ops:
                self.operation(old_ops[key], op)
            elif key in moved:
                self.operation(moved[key], op)
            else:
                kind = "webhook-added" if op.webhook else "operation-added"
                self.add(op.subject, kind, method=op.subject.method)
        matched = {o.key for o in moved.values()} | set(new_ops)
        for key, op in old_ops.items():
            if key not in matched:
                kind = "webhook-removed" if op.webhook else "operation-removed"
                self.add(op.subject, kind, method=op.subject.method)
        self.models()
        return self.findings

    def moved(
        self, old_ops: dict[tuple[str, ...], _Operation], new_ops: dict[tuple[str, ...], _Operation]
    ) -> dict[tuple[str, ...], _Operation]:
        """New key -> old operation, for operations whose path or method changed, by operationId."""
        gone = {
            op.op["operationId"]: op
            for key, op in old_ops.items()
            if key not in new_ops and not op.webhook and op.op.get("operationId")
        }
        found = {}
        for key, op in new_ops.items():
            if key not in old_ops and not op.webhook and op.op.get("operationId") in gone:
                found[key] = gone.pop(op.op["operationId"])
        return found

    def api(self) -> None:
        subject = Subject("api", "")
        old_info = self.old.mapping(self.old.spec.get("info"), "info")
        new_info = self.new.mapping(self.new.spec.get("info"), "info")
        for key in sorted(set(old_info) | set(new_info)):
            before, after = old_info.get(key), new_info.get(key)
            if before != after:
                self.add(subject, "info-changed", detail=key, before=before, after=after)
        old_urls = [s.get("url") for s in self.old.spec.get("servers") or []]
        new_urls = [s.get("url") for s in self.new.spec.get("servers") or []]
        for url in old_urls:
            if url not in new_urls:
                self.add(subject, "server-removed", before=url)
        for url in new_urls:
            if url not in old_urls:
                self.add(subject, "server-added", after=url)

    def models(self) -> None:
        subject = Subject("models", "")
        old = _components(self.old, "schemas")
        new = _components(self.new, "schemas")
        for name in old:
            if name not in new:
                self.add(subject, "model-removed", before=name, schema=name)
        for name in new:
            if name not in old:
                self.add(subject, "model-added", after=name, schema=name)

    # --- one operation -----------------------------------------------------------------

    def operation(self, o: _Operation, n: _Operation) -> None:
        s = n.subject
        at = _At(s, "", s.method)
        send, receive = ("out", "in") if n.webhook else ("in", "out")
        old_id, new_id = o.op.get("operationId"), n.op.get("operationId")
        if old_id != new_id and not n.webhook:
            self.at(at, "operation-id-changed", before=old_id, after=new_id)
        if o.key != n.key:
            before = f"{o.subject.method} {o.subject.path}"
            self.at(at, "operation-path-changed", before=before, after=f"{s.method} {s.path}")
        if o.op.get("tags") != n.op.get("tags"):
            self.at(at, "operation-tags-changed", before=o.op.get("tags"), after=n.op.get("tags"))
        for key in ("summary", "description"):
            if o.op.get(key) != n.op.get(key):
                self.at(at, f"{key}-changed", where="operation")
        if bool(o.op.get("deprecated")) != bool(n.op.get("deprecated")):
            self.at(
                at, "operation-deprecated" if n.op.get("deprecated") else "operation-undeprecated"
            )
        if not n.webhook:
            self.security(at, o.op, n.op)
        self.parameters(_At(s, send, s.method), o, n)
        self.request_body(_At(s, send, s.method), o.op.get("requestBody"), n.op.get("requestBody"))
        self.responses(_At(s, receive, s.method), o.op.get("responses"), n.op.get("responses"))

    def at(self, at: _At, kind: str, **fields: Any) -> None:
        self.add(at.subject, kind, direction=at.direction, method=at.method, **fields)

    def security(self, at: _At, o: dict[str, Any], n: dict[str, Any]) -> None:
        old_alts = _alternatives(o.get("security", self.old.spec.get("security")))
        new_alts = _alternatives(n.get("security", self.new.spec.get("security")))
        if frozenset() not in new_alts:  # with no authentication accepted, no removal matters
            for alt in old_alts - new_alts:
                self.at(at, "security-removed", before=_alt_text(alt))
        for alt in new_alts - old_alts:
            self.at(at, "security-added", after=_alt_text(alt))
        old_schemes, new_schemes = _schemes(self.old), _schemes(self.new)
        for name in sorted({name for alt in new_alts for name, _ in alt}):
            before, after = old_schemes.get(name), new_schemes.get(name)
            if before is not None and after is not None and before != after:
                self.at(at, "security-scheme-changed", detail=name)

    def parameters(self, at: _At, o: _Operation, n: _Operation) -> None:
        old_params, new_params = _parameters(self.old, o), _parameters(self.new, n)
        for key, op in old_params.items():
            if key not in new_params:
                self.at(at, "parameter-removed", where=_param_where(op))
                continue
            np = new_params[key]
            where = _param_where(np)
            if op.get("name") != np.get("name"):
                self.at(at, "parameter-renamed", where=where, before=op.get("name"),
                        after=np.get("name"))  # fmt: skip
            if bool(op.get("required")) != bool(np.get("required")):
                kind = "parameter-required" if np.get("required") else "parameter-optional"
                self.at(at, kind, where=where)
            if bool(op.get("deprecated")) != bool(np.get("deprecated")):
                self.at(at, "deprecated" if np.get("deprecated") else "undeprecated", where=where)
            if _style(op) != _style(np):
                self.at(at, "parameter-style-changed", where=where, before=_style(op),
                        after=_style(np))  # fmt: skip
            if op.get("description") != np.get("description"):
                self.at(at, "description-changed", where=where)
            if "content" in op or "content" in np:
                self.content(at, where, op.get("content"), np.get("content"))
            else:
                self.schema(at, where, op.get("schema"), np.get("schema"))
        for key, np in new_params.items():
            if key not in old_params:
                kind = "required" if np.get("required") else "optional"
                self.at(at, f"parameter-added-{kind}", where=_param_where(np))

    def request_body(self, at: _At, o: Any, n: Any) -> None:
        where = "request body"
        if o is None and n is None:
            return
        if o is None:
            kind = "required" if self.new.mapping(n, where).get("required") else "optional"
            self.at(at, f"request-body-added-{kind}", where=where)
            return
        if n is None:
            self.at(at, "request-body-removed", where=where)
            return
        ob, nb = self.old.mapping(o, where), self.new.mapping(n, where)
        if bool(ob.get("required")) != bool(nb.get("required")):
            kind = "request-body-required" if nb.get("required") else "request-body-optional"
            self.at(at, kind, where=where)
        if ob.get("description") != nb.get("description"):
            self.at(at, "description-changed", where=where)
        self.content(at, where, ob.get("content"), nb.get("content"))

    def responses(self, at: _At, o: Any, n: Any) -> None:
        old = {str(k): v for k, v in self.old.mapping(o, "responses").items()}
        new = {str(k): v for k, v in self.new.mapping(n, "responses").items()}
        for status in [*old, *(k for k in new if k not in old)]:
            where = f"response {status}"
            group = "success" if status.startswith("2") else "error"
            if status not in new:
                self.at(at, f"{group}-status-removed", where=where, before=status)
                continue
            if status not in old:
                self.at(at, f"{group}-status-added", where=where, after=status)
                continue
            orsp, nrsp = self.old.mapping(old[status], where), self.new.mapping(new[status], where)
            if orsp.get("description") != nrsp.get("description"):
                self.at(at, "description-changed", where=where)
            self.headers(at, where, orsp.get("headers"), nrsp.get("headers"))
            self.content(at, where, orsp.get("content"), nrsp.get("content"))
            if _resolved(self.old, orsp.get("links")) != _resolved(self.new, nrsp.get("links")):
                self.at(at, "links-changed", where=where)

    def headers(self, at: _At, where: str, o: Any, n: Any) -> None:
        old = {k.lower(): (k, v) for k, v in self.old.mapping(o, f"{where} headers").items()}
        new = {k.lower(): (k, v) for k, v in self.new.mapping(n, f"{where} headers").items()}
        for key, (name, _) in old.items():
            if key not in new:
                self.at(at, "header-removed", where=f"{where} header {name}")
        for key, (name, raw) in new.items():
            here = f"{where} header {name}"
            header = self.new.mapping(raw, here)
            if key not in old:
                kind = "required" if header.get("required") else "optional"
                self.at(at, f"header-added-{kind}", where=here)
                continue
            before = self.old.mapping(old[key][1], here)
            if bool(before.get("required")) != bool(header.get("required")):
                kind = "header-required" if header.get("required") else "header-optional"
                self.at(at, kind, where=here)
            self.schema(at, here, before.get("schema"), header.get("schema"))

    def content(self, at: _At, where: str, o: Any, n: Any) -> None:
        old = self.old.mapping(o, f"{where} content")
        new = self.new.mapping(n, f"{where} content")
        for media in old:
            if media not in new:
                self.at(at, "media-type-removed", where=where, before=media)
        for media, raw in new.items():
            if media not in old:
                self.at(at, "media-type-added", where=where, after=media)
                continue
            here = where if media == JSON else f"{where} {media}"
            om, nm = self.old.mapping(old[media], here), self.new.mapping(raw, here)
            if _examples(self.old, om) != _examples(self.new, nm):
                self.at(at, "example-changed", where=here)
            self.schema(at, here, om.get("schema"), nm.get("schema"))


def _alternatives(requirements: Any) -> set[frozenset[tuple[str, tuple[str, ...]]]]:
    """The accepted ways to authenticate; no requirement at all is the empty alternative."""
    if not requirements:
        return {frozenset()}
    alts = set()
    for req in requirements or []:
        alts.add(frozenset((name, tuple(sorted(scopes or []))) for name, scopes in req.items()))
    return alts


def _alt_text(alt: frozenset[tuple[str, tuple[str, ...]]]) -> str:
    if not alt:
        return "no authentication"
    parts = [name + (f" ({', '.join(scopes)})" if scopes else "") for name, scopes in sorted(alt)]
    return " + ".join(parts)


def _components(doc: Document, section: str) -> dict[str, Any]:
    components = doc.mapping(doc.spec.get("components"), "components")
    return doc.mapping(components.get(section), f"components.{section}")


def _schemes(doc: Document) -> dict[str, dict[str, Any]]:
    """Security schemes by name, without their descriptions (a description is documentation)."""
    out = {}
    for name, raw in _components(doc, "securitySchemes").items():
        scheme = doc.mapping(raw, f"security scheme {name}")
        out[name] = {k: v for k, v in scheme.items() if k != "description"}
    return out


def _parameters(doc: Document, op: _Operation) -> dict[tuple[str, Any], dict[str, Any]]:
    """The effective parameters; path ones keyed by their position in the path template."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    where = f"{op.subject.name} parameters"
    for raw in [*(op.item.get("parameters") or []), *(op.op.get("parameters") or [])]:
        param = doc.mapping(raw, where)
        merged[(str(param.get("in")), str(param.get("name")))] = param
    order = _PATH_PARAM.findall(op.subject.path)
    out: dict[tuple[str, Any], dict[str, Any]] = {}
    for (location, name), param in merged.items():
        if location == "path" and name in order:
            out[("path", order.index(name))] = param
        else:
            out[(location, name)] = param
    return out


def _param_where(param: dict[str, Any]) -> str:
    return f"parameter {param.get('in')} {param.get('name')}"


def _style(param: dict[str, Any]) -> str:
    """The parameter's serialisation, defaults applied: `form, exploded`, `simple`, ..."""
    style = str(param.get("style", _STYLE.get(str(param.get("in")), "simple")))
    return style + (", exploded" if param.get("explode", style == "form") else "")


def _resolved(doc: Document, node: Any) -> Any:
    """`node` with every `$ref` in it replaced by its target (for plain equality checks)."""
    if isinstance(node, dict):
        if "$ref" in node:
            return _resolved(doc, doc.resolve(node)[0])
        return {k: _resolved(doc, v) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolved(doc, v) for v in node]
    return node


def _examples(doc: Document, media: dict[str, Any]) -> Any:
    return _resolved(doc, media.get("example")), _resolved(doc, media.get("examples"))


def compare(old: Document, new: Document) -> list[Finding]:
    """Every difference from `old` to `new`, in the new document's order (removals last).

    A document whose structure is not OpenAPI's where it matters (a list where a mapping
    belongs, say) is a SpecError naming both documents, not a traceback.
    """
    try:
        return _Comparison(old, new).run()
    except (AttributeError, TypeError, KeyError) as err:
        raise SpecError(
            f"{old.label} or {new.label} is not an OpenAPI document where compared: {err!r}"
        ) from None
