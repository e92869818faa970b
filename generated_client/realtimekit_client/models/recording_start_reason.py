from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recording_start_reason_kind import RecordingStartReasonKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStartReason")


@_attrs_define
class RecordingStartReason:
    """Why and by whom a recording was started (`RECORD_ON_START`: no caller)."""

    caller: RecordingCaller | Unset = UNSET
    """ Who started or stopped a recording (for a `USER`, only `user_Id` and `name`). """
    reason: RecordingStartReasonKind | Unset = UNSET
    """ Why a recording started. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caller, Unset):
            caller = self.caller.to_dict()

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason._value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if caller is not UNSET:
            field_dict["caller"] = caller
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _caller = d.pop("caller", UNSET)
        caller: RecordingCaller | Unset
        if _caller is UNSET:
            caller = UNSET
        else:
            caller = RecordingCaller.from_dict(_caller)

        _reason = d.pop("reason", UNSET)
        reason: RecordingStartReasonKind | Unset
        if _reason is UNSET:
            reason = UNSET
        else:
            reason = RecordingStartReasonKind.from_value(_reason)

        recording_start_reason = cls(
            caller=caller,
            reason=reason,
        )

        recording_start_reason.additional_properties = d
        return recording_start_reason

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
from ..models.recording_caller import RecordingCaller
