from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PresetChatPermissionsUpdate")


@_attrs_define
class PresetChatPermissionsUpdate:
    """What the participant may do in the chat. Every property is optional."""

    private: PresetPrivateChatPermissionsUpdate | Unset = UNSET
    """ Private (one-to-one) chat permissions. Every property is optional. """
    public: PresetPublicChatPermissionsUpdate | Unset = UNSET
    """ Public chat permissions. Every property is optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        private: dict[str, Any] | Unset = UNSET
        if not isinstance(self.private, Unset):
            private = self.private.to_dict()

        public: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public, Unset):
            public = self.public.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if private is not UNSET:
            field_dict["private"] = private
        if public is not UNSET:
            field_dict["public"] = public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _private = d.pop("private", UNSET)
        private: PresetPrivateChatPermissionsUpdate | Unset
        if _private is UNSET:
            private = UNSET
        else:
            private = PresetPrivateChatPermissionsUpdate.from_dict(_private)

        _public = d.pop("public", UNSET)
        public: PresetPublicChatPermissionsUpdate | Unset
        if _public is UNSET:
            public = UNSET
        else:
            public = PresetPublicChatPermissionsUpdate.from_dict(_public)

        preset_chat_permissions_update = cls(
            private=private,
            public=public,
        )

        preset_chat_permissions_update.additional_properties = d
        return preset_chat_permissions_update

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
from ..models.preset_private_chat_permissions_update import PresetPrivateChatPermissionsUpdate
from ..models.preset_public_chat_permissions_update import PresetPublicChatPermissionsUpdate
