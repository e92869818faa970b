"""Handlers of the ``participants`` tag."""

from __future__ import annotations

from typing import Any

from ..store import Store
from . import Call, operation


@operation("add_participant")
def add_participant(store: Store, call: Call) -> tuple[int, Any]:
    """POST …/meetings/{meeting_id}/participants (the answer carries the join token)."""
    p = call.params
    return call.one(store.add_participant(p["account_id"], p["app_id"], p["meeting_id"], call.body))


@operation("list_participants")
def list_participants(store: Store, call: Call) -> tuple[int, Any]:
    """GET …/meetings/{meeting_id}/participants (no tokens)."""
    p = call.params
    page = store.list_participants(
        p["account_id"], p["app_id"], p["meeting_id"], page_no=p["page_no"], per_page=p["per_page"]
    )
    return call.page(page)


@operation("get_participant")
def get_participant(store: Store, call: Call) -> tuple[int, Any]:
    """GET …/participants/{participant_id} (no token)."""
    p = call.params
    return call.one(
        store.get_participant(p["account_id"], p["app_id"], p["meeting_id"], p["participant_id"])
    )


@operation("edit_participant")
def edit_participant(store: Store, call: Call) -> tuple[int, Any]:
    """PATCH …/participants/{participant_id} (the answer carries the join token)."""
    p = call.params
    return call.one(
        store.edit_participant(
            p["account_id"], p["app_id"], p["meeting_id"], p["participant_id"], call.body
        )
    )


@operation("delete_participant")
def delete_participant(store: Store, call: Call) -> tuple[int, Any]:
    """DELETE …/participants/{participant_id}.

    The answer is the ``DeletedParticipant`` shape. The emulator has no presets of its own, so
    ``preset_id`` carries the participant's preset name.
    """
    p = call.params
    gone = store.delete_participant(
        p["account_id"], p["app_id"], p["meeting_id"], p["participant_id"]
    )
    return call.one({**gone, "preset_id": gone["preset_name"]})


@operation("refresh_participant_token")
def refresh_participant_token(store: Store, call: Call) -> tuple[int, Any]:
    """POST …/participants/{participant_id}/token."""
    p = call.params
    return call.one(
        store.refresh_participant_token(
            p["account_id"], p["app_id"], p["meeting_id"], p["participant_id"]
        )
    )
