"""docs/client.md's operation tables are the ones tools.doc_tables writes from the spec and the
generated client, cover every operation, and name real official SDK methods."""

from __future__ import annotations

import copy
import subprocess
import sys

import pytest

from realtimekit_mock.spec import Spec, load_spec
from tools import doc_tables

SPEC = load_spec(doc_tables.SPEC)


def test_docs_tables_are_current() -> None:
    """`python -m tools.doc_tables --check` passes on the checked-in docs (else: make docs)."""
    proc = subprocess.run(
        [sys.executable, "-m", "tools.doc_tables", "--check"],
        cwd=doc_tables.ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_every_operation_is_in_both_tables() -> None:
    """Each operationId has a row of its own in both tables, and each bound method and
    iterator one in the bound-methods table."""
    tables = doc_tables.tables(SPEC)
    for op in SPEC.operations:
        rows = [
            line for line in tables["official-sdk"].splitlines() if f"`{op.operation_id}`" in line
        ]
        assert len(rows) == 1, op.operation_id
        assert f"`rk.{op.tag}." in rows[0]
        assert f"| `{op.operation_id}`" in tables["bound-methods"]
    bound_rows = tables["bound-methods"].count("\n| `rk.")
    assert bound_rows == sum(
        len(ns.OPERATIONS) + len(ns.ITERATORS) for ns in doc_tables._namespaces().values()
    )


def test_a_stale_table_is_found_and_rewritten() -> None:
    """A table edited by hand is reported by check() and put back by render()."""
    text = doc_tables.DOC.read_text(encoding="utf-8")
    edited = text.replace("`rk.meetings.get(meeting_id, name=)`", "`rk.meetings.get(id)`")
    assert edited != text

    assert doc_tables.check(edited, SPEC) == ["bound-methods"]
    assert doc_tables.render(edited, doc_tables.tables(SPEC)) == text


def test_signatures_come_from_the_generated_methods() -> None:
    """Positional path parameters, the body as a model or keywords, query keywords."""
    namespaces = doc_tables._namespaces()

    assert doc_tables.signature(namespaces["meetings"], "get") == "get(meeting_id, name=)"
    assert (
        doc_tables.signature(namespaces["participants"], "edit")
        == "edit(meeting_id, participant_id, body=None, **properties)"
    )
    assert (
        doc_tables.signature(namespaces["participants"], "iter") == "iter(meeting_id, per_page=20)"
    )


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("meetings.get_meeting_by_id", True),
        (None, True),
        (["analytics.get_org_analytics", "livestreams.get_org_analytics"], True),
        ("get", False),
        ("", False),
        (42, False),
    ],
)
def test_the_sdk_extension_is_required_and_checked(value: object, ok: bool) -> None:
    """Every operation needs x-cloudflare-sdk: null, a method path, or a list of them."""
    document = copy.deepcopy(SPEC.document)
    op = SPEC.by_id["get_meeting"]
    raw = document["paths"][op.path][op.method.lower()]
    raw[doc_tables.SDK_KEY] = value
    if ok:
        doc_tables.tables(Spec(document))
    else:
        with pytest.raises(doc_tables.SpecError, match="get_meeting"):
            doc_tables.tables(Spec(document))
    del raw[doc_tables.SDK_KEY]
    with pytest.raises(doc_tables.SpecError, match="get_meeting has no x-cloudflare-sdk"):
        doc_tables.tables(Spec(document))


def test_sdk_methods_exist_in_the_official_sdk() -> None:
    """Each x-cloudflare-sdk path is a method of `cloudflare` 5.9.0's client.realtime_kit (run
    where the SDK is installed, e.g. after make bench)."""
    cloudflare = pytest.importorskip("cloudflare")
    kit = cloudflare.Cloudflare(api_token="doc-token-not-a-secret").realtime_kit
    for op in SPEC.operations:
        for path in doc_tables.sdk_methods(SPEC, op):
            target = kit
            for part in path.split("."):
                target = getattr(target, part)
            assert callable(target), (op.operation_id, path)
