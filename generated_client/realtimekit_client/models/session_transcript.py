from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionTranscript")


@_attrs_define
class SessionTranscript:
    """Where the transcript of a session can be downloaded (note the mixed key styles, as the API sends them)."""

    session_id: str
    """ ID of the session. """
    transcript_download_url: str
    """ URL of the transcript file. """
    transcript_download_url_expiry: str
    """ Until when the URL can be used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        transcript_download_url = self.transcript_download_url

        transcript_download_url_expiry = self.transcript_download_url_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "transcript_download_url": transcript_download_url,
                "transcript_download_url_expiry": transcript_download_url_expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("sessionId")

        transcript_download_url = d.pop("transcript_download_url")

        transcript_download_url_expiry = d.pop("transcript_download_url_expiry")

        session_transcript = cls(
            session_id=session_id,
            transcript_download_url=transcript_download_url,
            transcript_download_url_expiry=transcript_download_url_expiry,
        )

        session_transcript.additional_properties = d
        return session_transcript

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
