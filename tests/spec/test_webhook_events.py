"""The spec's `webhooks` section: one POST per subscribable event, each with its payload schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import realtimekit_client.models as models
import yaml

SPEC = yaml.safe_load((Path(__file__).parents[2] / "openapi.yaml").read_text(encoding="utf-8"))
EVENTS = SPEC["components"]["schemas"]["WebhookEvent"]["enum"]


def _payload(event: str) -> tuple[str, dict[str, Any]]:
    op = SPEC["webhooks"][event]["post"]
    media = op["requestBody"]["content"]["application/json"]
    name = media["schema"]["$ref"].rsplit("/", 1)[1]
    return name, next(iter(media["examples"].values()))["value"]


def test_every_event_has_a_webhook() -> None:
    """The section has exactly the events a webhook can subscribe to."""
    assert sorted(SPEC["webhooks"]) == sorted(EVENTS)


@pytest.mark.parametrize("event", EVENTS)
def test_payload_schema_names_its_event(event: str) -> None:
    """The payload's `event` is a const of that name; the signature headers are declared."""
    name, _ = _payload(event)
    schema = SPEC["components"]["schemas"][name]
    assert schema["properties"]["event"]["const"] == event
    assert schema.get("additionalProperties", True) is not False
    headers = {p["name"] for p in SPEC["webhooks"][event]["post"]["parameters"]}
    assert headers == {"rtk-signature", "rtk-uuid", "rtk-webhook-id"}


@pytest.mark.parametrize("event", EVENTS)
def test_generated_model_parses_the_example_and_unknown_fields(event: str) -> None:
    """The generated model reads the example; keys it does not know are kept, not refused."""
    name, example = _payload(event)
    model = getattr(models, name)
    parsed = model.from_dict({**example, "futureField": {"x": 1}})
    assert parsed.event == event
    assert parsed.additional_properties["futureField"] == {"x": 1}
    assert parsed.to_dict()["futureField"] == {"x": 1}
