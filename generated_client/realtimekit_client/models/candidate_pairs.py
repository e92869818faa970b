from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CandidatePairs")


@_attrs_define
class CandidatePairs:
    """ICE candidate pairs of the peer's transports."""

    consuming_transport: list[PeerTransport] | Unset = UNSET
    """ Of the receiving transport. """
    producing_transport: list[PeerTransport] | Unset = UNSET
    """ Of the sending transport. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consuming_transport: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consuming_transport, Unset):
            consuming_transport = []
            for consuming_transport_item_data in self.consuming_transport:
                consuming_transport_item = consuming_transport_item_data.to_dict()
                consuming_transport.append(consuming_transport_item)

        producing_transport: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.producing_transport, Unset):
            producing_transport = []
            for producing_transport_item_data in self.producing_transport:
                producing_transport_item = producing_transport_item_data.to_dict()
                producing_transport.append(producing_transport_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if consuming_transport is not UNSET:
            field_dict["consuming_transport"] = consuming_transport
        if producing_transport is not UNSET:
            field_dict["producing_transport"] = producing_transport

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _consuming_transport = d.pop("consuming_transport", UNSET)
        consuming_transport: list[PeerTransport] | Unset = UNSET
        if _consuming_transport is not UNSET:
            consuming_transport = []
            for consuming_transport_item_data in _consuming_transport:
                consuming_transport_item = PeerTransport.from_dict(consuming_transport_item_data)

                consuming_transport.append(consuming_transport_item)

        _producing_transport = d.pop("producing_transport", UNSET)
        producing_transport: list[PeerTransport] | Unset = UNSET
        if _producing_transport is not UNSET:
            producing_transport = []
            for producing_transport_item_data in _producing_transport:
                producing_transport_item = PeerTransport.from_dict(producing_transport_item_data)

                producing_transport.append(producing_transport_item)

        candidate_pairs = cls(
            consuming_transport=consuming_transport,
            producing_transport=producing_transport,
        )

        candidate_pairs.additional_properties = d
        return candidate_pairs

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
from ..models.peer_transport import PeerTransport
