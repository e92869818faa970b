from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_produce_permission import PresetProducePermission
from ..models.preset_recorder_type import PresetRecorderType
from ..models.preset_waiting_room_type import PresetWaitingRoomType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetPermissions")


@_attrs_define
class PresetPermissions:
    """What participants with the preset may do."""

    accept_waiting_requests: bool
    """ Whether the participant may admit people from the waiting room. """
    can_accept_production_requests: bool
    """ Whether the participant may accept requests to produce media. """
    can_change_participant_permissions: bool
    """ Whether the participant may change others' permissions. """
    can_edit_display_name: bool
    """ Whether the participant may change their display name. """
    can_livestream: bool
    """ Whether the participant may start a livestream. """
    can_record: bool
    """ Whether the participant may start a recording. """
    can_spotlight: bool
    """ Whether the participant may spotlight others. """
    chat: PresetChatPermissions
    """ What the participant may do in the chat. """
    connected_meetings: PresetConnectedMeetingsPermissions
    """ What the participant may do with connected meetings (breakout rooms). """
    disable_participant_audio: bool
    """ Whether the participant may turn off others' audio. """
    disable_participant_screensharing: bool
    """ Whether the participant may stop others' screen shares. """
    disable_participant_video: bool
    """ Whether the participant may turn off others' video. """
    hidden_participant: bool
    """ Whether the participant is invisible to the others. """
    kick_participant: bool
    """ Whether the participant may remove others (also gates client-side kick and kick-all). """
    media: PresetMediaPermissions
    """ Which media the participant may produce. """
    pin_participant: bool
    """ Whether the participant may pin others. """
    plugins: PresetPluginsPermissions
    """ What the participant may do with plugins. """
    polls: PresetPollsPermissions
    """ What the participant may do with polls. """
    recorder_type: PresetRecorderType
    """ Which kind of recorder a participant is, if any. """
    show_participant_list: bool
    """ Whether the participant sees the participant list. """
    waiting_room_type: PresetWaitingRoomType
    """ How a participant passes the waiting room. """
    accept_stage_requests: bool | Unset = UNSET
    """ Whether the participant may accept requests to join the stage. """
    is_recorder: bool | Unset = UNSET
    """ Whether the participant is a recorder. """
    stage_access: PresetProducePermission | Unset = UNSET
    """ Whether a participant may produce a kind of media. """
    stage_enabled: bool | Unset = UNSET
    """ Whether the stage is enabled for the participant. """
    transcription_enabled: bool | Unset = UNSET
    """ Whether the participant's audio is transcribed in real time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept_waiting_requests = self.accept_waiting_requests

        can_accept_production_requests = self.can_accept_production_requests

        can_change_participant_permissions = self.can_change_participant_permissions

        can_edit_display_name = self.can_edit_display_name

        can_livestream = self.can_livestream

        can_record = self.can_record

        can_spotlight = self.can_spotlight

        chat = self.chat.to_dict()

        connected_meetings = self.connected_meetings.to_dict()

        disable_participant_audio = self.disable_participant_audio

        disable_participant_screensharing = self.disable_participant_screensharing

        disable_participant_video = self.disable_participant_video

        hidden_participant = self.hidden_participant

        kick_participant = self.kick_participant

        media = self.media.to_dict()

        pin_participant = self.pin_participant

        plugins = self.plugins.to_dict()

        polls = self.polls.to_dict()

        recorder_type = self.recorder_type._value_

        show_participant_list = self.show_participant_list

        waiting_room_type = self.waiting_room_type._value_

        accept_stage_requests = self.accept_stage_requests

        is_recorder = self.is_recorder

        stage_access: str | Unset = UNSET
        if not isinstance(self.stage_access, Unset):
            stage_access = self.stage_access._value_

        stage_enabled = self.stage_enabled

        transcription_enabled = self.transcription_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accept_waiting_requests": accept_waiting_requests,
                "can_accept_production_requests": can_accept_production_requests,
                "can_change_participant_permissions": can_change_participant_permissions,
                "can_edit_display_name": can_edit_display_name,
                "can_livestream": can_livestream,
                "can_record": can_record,
                "can_spotlight": can_spotlight,
                "chat": chat,
                "connected_meetings": connected_meetings,
                "disable_participant_audio": disable_participant_audio,
                "disable_participant_screensharing": disable_participant_screensharing,
                "disable_participant_video": disable_participant_video,
                "hidden_participant": hidden_participant,
                "kick_participant": kick_participant,
                "media": media,
                "pin_participant": pin_participant,
                "plugins": plugins,
                "polls": polls,
                "recorder_type": recorder_type,
                "show_participant_list": show_participant_list,
                "waiting_room_type": waiting_room_type,
            }
        )
        if accept_stage_requests is not UNSET:
            field_dict["accept_stage_requests"] = accept_stage_requests
        if is_recorder is not UNSET:
            field_dict["is_recorder"] = is_recorder
        if stage_access is not UNSET:
            field_dict["stage_access"] = stage_access
        if stage_enabled is not UNSET:
            field_dict["stage_enabled"] = stage_enabled
        if transcription_enabled is not UNSET:
            field_dict["transcription_enabled"] = transcription_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accept_waiting_requests = d.pop("accept_waiting_requests")

        can_accept_production_requests = d.pop("can_accept_production_requests")

        can_change_participant_permissions = d.pop("can_change_participant_permissions")

        can_edit_display_name = d.pop("can_edit_display_name")

        can_livestream = d.pop("can_livestream")

        can_record = d.pop("can_record")

        can_spotlight = d.pop("can_spotlight")

        chat = PresetChatPermissions.from_dict(d.pop("chat"))

        connected_meetings = PresetConnectedMeetingsPermissions.from_dict(d.pop("connected_meetings"))

        disable_participant_audio = d.pop("disable_participant_audio")

        disable_participant_screensharing = d.pop("disable_participant_screensharing")

        disable_participant_video = d.pop("disable_participant_video")

        hidden_participant = d.pop("hidden_participant")

        kick_participant = d.pop("kick_participant")

        media = PresetMediaPermissions.from_dict(d.pop("media"))

        pin_participant = d.pop("pin_participant")

        plugins = PresetPluginsPermissions.from_dict(d.pop("plugins"))

        polls = PresetPollsPermissions.from_dict(d.pop("polls"))

        recorder_type = PresetRecorderType.from_value(d.pop("recorder_type"))

        show_participant_list = d.pop("show_participant_list")

        waiting_room_type = PresetWaitingRoomType.from_value(d.pop("waiting_room_type"))

        accept_stage_requests = d.pop("accept_stage_requests", UNSET)

        is_recorder = d.pop("is_recorder", UNSET)

        _stage_access = d.pop("stage_access", UNSET)
        stage_access: PresetProducePermission | Unset
        if _stage_access is UNSET:
            stage_access = UNSET
        else:
            stage_access = PresetProducePermission.from_value(_stage_access)

        stage_enabled = d.pop("stage_enabled", UNSET)

        transcription_enabled = d.pop("transcription_enabled", UNSET)

        preset_permissions = cls(
            accept_waiting_requests=accept_waiting_requests,
            can_accept_production_requests=can_accept_production_requests,
            can_change_participant_permissions=can_change_participant_permissions,
            can_edit_display_name=can_edit_display_name,
            can_livestream=can_livestream,
            can_record=can_record,
            can_spotlight=can_spotlight,
            chat=chat,
            connected_meetings=connected_meetings,
            disable_participant_audio=disable_participant_audio,
            disable_participant_screensharing=disable_participant_screensharing,
            disable_participant_video=disable_participant_video,
            hidden_participant=hidden_participant,
            kick_participant=kick_participant,
            media=media,
            pin_participant=pin_participant,
            plugins=plugins,
            polls=polls,
            recorder_type=recorder_type,
            show_participant_list=show_participant_list,
            waiting_room_type=waiting_room_type,
            accept_stage_requests=accept_stage_requests,
            is_recorder=is_recorder,
            stage_access=stage_access,
            stage_enabled=stage_enabled,
            transcription_enabled=transcription_enabled,
        )

        preset_permissions.additional_properties = d
        return preset_permissions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, not inside its methods (an import statement per call costs more
# than the rest of a small from_dict) and not at the top (models may refer to each other).
from ..models.preset_chat_permissions import PresetChatPermissions
from ..models.preset_connected_meetings_permissions import PresetConnectedMeetingsPermissions
from ..models.preset_media_permissions import PresetMediaPermissions
from ..models.preset_plugins_permissions import PresetPluginsPermissions
from ..models.preset_polls_permissions import PresetPollsPermissions
