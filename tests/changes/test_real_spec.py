"""Real edits of openapi.yaml, in a temporary copy: the verdicts on the spec as it is."""

from __future__ import annotations

import copy
import time
from pathlib import Path
from typing import Any

import pytest

from spec_changes import Document, compare
from spec_changes.classify import Level, classify, required_level
from spec_changes.revisions import load_yaml

from .conftest import changes, find

B, A, D = Level.BREAKING, Level.ADDITIVE, Level.DOCUMENTATION
ROOT = Path(__file__).resolve().parents[2]
SPEC_TEXT = (ROOT / "openapi.yaml").read_text(encoding="utf-8")


def edited(tmp_path: Path, old: str, new: str) -> dict[str, Any]:
    """openapi.yaml with one text edit, written to and read back from a temporary copy."""
    assert SPEC_TEXT.count(old) == 1, old
    copy_path = tmp_path / "openapi.yaml"
    copy_path.write_text(SPEC_TEXT.replace(old, new), encoding="utf-8")
    return load_yaml(copy_path.read_text(encoding="utf-8"), str(copy_path))


@pytest.fixture
def current() -> dict[str, Any]:
    return load_yaml(SPEC_TEXT, "openapi.yaml")


def test_the_spec_against_itself_has_no_changes(current: dict[str, Any]) -> None:
    assert changes(current, copy.deepcopy(current)) == []


def test_removing_a_meeting_field_breaks_every_operation_returning_meetings(
    tmp_path: Path, current: dict[str, Any]
) -> None:
    new = edited(
        tmp_path,
        """        preferred_region:
          type: [string, 'null']
          description: The region in which this meeting was created.
""",
        "",
    )
    found = changes(current, new)
    listed = find(
        found, "list_meetings", "property-removed", "response 200 data[].preferred_region"
    )
    single = find(found, "get_meeting", "property-removed", "response 200 data.preferred_region")
    assert (listed.client, listed.caller) == (single.client, single.caller) == (B, B)
    assert single.finding.schema == "Meeting.preferred_region"
    assert required_level(found) == B
    # the request bodies keep their own preferred_region
    assert not [c for c in found if c.finding.where == "request body"]


def test_a_new_required_participant_field_breaks_add_participant(
    tmp_path: Path, current: dict[str, Any]
) -> None:
    new = edited(
        tmp_path,
        "      description: Body of add_participant.\n      required: [custom_participant_id, "
        "preset_name]",
        "      description: Body of add_participant.\n      required: [custom_participant_id, "
        "preset_name, name]",
    )
    change = find(
        changes(current, new), "add_participant", "property-required", "request body name"
    )
    assert (change.client, change.caller) == (B, B)


def test_narrowing_the_status_enum(tmp_path: Path, current: dict[str, Any]) -> None:
    new = edited(tmp_path, "enum: [ACTIVE, INACTIVE]", "enum: [ACTIVE]")
    found = changes(current, new)
    query = find(found, "list_meetings", "enum-value-removed", "parameter query status")
    body = find(found, "update_meeting", "enum-value-removed", "request body status")
    response = find(found, "get_meeting", "enum-value-removed", "response 200 data.status")
    assert (query.client, query.caller) == (body.client, body.caller) == (B, B)
    assert (response.client, response.caller) == (B, A)


def test_a_changed_type(tmp_path: Path, current: dict[str, Any]) -> None:
    paging = "      required: [start_offset, end_offset, total_count]\n"  # Paging, not another
    new = edited(
        tmp_path,
        paging + "      properties:\n        start_offset:\n          type: integer",
        paging + "      properties:\n        start_offset:\n          type: string",
    )
    change = find(changes(current, new), "list_participants", "type-changed", "paging.start_offset")
    assert (change.client, change.caller) == (B, B)


def test_removing_the_deprecated_operation(current: dict[str, Any]) -> None:
    new = copy.deepcopy(current)
    del new["paths"]["/accounts/{account_id}/realtimekit/meetings"]
    change = find(changes(current, new), "create_org_meeting", "operation-removed")
    assert (change.client, change.caller) == (B, B)


def test_a_webhooks_section_with_payload_schemas(current: dict[str, Any]) -> None:
    """Webhooks with payload schemas added: additive; then a payload field removed: breaking."""
    base = copy.deepcopy(current)
    base.pop("webhooks", None)  # the spec's own events: this test adds one of its own
    with_hooks = copy.deepcopy(base)
    with_hooks["components"]["schemas"]["ProbeStartedEvent"] = {
        "type": "object",
        "required": ["event", "meeting"],
        "properties": {
            "event": {"const": "meeting.started"},
            "meeting": {"$ref": "#/components/schemas/Meeting"},
        },
    }
    with_hooks["webhooks"] = {
        "probe.started": {
            "post": {
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ProbeStartedEvent"}
                        }
                    },
                },
                "responses": {"200": {"description": "Received."}},
            }
        }
    }
    found = changes(base, with_hooks)
    assert {(c.finding.kind, c.client, c.caller) for c in found} == {
        ("webhook-added", A, A),
        ("model-added", A, D),
    }
    fewer = copy.deepcopy(with_hooks)
    fewer["components"]["schemas"]["MeetingSummary"]["properties"].pop("title")
    removed = find(changes(with_hooks, fewer), "probe.started", "property-removed",
                   "request body meeting.title")  # fmt: skip
    assert (removed.client, removed.caller) == (B, B)


def test_a_shared_error_description_is_documentation_only(
    tmp_path: Path, current: dict[str, Any]
) -> None:
    new = edited(
        tmp_path,
        "description: The request is well formed but cannot be carried out.",
        "description: The request is well formed but cannot be done.",
    )
    found = changes(current, new)
    assert found
    assert {(c.finding.kind, c.finding.where) for c in found} == {
        ("description-changed", "response 422")
    }
    assert required_level(found) == D


def test_the_comparison_of_a_fivefold_spec_is_fast(current: dict[str, Any]) -> None:
    """Five copies of every path and schema (about 60 operations): well under the 5 s budget."""
    from benchmarks.changes import scaled

    old, new = scaled(current, 5), scaled(current, 5)
    new["components"]["schemas"]["MeetingSummary1"]["properties"].pop("title")
    start = time.perf_counter()
    found = [classify(f) for f in compare(Document(old, "old"), Document(new, "new"))]
    elapsed = time.perf_counter() - start
    assert required_level(found) == B
    assert elapsed < 2.5, elapsed
