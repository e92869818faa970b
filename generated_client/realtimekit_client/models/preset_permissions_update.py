from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_produce_permission import PresetProducePermission
from ..models.preset_recorder_type import PresetRecorderType
from ..models.preset_waiting_room_type import PresetWaitingRoomType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetPermissionsUpdate")


@_attrs_define
class PresetPermissionsUpdate:
    """What participants with the preset may do. Every property is optional."""

    accept_waiting_requests: bool | Unset = UNSET
    """ Whether the participant may admit people from the waiting room. """
    can_accept_production_requests: bool | Unset = UNSET
    """ Whether the participant may accept requests to produce media. """
    can_change_participant_permissions: bool | Unset = UNSET
    """ Whether the participant may change others' permissions. """
    can_edit_display_name: bool | Unset = UNSET
    """ Whether the participant may change their display name. """
    can_livestream: bool | Unset = UNSET
    """ Whether the participant may start a livestream. """
    can_record: bool | Unset = UNSET
    """ Whether the participant may start a recording. """
    can_spotlight: bool | Unset = UNSET
    """ Whether the participant may spotlight others. """
    chat: PresetChatPermissionsUpdate | Unset = UNSET
    """ What the participant may do in the chat. Every property is optional. """
    connected_meetings: PresetConnectedMeetingsPermissionsUpdate | Unset = UNSET
    """ What the participant may do with connected meetings (breakout rooms). Every property is optional. """
    disable_participant_audio: bool | Unset = UNSET
    """ Whether the participant may turn off others' audio. """
    disable_participant_screensharing: bool | Unset = UNSET
    """ Whether the participant may stop others' screen shares. """
    disable_participant_video: bool | Unset = UNSET
    """ Whether the participant may turn off others' video. """
    hidden_participant: bool | Unset = UNSET
    """ Whether the participant is invisible to the others. """
    kick_participant: bool | Unset = UNSET
    """ Whether the participant may remove others (also gates client-side kick and kick-all). """
    media: PresetMediaPermissionsUpdate | Unset = UNSET
    """ Which media the participant may produce. Every property is optional. """
    pin_participant: bool | Unset = UNSET
    """ Whether the participant may pin others. """
    plugins: PresetPluginsPermissionsUpdate | Unset = UNSET
    """ What the participant may do with plugins. Every property is optional. """
    polls: PresetPollsPermissionsUpdate | Unset = UNSET
    """ What the participant may do with polls. Every property is optional. """
    recorder_type: PresetRecorderType | Unset = UNSET
    """ Which kind of recorder a participant is, if any. """
    show_participant_list: bool | Unset = UNSET
    """ Whether the participant sees the participant list. """
    waiting_room_type: PresetWaitingRoomType | Unset = UNSET
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

        chat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.chat, Unset):
            chat = self.chat.to_dict()

        connected_meetings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connected_meetings, Unset):
            connected_meetings = self.connected_meetings.to_dict()

        disable_participant_audio = self.disable_participant_audio

        disable_participant_screensharing = self.disable_participant_screensharing

        disable_participant_video = self.disable_participant_video

        hidden_participant = self.hidden_participant

        kick_participant = self.kick_participant

        media: dict[str, Any] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_dict()

        pin_participant = self.pin_participant

        plugins: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plugins, Unset):
            plugins = self.plugins.to_dict()

        polls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.polls, Unset):
            polls = self.polls.to_dict()

        recorder_type: str | Unset = UNSET
        if not isinstance(self.recorder_type, Unset):
            recorder_type = self.recorder_type._value_

        show_participant_list = self.show_participant_list

        waiting_room_type: str | Unset = UNSET
        if not isinstance(self.waiting_room_type, Unset):
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
        if accept_waiting_requests is not UNSET:
            field_dict["accept_waiting_requests"] = accept_waiting_requests
        if can_accept_production_requests is not UNSET:
            field_dict["can_accept_production_requests"] = can_accept_production_requests
        if can_change_participant_permissions is not UNSET:
            field_dict["can_change_participant_permissions"] = can_change_participant_permissions
        if can_edit_display_name is not UNSET:
            field_dict["can_edit_display_name"] = can_edit_display_name
        if can_livestream is not UNSET:
            field_dict["can_livestream"] = can_livestream
        if can_record is not UNSET:
            field_dict["can_record"] = can_record
        if can_spotlight is not UNSET:
            field_dict["can_spotlight"] = can_spotlight
        if chat is not UNSET:
            field_dict["chat"] = chat
        if connected_meetings is not UNSET:
            field_dict["connected_meetings"] = connected_meetings
        if disable_participant_audio is not UNSET:
            field_dict["disable_participant_audio"] = disable_participant_audio
        if disable_participant_screensharing is not UNSET:
            field_dict["disable_participant_screensharing"] = disable_participant_screensharing
        if disable_participant_video is not UNSET:
            field_dict["disable_participant_video"] = disable_participant_video
        if hidden_participant is not UNSET:
            field_dict["hidden_participant"] = hidden_participant
        if kick_participant is not UNSET:
            field_dict["kick_participant"] = kick_participant
        if media is not UNSET:
            field_dict["media"] = media
        if pin_participant is not UNSET:
            field_dict["pin_participant"] = pin_participant
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if polls is not UNSET:
            field_dict["polls"] = polls
        if recorder_type is not UNSET:
            field_dict["recorder_type"] = recorder_type
        if show_participant_list is not UNSET:
            field_dict["show_participant_list"] = show_participant_list
        if waiting_room_type is not UNSET:
            field_dict["waiting_room_type"] = waiting_room_type
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
        accept_waiting_requests = d.pop("accept_waiting_requests", UNSET)

        can_accept_production_requests = d.pop("can_accept_production_requests", UNSET)

        can_change_participant_permissions = d.pop("can_change_participant_permissions", UNSET)

        can_edit_display_name = d.pop("can_edit_display_name", UNSET)

        can_livestream = d.pop("can_livestream", UNSET)

        can_record = d.pop("can_record", UNSET)

        can_spotlight = d.pop("can_spotlight", UNSET)

        _chat = d.pop("chat", UNSET)
        chat: PresetChatPermissionsUpdate | Unset
        if _chat is UNSET:
            chat = UNSET
        else:
            chat = PresetChatPermissionsUpdate.from_dict(_chat)

        _connected_meetings = d.pop("connected_meetings", UNSET)
        connected_meetings: PresetConnectedMeetingsPermissionsUpdate | Unset
        if _connected_meetings is UNSET:
            connected_meetings = UNSET
        else:
            connected_meetings = PresetConnectedMeetingsPermissionsUpdate.from_dict(_connected_meetings)

        disable_participant_audio = d.pop("disable_participant_audio", UNSET)

        disable_participant_screensharing = d.pop("disable_participant_screensharing", UNSET)

        disable_participant_video = d.pop("disable_participant_video", UNSET)

        hidden_participant = d.pop("hidden_participant", UNSET)

        kick_participant = d.pop("kick_participant", UNSET)

        _media = d.pop("media", UNSET)
        media: PresetMediaPermissionsUpdate | Unset
        if _media is UNSET:
            media = UNSET
        else:
            media = PresetMediaPermissionsUpdate.from_dict(_media)

        pin_participant = d.pop("pin_participant", UNSET)

        _plugins = d.pop("plugins", UNSET)
        plugins: PresetPluginsPermissionsUpdate | Unset
        if _plugins is UNSET:
            plugins = UNSET
        else:
            plugins = PresetPluginsPermissionsUpdate.from_dict(_plugins)

        _polls = d.pop("polls", UNSET)
        polls: PresetPollsPermissionsUpdate | Unset
        if _polls is UNSET:
            polls = UNSET
        else:
            polls = PresetPollsPermissionsUpdate.from_dict(_polls)

        _recorder_type = d.pop("recorder_type", UNSET)
        recorder_type: PresetRecorderType | Unset
        if _recorder_type is UNSET:
            recorder_type = UNSET
        else:
            recorder_type = PresetRecorderType.from_value(_recorder_type)

        show_participant_list = d.pop("show_participant_list", UNSET)

        _waiting_room_type = d.pop("waiting_room_type", UNSET)
        waiting_room_type: PresetWaitingRoomType | Unset
        if _waiting_room_type is UNSET:
            waiting_room_type = UNSET
        else:
            waiting_room_type = PresetWaitingRoomType.from_value(_waiting_room_type)

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

        preset_permissions_update = cls(
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

        preset_permissions_update.additional_properties = d
        return preset_permissions_update

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
from ..models.preset_chat_permissions_update import PresetChatPermissionsUpdate
from ..models.preset_connected_meetings_permissions_update import PresetConnectedMeetingsPermissionsUpdate
from ..models.preset_media_permissions_update import PresetMediaPermissionsUpdate
from ..models.preset_plugins_permissions_update import PresetPluginsPermissionsUpdate
from ..models.preset_polls_permissions_update import PresetPollsPermissionsUpdate
