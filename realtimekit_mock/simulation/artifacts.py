"""What a session leaves behind: its chat export, transcript and summary, and their downloads.

* After a session ends, its meeting's flags decide what is made: the chat export
  (``persist_chat``) after :data:`CHAT_DELAY_S`, the transcript (``transcribe_on_end``) after
  :data:`TRANSCRIPT_DELAY_S`, then the summary (``summarize_on_end``) after
  :data:`SUMMARY_DELAY_S` more; ``generate_session_summary`` makes one from an existing
  transcript. Each is ready at its time by the app's clock (signal ``artifact.ready``).
* Each has a download URL on the emulator, valid for :data:`EXPIRY_S` (7 days) by the app's
  clock, serving deterministic synthetic content: the chat as CSV (the messages posted through
  the control API), the transcript as CSV, JSON, SRT or VTT (one line per peer), the summary as
  Markdown or plain text (the meeting's ``ai_config.summarization.text_format``).
"""

from __future__ import annotations

import csv
import io
import secrets
from typing import TYPE_CHECKING, Any

import orjson

from ..clock import format_ms
from ..exceptions import Conflict, NotFound
from ..state import Record
from .live import PEER, SESSION

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["CHAT", "SUMMARY", "TRANSCRIPT", "Artifacts"]

CHAT, TRANSCRIPT, SUMMARY = "chat", "transcript", "summary"
CHAT_DELAY_S = 5
TRANSCRIPT_DELAY_S = 10
SUMMARY_DELAY_S = 10
EXPIRY_S = 7 * 86_400
KIND = "artifact"
MESSAGE = "chat_message"
_DOWNLOAD = "session_artifact"
_READY = "artifact.ready"
_NAMES = {CHAT: "Chat export", TRANSCRIPT: "Transcript", SUMMARY: "Summary"}


class Artifacts:
    """Chat exports, transcripts and summaries of sessions (callers hold the store lock)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.backend = store.backend
        store.timers.on(_READY, self._ready)
        store.signals.subscribe("session.ended", self._session_ended)
        store.downloads.on(_DOWNLOAD, self._render)

    # ---- reads ------------------------------------------------------------------------------

    def require(self, account_id: str, app_id: str, session_id: str, what: str) -> dict[str, Any]:
        """A ready artifact of a session, or a 404 saying it is not there (yet)."""
        record = self.backend.get(KIND, (account_id, app_id, session_id), what)
        if record is None or record.load().get("ready_ms") is None:
            raise NotFound(
                _NAMES[what], session_id, message=f"No {what} for session {session_id} (yet)"
            )
        return record.load()

    def url(self, artifact: dict[str, Any], query: str = "") -> str:
        """The download URL of an artifact."""
        return self.store.downloads.url(artifact["download_id"], query)

    # ---- making them ------------------------------------------------------------------------

    def generate_summary(self, account_id: str, app_id: str, session_id: str, at_ms: int) -> str:
        """Start summarizing a session's transcript; the state of the summary."""
        scope = (account_id, app_id, session_id)
        transcript = self.backend.get(KIND, scope, TRANSCRIPT)
        if transcript is None or transcript.load().get("ready_ms") is None:
            raise Conflict(
                f"session {session_id} has no transcript to summarize: transcripts are made"
                " when a session of a meeting with transcribe_on_end ends"
            )
        existing = self.backend.get(KIND, scope, SUMMARY)
        if existing is not None and existing.load().get("ready_ms") is not None:
            return "COMPLETED"
        if existing is None:
            self._plan(account_id, app_id, session_id, SUMMARY, at_ms + SUMMARY_DELAY_S * 1000)
        return "IN_PROGRESS"

    def post_message(
        self, account_id: str, app_id: str, session: Record, peer: dict[str, Any], text: str
    ) -> dict[str, Any]:
        """A chat message sent by a peer of a live session (exported with the chat)."""
        at = self.store.clock(account_id, app_id).now_ms()
        data = {
            "id": secrets.token_hex(8),
            "sent_at": format_ms(at),
            "peer_id": peer["id"],
            "user_id": peer["user_id"],
            "custom_participant_id": peer["custom_participant_id"],
            "display_name": peer["display_name"],
            "message": text,
        }
        scope = (account_id, app_id, session.id)
        self.backend.put(Record.of(MESSAGE, scope, self.backend.next_seq(), at * 1000, data))
        return data

    def _session_ended(
        self,
        *,
        account_id: str,
        app_id: str,
        meeting: dict[str, Any],
        session: dict[str, Any],
        at_ms: int,
        **_: Any,
    ) -> None:
        if meeting.get("persist_chat"):
            self._plan(account_id, app_id, session["id"], CHAT, at_ms + CHAT_DELAY_S * 1000)
        if meeting.get("transcribe_on_end"):
            self._plan(
                account_id, app_id, session["id"], TRANSCRIPT, at_ms + TRANSCRIPT_DELAY_S * 1000
            )

    def _plan(self, account_id: str, app_id: str, session_id: str, what: str, due_ms: int) -> None:
        scope = (account_id, app_id, session_id)
        data = {"id": what, "ready_ms": None}
        self.backend.put(Record.of(KIND, scope, self.backend.next_seq(), due_ms * 1000, data))
        self.store.timers.schedule(
            account_id, app_id, due_ms, _READY, session_id=session_id, what=what
        )

    def _ready(self, account_id: str, app_id: str, at_ms: int, session_id: str, what: str) -> None:
        scope = (account_id, app_id, session_id)
        record = self.backend.get(KIND, scope, what)
        if record is None:
            return
        expires = at_ms + EXPIRY_S * 1000
        token = self.store.downloads.create(
            account_id, app_id, _DOWNLOAD, expires, session_id=session_id, artifact=what
        )
        data = {**record.load(), "ready_ms": at_ms, "expires_ms": expires, "download_id": token}
        self.backend.put(record.replaced(data))
        session = self.backend.get(SESSION, (account_id, app_id), session_id)
        meeting_id = session.load()["associated_id"] if session is not None else None
        meeting = None
        if meeting_id is not None:
            found = self.backend.get("meeting", (account_id, app_id), meeting_id)
            meeting = found.load() if found is not None else None
        self.store.signals.send(
            "artifact.ready",
            account_id=account_id,
            app_id=app_id,
            meeting=meeting,
            session=session.load() if session is not None else None,
            artifact=what,
            url=self.url(data),
            expires_at=format_ms(data["expires_ms"]),
            at_ms=at_ms,
        )
        if what == TRANSCRIPT and meeting is not None and meeting.get("summarize_on_end"):
            self._plan(account_id, app_id, session_id, SUMMARY, at_ms + SUMMARY_DELAY_S * 1000)

    # ---- what the downloads serve ---------------------------------------------------------

    def _render(self, download: dict[str, Any], query: dict[str, str]) -> tuple[bytes, str]:
        account_id, app_id, session_id = (
            download["account_id"],
            download["app_id"],
            download["session_id"],
        )
        scope = (account_id, app_id, session_id)
        peers = [p.load() for p in self.backend.list(PEER, scope)]
        what = download["artifact"]
        if what == CHAT:
            return _chat_csv([m.load() for m in self.backend.list(MESSAGE, scope)]), "text/csv"
        if what == TRANSCRIPT:
            return _transcript(peers, query.get("format", "CSV").upper())
        session = self.backend.get(SESSION, (account_id, app_id), session_id)
        session_data = session.load() if session is not None else {}
        meeting = self.backend.get(
            "meeting", (account_id, app_id), session_data.get("associated_id", "")
        )
        settings = (meeting.load().get("ai_config") or {}) if meeting is not None else {}
        text_format = (settings.get("summarization") or {}).get("text_format", "markdown")
        return _summary(session_data, peers, text_format)


def _chat_csv(messages: list[dict[str, Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["sent_at", "peer_id", "user_id", "custom_participant_id", "display_name", "message"]
    )
    for m in messages:
        writer.writerow(
            [
                m["sent_at"],
                m["peer_id"],
                m["user_id"],
                m["custom_participant_id"],
                m["display_name"],
                m["message"],
            ]
        )
    return out.getvalue().encode()


def _lines(peers: list[dict[str, Any]]) -> list[tuple[int, int, dict[str, Any], str]]:
    """(start ms, end ms, peer, sentence) for each peer: it says hello after joining."""
    start = min((p["joined_ms"] for p in peers), default=0)
    found = []
    for peer in sorted(peers, key=lambda p: p["joined_ms"]):  # stable: join order
        begin = peer["joined_ms"] - start + 1000
        found.append((begin, begin + 2500, peer, f"Hello, this is {peer['display_name']}."))
    return found


def _clock(ms: int, sep: str) -> str:
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{sep}{millis:03d}"


def _transcript(peers: list[dict[str, Any]], fmt: str) -> tuple[bytes, str]:
    lines = _lines(peers)
    if fmt == "JSON":
        rows = [
            {
                "startTime": begin,
                "endTime": end,
                "sentence": text,
                "peerData": {
                    "id": p["id"],
                    "userId": p["user_id"],
                    "displayName": p["display_name"],
                    "cpi": p["custom_participant_id"],
                    "joinedAt": p["joined_at"],
                    "leftAt": p.get("left_at"),
                },
            }
            for begin, end, p, text in lines
        ]
        return orjson.dumps(rows), "application/json"
    if fmt == "SRT":
        blocks = [
            f"{i}\n{_clock(b, ',')} --> {_clock(e, ',')}\n{p['display_name']}: {t}\n"
            for i, (b, e, p, t) in enumerate(lines, 1)
        ]
        return "\n".join(blocks).encode(), "application/x-subrip"
    if fmt == "VTT":
        blocks = [
            f"{_clock(b, '.')} --> {_clock(e, '.')}\n<v {p['display_name']}>{t}\n"
            for b, e, p, t in lines
        ]
        return ("WEBVTT\n\n" + "\n".join(blocks)).encode(), "text/vtt"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["start_ms", "peer_id", "user_id", "custom_participant_id", "name", "text"])
    for begin, _, p, text in lines:
        writer.writerow(
            [begin, p["id"], p["user_id"], p["custom_participant_id"], p["display_name"], text]
        )
    return out.getvalue().encode(), "text/csv"


def _summary(
    session: dict[str, Any], peers: list[dict[str, Any]], text_format: str
) -> tuple[bytes, str]:
    names = sorted({p["display_name"] for p in peers})
    title = session.get("meeting_display_name") or "the meeting"
    minutes = session.get("minutes_consumed", 0)
    if text_format == "plain_text":
        text = (
            f"Summary of {title}\n\n{len(names)} participant(s): {', '.join(names)}.\n"
            f"The session lasted {minutes} minutes. Everyone said hello.\n"
        )
        return text.encode(), "text/plain"
    text = (
        f"# Summary of {title}\n\n- Participants ({len(names)}): {', '.join(names)}\n"
        f"- Duration: {minutes} minutes\n- Everyone said hello.\n"
    )
    return text.encode(), "text/markdown"
