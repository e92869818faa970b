"""Embedded runs: aim cases at resources that exist, so session-bound operations reach a 2xx.

Operations on sessions, peers, live meetings and recordings need what only the live side makes
(a participant joining, a session ending): generated ids never find one, so without help they
would only ever be checked as 404s. In an embedded run the job asks the emulator's control API
to seed the app under test (`POST /_emulator/seed`: a meeting whose session ended, with chat,
transcript, summary and a finished livestream session, and one with a live session being
livestreamed) twice, starts a recording in the first live meeting and stops the second one's
livestream: three *worlds* of ids (ended; live, recording and livestreaming; live and idle,
its livestream stopped, so a livestream can start there). Two cases
out of three of each operation and generation mode (from the first) have their ids replaced,
in the path and in the body's top level, by the ids of one world: every id of a valid case,
only the well-formed (UUID) ids of an invalid one. The third keeps its generated ids, so the
404 paths stay covered; stateful scenarios keep the ids their links carry; the worlds take
turns. After an answer that changed a world for good (its session ended by a kick, its
recording or livestream stopped or started, its participant deleted), the next case seeds new
ones.

Live runs never seed: the emulator's control API is not the live API's.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any
from uuid import UUID

import httpx

__all__ = ["Seeder", "is_uuid"]

# Answers (2xx) after which a world is no longer what it was: its session ended, its recording
# stopped or started, its participant deleted.
USES_UP = frozenset(
    {
        "delete_participant",
        "kick_all_participants",
        "kick_participants",
        "pause_resume_stop_recording",
        "start_livestream",
        "start_recording",
        "start_track_recording",
        "stop_livestream",
    }
)
WORLDS = ("ended", "live", "idle")
# Path parameters under /sessions/ that name a session's participant: that is a peer id there.
SESSION_PARTICIPANT = "participant_id"


class Seeder:
    """Seeded worlds of one app of the embedded emulator, and the substitution of their ids."""

    def __init__(self, control_url: str, api_url: str, token: str, account_id: str, app_id: str):
        self._control = control_url.rstrip("/")
        self._api = f"{api_url.rstrip('/')}/accounts/{account_id}/realtime/kit/{app_id}"
        self._headers = {"Authorization": f"Bearer {token}"}
        self._scope = {"account_id": account_id, "app_id": app_id}
        self._lock = threading.Lock()
        self._turns: dict[str, itertools.count[int]] = {}
        self._worlds: dict[str, dict[str, str]] = {}

    def _seed(self) -> None:
        """Seed the app once more: every world anew (two seeds: the second's live meeting
        records nothing, so starting a recording can succeed)."""
        with httpx.Client(timeout=10) as http:
            ids = http.post(f"{self._control}/_emulator/seed", json=self._scope).json()
            idle = http.post(f"{self._control}/_emulator/seed", json=self._scope).json()
            recording = http.post(
                f"{self._api}/recordings",
                json={"meeting_id": ids["live_meeting_id"]},
                headers=self._headers,
            )
            http.post(
                f"{self._api}/meetings/{idle['live_meeting_id']}/active-livestream/stop",
                headers=self._headers,
            )
        ended = {
            "meeting_id": ids["meeting_id"],
            "participant_id": ids["participant_id"],
            "session_id": ids["session_id"],
            "peer_id": ids["peer_id"],
            "livestream_id": ids["livestream_id"],
            "livestream_session_id": ids["livestream_session_id"],
        }
        live, idle_live = (
            {
                "meeting_id": seeded["live_meeting_id"],
                "participant_id": seeded["live_participant_id"],
                "session_id": seeded["live_session_id"],
                "peer_id": seeded["live_peer_id"],
                "livestream_id": seeded["live_livestream_id"],
                "livestream_session_id": seeded["live_livestream_session_id"],
            }
            for seeded in (ids, idle)
        )
        if recording.is_success:
            live["recording_id"] = recording.json()["data"]["id"]
        self._worlds = {"ended": ended, "live": live, "idle": idle_live}

    def aim(self, path: str, case: Any) -> str | None:
        """Replace the case's well-formed ids by a world's (two cases out of three of each
        operation and generation mode, starting with the first); which world was used, if any."""
        meta = getattr(case, "meta", None)
        mode = getattr(getattr(getattr(meta, "generation", None), "mode", None), "value", "")
        with self._lock:
            turn = next(self._turns.setdefault(f"{case.method} {path} {mode}", itertools.count()))
            if turn % 3 == 2:
                return None
            if not self._worlds:
                self._seed()
            name = WORLDS[(turn // 3) % len(WORLDS)]
            world = dict(self._worlds[name])
        if "/sessions/" in path:
            world[SESSION_PARTICIPANT] = world["peer_id"]
        # A valid case may carry any value the schema allows (an id need not look like a
        # UUID); an invalid one keeps what makes it invalid, only its well-formed ids change.
        fits = (lambda value: True) if mode == "positive" else is_uuid
        used = False
        params = case.path_parameters or {}
        for key, value in params.items():
            if key in world and fits(value):
                params[key] = world[key]
                used = True
        if isinstance(case.body, dict):
            used = _aim_body(case.body, world, fits) or used
        return name if used else None

    def answered(self, operation_id: str, world: str | None, status: int) -> None:
        """After an answer: seed again when it used up a world."""
        if world is not None and operation_id in USES_UP and 200 <= status < 300:
            with self._lock:
                self._worlds = {}


def _aim_body(body: dict[str, Any], world: dict[str, str], fits: Callable[[Any], bool]) -> bool:
    """Replace the ids in the body's top level (`meeting_id`, `participant_ids`) that `fits`."""
    used = False
    for key, value in body.items():
        if key in world and fits(value):
            body[key] = world[key]
            used = True
        elif (
            key.endswith("_ids")
            and key[:-1] in world
            and isinstance(value, list)
            and value
            and all(fits(v) for v in value)
        ):
            body[key] = [world[key[:-1]]]
            used = True
    return used


def is_uuid(value: Any) -> bool:
    """Whether the value reads as a UUID (a well-formed id)."""
    try:
        UUID(str(value))
    except ValueError:
        return False
    return True
