from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingCreate")


@_attrs_define
class MeetingCreate:
    """Body of create_meeting, create_org_meeting and replace_meeting. Every property is
    optional; omitted ones take the defaults shown.

    """

    title: None | str | Unset = UNSET
    """ Title of the meeting. """
    preferred_region: None | str | Unset = UNSET
    """ The region in which this meeting should be created. """
    record_on_start: bool | None | Unset = False
    """ Start recording as soon as someone joins the meeting. """
    live_stream_on_start: bool | None | Unset = False
    """ Start livestreaming the meeting on start. """
    persist_chat: bool | Unset = False
    """ Keep the meeting's chat for a week. """
    summarize_on_end: bool | Unset = False
    """ Generate a summary from the transcripts when the meeting ends. Requires
    transcriptions; the summary comes through webhooks or the summary API.
     """
    transcribe_on_end: bool | Unset = UNSET
    """ Generate transcripts automatically when the meeting ends. """
    session_keep_alive_time_in_secs: float | Unset = 60.0
    """ Seconds a session stays active after the last participant has left. """
    ai_config: AiConfig | Unset = UNSET
    """ Customizes the behavior of meeting transcriptions and summaries. """
    recording_config: RecordingConfig | Unset = UNSET
    """ Recording configuration for this meeting. It takes precedence over the App level
    (organization level) configuration on the RealtimeKit developer portal.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset = self.title

        preferred_region: None | str | Unset = self.preferred_region

        record_on_start: bool | None | Unset = self.record_on_start

        live_stream_on_start: bool | None | Unset = self.live_stream_on_start

        persist_chat = self.persist_chat

        summarize_on_end = self.summarize_on_end

        transcribe_on_end = self.transcribe_on_end

        session_keep_alive_time_in_secs = self.session_keep_alive_time_in_secs

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
        if ai_config is not UNSET:
            field_dict["ai_config"] = ai_config
        if recording_config is not UNSET:
            field_dict["recording_config"] = recording_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = cast(None | str | Unset, d.pop("title", UNSET))

        preferred_region = cast(None | str | Unset, d.pop("preferred_region", UNSET))

        record_on_start = cast(bool | None | Unset, d.pop("record_on_start", UNSET))

        live_stream_on_start = cast(bool | None | Unset, d.pop("live_stream_on_start", UNSET))

        persist_chat = d.pop("persist_chat", UNSET)

        summarize_on_end = d.pop("summarize_on_end", UNSET)

        transcribe_on_end = d.pop("transcribe_on_end", UNSET)

        session_keep_alive_time_in_secs = d.pop("session_keep_alive_time_in_secs", UNSET)

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

        meeting_create = cls(
            title=title,
            preferred_region=preferred_region,
            record_on_start=record_on_start,
            live_stream_on_start=live_stream_on_start,
            persist_chat=persist_chat,
            summarize_on_end=summarize_on_end,
            transcribe_on_end=transcribe_on_end,
            session_keep_alive_time_in_secs=session_keep_alive_time_in_secs,
            ai_config=ai_config,
            recording_config=recording_config,
        )

        meeting_create.additional_properties = d
        return meeting_create

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
