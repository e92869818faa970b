"""Undo a live run's writes: deactivate the meetings it created, delete its participants."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from realtimekit_client import AuthenticatedClient
from realtimekit_client.api.meetings import update_meeting
from realtimekit_client.api.participants import delete_participant
from realtimekit_client.models import MeetingStatus, MeetingUpdate


@dataclass
class Ledger:
    """What a run wrote, as recorded by contract.hooks."""

    meetings: list[tuple[str, str, str]] = field(default_factory=list)
    participants: list[tuple[str, str, str, str]] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> Ledger:
        """Parse the ledger file; a torn last line (interrupted write) is skipped."""
        ledger, deleted = cls(), set()
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if entry.get("kind") == "meeting" and entry.get("id"):
                key = (entry["account_id"], entry.get("app_id", ""), entry["id"])
                ledger.meetings.append(key)
            elif entry.get("kind") == "participant" and entry.get("id"):
                ids = ("account_id", "app_id", "meeting_id")
                ledger.participants.append((*(entry[k] for k in ids), entry["id"]))
            elif entry.get("kind") == "deleted_participant":
                deleted.add(entry.get("participant_id") or entry.get("id"))
        ledger.participants = [p for p in ledger.participants if p[3] not in deleted]
        return ledger


def clean_up(ledger: Ledger, *, base_url: str, token: str) -> list[str]:
    """Deactivate every meeting and delete every participant in the ledger; one line each."""
    lines = []
    with AuthenticatedClient(base_url=base_url, token=token) as client:
        for account, app, meeting, participant in ledger.participants:
            response = delete_participant.sync_detailed(
                account, app, UUID(meeting), participant, client=client
            )
            ok = response.status_code in (200, 404)
            lines.append(
                f"{'deleted' if ok else 'FAILED to delete'} participant {participant}"
                f" of meeting {meeting} (HTTP {response.status_code})"
            )
        for account, app, meeting in ledger.meetings:
            body = MeetingUpdate(status=MeetingStatus.INACTIVE)
            response = update_meeting.sync_detailed(
                account, app, UUID(meeting), client=client, body=body
            )
            ok = response.status_code == 200
            lines.append(
                f"{'deactivated' if ok else 'FAILED to deactivate'} meeting {meeting}"
                f" (HTTP {response.status_code})"
            )
    return lines
