from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionSummary")


@_attrs_define
class SessionSummary:
    """Where the summary of a session can be downloaded (camelCase keys, as the API sends them)."""

    session_id: str
    """ ID of the session. """
    summary_download_url: str
    """ URL of the summary text. """
    summary_download_url_expiry: str
    """ Until when the URL can be used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        summary_download_url = self.summary_download_url

        summary_download_url_expiry = self.summary_download_url_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "summaryDownloadUrl": summary_download_url,
                "summaryDownloadUrlExpiry": summary_download_url_expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("sessionId")

        summary_download_url = d.pop("summaryDownloadUrl")

        summary_download_url_expiry = d.pop("summaryDownloadUrlExpiry")

        session_summary = cls(
            session_id=session_id,
            summary_download_url=summary_download_url,
            summary_download_url_expiry=summary_download_url_expiry,
        )

        session_summary.additional_properties = d
        return session_summary

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
