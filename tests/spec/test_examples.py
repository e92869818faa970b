"""Every example in openapi.yaml validates against the schema it illustrates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
import yaml

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text(encoding="utf-8"))
SEED_000_EXAMPLE = Path(__file__).parent / "data" / "seed_000_response_example.json"


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local `$ref` (components only) to the object it names."""
    while "$ref" in node:
        *_, section, name = node["$ref"].split("/")
        node = SPEC["components"][section][name]
    return node


def _media_examples() -> list[Any]:
    """(id, schema, example value) for every example of every request and response body."""
    found = []
    bodies: list[tuple[str, dict[str, Any]]] = []
    for item in [*SPEC["paths"].values(), *SPEC.get("webhooks", {}).values()]:
        for method, op in item.items():
            if method == "parameters":
                continue
            if "requestBody" in op:
                bodies.append((f"{op['operationId']} request", _deref(op["requestBody"])))
            for status, response in op["responses"].items():
                bodies.append((f"{op['operationId']} {status}", _deref(response)))
    for where, body in bodies:
        for media in body.get("content", {}).values():
            for name, example in media.get("examples", {}).items():
                value = _deref(example)["value"]
                found.append(pytest.param(media["schema"], value, id=f"{where} {name}"))
    return found


def _validator(schema: dict[str, Any]) -> jsonschema_rs.Draft202012Validator:
    """A 2020-12 validator, formats on, able to resolve `#/components/...` refs."""
    root = {"components": SPEC["components"], **schema}
    return jsonschema_rs.Draft202012Validator(root, validate_formats=True)


@pytest.mark.parametrize(("schema", "value"), _media_examples())
def test_body_example_is_valid(schema: dict[str, Any], value: Any) -> None:
    """A body example satisfies its media type's schema, formats included."""
    errors = [
        f"{list(e.instance_path)}: {e.message}" for e in _validator(schema).iter_errors(value)
    ]
    assert errors == []


def test_every_body_has_an_example() -> None:
    """No request or response body of any operation is without an example."""
    assert len(_media_examples()) >= 2 * len(
        [op for item in SPEC["paths"].values() for m, op in item.items() if m != "parameters"]
    )


def test_every_component_example_is_used() -> None:
    """Every named example in components is referenced from some body."""
    text = json.dumps(SPEC["paths"]) + json.dumps(SPEC["components"]["responses"])
    text += json.dumps(SPEC["components"]["requestBodies"])
    unused = [n for n in SPEC["components"]["examples"] if f"#/components/examples/{n}" not in text]
    assert unused == []


def test_seed_000_example_is_the_get_meeting_example() -> None:
    """The upstream "Fetch a meeting" response example is kept verbatim for get_meeting."""
    seed = json.loads(SEED_000_EXAMPLE.read_text(encoding="utf-8"))
    get_meeting = SPEC["paths"][
        "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}"
    ]
    media = _deref(get_meeting["get"]["responses"]["200"])["content"]["application/json"]
    values = [_deref(example)["value"] for example in media["examples"].values()]
    assert seed in values


def test_invalid_example_is_rejected() -> None:
    """The validator used above does reject a body that breaks the schema (word_limit 5000)."""
    body = {"ai_config": {"summarization": {"word_limit": 5000}}}
    errors = list(_validator({"$ref": "#/components/schemas/MeetingCreate"}).iter_errors(body))
    assert [e.message for e in errors] == ["5000 is greater than the maximum of 1000"]
