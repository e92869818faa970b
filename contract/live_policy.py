"""What a live run may do with each operation of the spec: the one table of the contract job.

Every operationId of openapi.yaml has one row in `POLICY`:

- `read()`: sent freely (in read-only runs too).
- `create(resource)`: sent under that resource's cap; everything it creates is written to the
  ledger and undone at the end by the resource's `undo` operation.
- `change(resource)`: changes a resource; in a live run it is only ever aimed at resources the
  run created itself (any other id it would name is replaced before the request is sent).
- `never(reason, opt_in=...)`: not sent in a live run, because it costs money or disturbs real
  users, unless the user opts in to that operation (`CONTRACT_LIVE_OPT_IN`); it then behaves as
  its `opt_in` policy. A row without `opt_in` cannot be opted in. Against the embedded emulator
  every operation runs.

`RESOURCES` lists what a run can create, children before their parents: the cleanup undoes the
ledger in that order. Adding a resource to the spec means adding rows here, not code: the
hooks, the ledger, the cleanup, the caps and the summary all read this table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

__all__ = [
    "POLICY",
    "RESOURCES",
    "Access",
    "Policy",
    "PolicyError",
    "Resource",
    "change",
    "create",
    "effective",
    "never",
    "read",
    "resource",
    "verify",
]


class Access(StrEnum):
    """What a live run may do with an operation."""

    READ = "read"
    CREATE = "create"
    CHANGE = "change"
    NEVER = "never"


@dataclass(frozen=True)
class Policy:
    """One row of the table."""

    access: Access
    resource: str | None = None
    reason: str = ""
    opt_in: Policy | None = None


def read() -> Policy:
    """Sent freely: it changes nothing."""
    return Policy(Access.READ)


def create(resource_name: str) -> Policy:
    """Creates a `resource_name`, under its cap; undone at the end."""
    return Policy(Access.CREATE, resource_name)


def change(resource_name: str) -> Policy:
    """Changes a `resource_name`; live, only ones this run created."""
    return Policy(Access.CHANGE, resource_name)


def never(reason: str, *, opt_in: Policy | None = None) -> Policy:
    """Not sent live (`reason` is shown in the summary) unless opted in as `opt_in`."""
    return Policy(Access.NEVER, reason=reason, opt_in=opt_in)


@dataclass(frozen=True)
class Resource:
    """Something a live run can create, and how it is undone.

    `id_param` is the path parameter naming it in the spec, `id_pointer` where its create's
    answer holds that id, `undo` the operation that undoes it (called with the create's path
    parameters plus the id, and `undo_body` as its JSON body). `cap_setting` is the environment
    variable capping how many a run may create (`default_cap` when unset). `label_field` is the
    body field a run prefixes with CONTRACT_TITLE_PREFIX so what it wrote is recognisable.
    `undone_as` says what the undo did, for the cleanup's report; `undo_ok` lists the statuses
    besides 2xx that mean it is undone already.
    """

    name: str
    id_param: str
    undo: str
    cap_setting: str
    default_cap: int
    undo_body: Mapping[str, Any] | None = None
    id_pointer: str = "/data/id"
    label_field: str | None = None
    parent: str | None = None
    undo_ok: frozenset[int] = field(default_factory=frozenset)
    undone_as: str = "deleted"


# Children before parents: the cleanup undoes the ledger in this order.
RESOURCES: tuple[Resource, ...] = (
    Resource(
        name="participant",
        id_param="participant_id",
        undo="delete_participant",
        cap_setting="CONTRACT_MAX_PARTICIPANTS",
        default_cap=10,
        parent="meeting",
        undo_ok=frozenset({404}),  # already deleted (by the run itself, or with its meeting)
    ),
    Resource(
        name="recording",
        id_param="recording_id",
        undo="pause_resume_stop_recording",
        undo_body={"action": "stop"},
        undone_as="stopped",
        cap_setting="CONTRACT_MAX_RECORDINGS",
        default_cap=1,
        parent="meeting",
        undo_ok=frozenset({409}),  # stopped already
    ),
    Resource(
        name="track_recording",
        id_param="recording_id",
        id_pointer="/data/recording/id",
        undo="pause_resume_stop_recording",
        undo_body={"action": "stop"},
        undone_as="stopped",
        cap_setting="CONTRACT_MAX_RECORDINGS",
        default_cap=1,
        parent="meeting",
        undo_ok=frozenset({409}),
    ),
    Resource(
        name="livestream",
        id_param="livestream_id",
        undo="stop_livestream",
        undone_as="stopped",
        cap_setting="CONTRACT_MAX_LIVESTREAMS",
        default_cap=1,
        parent="meeting",
        undo_ok=frozenset({404}),  # stopped already (by the run, or with its session)
    ),
    Resource(
        name="webhook",
        id_param="webhook_id",
        undo="delete_webhook",
        cap_setting="CONTRACT_MAX_WEBHOOKS",
        default_cap=1,
        undo_ok=frozenset({404}),  # deleted already (by the run itself)
        label_field="name",
    ),
    Resource(
        name="meeting",
        id_param="meeting_id",
        undo="update_meeting",  # meetings cannot be deleted: they are deactivated
        undo_body={"status": "INACTIVE"},
        undone_as="deactivated",
        cap_setting="CONTRACT_MAX_CREATES",
        default_cap=5,
        label_field="title",
    ),
    Resource(
        name="preset",
        id_param="preset_id",
        undo="delete_preset",
        cap_setting="CONTRACT_MAX_PRESETS",
        default_cap=2,
        label_field="name",
        undo_ok=frozenset({404}),  # already deleted (by the run itself)
    ),
)

POLICY: dict[str, Policy] = {
    "list_meetings": read(),
    "create_meeting": create("meeting"),
    "get_meeting": read(),
    "update_meeting": change("meeting"),
    "replace_meeting": change("meeting"),
    "create_org_meeting": never(
        "creates a meeting outside any app, which no operation of the spec can undo"
    ),
    "add_participant": create("participant"),
    "list_participants": read(),
    "get_participant": read(),
    "edit_participant": change("participant"),
    "delete_participant": change("participant"),
    "refresh_participant_token": change("participant"),
    "list_sessions": read(),
    "get_session": read(),
    "list_session_participants": read(),
    "get_session_participant": read(),
    "get_session_peer_report": read(),
    "get_session_chat": read(),
    "get_session_transcript": read(),
    "get_session_summary": read(),
    "generate_session_summary": never(
        "generates an AI summary of a real session, which costs money", opt_in=read()
    ),
    "get_active_session": read(),
    "kick_participants": never("removes real people from a live meeting"),
    "kick_all_participants": never("ends a live meeting for everyone in it"),
    "mute_participants": never("mutes real people in a live meeting"),
    "mute_all_participants": never("mutes everyone in a live meeting"),
    "create_poll": never("shows a poll to everyone in a live meeting"),
    "list_recordings": read(),
    "get_recording": read(),
    "get_active_recording": read(),
    "start_recording": never(
        "records a live meeting, which costs money", opt_in=create("recording")
    ),
    "start_track_recording": never(
        "records every participant of a live meeting, which costs money",
        opt_in=create("track_recording"),
    ),
    "pause_resume_stop_recording": change("recording"),
    "start_livestream": never(
        "livestreams a live meeting, which costs money", opt_in=create("livestream")
    ),
    "stop_livestream": change("livestream"),
    "get_active_livestream": read(),
    "get_active_livestream_session": read(),
    "get_livestream_session": read(),
    "get_livestream": read(),
    "list_livestreams": read(),
    "create_livestream": never("creates a livestream, which no operation can delete"),
    "get_livestream_analytics": read(),
    "get_livestream_analytics_daywise": read(),
    "get_analytics_daywise": read(),
    "create_preset": create("preset"),
    "list_presets": read(),
    "get_preset": read(),
    "update_preset": change("preset"),
    "replace_preset": change("preset"),
    "delete_preset": change("preset"),
    "list_apps": read(),
    "get_app": read(),
    "create_app": never("creates an app, which no operation can delete"),
    "create_webhook": never(
        "registers a webhook that receives real events", opt_in=create("webhook")
    ),
    "list_webhooks": read(),
    "list_webhook_events": read(),
    "get_webhook": read(),
    "edit_webhook": change("webhook"),
    "replace_webhook": change("webhook"),
    "delete_webhook": change("webhook"),
}


class PolicyError(Exception):
    """The table does not match the spec, or an opt-in is not allowed; one line per problem."""


def resource(name: str) -> Resource:
    """The resource of that name."""
    return next(r for r in RESOURCES if r.name == name)


def effective(operation_id: str, opted_in: Iterable[str] = ()) -> Policy:
    """The row in force for an operation, after the user's opt-ins."""
    row = POLICY[operation_id]
    if row.access is Access.NEVER and row.opt_in is not None and operation_id in set(opted_in):
        return row.opt_in
    return row


def verify(spec_operation_ids: Iterable[str], opted_in: Iterable[str] = ()) -> None:
    """Raise PolicyError unless table, resources, spec and opt-ins agree."""
    spec_ids = list(spec_operation_ids)
    problems = [f"{op}: no row in contract/live_policy.py" for op in spec_ids if op not in POLICY]
    problems += [
        f"{op}: in contract/live_policy.py, not in the spec" for op in POLICY if op not in spec_ids
    ]
    names = [r.name for r in RESOURCES]
    for op, row in POLICY.items():
        for policy in (row, row.opt_in):
            if policy is not None and policy.resource is not None and policy.resource not in names:
                problems.append(f"{op}: unknown resource {policy.resource!r}")
    for position, res in enumerate(RESOURCES):
        if res.undo not in spec_ids:
            problems.append(f"resource {res.name}: undo operation {res.undo!r} is not in the spec")
        if res.parent is not None and res.parent not in names[position + 1 :]:
            problems.append(
                f"resource {res.name}: its parent {res.parent!r} must be listed after it"
            )
        if not any(p.access is Access.CREATE and p.resource == res.name for p in _rows()):
            problems.append(f"resource {res.name}: no operation creates it")
    for op in opted_in:
        if op not in POLICY:
            problems.append(f"CONTRACT_LIVE_OPT_IN: {op!r} is not an operation of the spec")
        elif POLICY[op].access is not Access.NEVER:
            problems.append(f"CONTRACT_LIVE_OPT_IN: {op} runs live already ({POLICY[op].access})")
        elif POLICY[op].opt_in is None:
            problems.append(f"CONTRACT_LIVE_OPT_IN: {op} cannot be opted in: {POLICY[op].reason}")
    if problems:
        raise PolicyError("; ".join(problems))


def _rows() -> Iterable[Policy]:
    for row in POLICY.values():
        yield row
        if row.opt_in is not None:
            yield row.opt_in
