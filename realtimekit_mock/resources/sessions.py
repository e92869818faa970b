"""The ``sessions`` tag: sessions of an app (from the simulated live side), their participants,
peer reports, chat exports, transcripts and summaries."""

from __future__ import annotations

from typing import Any

from ..clock import format_ms, parse_rfc3339_us
from ..exceptions import BadRequest, NotFound
from ..simulation.artifacts import CHAT, SUMMARY, TRANSCRIPT
from ..simulation.live import PEER, SESSION
from ..simulation.synthetic import synthesize
from ..state import Page, Record, page_of
from .base import Resource

__all__ = ["Sessions"]

# What each `filters` value of the peer report keeps of `peer_report.metadata` (`quality_stats`
# keeps `peer_report.quality` instead).
_METADATA_FILTERS = {
    "device_info": (
        "device_info",
        "browser_metadata",
        "native_metadata",
        "sdk_name",
        "sdk_type",
        "sdk_version",
        "audio_devices_updates",
        "video_devices_updates",
        "speaker_devices_updates",
        "selected_device_updates",
    ),
    "ip_information": ("ip_information",),
    "precall_network_information": ("pc_metadata", "candidate_pairs"),
    "events": ("events", "room_view_type"),
}


def _page(page_no: int, per_page: int, items: list[Any], **kwargs: Any) -> Page:
    """A page where page 0 is page 1 and ``per_page`` 0 selects nothing (totals only)."""
    if per_page == 0:
        return Page([], 0, 0, len(items), kwargs.get("wrap"))
    return page_of(items, max(page_no, 1), per_page, **kwargs)


class Sessions(Resource):
    """Sessions and their participants (peers), scoped by app; read-only views of the live side."""

    tag = "sessions"
    helpers = ("require", "view")

    def require(self, account_id: str, app_id: str, session_id: str) -> Record:
        """The session's record, or :class:`NotFound`."""
        record = self.backend.get(SESSION, (account_id, app_id), session_id)
        if record is None:
            raise NotFound("Session", session_id)
        return record

    def view(self, account_id: str, app_id: str, record: Record) -> dict[str, Any]:
        """A session as answered: a live one's minutes count up to now."""
        data = record.load()
        if data["status"] == "LIVE":
            now = self.now_ms(account_id, app_id)
            data["minutes_consumed"] = round(max(0, now - data["started_ms"]) / 60_000, 2)
        return data

    def list_sessions(
        self,
        *,
        account_id: str,
        app_id: str,
        page_no: int,
        per_page: int,
        associated_id: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        participants: str | None = None,
        search: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        status: str | None = None,
    ) -> Page:
        """A page of the app's sessions, newest first unless sorted otherwise; ``participants``
        (meaning undocumented) is accepted and ignored."""
        bounds = []
        for name, value in (("start_time", start_time), ("end_time", end_time)):
            parsed = parse_rfc3339_us(value) if value is not None else None
            if value is not None and parsed is None:
                raise BadRequest(f'{name}: "{value}" is not a "date-time"')
            bounds.append(parsed)
        start_us, end_us = bounds
        needle = search.casefold() if search else None
        found = []
        for record in self.backend.list(SESSION, (account_id, app_id)):
            if start_us is not None and record.created_us < start_us:
                continue
            if end_us is not None and record.created_us > end_us:
                continue
            data = self.view(account_id, app_id, record)
            if associated_id is not None and data["associated_id"] != associated_id:
                continue
            if status is not None and data["status"] != status:
                continue
            if needle is not None and not any(
                needle in str(data[k]).casefold()
                for k in ("meeting_display_name", "associated_id", "id")
            ):
                continue
            found.append((record, data))
        if sort_by == "minutesConsumed":
            found.sort(key=lambda rd: (rd[1]["minutes_consumed"], rd[0].seq))
        else:
            found.sort(key=lambda rd: (rd[0].created_us, rd[0].seq))
        if sort_order != "ASC":
            found.reverse()
        return _page(page_no, per_page, [data for _, data in found], wrap="sessions")

    def get_session(
        self,
        *,
        account_id: str,
        app_id: str,
        session_id: str,
        include_breakout_rooms: bool = False,
    ) -> dict[str, Any]:
        """One session (the emulator has no breakout rooms: asked for, they are ``[]``)."""
        data = self.view(account_id, app_id, self.require(account_id, app_id, session_id))
        if include_breakout_rooms:
            data["breakout_rooms"] = []
        return data

    def list_session_participants(
        self,
        *,
        account_id: str,
        app_id: str,
        session_id: str,
        include_peer_events: bool,
        page_no: int,
        per_page: int,
        search: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        view: str = "raw",
    ) -> dict[str, Any]:
        """The session's participants: one per peer, or per participant (``consolidated``)."""
        self.require(account_id, app_id, session_id)
        now = self.now_ms(account_id, app_id)
        peers = [
            self._peer(p.load(), now)
            for p in self.backend.list(PEER, (account_id, app_id, session_id))
        ]
        if view == "consolidated":
            peers = _consolidated(peers)
        if search:
            needle = search.casefold()
            peers = [
                p
                for p in peers
                if any(
                    needle in str(p.get(k, "")).casefold()
                    for k in ("user_id", "custom_participant_id", "display_name", "id")
                )
            ]
        key = "duration" if sort_by == "duration" else "joined_at"
        peers.sort(key=lambda p: p[key], reverse=sort_order == "DESC")  # stable: join order
        if not include_peer_events:
            for peer in peers:
                peer.pop("peer_events", None)
        page = _page(page_no, per_page, peers)
        return {"participants": page.items}

    def get_session_participant(
        self,
        *,
        account_id: str,
        app_id: str,
        session_id: str,
        participant_id: str,
        include_peer_events: bool,
    ) -> dict[str, Any]:
        """One participant of the session, by its ID (the peer ID)."""
        self.require(account_id, app_id, session_id)
        record = self.backend.get(PEER, (account_id, app_id, session_id), participant_id)
        if record is None:
            raise NotFound("Session participant", participant_id)
        peer = self._peer(record.load(), self.now_ms(account_id, app_id))
        if not include_peer_events:
            peer.pop("peer_events", None)
        return {"participant": peer}

    def get_session_peer_report(
        self,
        *,
        account_id: str,
        app_id: str,
        peer_id: str,
        include_peer_events: bool,
        filters: str | None = None,
    ) -> dict[str, Any]:
        """A peer's details and its (synthetic, deterministic) call report; ``filters`` keeps one
        part of it."""
        for session in self.backend.list(SESSION, (account_id, app_id)):
            record = self.backend.get(PEER, (account_id, app_id, session.id), peer_id)
            if record is not None:
                break
        else:
            raise NotFound("Peer", peer_id)
        peer = self._peer(record.load(), self.now_ms(account_id, app_id))
        peer["role"] = peer.pop("preset_name")
        schema = self.store.spec.components["schemas"]["PeerReport"]
        report = synthesize(self.store.spec, schema, peer_id)
        if filters == "quality_stats":
            report = {"quality": report["quality"]}
        elif filters is not None:
            keep = _METADATA_FILTERS[filters]
            report = {"metadata": {k: v for k, v in report["metadata"].items() if k in keep}}
        peer["peer_report"] = report
        if not include_peer_events:
            peer.pop("peer_events", None)
        return {"participant": peer}

    def get_session_chat(self, *, account_id: str, app_id: str, session_id: str) -> dict[str, Any]:
        """Where to download the session's chat (once exported)."""
        self.require(account_id, app_id, session_id)
        chat = self.store.artifacts.require(account_id, app_id, session_id, CHAT)
        return {
            "chat_download_url": self.store.artifacts.url(chat),
            "chat_download_url_expiry": format_ms(chat["expires_ms"]),
        }

    def get_session_transcript(
        self, *, account_id: str, app_id: str, session_id: str, format: str = "CSV"
    ) -> dict[str, Any]:
        """Where to download the session's transcript, in ``format`` (once made)."""
        self.require(account_id, app_id, session_id)
        transcript = self.store.artifacts.require(account_id, app_id, session_id, TRANSCRIPT)
        return {
            "sessionId": session_id,
            "transcript_download_url": self.store.artifacts.url(transcript, f"?format={format}"),
            "transcript_download_url_expiry": format_ms(transcript["expires_ms"]),
        }

    def get_session_summary(
        self, *, account_id: str, app_id: str, session_id: str
    ) -> dict[str, Any]:
        """Where to download the session's summary (once generated)."""
        self.require(account_id, app_id, session_id)
        summary = self.store.artifacts.require(account_id, app_id, session_id, SUMMARY)
        return {
            "sessionId": session_id,
            "summaryDownloadUrl": self.store.artifacts.url(summary),
            "summaryDownloadUrlExpiry": format_ms(summary["expires_ms"]),
        }

    def generate_session_summary(
        self, *, account_id: str, app_id: str, session_id: str
    ) -> dict[str, Any]:
        """Start summarizing the session's transcript (409 without one)."""
        self.require(account_id, app_id, session_id)
        status = self.store.artifacts.generate_summary(
            account_id, app_id, session_id, self.now_ms(account_id, app_id)
        )
        return {"session_id": session_id, "status": status}

    @staticmethod
    def _peer(data: dict[str, Any], now_ms: int) -> dict[str, Any]:
        """A peer as answered: a live one's duration counts up to now."""
        if "left_ms" not in data:
            data["duration"] = round(max(0, now_ms - data["joined_ms"]) / 60_000, 2)
        return data


def _consolidated(peers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per participant: first join, last leave (absent while live), durations added."""
    merged: dict[str, dict[str, Any]] = {}
    for peer in sorted(peers, key=lambda p: p["joined_ms"]):
        entry = merged.get(peer["user_id"])
        if entry is None:
            merged[peer["user_id"]] = dict(peer, peer_events=list(peer.get("peer_events", [])))
            continue
        entry["duration"] = round(entry["duration"] + peer["duration"], 2)
        entry["peer_events"].extend(peer.get("peer_events", []))
        entry["updated_at"] = max(entry["updated_at"], peer["updated_at"])
        if "left_ms" in peer and "left_ms" in entry:
            entry["left_at"], entry["left_ms"] = peer["left_at"], peer["left_ms"]
        else:
            entry.pop("left_at", None)
            entry.pop("left_ms", None)
    return list(merged.values())
