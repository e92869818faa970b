from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionChat")


@_attrs_define
class SessionChat:
    """Where the chat export of a session can be downloaded."""

    chat_download_url: str
    """ URL of a CSV file of the session's chat messages. """
    chat_download_url_expiry: str
    """ Until when the URL can be used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_download_url = self.chat_download_url

        chat_download_url_expiry = self.chat_download_url_expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chat_download_url": chat_download_url,
                "chat_download_url_expiry": chat_download_url_expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chat_download_url = d.pop("chat_download_url")

        chat_download_url_expiry = d.pop("chat_download_url_expiry")

        session_chat = cls(
            chat_download_url=chat_download_url,
            chat_download_url_expiry=chat_download_url_expiry,
        )

        session_chat.additional_properties = d
        return session_chat

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
