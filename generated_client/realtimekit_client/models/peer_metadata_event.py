from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeerMetadataEvent")


@_attrs_define
class PeerMetadataEvent:
    """An event recorded for the peer."""

    metadata: PeerMetadataEventMetadata | Unset = UNSET
    """ Details of the event. """
    name: str | Unset = UNSET
    """ Name of the event. """
    timestamp: str | Unset = UNSET
    """ When it happened. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: PeerMetadataEventMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = PeerMetadataEventMetadata.from_dict(_metadata)

        name = d.pop("name", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        peer_metadata_event = cls(
            metadata=metadata,
            name=name,
            timestamp=timestamp,
        )

        peer_metadata_event.additional_properties = d
        return peer_metadata_event

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
from ..models.peer_metadata_event_metadata import PeerMetadataEventMetadata
