from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetPrivateChatPermissions")


@_attrs_define
class PresetPrivateChatPermissions:
    """Private (one-to-one) chat permissions."""

    can_receive: bool
    """ Whether the participant may receive private messages. """
    can_send: bool
    """ Whether the participant may send private messages. """
    files: bool
    """ Whether the participant may send files privately. """
    text: bool
    """ Whether the participant may send private text messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_receive = self.can_receive

        can_send = self.can_send

        files = self.files

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_receive": can_receive,
                "can_send": can_send,
                "files": files,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_receive = d.pop("can_receive")

        can_send = d.pop("can_send")

        files = d.pop("files")

        text = d.pop("text")

        preset_private_chat_permissions = cls(
            can_receive=can_receive,
            can_send=can_send,
            files=files,
            text=text,
        )

        preset_private_chat_permissions.additional_properties = d
        return preset_private_chat_permissions

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
