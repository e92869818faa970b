"""A ready-made app to explore or test against: :func:`seed`.

In one app it creates a meeting (chat kept, transcribed and summarized at the end) with two
participants whose session ended half an hour ago, so its chat export, transcript and summary
are ready, and whose livestream ran during it (a finished livestream session); and a second
meeting with a live session (joined a minute ago) being livestreamed (``LIVE``). It answers
every ID it made, so each operation of the API has something to act on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["seed"]

_HOUR_MS = 3_600_000


def seed(store: Store, account_id: str, app_id: str) -> dict[str, Any]:
    """Create the seeded records in an app (callers hold the store lock); their IDs."""
    meetings, participants, live = store.meetings, store.participants, store.live
    now = store.clock(account_id, app_id).now_ms()
    scope = {"account_id": account_id, "app_id": app_id}
    ended = meetings.create_meeting(
        **scope,
        body={
            "title": "Seeded meeting",
            "persist_chat": True,
            "transcribe_on_end": True,
            "summarize_on_end": True,
            "session_keep_alive_time_in_secs": 60,
        },
    )
    host = participants.add_participant(
        **scope,
        meeting_id=ended["id"],
        body={
            "custom_participant_id": "seed-host",
            "preset_name": "group_call_host",
            "name": "Ada",
        },
    )
    guest = participants.add_participant(
        **scope,
        meeting_id=ended["id"],
        body={
            "custom_participant_id": "seed-guest",
            "preset_name": "group_call_host",
            "name": "Bob",
        },
    )
    start = now - _HOUR_MS
    peer = live.join(account_id, app_id, ended["id"], participant_id=host["id"], at_ms=start)
    live.join(account_id, app_id, ended["id"], participant_id=guest["id"], at_ms=start + 5_000)
    streamed = store.livestreams.start_at(account_id, app_id, ended["id"], start + 10_000)
    store.timers.run_due(account_id, app_id, start + 60_000)
    live.end_session(
        account_id, app_id, ended["id"], reason="HOST_ENDED_MEETING", at_ms=start + _HOUR_MS // 2
    )
    store.timers.run_due(account_id, app_id, now)
    running = meetings.create_meeting(**scope, body={"title": "Seeded live meeting"})
    speaker = participants.add_participant(
        **scope,
        meeting_id=running["id"],
        body={
            "custom_participant_id": "seed-speaker",
            "preset_name": "group_call_host",
            "name": "Cy",
        },
    )
    live_peer = live.join(
        account_id, app_id, running["id"], participant_id=speaker["id"], at_ms=now - 60_000
    )
    streaming = store.livestreams.start_at(account_id, app_id, running["id"], now - 30_000)
    store.timers.run_due(account_id, app_id, now)
    streaming_now = store.livestreams.get_active_livestream_session(
        account_id=account_id, app_id=app_id, livestream_id=streaming["id"]
    )
    return {
        "meeting_id": ended["id"],
        "participant_id": host["id"],
        "session_id": peer["session_id"],
        "peer_id": peer["id"],
        "live_meeting_id": running["id"],
        "live_participant_id": speaker["id"],
        "live_session_id": live_peer["session_id"],
        "live_peer_id": live_peer["id"],
        "livestream_id": streamed["id"],
        "livestream_session_id": _last_session(store, account_id, app_id, streamed["id"]),
        "live_livestream_id": streaming["id"],
        "live_livestream_session_id": streaming_now["session"]["id"],
    }


def _last_session(store: Store, account_id: str, app_id: str, livestream_id: str) -> str:
    found = store.livestreams.get_livestream(
        account_id=account_id, app_id=app_id, livestream_id=livestream_id, page_no=1, per_page=1
    )
    return str(found["session"]["id"])
