"""Schema normalisation: references, compositions, the nullable forms, and clear errors."""

from __future__ import annotations

from typing import Any

import pytest

from spec_changes import Document, SpecError, compare

from .conftest import REF


def doc(**schemas: Any) -> Document:
    return Document({"openapi": "3.1.0", "components": {"schemas": schemas}}, "test")


def view(d: Document, schema: Any) -> Any:
    return d.view(schema)


def test_ref_siblings_override_the_target() -> None:
    d = doc(S={"type": "string", "description": "target"})
    v = view(d, {"$ref": REF + "S", "description": "here"})
    assert (v.name, v.types, v.description) == ("S", frozenset({"string"}), "here")


def test_allof_merges_properties_and_required() -> None:
    d = doc(
        A={"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
        B={"allOf": [{"$ref": REF + "A"}, {"required": ["b"], "properties": {"b": {}}}]},
    )
    v = view(d, {"$ref": REF + "B"})
    assert set(v.properties) == {"a", "b"}
    assert v.required == {"a", "b"}
    assert v.types == {"object"}


@pytest.mark.parametrize(
    "schema",
    [
        {"type": ["string", "null"]},
        {"anyOf": [{"type": "string"}, {"type": "null"}]},
        {"oneOf": [{"type": "null"}, {"type": "string"}]},
        {"type": "string", "nullable": True},
        {"type": "string", "enum": ["a", None]},
    ],
    ids=["type-array", "anyOf", "oneOf", "nullable-3.0", "null-in-enum"],
)
def test_every_nullable_form_is_a_nullable_string(schema: dict[str, Any]) -> None:
    v = view(doc(), schema)
    assert v.types == {"string"}
    assert v.nullable
    assert not v.variants


def test_nullable_forms_compare_equal() -> None:
    """Switching between a 3.1 type array and anyOf-with-null is no change at all."""
    body = {"type": "object", "properties": {"x": {"type": ["string", "null"]}}}
    other = {
        "type": "object",
        "properties": {"x": {"anyOf": [{"type": "string"}, {"type": "null"}]}},
    }

    def spec(schema: dict[str, Any]) -> dict[str, Any]:
        content = {"application/json": {"schema": schema}}
        return {
            "openapi": "3.1.0",
            "paths": {"/x": {"get": {"operationId": "x", "responses": {"200": {
                "description": "ok", "content": content}}}}},
        }  # fmt: skip

    assert compare(Document(spec(body), "a"), Document(spec(other), "b")) == []


def test_several_members_are_variants_and_their_types_the_union() -> None:
    d = doc(A={"type": "object"}, B={"type": "string"})
    v = view(d, {"oneOf": [{"$ref": REF + "A"}, {"$ref": REF + "B"}, {"type": "null"}]})
    assert [label for label, _ in v.variants] == ["A", "B"]
    assert v.types == {"object", "string"}
    assert v.nullable


def test_implied_types() -> None:
    d = doc()
    assert view(d, {"properties": {"a": {}}}).types == {"object"}
    assert view(d, {"items": {}}).types == {"array"}
    assert view(d, {"const": 3}).types == {"integer"}
    assert view(d, {}).types == frozenset()


@pytest.mark.parametrize(
    ("schemas", "schema", "message"),
    [
        ({}, {"$ref": REF + "Missing"}, "points at nothing"),
        ({}, {"$ref": "other.yaml#/S"}, "only local $refs"),
        ({"A": {"$ref": REF + "B"}, "B": {"$ref": REF + "A"}}, {"$ref": REF + "A"}, "$ref cycle"),
        (
            {"A": {"allOf": [{"$ref": REF + "B"}]}, "B": {"allOf": [{"$ref": REF + "A"}]}},
            {"$ref": REF + "A"},
            "composition cycle",
        ),
        ({}, {"type": "strng"}, "unknown type 'strng'"),
        ({}, {"allOf": {"type": "string"}}, "allOf is not a list"),
        ({}, [1, 2], "is not a schema"),
    ],
    ids=["dangling", "external", "ref-cycle", "allof-cycle", "bad-type", "bad-allof", "not-a-map"],
)
def test_bad_schemas_are_clear_errors(schemas: dict[str, Any], schema: Any, message: str) -> None:
    with pytest.raises(SpecError, match=message.replace("$", r"\$").replace("(", r"\(")):
        view(doc(**schemas), schema)


def test_a_document_that_is_not_a_mapping_is_an_error() -> None:
    with pytest.raises(SpecError, match="not a mapping"):
        Document(["openapi"], "test")


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"servers": "https://x"}, "is not an OpenAPI document where compared"),
        ({"paths": {"/x": {"get": {"responses": []}}}}, "responses is not a mapping"),
        ({"paths": {"/x": {"get": {"parameters": ["q"], "responses": {}}}}}, "not a mapping"),
    ],
    ids=["servers", "responses", "parameters"],
)
def test_a_malformed_document_is_a_spec_error(edit: dict[str, Any], message: str) -> None:
    good = {"openapi": "3.1.0", "paths": {"/x": {"get": {"responses": {}}}}}
    with pytest.raises(SpecError, match=message):
        compare(Document(good, "old"), Document({**good, **edit}, "new"))
