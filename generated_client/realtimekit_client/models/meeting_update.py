from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.meeting_status import MeetingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingUpdate")


@_attrs_define
class MeetingUpdate:
    """Body of update_meeting. Only the properties sent are changed, so none has a default.
    A nested object sent here replaces the stored one as a whole.

    """

    title: str | Unset = UNSET
    """ Title of the meeting. """
    preferred_region: None | str | Unset = UNSET
    """ The region in which this meeting should be created. """
    record_on_start: bool | Unset = UNSET
    """ Start recording as soon as someone joins the meeting. """
    live_stream_on_start: bool | Unset = UNSET
    """ Start livestreaming the meeting on start. """
    persist_chat: bool | Unset = UNSET
    """ Keep the meeting's chat for a week. """
    summarize_on_end: bool | Unset = UNSET
    """ Generate a summary from the transcripts when the meeting ends. """
    transcribe_on_end: bool | Unset = UNSET
    """ Generate transcripts automatically when the meeting ends. """
    session_keep_alive_time_in_secs: float | Unset = UNSET
    """ Seconds a session stays active after the last participant has left. """
    status: MeetingStatus | Unset = UNSET
    """ Whether the meeting is ACTIVE or INACTIVE. Users cannot join an INACTIVE meeting. """
    ai_config: AiConfig | Unset = UNSET
    """ Customizes the behavior of meeting transcriptions and summaries. """
    recording_config: RecordingConfig | Unset = UNSET
    """ Recording configuration for this meeting. It takes precedence over the App level
    (organization level) configuration on the RealtimeKit developer portal.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        preferred_region: None | str | Unset = self.preferred_region

        record_on_start = self.record_on_start

        live_stream_on_start = self.live_stream_on_start

        persist_chat = self.persist_chat

        summarize_on_end = self.summarize_on_end

        transcribe_on_end = self.transcribe_on_end

        session_keep_alive_time_in_secs = self.session_keep_alive_time_in_secs

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status._value_

        ai_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_config, Unset):
            ai_config = self.ai_config.to_dict()

        recording_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recording_config, Unset):
            recording_config = self.recording_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if title is not UNSET:
            field_dict["title"] = title
        if preferred_region is not UNSET:
            field_dict["preferred_region"] = preferred_region
        if record_on_start is not UNSET:
            field_dict["record_on_start"] = record_on_start
        if live_stream_on_start is not UNSET:
            field_dict["live_stream_on_start"] = live_stream_on_start
        if persist_chat is not UNSET:
            field_dict["persist_chat"] = persist_chat
        if summarize_on_end is not UNSET:
            field_dict["summarize_on_end"] = summarize_on_end
        if transcribe_on_end is not UNSET:
            field_dict["transcribe_on_end"] = transcribe_on_end
        if session_keep_alive_time_in_secs is not UNSET:
            field_dict["session_keep_alive_time_in_secs"] = session_keep_alive_time_in_secs
        if status is not UNSET:
            field_dict["status"] = status
        if ai_config is not UNSET:
            field_dict["ai_config"] = ai_config
        if recording_config is not UNSET:
            field_dict["recording_config"] = recording_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        preferred_region = cast(None | str | Unset, d.pop("preferred_region", UNSET))

        record_on_start = d.pop("record_on_start", UNSET)

        live_stream_on_start = d.pop("live_stream_on_start", UNSET)

        persist_chat = d.pop("persist_chat", UNSET)

        summarize_on_end = d.pop("summarize_on_end", UNSET)

        transcribe_on_end = d.pop("transcribe_on_end", UNSET)

        session_keep_alive_time_in_secs = d.pop("session_keep_alive_time_in_secs", UNSET)

        _status = d.pop("status", UNSET)
        status: MeetingStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = MeetingStatus.from_value(_status)

        _ai_config = d.pop("ai_config", UNSET)
        ai_config: AiConfig | Unset
        if _ai_config is UNSET:
            ai_config = UNSET
        else:
            ai_config = AiConfig.from_dict(_ai_config)

        _recording_config = d.pop("recording_config", UNSET)
        recording_config: RecordingConfig | Unset
        if _recording_config is UNSET:
            recording_config = UNSET
        else:
            recording_config = RecordingConfig.from_dict(_recording_config)

        meeting_update = cls(
            title=title,
            preferred_region=preferred_region,
            record_on_start=record_on_start,
            live_stream_on_start=live_stream_on_start,
            persist_chat=persist_chat,
            summarize_on_end=summarize_on_end,
            transcribe_on_end=transcribe_on_end,
            session_keep_alive_time_in_secs=session_keep_alive_time_in_secs,
            status=status,
            ai_config=ai_config,
            recording_config=recording_config,
        )

        meeting_update.additional_properties = d
        return meeting_update

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
from ..models.ai_config import AiConfig
from ..models.recording_config import RecordingConfig
