from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeerReport")


@_attrs_define
class PeerReport:
    """A peer's call report."""

    metadata: PeerReportMetadata | Unset = UNSET
    """ What is known of the peer's client, device and network. """
    quality: PeerReportQuality | Unset = UNSET
    """ Media quality of the peer, sampled and over the whole call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: PeerReportMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = PeerReportMetadata.from_dict(_metadata)

        _quality = d.pop("quality", UNSET)
        quality: PeerReportQuality | Unset
        if _quality is UNSET:
            quality = UNSET
        else:
            quality = PeerReportQuality.from_dict(_quality)

        peer_report = cls(
            metadata=metadata,
            quality=quality,
        )

        peer_report.additional_properties = d
        return peer_report

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
from ..models.peer_report_metadata import PeerReportMetadata
from ..models.peer_report_quality import PeerReportQuality
