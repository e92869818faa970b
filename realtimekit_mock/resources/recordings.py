"""The ``recordings`` tag: composite and track recordings of meetings, through their lifecycle.

Lifecycle (docs/emulator.md, "Recordings"): a start is ``INVOKED``; :data:`START_DELAY_S` later
by the app's clock the recorder is ``RECORDING``; ``pause``/``resume`` move it to ``PAUSED`` and
back; ``stop`` (or the session's end, or ``max_seconds``) makes it ``UPLOADING``, and
:data:`UPLOAD_DELAY_S` later ``UPLOADED``, with download URLs valid :data:`EXPIRY_S` when it
went to the RealtimeKit bucket. A recording stopped before it started is ``ERRORED`` (no file),
as is one with nowhere to go (bucket disabled, no storage). Every change of status sends the
signal ``recording.status``.
"""

from __future__ import annotations

from typing import Any

import orjson

from ..clock import format_ms
from ..exceptions import Conflict, InvalidState, NotFound
from ..simulation.live import SESSION
from ..state import Page, Record, page_of
from .base import Resource, instant, new_id

__all__ = ["KIND", "Recordings"]

KIND = "recording"
ACTIVE = ("INVOKED", "RECORDING", "PAUSED")
START_DELAY_S = 2
UPLOAD_DELAY_S = 5
EXPIRY_S = 7 * 86_400
BYTES_PER_SECOND = 300_000_000 // 3600  # about 300 MB per recorded hour
_API_CALLER = {"name": "API", "type": "ORGANIZATION"}
_SETTINGS = (
    "audio_config",
    "video_config",
    "file_name_prefix",
    "max_seconds",
    "realtimekit_bucket_config",
    "storage_config",
)
# Timer names.
_STARTED, _UPLOADED, _TOO_LONG = "recording.started", "recording.uploaded", "recording.max_seconds"
_FILE, _AUDIO, _TRACKS = "recording_file", "recording_audio", "track_recording_files"


class Recordings(Resource):
    """Recordings, scoped by app."""

    tag = "recordings"

    def __init__(self, store: Any) -> None:
        super().__init__(store)
        store.timers.on(_STARTED, self._started)
        store.timers.on(_UPLOADED, self._uploaded)
        store.timers.on(_TOO_LONG, self._too_long)
        store.signals.subscribe("session.started", self._record_on_start)
        store.signals.subscribe("session.ended", self._session_ended)
        store.downloads.on(_FILE, _fake_media(b"ftypisom"))
        store.downloads.on(_AUDIO, _fake_media(b"ftypM4A "))
        store.downloads.on(_TRACKS, self._track_files)

    # ---- operations -------------------------------------------------------------------------

    def start_recording(
        self, *, account_id: str, app_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Start a composite recording of the meeting's live session."""
        meeting_id = body["meeting_id"]
        meeting = self.store.meetings.require(account_id, app_id, meeting_id).load()
        session = self.store.live.require_live_session(account_id, app_id, meeting_id)
        if not body.get("allow_multiple_recordings"):
            self._refuse_second(account_id, app_id, meeting_id)
        settings = dict(meeting.get("recording_config") or {})
        for key in _SETTINGS:
            if key in body:
                settings[key] = body[key]
        if "rtmp_out_config" in body:
            settings["rtmp_out_config"] = body["rtmp_out_config"]
        start_reason = {"caller": dict(_API_CALLER), "reason": "API_CALL"}
        return self._begin(
            account_id, app_id, meeting, session, settings, start_reason, "composite"
        ).load()

    def start_track_recording(
        self, *, account_id: str, app_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Start recording each participant's audio separately, in the live session."""
        meeting_id = body["meeting_id"]
        meeting = self.store.meetings.require(account_id, app_id, meeting_id).load()
        session = self.store.live.require_live_session(account_id, app_id, meeting_id)
        layers = body.get("layers") or {"default": {"media_kind": "audio"}}
        settings = {"layers": layers, "user_ids": body.get("user_ids")}
        prefix = next(iter(layers.values())).get("file_name_prefix") or next(iter(layers))
        settings["file_name_prefix"] = prefix
        start_reason = {"caller": dict(_API_CALLER), "reason": "API_CALL"}
        record = self._begin(account_id, app_id, meeting, session, settings, start_reason, "track")
        return {"recording": self._basic(record)}

    def list_recordings(
        self,
        *,
        account_id: str,
        app_id: str,
        page_no: int,
        per_page: int,
        meeting_id: str | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        expired: bool | None = None,
        search: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        status: list[str] | None = None,
    ) -> Page:
        """A page of the app's recordings, newest first unless ``sort_order=ASC``."""
        bounds = [instant(n, v) for n, v in (("start_time", start_time), ("end_time", end_time))]
        now = self.now_ms(account_id, app_id)
        needle = search.casefold() if search else None
        found = []
        for record in self.backend.list(KIND, (account_id, app_id)):
            if bounds[0] is not None and record.created_us < bounds[0]:
                continue
            if bounds[1] is not None and record.created_us > bounds[1]:
                continue
            data = record.load()
            if meeting_id is not None and data["meeting_id"] != meeting_id:
                continue
            if status and data["status"] not in status:
                continue
            if (
                expired is not None
                and (data.get("expires_ms") is not None and data["expires_ms"] < now) != expired
            ):
                continue
            meeting = self.backend.get("meeting", (account_id, app_id), data["meeting_id"])
            meeting_data = meeting.load() if meeting is not None else None
            if needle is not None and not (
                needle in data["meeting_id"]
                or (meeting_data and needle in str(meeting_data.get("title") or "").casefold())
            ):
                continue
            item = data
            if meeting_data is not None:
                item["meeting"] = meeting_data
            found.append(item)
        if sort_order != "ASC":
            found.reverse()  # stored in creation (invoked) order
        return page_of(found, max(page_no, 1), per_page)

    def get_recording(self, *, account_id: str, app_id: str, recording_id: str) -> dict[str, Any]:
        """One recording."""
        return self._require(account_id, app_id, recording_id).load()

    def get_active_recording(
        self, *, account_id: str, app_id: str, meeting_id: str
    ) -> dict[str, Any]:
        """The meeting's recording that has not stopped (the most recent)."""
        self.store.meetings.require(account_id, app_id, meeting_id)
        active = self._active(account_id, app_id, meeting_id)
        if not active:
            raise NotFound(
                "Recording",
                meeting_id,
                message=f"No active recording found for meeting_id {meeting_id}",
            )
        return self._basic(active[-1])

    def pause_resume_stop_recording(
        self, *, account_id: str, app_id: str, recording_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Pause, resume or stop; an action the status does not allow is a 409."""
        record = self._require(account_id, app_id, recording_id)
        data = record.load()
        action = body["action"]
        at = self.now_ms(account_id, app_id)
        if action == "pause" and data["status"] == "RECORDING":
            data["active_ms"] += at - data["resumed_ms"]
            data["resumed_ms"] = None
            data = self._set(account_id, app_id, record, data, "PAUSED", at)
        elif action == "resume" and data["status"] == "PAUSED":
            data["resumed_ms"] = at
            data = self._set(account_id, app_id, record, data, "RECORDING", at)
        elif action == "stop" and data["status"] in ACTIVE:
            data = self._stop(account_id, app_id, record, at, "API_CALL")
        else:
            raise InvalidState("Recording", data["status"], action)
        return data

    # ---- lifecycle --------------------------------------------------------------------------

    def _begin(
        self,
        account_id: str,
        app_id: str,
        meeting: dict[str, Any],
        session: Record,
        settings: dict[str, Any],
        start_reason: dict[str, Any],
        kind: str,
    ) -> Record:
        at = self.now_ms(account_id, app_id)
        rid = new_id()
        prefix = settings.get("file_name_prefix") or "recording"
        name = f"{prefix}_{meeting['id']}_{at}" + ("" if kind == "track" else ".mp4")
        data = {
            "id": rid,
            "audio_download_url": None,
            "download_url": None,
            "download_url_expiry": None,
            "file_size": None,
            "invoked_time": format_ms(at),
            "output_file_name": name,
            "session_id": session.id,
            "started_time": None,
            "status": "INVOKED",
            "stopped_time": None,
            "start_reason": start_reason,
            "meeting_id": meeting["id"],
            "kind": kind,
            "settings": settings,
            "active_ms": 0,
            "resumed_ms": None,
            # Where it uploads (null: the RealtimeKit bucket only); secrets never shown.
            "storage_config": settings.get("storage_config"),
        }
        record = Record.of(KIND, (account_id, app_id), self.backend.next_seq(), at * 1000, data)
        self.backend.put(record)
        self._signal(account_id, app_id, data, at)
        self.store.timers.schedule(
            account_id, app_id, at + START_DELAY_S * 1000, _STARTED, recording_id=rid
        )
        return record

    def _started(self, account_id: str, app_id: str, at_ms: int, recording_id: str) -> None:
        record = self.backend.get(KIND, (account_id, app_id), recording_id)
        if record is None or record.load()["status"] != "INVOKED":
            return
        data = record.load()
        data.update(started_time=format_ms(at_ms), resumed_ms=at_ms)
        self._set(account_id, app_id, record, data, "RECORDING", at_ms)
        limit = data["settings"].get("max_seconds")
        if limit:
            self.store.timers.schedule(
                account_id,
                app_id,
                at_ms + int(limit * 1000),
                _TOO_LONG,
                key=f"{_TOO_LONG}:{recording_id}",
                recording_id=recording_id,
            )

    def _too_long(self, account_id: str, app_id: str, at_ms: int, recording_id: str) -> None:
        record = self.backend.get(KIND, (account_id, app_id), recording_id)
        if record is not None and record.load()["status"] in ACTIVE:
            self._stop(account_id, app_id, record, at_ms, None)

    def _stop(
        self, account_id: str, app_id: str, record: Record, at: int, reason: str | None
    ) -> dict[str, Any]:
        data = record.load()
        self.store.timers.cancel(account_id, app_id, f"{_TOO_LONG}:{record.id}")
        if data["resumed_ms"] is not None:
            data["active_ms"] += at - data["resumed_ms"]
            data["resumed_ms"] = None
        data["stopped_time"] = format_ms(at)
        data["recording_duration"] = data["active_ms"] // 1000
        stop_reason: dict[str, Any] = {}
        if reason is not None:
            stop_reason["reason"] = reason
        if reason == "API_CALL":
            stop_reason["caller"] = dict(_API_CALLER)
        data["stop_reason"] = stop_reason
        settings = data["settings"]
        bucket = (settings.get("realtimekit_bucket_config") or {}).get("enabled", True)
        if data["status"] == "INVOKED" or (not bucket and not settings.get("storage_config")):
            return self._set(account_id, app_id, record, data, "ERRORED", at)
        data = self._set(account_id, app_id, record, data, "UPLOADING", at)
        self.store.timers.schedule(
            account_id, app_id, at + UPLOAD_DELAY_S * 1000, _UPLOADED, recording_id=record.id
        )
        return data

    def _uploaded(self, account_id: str, app_id: str, at_ms: int, recording_id: str) -> None:
        record = self.backend.get(KIND, (account_id, app_id), recording_id)
        if record is None or record.load()["status"] != "UPLOADING":
            return
        data = record.load()
        settings = data["settings"]
        data["file_size"] = data["recording_duration"] * BYTES_PER_SECOND
        if (settings.get("realtimekit_bucket_config") or {}).get("enabled", True):
            expires = at_ms + EXPIRY_S * 1000
            downloads = self.store.downloads
            what = _TRACKS if data["kind"] == "track" else _FILE
            token = downloads.create(account_id, app_id, what, expires, recording_id=recording_id)
            data["download_url"] = downloads.url(token)
            data["download_url_expiry"] = format_ms(expires)
            data["expires_ms"] = expires
            audio = settings.get("audio_config") or {}
            if data["kind"] == "composite" and audio.get("export_file", True):
                token = downloads.create(
                    account_id, app_id, _AUDIO, expires, recording_id=recording_id
                )
                data["audio_download_url"] = downloads.url(token)
        self._set(account_id, app_id, record, data, "UPLOADED", at_ms)

    def _record_on_start(
        self,
        *,
        account_id: str,
        app_id: str,
        meeting: dict[str, Any],
        session: dict[str, Any],
        **_: Any,
    ) -> None:
        if meeting.get("record_on_start"):
            record = self.backend.get(SESSION, (account_id, app_id), session["id"])
            assert record is not None
            settings = dict(meeting.get("recording_config") or {})
            self._begin(
                account_id,
                app_id,
                meeting,
                record,
                settings,
                {"reason": "RECORD_ON_START"},
                "composite",
            )

    def _session_ended(
        self,
        *,
        account_id: str,
        app_id: str,
        meeting: dict[str, Any],
        at_ms: int,
        reason: str,
        **_: Any,
    ) -> None:
        why = "ALL_PEERS_LEFT" if reason == "ALL_PARTICIPANTS_LEFT" else "API_CALL"
        for record in self._active(account_id, app_id, meeting["id"]):
            self._stop(account_id, app_id, record, at_ms, why)

    # ---- internals --------------------------------------------------------------------------

    def _set(
        self,
        account_id: str,
        app_id: str,
        record: Record,
        data: dict[str, Any],
        status: str,
        at: int,
    ) -> dict[str, Any]:
        data["status"] = status
        current = self.backend.get(KIND, record.scope, record.id) or record
        self.backend.put(current.replaced(data))
        self._signal(account_id, app_id, data, at)
        return data

    def _signal(self, account_id: str, app_id: str, data: dict[str, Any], at: int) -> None:
        meeting = self.backend.get("meeting", (account_id, app_id), data["meeting_id"])
        self.store.signals.send(
            "recording.status",
            account_id=account_id,
            app_id=app_id,
            meeting=meeting.load() if meeting is not None else None,
            recording=data,
            at_ms=at,
        )

    def _require(self, account_id: str, app_id: str, recording_id: str) -> Record:
        record = self.backend.get(KIND, (account_id, app_id), recording_id)
        if record is None:
            raise NotFound("Recording", recording_id)
        return record

    def _active(self, account_id: str, app_id: str, meeting_id: str) -> list[Record]:
        return [
            r
            for r in self.backend.list(KIND, (account_id, app_id))
            if (d := r.load())["meeting_id"] == meeting_id and d["status"] in ACTIVE
        ]

    def _refuse_second(self, account_id: str, app_id: str, meeting_id: str) -> None:
        active = self._active(account_id, app_id, meeting_id)
        if active:
            raise Conflict(
                f"meeting {meeting_id} is already being recorded (recording {active[-1].id}):"
                " set allow_multiple_recordings to record it again"
            )

    @staticmethod
    def _basic(record: Record) -> dict[str, Any]:
        data = record.load()
        for key in ("start_reason", "stop_reason", "storage_config"):
            data.pop(key, None)
        return data

    def _track_files(self, download: dict[str, Any], query: dict[str, str]) -> tuple[bytes, str]:
        """The files of a track recording: per layer, one WebM per recorded peer."""
        record = self.backend.get(
            KIND, (download["account_id"], download["app_id"]), download["recording_id"]
        )
        data = record.load() if record is not None else {"settings": {"layers": {}}}
        peers = [
            p.load()
            for p in self.backend.list(
                "peer", (download["account_id"], download["app_id"], data.get("session_id", ""))
            )
        ]
        wanted = data["settings"].get("user_ids")
        listed = []
        for layer, config in data["settings"].get("layers", {}).items():
            prefix = config.get("file_name_prefix") or layer
            files = {}
            for peer in peers:
                if wanted and peer["user_id"] not in wanted:
                    continue
                name = (
                    f"{prefix}_{peer['user_id']}_{peer['id']}_audio_audio_{peer['joined_ms']}.webm"
                )
                files[name] = {
                    "download_url": self.store.downloads.url(download["id"], f"?file={name}")
                }
            listed.append({"layer_name": layer, "download_urls": files})
        if "file" in query:
            return b"\x1aE\xdf\xa3" + query["file"].encode(), "audio/webm"
        return orjson.dumps(listed), "application/json"


def _fake_media(signature: bytes) -> Any:
    """A renderer of deterministic stand-in media bytes (not playable)."""

    def render(download: dict[str, Any], query: dict[str, str]) -> tuple[bytes, str]:
        body = b"\x00\x00\x00\x18" + signature + download["recording_id"].encode()
        return body, "video/mp4" if signature.startswith(b"ftypisom") else "audio/mp4"

    return render
