"""The report as Markdown (for people and PR comments), as JSON (for tools), and as a
CHANGELOG entry (grouped by level, breaking first, then by operation)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from spec_changes.classify import Change, Level, summary
from spec_changes.diff import HTTP_METHODS, Subject
from spec_changes.report import Report, levels
from spec_changes.revisions import CONFIG
from spec_changes.schemas import Document

__all__ = ["describe", "entry", "first_entry", "markdown", "to_json", "verdict"]

_TEXT = {
    "operation-added": "operation added",
    "operation-removed": "operation removed",
    "webhook-added": "webhook added",
    "webhook-removed": "webhook removed",
    "operation-deprecated": "deprecated",
    "operation-undeprecated": "no longer deprecated",
    "operation-id-changed": "operationId `{before}` → `{after}`",
    "operation-path-changed": "moved from `{before}` to `{after}`",
    "operation-tags-changed": "tags {before} → {after}",
    "security-added": "now accepts {after}",
    "security-removed": "no longer accepts {before}",
    "security-scheme-changed": "security scheme `{detail}` changed",
    "parameter-renamed": "renamed `{before}` → `{after}`",
    "parameter-style-changed": "serialisation `{before}` → `{after}`",
    "media-type-added": "media type `{after}` added",
    "media-type-removed": "media type `{before}` removed",
    "success-status-added": "new success status",
    "success-status-removed": "success status removed",
    "error-status-added": "new error status",
    "error-status-removed": "error status removed",
    "type-widened": "type {before} → {after} (widened)",
    "type-narrowed": "type {before} → {after} (narrowed)",
    "type-changed": "type {before} → {after}",
    "nullable-added": "now nullable",
    "nullable-removed": "no longer nullable",
    "format-added": "format `{after}` added",
    "format-removed": "format `{before}` removed",
    "format-changed": "format `{before}` → `{after}`",
    "enum-value-added": "enum value `{after}` added",
    "enum-value-removed": "enum value `{before}` removed",
    "enum-added": "now limited to {after}",
    "enum-removed": "no longer limited to {before}",
    "default-added": "default `{after}` added",
    "default-removed": "default `{before}` removed",
    "default-changed": "default `{before}` → `{after}`",
    "constraint-tightened": "{detail} {before} → {after} (tightened)",
    "constraint-loosened": "{detail} {before} → {after} (loosened)",
    "constraint-changed": "{detail} {before} → {after}",
    "additional-properties-restricted": "no longer allows additional properties",
    "additional-properties-allowed": "now allows additional properties",
    "variant-added": "variant `{after}` added",
    "variant-removed": "variant `{before}` removed",
    "deprecated": "deprecated",
    "undeprecated": "no longer deprecated",
    "description-changed": "description changed",
    "summary-changed": "summary changed",
    "title-changed": "title changed",
    "example-changed": "examples changed",
    "links-changed": "links changed",
    "info-changed": "`info.{detail}` changed",
    "server-added": "server `{after}` added",
    "server-removed": "server `{before}` removed",
    "model-added": "model `{after}` added",
    "model-removed": "model `{before}` removed",
}
for _thing in ("parameter", "request-body", "header", "property"):
    _TEXT[f"{_thing}-added-optional"] = "added (optional)"
    _TEXT[f"{_thing}-added-required"] = "added, required"
    _TEXT[f"{_thing}-removed"] = "removed"
    _TEXT[f"{_thing}-required"] = "now required"
    _TEXT[f"{_thing}-optional"] = "now optional"


def _value(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def describe(change: Change) -> str:
    """One line saying where the change is and what it is."""
    f = change.finding
    if f.kind == "python-api-broken":
        text = f"`{f.path}`: {f.detail}"
        if f.before is not None and f.after is not None:
            text += f" (`{f.before}` → `{f.after}`)"
        return text
    if f.kind == "package-changed":
        files = list(f.after or [])
        shown = ", ".join(f"`{name}`" for name in files[:5])
        more = f" and {len(files) - 5} more" if len(files) > 5 else ""
        return f"generated files changed without a spec change: {shown}{more}"
    what = _TEXT[f.kind].format(before=_value(f.before), after=_value(f.after), detail=f.detail)
    at = f.where
    if f.path:
        at = f"{at} `{f.path}`" if at else f"`{f.path}`"
        if f.schema and f.schema != f.path:
            at += f" (`{f.schema}`)"
    return f"{at}: {what}" if at else what


def _heading(subject: Subject) -> str:
    if subject.kind == "operation":
        return f"`{subject.name}` · {subject.method} {subject.path}"
    if subject.kind == "webhook":
        return f"Webhook `{subject.name}` · {subject.method}"
    if subject.kind == "models":
        return "Models (components/schemas)"
    if subject.kind == "python":
        return f"Python API of `{subject.name}`"
    return "The API description"


def _grouped(changes: Iterable[Change]) -> dict[Subject, list[Change]]:
    groups: dict[Subject, list[Change]] = {}
    for change in changes:
        groups.setdefault(change.finding.subject, []).append(change)
    return groups


def _callers(change: Change, level: Level) -> str:
    """The API callers' verdict, when it differs from `level` and concerns them at all."""
    if change.caller == level or change.finding.subject.kind == "python":
        return ""
    return f" (API callers: {change.caller.label})"


def _counted(counts: dict[str, int]) -> str:
    """`2 breaking and 1 additive changes`, leaving out the levels without any."""
    parts = [f"{n} {label}" for label, n in counts.items() if n]
    text = " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
    return f"{text} change{'' if sum(counts.values()) == 1 else 's'}"


def verdict(report: Report) -> str:
    """The version check in one paragraph: passes or fails, what is needed, what to run."""
    if report.base is None:
        return f"**Version check: passes.** {report.reason}."
    needed = f"a {report.required} release" if report.required else "no release"
    shown = report.shown or "no change"
    line = (
        f"The changes need {needed}; {CONFIG} shows {shown} "
        f"({report.base.version} → {report.head.version})."
    )
    if report.ok:
        return f"**Version check: passes.** {line}"
    return (
        f"**Version check: fails.** {line} Run `make release` (it would make {report.suggested})."
    )


def markdown(report: Report) -> str:
    """The full report, grouped by operation, each group's changes breaking first."""
    base = report.base
    if base is None:
        return f"# Changes\n\n{verdict(report)}\n"
    out = [
        f"# Changes: {base.name} ({base.version}) → {report.head.name} ({report.head.version})",
        "",
        f"Base: {report.reason}. Python API: {report.python_api}.",
        "",
        verdict(report),
        "",
    ]
    if not report.changes:
        return "\n".join([*out, "No changes.", ""])
    counts = summary(report.changes)
    out += [
        "| Changes | Breaking | Additive | Documentation only |",
        "|---|---:|---:|---:|",
    ]
    for audience, label in (("client", "for client users"), ("caller", "for API callers")):
        c = counts[audience]
        out.append(f"| {label} | {c['breaking']} | {c['additive']} | {c['documentation only']} |")
    out.append("")
    for subject, changes in _grouped(report.changes).items():
        out += [f"## {_heading(subject)}", ""]
        for change in sorted(changes, key=lambda c: (-c.client, -c.caller)):
            level = change.client.label
            mark = f"**{level}**" if change.client == Level.BREAKING else level
            other = _callers(change, change.client)
            out.append(f"- {mark} · {describe(change)}{other}")
        out.append("")
    return "\n".join(out)


def to_json(report: Report) -> str:
    """The report as JSON: versions, the verdict and every change with both classifications."""
    base = report.base
    data = {
        "base": None
        if base is None
        else {"commit": base.commit, "version": base.version, "reason": report.reason},
        "head": {"commit": None, "version": report.head.version},
        "reason": report.reason,
        "required_bump": report.required,
        "version_bump": report.shown,
        "ok": report.ok,
        "suggested_version": report.suggested,
        "python_api": report.python_api,
        "summary": summary(report.changes),
        "changes": [
            {
                "subject": {
                    "kind": c.finding.subject.kind,
                    "name": c.finding.subject.name,
                    "method": c.finding.subject.method,
                    "path": c.finding.subject.path,
                },
                "kind": c.finding.kind,
                "where": c.finding.where,
                "path": c.finding.path,
                "schema": c.finding.schema,
                "direction": c.finding.direction,
                "detail": c.finding.detail,
                "before": c.finding.before,
                "after": c.finding.after,
                "client": c.client.label,
                "caller": c.caller.label,
                "message": describe(c),
            }
            for c in report.changes
        ],
        "timings": {k: round(v, 4) for k, v in report.timings.items()},
    }
    return json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n"


def entry(report: Report, version: str, date: str) -> str:
    """The CHANGELOG entry of `version`: by level, breaking first, then by operation."""
    base = report.base
    assert base is not None
    counts = summary(report.changes)["client"]
    out = [
        f"## {version} — {date}",
        "",
        f"Compared with {base.version} (commit `{base.name}`): {_counted(counts)} for client "
        "users.",
        "",
    ]
    titles = {
        Level.BREAKING: "Breaking changes",
        Level.ADDITIVE: "Additive changes",
        Level.DOCUMENTATION: "Documentation only",
    }
    for level, changes in levels(report).items():
        if not changes:
            continue
        out += [f"### {titles[level]}", ""]
        for subject, group in _grouped(changes).items():
            out.append(f"- {_heading(subject)}")
            for change in group:
                other = _callers(change, level)
                out.append(f"  - {describe(change)}{other}")
        out.append("")
    return "\n".join(out)


def first_entry(document: Document, version: str, date: str) -> str:
    """The CHANGELOG entry of a first release: the operations and webhooks it has, by tag."""
    by_tag: dict[str, list[str]] = {}
    paths = document.mapping(document.spec.get("paths"), "paths")
    for path, raw in paths.items():
        item = document.mapping(raw, f"paths {path}")
        for method in HTTP_METHODS:
            if method in item:
                op = document.mapping(item[method], f"{path} {method}")
                tag = (op.get("tags") or ["default"])[0]
                by_tag.setdefault(tag, []).append(f"`{op.get('operationId', method + path)}`")
    webhooks = list(document.mapping(document.spec.get("webhooks"), "webhooks"))
    total = sum(len(ops) for ops in by_tag.values())
    out = [
        f"## {version} — {date}",
        "",
        f"First release: {total} operations"
        + (f" and {len(webhooks)} webhooks" if webhooks else "")
        + ", as openapi.yaml describes them.",
        "",
    ]
    out += [f"- {tag}: {', '.join(ops)}" for tag, ops in by_tag.items()]
    if webhooks:
        out.append("- webhooks: " + ", ".join(f"`{name}`" for name in webhooks))
    return "\n".join([*out, ""])
