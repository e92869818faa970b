"""Each kind of change, made on a small spec, gets its verdict for client users and API callers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from spec_changes.classify import RULES, Level
from spec_changes.render import describe

from .conftest import REF, base, changes, find, schema

B, A, D = Level.BREAKING, Level.ADDITIVE, Level.DOCUMENTATION
Spec = dict[str, Any]


def thing_create(s: Spec) -> dict[str, Any]:
    return schema(s, "ThingCreate")["properties"]


def thing_extra(s: Spec) -> dict[str, Any]:
    return schema(s, "Thing")["allOf"][1]


def get_op(s: Spec) -> dict[str, Any]:
    return s["paths"]["/things/{thing_id}"]["get"]


def create_op(s: Spec) -> dict[str, Any]:
    return s["paths"]["/things"]["post"]


def event(s: Spec) -> dict[str, Any]:
    return schema(s, "ThingEvent")["properties"]


Expect = tuple[str, str, str, Level, Level]
CASES: list[tuple[str, Callable[[Spec], None], list[Expect]]] = [
    (
        "response field removed",
        lambda s: thing_extra(s)["properties"].pop("created_at"),
        [
            ("get_thing", "property-removed", "response 200 data.created_at", B, B),
            ("thing.created", "property-removed", "request body thing.created_at", B, B),
        ],
    ),
    (
        "new required request field",
        lambda s: (
            thing_create(s).update(color={"type": "string"}),
            schema(s, "ThingCreate")["required"].append("color"),
        ),
        [
            ("create_thing", "property-added-required", "request body color", B, B),
            ("create_thing", "property-added-required", "response 201 data.color", A, A),
        ],
    ),
    (
        "new optional request field",
        lambda s: thing_create(s).update(color={"type": "string"}),
        [("create_thing", "property-added-optional", "request body color", A, A)],
    ),
    (
        "request field becomes required",
        lambda s: schema(s, "ThingCreate")["required"].append("size"),
        [
            ("create_thing", "property-required", "request body size", B, B),
            ("get_thing", "property-required", "response 200 data.size", A, A),
        ],
    ),
    (
        "response field becomes optional",
        lambda s: thing_extra(s).pop("required"),
        [("get_thing", "property-optional", "response 200 data.id", B, B)],
    ),
    (
        "request enum narrowed",
        lambda s: schema(s, "Status")["enum"].remove("INACTIVE"),
        [
            ("create_thing", "enum-value-removed", "request body status", B, B),
            ("get_thing", "enum-value-removed", "response 200 data.status", B, A),
        ],
    ),
    (
        "enum value added",
        lambda s: schema(s, "Status")["enum"].append("ARCHIVED"),
        [
            ("create_thing", "enum-value-added", "request body status", A, A),
            ("get_thing", "enum-value-added", "response 200 data.status", A, B),
        ],
    ),
    (
        "type changed",
        lambda s: thing_create(s)["size"].update(type="string"),
        [
            ("create_thing", "type-changed", "request body size", B, B),
            ("get_thing", "type-changed", "response 200 data.size", B, B),
        ],
    ),
    (
        "type widened (integer to number)",
        lambda s: thing_create(s)["size"].update(type="number"),
        [
            ("create_thing", "type-widened", "request body size", A, A),
            ("get_thing", "type-widened", "response 200 data.size", B, B),
        ],
    ),
    (
        "nullable through a 3.1 type array",
        lambda s: thing_create(s)["name"].update(type=["string", "null"]),
        [
            ("create_thing", "nullable-added", "request body name", A, A),
            ("get_thing", "nullable-added", "response 200 data.name", B, B),
        ],
    ),
    (
        "nullable through anyOf with null",
        lambda s: thing_create(s).update(
            status={"anyOf": [{"$ref": REF + "Status"}, {"type": "null"}]}
        ),
        [("get_thing", "nullable-added", "response 200 data.status", B, B)],
    ),
    (
        "no longer nullable",
        lambda s: thing_create(s)["note"].update(type="string"),
        [
            ("create_thing", "nullable-removed", "request body note", B, B),
            ("get_thing", "nullable-removed", "response 200 data.note", A, A),
        ],
    ),
    (
        "format with a Python type added",
        lambda s: thing_create(s)["name"].update(format="uuid"),
        [
            ("create_thing", "format-added", "request body name", B, B),
            ("get_thing", "format-added", "response 200 data.name", B, A),
        ],
    ),
    (
        "plain format added",
        lambda s: thing_create(s)["name"].update(format="email"),
        [
            ("create_thing", "format-added", "request body name", B, B),
            ("get_thing", "format-added", "response 200 data.name", A, A),
        ],
    ),
    (
        "format with a Python type removed",
        lambda s: thing_extra(s)["properties"]["id"].pop("format"),
        [("get_thing", "format-removed", "response 200 data.id", B, B)],
    ),
    (
        "default changed",
        lambda s: thing_create(s)["size"].update(default=2),
        [
            ("create_thing", "default-changed", "request body size", B, B),
            ("get_thing", "default-changed", "response 200 data.size", D, D),
        ],
    ),
    (
        "default added to a PATCH body",
        lambda s: schema(s, "ThingUpdate")["properties"]["size"].update(default=5),
        [("update_thing", "default-added", "request body size", B, A)],
    ),
    (
        "default added to a create body",
        lambda s: thing_create(s)["note"].update(default="none"),
        [("create_thing", "default-added", "request body note", A, A)],
    ),
    (
        "request constraint tightened",
        lambda s: thing_create(s)["name"].update(maxLength=32),
        [
            ("create_thing", "constraint-tightened", "request body name", B, B),
            ("get_thing", "constraint-tightened", "response 200 data.name", A, A),
        ],
    ),
    (
        "constraint loosened",
        lambda s: thing_create(s)["size"].pop("minimum"),
        [
            ("create_thing", "constraint-loosened", "request body size", A, A),
            ("get_thing", "constraint-loosened", "response 200 data.size", B, B),
        ],
    ),
    (
        "pattern added",
        lambda s: thing_create(s)["name"].update(pattern="^[a-z]+$"),
        [("create_thing", "constraint-tightened", "request body name", B, B)],
    ),
    (
        "array items changed",
        lambda s: thing_create(s)["labels"]["items"].update(type="integer"),
        [("create_thing", "type-changed", "request body labels[]", B, B)],
    ),
    (
        "additional properties forbidden",
        lambda s: schema(s, "ThingCreate").update(additionalProperties=False),
        [("create_thing", "additional-properties-restricted", "request body", B, B)],
    ),
    (
        "response property made write-only",
        lambda s: thing_extra(s)["properties"]["created_at"].update(writeOnly=True),
        [("get_thing", "property-removed", "response 200 data.created_at", B, B)],
    ),
    (
        "request property made read-only",
        lambda s: thing_create(s)["labels"].update(readOnly=True),
        [("create_thing", "property-removed", "request body labels", B, B)],
    ),
    (
        "oneOf variant added to a response",
        lambda s: schema(s, "ThingEnvelope")["properties"].update(
            data={"oneOf": [{"$ref": REF + "Thing"}, {"$ref": REF + "Error"}]}
        ),
        [("get_thing", "variant-added", "response 200 data", B, B)],
    ),
    (
        "operation removed",
        lambda s: s["paths"]["/things/{thing_id}"].pop("get"),
        [("get_thing", "operation-removed", "", B, B)],
    ),
    (
        "operation added",
        lambda s: s["paths"]["/things/{thing_id}"].update(
            delete={"operationId": "delete_thing", "responses": {"204": {"description": "Gone."}}}
        ),
        [("delete_thing", "operation-added", "", A, A)],
    ),
    (
        "operation deprecated",
        lambda s: get_op(s).update(deprecated=True),
        [("get_thing", "operation-deprecated", "", A, A)],
    ),
    (
        "operationId changed",
        lambda s: get_op(s).update(operationId="fetch_thing"),
        [("fetch_thing", "operation-id-changed", "", B, D)],
    ),
    (
        "path changed, operationId kept",
        lambda s: s["paths"].update({"/items": s["paths"].pop("/things")}),
        [("create_thing", "operation-path-changed", "", D, B)],
    ),
    (
        "path parameter renamed",
        lambda s: (
            s["paths"].update({"/things/{id}": s["paths"].pop("/things/{thing_id}")}),
            s["paths"]["/things/{id}"]["parameters"][0].update(name="id"),
        ),
        [("get_thing", "parameter-renamed", "parameter path id", B, D)],
    ),
    (
        "tags changed",
        lambda s: get_op(s).update(tags=["items"]),
        [("get_thing", "operation-tags-changed", "", B, D)],
    ),
    (
        "required query parameter added",
        lambda s: get_op(s)["parameters"].append(
            {"name": "view", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        [("get_thing", "parameter-added-required", "parameter query view", B, B)],
    ),
    (
        "optional query parameter added",
        lambda s: get_op(s)["parameters"].append(
            {"name": "view", "in": "query", "schema": {"type": "string"}}
        ),
        [("get_thing", "parameter-added-optional", "parameter query view", A, A)],
    ),
    (
        "query parameter removed",
        lambda s: get_op(s).pop("parameters"),
        [("get_thing", "parameter-removed", "parameter query fields", B, B)],
    ),
    (
        "query parameter becomes required",
        lambda s: get_op(s)["parameters"][0].update(required=True),
        [("get_thing", "parameter-required", "parameter query fields", B, B)],
    ),
    (
        "query parameter schema narrowed",
        lambda s: get_op(s)["parameters"][0]["schema"].update(enum=["a", "b"]),
        [("get_thing", "enum-added", "parameter query fields", B, B)],
    ),
    (
        "query parameter serialisation changed",
        lambda s: get_op(s)["parameters"][0].update(explode=False),
        [("get_thing", "parameter-style-changed", "parameter query fields", B, B)],
    ),
    (
        "request body becomes optional",
        lambda s: create_op(s)["requestBody"].update(required=False),
        [("create_thing", "request-body-optional", "request body", A, A)],
    ),
    (
        "request body removed",
        lambda s: create_op(s).pop("requestBody"),
        [("create_thing", "request-body-removed", "request body", B, B)],
    ),
    (
        "request media type added",
        lambda s: create_op(s)["requestBody"]["content"].update(
            {"application/x-www-form-urlencoded": {"schema": {"$ref": REF + "ThingCreate"}}}
        ),
        [("create_thing", "media-type-added", "request body", A, A)],
    ),
    (
        "success status changed",
        lambda s: create_op(s)["responses"].update({"200": create_op(s)["responses"].pop("201")}),
        [
            ("create_thing", "success-status-removed", "response 201", B, B),
            ("create_thing", "success-status-added", "response 200", B, B),
        ],
    ),
    (
        "error status added and removed",
        lambda s: create_op(s)["responses"].update({"404": create_op(s)["responses"].pop("400")}),
        [
            ("create_thing", "error-status-added", "response 404", A, A),
            ("create_thing", "error-status-removed", "response 400", A, A),
        ],
    ),
    (
        "response header removed",
        lambda s: create_op(s)["responses"]["201"].pop("headers"),
        [("create_thing", "header-removed", "response 201 header Location", B, B)],
    ),
    (
        "security alternative replaced",
        lambda s: (
            s["components"]["securitySchemes"].update(
                key={"type": "apiKey", "in": "header", "name": "X-Key"}
            ),
            s.update(security=[{"key": []}]),
        ),
        [
            ("get_thing", "security-removed", "", B, B),
            ("get_thing", "security-added", "", A, A),
        ],
    ),
    (
        "authentication made optional",
        lambda s: get_op(s).update(security=[]),
        [("get_thing", "security-added", "", A, A)],
    ),
    (
        "security scheme changed",
        lambda s: s["components"]["securitySchemes"]["token"].update(scheme="basic"),
        [("get_thing", "security-scheme-changed", "", B, B)],
    ),
    (
        "webhook added",
        lambda s: s["webhooks"].update(
            {"thing.deleted": {"post": {"responses": {"200": {"description": "Received."}}}}}
        ),
        [("thing.deleted", "webhook-added", "", A, A)],
    ),
    (
        "webhook removed",
        lambda s: s.pop("webhooks"),
        [("thing.created", "webhook-removed", "", D, B)],
    ),
    (
        "webhook payload gains a required field",
        lambda s: (
            event(s).update(at={"type": "string", "format": "date-time"}),
            schema(s, "ThingEvent")["required"].append("at"),
        ),
        [("thing.created", "property-added-required", "request body at", A, A)],
    ),
    (
        "webhook payload constant changed",
        lambda s: event(s)["event"].update(const="thing.made"),
        [
            ("thing.created", "enum-value-added", "request body event", A, B),
            ("thing.created", "enum-value-removed", "request body event", B, A),
        ],
    ),
    (
        "model removed",
        lambda s: s["components"]["schemas"].pop("Unused"),
        [("", "model-removed", "", B, D)],
    ),
    (
        "model added",
        lambda s: s["components"]["schemas"].update(Extra={"type": "object"}),
        [("", "model-added", "", A, D)],
    ),
    (
        "server removed",
        lambda s: s.update(servers=[{"url": "https://api.example.test/v2"}]),
        [("", "server-removed", "", D, B), ("", "server-added", "", D, A)],
    ),
    (
        "descriptions and summaries",
        lambda s: (
            thing_create(s)["note"].update(description="Any note."),
            create_op(s).update(summary="Make a thing"),
            s["info"].update(description="Things, described."),
        ),
        [
            ("create_thing", "description-changed", "request body note", D, D),
            ("create_thing", "summary-changed", "operation", D, D),
            ("", "info-changed", "", D, D),
        ],
    ),
    (
        "response examples",
        lambda s: create_op(s)["responses"]["201"]["content"]["application/json"].update(
            example={"data": {"name": "x"}}
        ),
        [("create_thing", "example-changed", "response 201", D, D)],
    ),
]


@pytest.mark.parametrize(("edit", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_kind(edit: Callable[[Spec], None], expected: list[Expect]) -> None:
    """The edit is found where it is, with the verdicts of `classify.RULES`."""
    old, new = base(), base()
    edit(new)
    found = changes(old, new)
    for subject, kind, at, client, caller in expected:
        change = find(found, subject, kind, at)
        assert (change.client, change.caller) == (client, caller), describe(change)
        assert describe(change)


def test_identical_specs_have_no_changes() -> None:
    assert changes(base(), base()) == []


def test_key_order_is_not_a_change() -> None:
    """Reordering properties, paths and responses changes nothing."""
    new = base()
    props = schema(new, "ThingCreate")["properties"]
    schema(new, "ThingCreate")["properties"] = dict(reversed(list(props.items())))
    new["paths"] = dict(reversed(list(new["paths"].items())))
    responses = create_op(new)["responses"]
    create_op(new)["responses"] = dict(reversed(list(responses.items())))
    assert changes(base(), new) == []


def test_a_breaking_change_is_reported_on_every_operation_it_reaches() -> None:
    """Thing reaches three operations and a webhook: each lists the removal, once per place."""
    new = base()
    thing_extra(new)["properties"].pop("created_at")
    removed = [c for c in changes(base(), new) if c.finding.kind == "property-removed"]
    assert sorted((c.finding.subject.name, c.finding.where) for c in removed) == [
        ("create_thing", "response 201"),
        ("get_thing", "response 200"),
        ("thing.created", "request body"),
        ("update_thing", "response 200"),
    ]
    assert {c.finding.schema for c in removed} == {"Thing.created_at"}


def test_recursive_schemas_terminate_and_report_once_per_place() -> None:
    """A tree of nodes (a $ref cycle) is compared without endless recursion."""
    old = base()
    schema(old, "ThingCreate")["properties"]["tree"] = {"$ref": REF + "Node"}
    old["components"]["schemas"]["Node"] = {
        "type": "object",
        "properties": {
            "value": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": REF + "Node"}},
        },
    }
    new = base()
    new["components"]["schemas"] = {**old["components"]["schemas"]}
    new["components"]["schemas"]["ThingCreate"] = schema(old, "ThingCreate")
    new["components"]["schemas"]["Node"] = {
        "type": "object",
        "properties": {
            "value": {"type": "integer"},
            "children": {"type": "array", "items": {"$ref": REF + "Node"}},
        },
    }
    found = changes(old, new)
    typed = [c for c in found if c.finding.subject.name == "create_thing"]
    assert [(c.finding.kind, c.finding.where, c.finding.path) for c in typed] == [
        ("type-changed", "request body", "tree.value"),
        ("type-changed", "response 201", "data.tree.value"),
    ]


def test_a_reference_with_siblings_is_compared_where_it_is() -> None:
    """`allOf: [$ref]` with its own default: the change is there, not on every use of the enum."""
    old = base()
    schema(old, "ThingUpdate")["properties"]["status"] = {
        "allOf": [{"$ref": REF + "Status"}],
        "default": "ACTIVE",
    }
    new = base()
    new["components"]["schemas"]["ThingUpdate"] = {
        **schema(old, "ThingUpdate"),
        "properties": {
            **schema(old, "ThingUpdate")["properties"],
            "status": {"allOf": [{"$ref": REF + "Status"}], "default": "INACTIVE"},
        },
    }
    found = changes(old, new)
    assert [(c.finding.subject.name, c.finding.kind, c.finding.schema) for c in found] == [
        ("update_thing", "default-changed", "ThingUpdate.status")
    ]
    assert (found[0].client, found[0].caller) == (B, B)


def test_every_kind_the_cases_produce_has_a_rule_and_a_text() -> None:
    """No kind falls through classify or describe (both would raise)."""
    kinds = set()
    for _, edit, _ in CASES:
        new = base()
        edit(new)
        kinds |= {c.finding.kind for c in changes(base(), new)}
    assert kinds <= set(RULES)
    assert len(kinds) >= 50
