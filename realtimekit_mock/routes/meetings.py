"""Handlers of the ``meetings`` tag."""

from __future__ import annotations

from typing import Any

from ..clock import parse_rfc3339_us
from ..exceptions import BadRequest
from ..store import Store
from . import Call, operation


def _instant(params: dict[str, Any], name: str) -> int | None:
    value = params.get(name)
    if value is None:
        return None
    parsed = parse_rfc3339_us(value)
    if parsed is None:
        raise BadRequest(f'{name}: "{value}" is not a "date-time"')
    return parsed


@operation("list_meetings")
def list_meetings(store: Store, call: Call) -> tuple[int, Any]:
    """GET …/meetings."""
    p = call.params
    page = store.list_meetings(
        p["account_id"],
        p["app_id"],
        page_no=p["page_no"],
        per_page=p["per_page"],
        search=p.get("search"),
        start_time_us=_instant(p, "start_time"),
        end_time_us=_instant(p, "end_time"),
        status=p.get("status"),
    )
    return call.page(page)


@operation("create_meeting")
def create_meeting(store: Store, call: Call) -> tuple[int, Any]:
    """POST …/meetings."""
    p = call.params
    return call.one(store.create_meeting(p["account_id"], p["app_id"], call.body))


@operation("create_org_meeting")
def create_org_meeting(store: Store, call: Call) -> tuple[int, Any]:
    """POST /accounts/{account_id}/realtimekit/meetings (deprecated path, no app ID)."""
    return call.one(store.create_org_meeting(call.params["account_id"], call.body))


@operation("get_meeting")
def get_meeting(store: Store, call: Call) -> tuple[int, Any]:
    """GET …/meetings/{meeting_id}."""
    p = call.params
    return call.one(store.get_meeting(p["account_id"], p["app_id"], p["meeting_id"]))


@operation("update_meeting")
def update_meeting(store: Store, call: Call) -> tuple[int, Any]:
    """PATCH …/meetings/{meeting_id}."""
    p = call.params
    return call.one(store.update_meeting(p["account_id"], p["app_id"], p["meeting_id"], call.body))


@operation("replace_meeting")
def replace_meeting(store: Store, call: Call) -> tuple[int, Any]:
    """PUT …/meetings/{meeting_id}."""
    p = call.params
    return call.one(store.replace_meeting(p["account_id"], p["app_id"], p["meeting_id"], call.body))
