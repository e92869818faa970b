from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackRecordingStart")


@_attrs_define
class TrackRecordingStart:
    """What a track recording records."""

    meeting_id: UUID
    """ ID of the meeting. """
    layers: TrackRecordingStartLayers | Unset = UNSET
    """ Layers by name; without it one layer, `default`, records every participant's audio. """
    user_ids: list[str] | Unset = UNSET
    """ Record only these participants (their participant IDs), present and future peers; at most 100. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meeting_id = str(self.meeting_id)

        layers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.layers, Unset):
            layers = self.layers.to_dict()

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meeting_id": meeting_id,
            }
        )
        if layers is not UNSET:
            field_dict["layers"] = layers
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meeting_id = UUID(d.pop("meeting_id"))

        _layers = d.pop("layers", UNSET)
        layers: TrackRecordingStartLayers | Unset
        if _layers is UNSET:
            layers = UNSET
        else:
            layers = TrackRecordingStartLayers.from_dict(_layers)

        user_ids = cast(list[str], d.pop("user_ids", UNSET))

        track_recording_start = cls(
            meeting_id=meeting_id,
            layers=layers,
            user_ids=user_ids,
        )

        track_recording_start.additional_properties = d
        return track_recording_start

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
from ..models.track_recording_start_layers import TrackRecordingStartLayers
