from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeerTransport")


@_attrs_define
class PeerTransport:
    """Statistics of one ICE candidate pair of a transport."""

    available_incoming_bitrate: float | Unset = UNSET
    available_outgoing_bitrate: float | Unset = UNSET
    bytes_discarded_on_send: float | Unset = UNSET
    bytes_received: float | Unset = UNSET
    bytes_sent: float | Unset = UNSET
    current_round_trip_time: float | Unset = UNSET
    last_packet_received_timestamp: float | Unset = UNSET
    """ Epoch milliseconds. """
    last_packet_sent_timestamp: float | Unset = UNSET
    """ Epoch milliseconds. """
    local_candidate_address: str | Unset = UNSET
    local_candidate_id: str | Unset = UNSET
    local_candidate_network_type: str | Unset = UNSET
    local_candidate_port: float | Unset = UNSET
    local_candidate_protocol: str | Unset = UNSET
    local_candidate_related_address: str | Unset = UNSET
    local_candidate_related_port: float | Unset = UNSET
    local_candidate_type: str | Unset = UNSET
    local_candidate_url: str | Unset = UNSET
    nominated: bool | Unset = UNSET
    packets_discarded_on_send: float | Unset = UNSET
    packets_received: float | Unset = UNSET
    packets_sent: float | Unset = UNSET
    remote_candidate_address: str | Unset = UNSET
    remote_candidate_id: str | Unset = UNSET
    remote_candidate_port: float | Unset = UNSET
    remote_candidate_protocol: str | Unset = UNSET
    remote_candidate_type: str | Unset = UNSET
    remote_candidate_url: str | Unset = UNSET
    total_round_trip_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_incoming_bitrate = self.available_incoming_bitrate

        available_outgoing_bitrate = self.available_outgoing_bitrate

        bytes_discarded_on_send = self.bytes_discarded_on_send

        bytes_received = self.bytes_received

        bytes_sent = self.bytes_sent

        current_round_trip_time = self.current_round_trip_time

        last_packet_received_timestamp = self.last_packet_received_timestamp

        last_packet_sent_timestamp = self.last_packet_sent_timestamp

        local_candidate_address = self.local_candidate_address

        local_candidate_id = self.local_candidate_id

        local_candidate_network_type = self.local_candidate_network_type

        local_candidate_port = self.local_candidate_port

        local_candidate_protocol = self.local_candidate_protocol

        local_candidate_related_address = self.local_candidate_related_address

        local_candidate_related_port = self.local_candidate_related_port

        local_candidate_type = self.local_candidate_type

        local_candidate_url = self.local_candidate_url

        nominated = self.nominated

        packets_discarded_on_send = self.packets_discarded_on_send

        packets_received = self.packets_received

        packets_sent = self.packets_sent

        remote_candidate_address = self.remote_candidate_address

        remote_candidate_id = self.remote_candidate_id

        remote_candidate_port = self.remote_candidate_port

        remote_candidate_protocol = self.remote_candidate_protocol

        remote_candidate_type = self.remote_candidate_type

        remote_candidate_url = self.remote_candidate_url

        total_round_trip_time = self.total_round_trip_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if available_incoming_bitrate is not UNSET:
            field_dict["available_incoming_bitrate"] = available_incoming_bitrate
        if available_outgoing_bitrate is not UNSET:
            field_dict["available_outgoing_bitrate"] = available_outgoing_bitrate
        if bytes_discarded_on_send is not UNSET:
            field_dict["bytes_discarded_on_send"] = bytes_discarded_on_send
        if bytes_received is not UNSET:
            field_dict["bytes_received"] = bytes_received
        if bytes_sent is not UNSET:
            field_dict["bytes_sent"] = bytes_sent
        if current_round_trip_time is not UNSET:
            field_dict["current_round_trip_time"] = current_round_trip_time
        if last_packet_received_timestamp is not UNSET:
            field_dict["last_packet_received_timestamp"] = last_packet_received_timestamp
        if last_packet_sent_timestamp is not UNSET:
            field_dict["last_packet_sent_timestamp"] = last_packet_sent_timestamp
        if local_candidate_address is not UNSET:
            field_dict["local_candidate_address"] = local_candidate_address
        if local_candidate_id is not UNSET:
            field_dict["local_candidate_id"] = local_candidate_id
        if local_candidate_network_type is not UNSET:
            field_dict["local_candidate_network_type"] = local_candidate_network_type
        if local_candidate_port is not UNSET:
            field_dict["local_candidate_port"] = local_candidate_port
        if local_candidate_protocol is not UNSET:
            field_dict["local_candidate_protocol"] = local_candidate_protocol
        if local_candidate_related_address is not UNSET:
            field_dict["local_candidate_related_address"] = local_candidate_related_address
        if local_candidate_related_port is not UNSET:
            field_dict["local_candidate_related_port"] = local_candidate_related_port
        if local_candidate_type is not UNSET:
            field_dict["local_candidate_type"] = local_candidate_type
        if local_candidate_url is not UNSET:
            field_dict["local_candidate_url"] = local_candidate_url
        if nominated is not UNSET:
            field_dict["nominated"] = nominated
        if packets_discarded_on_send is not UNSET:
            field_dict["packets_discarded_on_send"] = packets_discarded_on_send
        if packets_received is not UNSET:
            field_dict["packets_received"] = packets_received
        if packets_sent is not UNSET:
            field_dict["packets_sent"] = packets_sent
        if remote_candidate_address is not UNSET:
            field_dict["remote_candidate_address"] = remote_candidate_address
        if remote_candidate_id is not UNSET:
            field_dict["remote_candidate_id"] = remote_candidate_id
        if remote_candidate_port is not UNSET:
            field_dict["remote_candidate_port"] = remote_candidate_port
        if remote_candidate_protocol is not UNSET:
            field_dict["remote_candidate_protocol"] = remote_candidate_protocol
        if remote_candidate_type is not UNSET:
            field_dict["remote_candidate_type"] = remote_candidate_type
        if remote_candidate_url is not UNSET:
            field_dict["remote_candidate_url"] = remote_candidate_url
        if total_round_trip_time is not UNSET:
            field_dict["total_round_trip_time"] = total_round_trip_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_incoming_bitrate = d.pop("available_incoming_bitrate", UNSET)

        available_outgoing_bitrate = d.pop("available_outgoing_bitrate", UNSET)

        bytes_discarded_on_send = d.pop("bytes_discarded_on_send", UNSET)

        bytes_received = d.pop("bytes_received", UNSET)

        bytes_sent = d.pop("bytes_sent", UNSET)

        current_round_trip_time = d.pop("current_round_trip_time", UNSET)

        last_packet_received_timestamp = d.pop("last_packet_received_timestamp", UNSET)

        last_packet_sent_timestamp = d.pop("last_packet_sent_timestamp", UNSET)

        local_candidate_address = d.pop("local_candidate_address", UNSET)

        local_candidate_id = d.pop("local_candidate_id", UNSET)

        local_candidate_network_type = d.pop("local_candidate_network_type", UNSET)

        local_candidate_port = d.pop("local_candidate_port", UNSET)

        local_candidate_protocol = d.pop("local_candidate_protocol", UNSET)

        local_candidate_related_address = d.pop("local_candidate_related_address", UNSET)

        local_candidate_related_port = d.pop("local_candidate_related_port", UNSET)

        local_candidate_type = d.pop("local_candidate_type", UNSET)

        local_candidate_url = d.pop("local_candidate_url", UNSET)

        nominated = d.pop("nominated", UNSET)

        packets_discarded_on_send = d.pop("packets_discarded_on_send", UNSET)

        packets_received = d.pop("packets_received", UNSET)

        packets_sent = d.pop("packets_sent", UNSET)

        remote_candidate_address = d.pop("remote_candidate_address", UNSET)

        remote_candidate_id = d.pop("remote_candidate_id", UNSET)

        remote_candidate_port = d.pop("remote_candidate_port", UNSET)

        remote_candidate_protocol = d.pop("remote_candidate_protocol", UNSET)

        remote_candidate_type = d.pop("remote_candidate_type", UNSET)

        remote_candidate_url = d.pop("remote_candidate_url", UNSET)

        total_round_trip_time = d.pop("total_round_trip_time", UNSET)

        peer_transport = cls(
            available_incoming_bitrate=available_incoming_bitrate,
            available_outgoing_bitrate=available_outgoing_bitrate,
            bytes_discarded_on_send=bytes_discarded_on_send,
            bytes_received=bytes_received,
            bytes_sent=bytes_sent,
            current_round_trip_time=current_round_trip_time,
            last_packet_received_timestamp=last_packet_received_timestamp,
            last_packet_sent_timestamp=last_packet_sent_timestamp,
            local_candidate_address=local_candidate_address,
            local_candidate_id=local_candidate_id,
            local_candidate_network_type=local_candidate_network_type,
            local_candidate_port=local_candidate_port,
            local_candidate_protocol=local_candidate_protocol,
            local_candidate_related_address=local_candidate_related_address,
            local_candidate_related_port=local_candidate_related_port,
            local_candidate_type=local_candidate_type,
            local_candidate_url=local_candidate_url,
            nominated=nominated,
            packets_discarded_on_send=packets_discarded_on_send,
            packets_received=packets_received,
            packets_sent=packets_sent,
            remote_candidate_address=remote_candidate_address,
            remote_candidate_id=remote_candidate_id,
            remote_candidate_port=remote_candidate_port,
            remote_candidate_protocol=remote_candidate_protocol,
            remote_candidate_type=remote_candidate_type,
            remote_candidate_url=remote_candidate_url,
            total_round_trip_time=total_round_trip_time,
        )

        peer_transport.additional_properties = d
        return peer_transport

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
