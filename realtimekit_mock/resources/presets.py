"""The ``presets`` tag: the presets of an app (meeting type, permissions, UI), by name.

Every app starts with the presets of :data:`DEFAULT_PRESET_NAMES` (see :func:`default_presets`),
made when the app comes into existence (``apps.ensure``). A preset's name is unique within its
app: participants name their preset by it (``preset_name``). A preset some participant of the
app still has cannot be deleted.
"""

from __future__ import annotations

import copy
from typing import Any

from ..clock import format_ms
from ..exceptions import Conflict, NotFound
from ..state import Page, Record, page_of
from .base import Resource, new_id

__all__ = ["DEFAULT_PRESET_NAMES", "KIND", "OPTIONAL_DEFAULTS", "Presets", "default_presets"]

KIND = "preset"

OPTIONAL_DEFAULTS: dict[str, Any] = {
    "config": {
        "media": {
            "video": {"simulcast": False},
            "audio": {"enable_high_bitrate": False, "enable_stereo": False},
        }
    },
    "permissions": {
        "accept_stage_requests": False,
        "is_recorder": False,
        "stage_enabled": False,
        "transcription_enabled": False,
    },
}
"""What a created or replaced preset gets for the optional properties it was sent without
(``config.media.audio`` is added whole when it is missing)."""


def _fill(data: dict[str, Any], defaults: dict[str, Any]) -> None:
    """Add the missing ``defaults`` to ``data`` (recursively, in place)."""
    for key, value in defaults.items():
        if isinstance(value, dict):
            child = data.setdefault(key, {})
            if isinstance(child, dict):
                _fill(child, value)
        elif key not in data:
            data[key] = value


def _merge(stored: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """``stored`` with ``changes`` merged in: objects recursively, anything else replaced."""
    out = dict(stored)
    for key, value in changes.items():
        old = out.get(key)
        if isinstance(value, dict) and isinstance(old, dict):
            out[key] = _merge(old, value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _preset(
    name: str,
    view_type: str,
    *,
    host: bool,
    can_produce: bool = True,
    stage: bool = False,
    recorder_type: str = "NONE",
) -> dict[str, Any]:
    """A whole preset body: a host may do everything, others only take part."""
    produce = "ALLOWED" if can_produce else "NOT_ALLOWED"
    if stage and not host:
        produce = "CAN_REQUEST"
    permissions: dict[str, Any] = {
        "accept_waiting_requests": host,
        "can_accept_production_requests": host,
        "can_change_participant_permissions": host,
        "can_edit_display_name": True,
        "can_livestream": host and view_type == "LIVESTREAM",
        "can_record": host,
        "can_spotlight": host,
        "chat": {
            "private": {"can_receive": True, "can_send": True, "files": True, "text": True},
            "public": {"can_send": True, "files": True, "text": True},
        },
        "connected_meetings": {
            "can_alter_connected_meetings": host,
            "can_switch_connected_meetings": host,
            "can_switch_to_parent_meeting": True,
        },
        "disable_participant_audio": host,
        "disable_participant_screensharing": host,
        "disable_participant_video": host,
        "hidden_participant": False,
        "kick_participant": host,
        "media": {
            "audio": {"can_produce": produce},
            "screenshare": {"can_produce": produce},
            "video": {"can_produce": produce},
        },
        "pin_participant": host,
        "plugins": {
            "can_close": host,
            "can_edit_config": host,
            "can_start": host,
            "config": {},
        },
        "polls": {"can_create": host, "can_view": True, "can_vote": True},
        "recorder_type": recorder_type,
        "show_participant_list": True,
        "waiting_room_type": "SKIP",
        "accept_stage_requests": host and stage,
        "is_recorder": False,
        "stage_enabled": stage,
        "transcription_enabled": False,
    }
    if stage:
        permissions["stage_access"] = "ALLOWED" if host else "CAN_REQUEST"
    return {
        "name": name,
        "config": {
            "max_screenshare_count": 1,
            "max_video_streams": {"desktop": 25, "mobile": 6},
            "media": {
                "screenshare": {"frame_rate": 5, "quality": "hd"},
                "video": {"frame_rate": 30, "quality": "hd", "simulcast": False},
                "audio": {"enable_high_bitrate": False, "enable_stereo": False},
            },
            "view_type": view_type,
        },
        "permissions": permissions,
        "ui": {
            "design_tokens": {
                "border_radius": "rounded",
                "border_width": "thin",
                "colors": {
                    "background": {
                        "600": "#222222",
                        "700": "#1f1f1f",
                        "800": "#1b1b1b",
                        "900": "#181818",
                        "1000": "#141414",
                    },
                    "brand": {
                        "300": "#844d1c",
                        "400": "#9d5b22",
                        "500": "#b56927",
                        "600": "#d37c30",
                        "700": "#d9904f",
                    },
                    "danger": "#ff2d2d",
                    "success": "#62a504",
                    "text": "#eeeeee",
                    "text_on_brand": "#eeeeee",
                    "video_bg": "#191919",
                    "warning": "#ffcd07",
                },
                "spacing_base": 4,
                "theme": "dark",
            }
        },
    }


def default_presets() -> list[dict[str, Any]]:
    """The bodies of the presets every app starts with, in creation order."""
    return [
        _preset("group_call_host", "GROUP_CALL", host=True, recorder_type="NONE"),
        _preset("group_call_participant", "GROUP_CALL", host=False),
        _preset("webinar_presenter", "WEBINAR", host=True, stage=True),
        _preset("webinar_viewer", "WEBINAR", host=False, stage=True),
        _preset("audio_room_host", "AUDIO_ROOM", host=True, stage=True),
        _preset("audio_room_listener", "AUDIO_ROOM", host=False, stage=True),
        _preset("livestream_host", "LIVESTREAM", host=True),
        _preset("livestream_viewer", "LIVESTREAM", host=False, can_produce=False),
    ]


DEFAULT_PRESET_NAMES: tuple[str, ...] = tuple(p["name"] for p in default_presets())
"""The names of the presets every app starts with."""


def _keys(data: dict[str, Any]) -> tuple[tuple[str, str | None], ...]:
    return (("name", data["name"]),)


class Presets(Resource):
    """Presets, scoped by ``(account_id, app_id)``, unique by name within the app."""

    tag = "presets"
    helpers = ("install_defaults", "require_named", "view_type")

    # ---- for other resources ----------------------------------------------------------------

    def install_defaults(self, account_id: str, app_id: str) -> None:
        """Create the default presets of a new app (those whose name is still free)."""
        for body in default_presets():
            if self.backend.find(KIND, (account_id, app_id), "name", body["name"]) is None:
                self._create(account_id, app_id, body)

    def require_named(self, account_id: str, app_id: str, name: str) -> Record:
        """The app's preset of that name, or :class:`Conflict` (409): the request names a
        preset the app's current state lacks (a 404 would read as "the meeting is gone")."""
        record = self.backend.find(KIND, (account_id, app_id), "name", name)
        if record is None:
            raise Conflict(f"preset_name: the app has no preset named {name!r}")
        return record

    def view_type(
        self, account_id: str, app_id: str, preset_id: str | None, name: str | None = None
    ) -> str:
        """The ``view_type`` of a preset of the app, by ID (or by name, for participants stored
        before presets existed); ``GROUP_CALL`` if there is none."""
        scope = (account_id, app_id)
        if preset_id is not None:
            record = self.backend.get(KIND, scope, preset_id)
        else:
            record = self.backend.find(KIND, scope, "name", name) if name else None
        if record is None:
            return "GROUP_CALL"
        return str(record.load()["config"]["view_type"])

    # ---- operations -------------------------------------------------------------------------

    def create_preset(
        self, *, account_id: str, app_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Create a preset; its name must be free in the app (409 otherwise)."""
        self._free(account_id, app_id, body["name"])
        return self._create(account_id, app_id, body)

    def list_presets(
        self,
        *,
        account_id: str,
        app_id: str,
        page_no: int,
        per_page: int,
        search: str | None = None,
    ) -> Page:
        """A page of the app's presets, oldest first; ``search`` matches the name."""
        records = list(self.backend.list(KIND, (account_id, app_id)))
        if search:
            needle = search.casefold()
            records = [r for r in records if needle in r.load()["name"].casefold()]
        return page_of(records, page_no, per_page, load=Record.load)

    def get_preset(self, *, account_id: str, app_id: str, preset_id: str) -> dict[str, Any]:
        """One preset."""
        return self._require(account_id, app_id, preset_id).load()

    def update_preset(
        self, *, account_id: str, app_id: str, preset_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Merge the parts sent into the preset (objects deeply, other values replaced)."""
        record = self._require(account_id, app_id, preset_id)
        old = record.load()
        if "name" in body and body["name"] != old["name"]:
            self._free(account_id, app_id, body["name"])
        data = _merge(old, body)
        data["updated_at"] = self.stamp(account_id, app_id, old["updated_at"])
        self.backend.put(record.replaced(data, _keys(data)))
        return data

    def replace_preset(
        self, *, account_id: str, app_id: str, preset_id: str, body: dict[str, Any]
    ) -> dict[str, Any]:
        """Replace the whole preset as a create would; keeps ``id`` and ``created_at``."""
        record = self._require(account_id, app_id, preset_id)
        old = record.load()
        if body["name"] != old["name"]:
            self._free(account_id, app_id, body["name"])
        data = copy.deepcopy(body)
        _fill(data, OPTIONAL_DEFAULTS)
        data = {
            "id": old["id"],
            **data,
            "created_at": old["created_at"],
            "updated_at": self.stamp(account_id, app_id, old["updated_at"]),
        }
        self.backend.put(record.replaced(data, _keys(data)))
        return data

    def delete_preset(self, *, account_id: str, app_id: str, preset_id: str) -> dict[str, Any]:
        """Delete a preset no participant of the app has (409 otherwise); answers what it
        was."""
        record = self._require(account_id, app_id, preset_id)
        name = record.load()["name"]
        users = self.store.participants.count_with_preset(account_id, app_id, preset_id, name)
        if users:
            raise Conflict(
                f"Preset {name!r} is in use by {users} participant{'s' if users > 1 else ''};"
                " give them another preset or delete them first"
            )
        self.backend.delete(record)
        return record.load()

    # ---- internals --------------------------------------------------------------------------

    def _require(self, account_id: str, app_id: str, preset_id: str) -> Record:
        record = self.backend.get(KIND, (account_id, app_id), preset_id)
        if record is None:
            raise NotFound("Preset", preset_id)
        return record

    def _free(self, account_id: str, app_id: str, name: str) -> None:
        if self.backend.find(KIND, (account_id, app_id), "name", name) is not None:
            raise Conflict(f"name: a preset named {name!r} already exists in this app")

    def _create(self, account_id: str, app_id: str, body: dict[str, Any]) -> dict[str, Any]:
        ms = self.now_ms(account_id, app_id)
        stamp = format_ms(ms)
        data = copy.deepcopy(body)
        _fill(data, OPTIONAL_DEFAULTS)
        data = {"id": new_id(), **data, "created_at": stamp, "updated_at": stamp}
        record = Record.of(
            KIND, (account_id, app_id), self.backend.next_seq(), ms * 1000, data, _keys(data)
        )
        self.backend.put(record)
        return data
