"""A small spec to edit, and the functions that compare two specs and pick out a change."""

from __future__ import annotations

import copy
from typing import Any

from spec_changes import Change, Document, classify, compare

REF = "#/components/schemas/"

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Things", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.test/v1"}],
    "security": [{"token": []}],
    "components": {
        "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Status": {"type": "string", "enum": ["ACTIVE", "INACTIVE"]},
            "ThingCreate": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "maxLength": 64},
                    "size": {"type": "integer", "minimum": 1, "default": 1},
                    "status": {"$ref": REF + "Status"},
                    "note": {"type": ["string", "null"], "description": "A note."},
                    "labels": {"type": "array", "items": {"type": "string"}},
                },
            },
            "ThingUpdate": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
            },
            "Thing": {
                "allOf": [
                    {"$ref": REF + "ThingCreate"},
                    {
                        "type": "object",
                        "required": ["id"],
                        "properties": {
                            "id": {"type": "string", "format": "uuid"},
                            "created_at": {"type": "string", "format": "date-time"},
                        },
                    },
                ]
            },
            "ThingEnvelope": {"type": "object", "properties": {"data": {"$ref": REF + "Thing"}}},
            "ThingEvent": {
                "type": "object",
                "required": ["event", "thing"],
                "properties": {
                    "event": {"const": "thing.created"},
                    "thing": {"$ref": REF + "Thing"},
                },
            },
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
            "Unused": {"type": "object", "properties": {"x": {"type": "string"}}},
        },
    },
    "paths": {
        "/things": {
            "post": {
                "operationId": "create_thing",
                "tags": ["things"],
                "summary": "Create a thing",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": REF + "ThingCreate"}}},
                },
                "responses": {
                    "201": {
                        "description": "Created.",
                        "headers": {"Location": {"schema": {"type": "string"}}},
                        "content": {
                            "application/json": {"schema": {"$ref": REF + "ThingEnvelope"}}
                        },
                    },
                    "400": {
                        "description": "Bad request.",
                        "content": {"application/json": {"schema": {"$ref": REF + "Error"}}},
                    },
                },
            }
        },
        "/things/{thing_id}": {
            "parameters": [
                {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": {
                "operationId": "get_thing",
                "tags": ["things"],
                "parameters": [{"name": "fields", "in": "query", "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "The thing.",
                        "content": {
                            "application/json": {"schema": {"$ref": REF + "ThingEnvelope"}}
                        },
                    }
                },
            },
            "patch": {
                "operationId": "update_thing",
                "tags": ["things"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": REF + "ThingUpdate"}}},
                },
                "responses": {
                    "200": {
                        "description": "The thing.",
                        "content": {
                            "application/json": {"schema": {"$ref": REF + "ThingEnvelope"}}
                        },
                    }
                },
            },
        },
    },
    "webhooks": {
        "thing.created": {
            "post": {
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": REF + "ThingEvent"}}}
                },
                "responses": {"200": {"description": "Received."}},
            }
        }
    },
}


def base() -> dict[str, Any]:
    """A fresh copy of the small spec."""
    return copy.deepcopy(BASE)


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return spec["components"]["schemas"][name]


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every classified change from `old` to `new`."""
    return [classify(f) for f in compare(Document(old, "old"), Document(new, "new"))]


def where(change: Change) -> str:
    """The location of a change as one string: `where` and the schema path."""
    f = change.finding
    return f"{f.where} {f.path}".strip()


def find(found: list[Change], subject: str, kind: str, at: str = "") -> Change:
    """The one change of `kind` on `subject` whose location contains `at`."""
    hits = [
        c
        for c in found
        if c.finding.subject.name == subject and c.finding.kind == kind and at in where(c)
    ]
    assert len(hits) == 1, (subject, kind, at, [(c.finding, c.client) for c in found])
    return hits[0]
