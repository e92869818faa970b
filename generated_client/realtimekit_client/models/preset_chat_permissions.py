from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PresetChatPermissions")


@_attrs_define
class PresetChatPermissions:
    """What the participant may do in the chat."""

    private: PresetPrivateChatPermissions
    """ Private (one-to-one) chat permissions. """
    public: PresetPublicChatPermissions
    """ Public chat permissions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        private = self.private.to_dict()

        public = self.public.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "private": private,
                "public": public,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        private = PresetPrivateChatPermissions.from_dict(d.pop("private"))

        public = PresetPublicChatPermissions.from_dict(d.pop("public"))

        preset_chat_permissions = cls(
            private=private,
            public=public,
        )

        preset_chat_permissions.additional_properties = d
        return preset_chat_permissions

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
from ..models.preset_private_chat_permissions import PresetPrivateChatPermissions
from ..models.preset_public_chat_permissions import PresetPublicChatPermissions
