from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeerConnectionMetadata")


@_attrs_define
class PeerConnectionMetadata:
    """Connectivity of one peer connection."""

    effective_network_type: str | Unset = UNSET
    reflexive_connectivity: bool | Unset = UNSET
    relay_connectivity: bool | Unset = UNSET
    sdp: list[str] | Unset = UNSET
    """ Session descriptions. """
    timestamp: str | Unset = UNSET
    turn_connectivity: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_network_type = self.effective_network_type

        reflexive_connectivity = self.reflexive_connectivity

        relay_connectivity = self.relay_connectivity

        sdp: list[str] | Unset = UNSET
        if not isinstance(self.sdp, Unset):
            sdp = self.sdp

        timestamp = self.timestamp

        turn_connectivity = self.turn_connectivity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if effective_network_type is not UNSET:
            field_dict["effective_network_type"] = effective_network_type
        if reflexive_connectivity is not UNSET:
            field_dict["reflexive_connectivity"] = reflexive_connectivity
        if relay_connectivity is not UNSET:
            field_dict["relay_connectivity"] = relay_connectivity
        if sdp is not UNSET:
            field_dict["sdp"] = sdp
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if turn_connectivity is not UNSET:
            field_dict["turn_connectivity"] = turn_connectivity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_network_type = d.pop("effective_network_type", UNSET)

        reflexive_connectivity = d.pop("reflexive_connectivity", UNSET)

        relay_connectivity = d.pop("relay_connectivity", UNSET)

        sdp = cast(list[str], d.pop("sdp", UNSET))

        timestamp = d.pop("timestamp", UNSET)

        turn_connectivity = d.pop("turn_connectivity", UNSET)

        peer_connection_metadata = cls(
            effective_network_type=effective_network_type,
            reflexive_connectivity=reflexive_connectivity,
            relay_connectivity=relay_connectivity,
            sdp=sdp,
            timestamp=timestamp,
            turn_connectivity=turn_connectivity,
        )

        peer_connection_metadata.additional_properties = d
        return peer_connection_metadata

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
