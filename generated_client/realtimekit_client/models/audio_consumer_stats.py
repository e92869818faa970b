from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioConsumerStats")


@_attrs_define
class AudioConsumerStats:
    """Statistics of an audio consumer at one moment."""

    bytes_received: float | Unset = UNSET
    concealment_events: float | Unset = UNSET
    consumer_id: str | Unset = UNSET
    jitter: float | Unset = UNSET
    jitter_buffer_delay: float | Unset = UNSET
    jitter_buffer_emitted_count: float | Unset = UNSET
    mid: str | Unset = UNSET
    mos_quality: float | Unset = UNSET
    packets_lost: float | Unset = UNSET
    packets_received: float | Unset = UNSET
    peer_id: str | Unset = UNSET
    producer_id: str | Unset = UNSET
    ssrc: float | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_received = self.bytes_received

        concealment_events = self.concealment_events

        consumer_id = self.consumer_id

        jitter = self.jitter

        jitter_buffer_delay = self.jitter_buffer_delay

        jitter_buffer_emitted_count = self.jitter_buffer_emitted_count

        mid = self.mid

        mos_quality = self.mos_quality

        packets_lost = self.packets_lost

        packets_received = self.packets_received

        peer_id = self.peer_id

        producer_id = self.producer_id

        ssrc = self.ssrc

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bytes_received is not UNSET:
            field_dict["bytes_received"] = bytes_received
        if concealment_events is not UNSET:
            field_dict["concealment_events"] = concealment_events
        if consumer_id is not UNSET:
            field_dict["consumer_id"] = consumer_id
        if jitter is not UNSET:
            field_dict["jitter"] = jitter
        if jitter_buffer_delay is not UNSET:
            field_dict["jitter_buffer_delay"] = jitter_buffer_delay
        if jitter_buffer_emitted_count is not UNSET:
            field_dict["jitter_buffer_emitted_count"] = jitter_buffer_emitted_count
        if mid is not UNSET:
            field_dict["mid"] = mid
        if mos_quality is not UNSET:
            field_dict["mos_quality"] = mos_quality
        if packets_lost is not UNSET:
            field_dict["packets_lost"] = packets_lost
        if packets_received is not UNSET:
            field_dict["packets_received"] = packets_received
        if peer_id is not UNSET:
            field_dict["peer_id"] = peer_id
        if producer_id is not UNSET:
            field_dict["producer_id"] = producer_id
        if ssrc is not UNSET:
            field_dict["ssrc"] = ssrc
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bytes_received = d.pop("bytes_received", UNSET)

        concealment_events = d.pop("concealment_events", UNSET)

        consumer_id = d.pop("consumer_id", UNSET)

        jitter = d.pop("jitter", UNSET)

        jitter_buffer_delay = d.pop("jitter_buffer_delay", UNSET)

        jitter_buffer_emitted_count = d.pop("jitter_buffer_emitted_count", UNSET)

        mid = d.pop("mid", UNSET)

        mos_quality = d.pop("mos_quality", UNSET)

        packets_lost = d.pop("packets_lost", UNSET)

        packets_received = d.pop("packets_received", UNSET)

        peer_id = d.pop("peer_id", UNSET)

        producer_id = d.pop("producer_id", UNSET)

        ssrc = d.pop("ssrc", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        audio_consumer_stats = cls(
            bytes_received=bytes_received,
            concealment_events=concealment_events,
            consumer_id=consumer_id,
            jitter=jitter,
            jitter_buffer_delay=jitter_buffer_delay,
            jitter_buffer_emitted_count=jitter_buffer_emitted_count,
            mid=mid,
            mos_quality=mos_quality,
            packets_lost=packets_lost,
            packets_received=packets_received,
            peer_id=peer_id,
            producer_id=producer_id,
            ssrc=ssrc,
            timestamp=timestamp,
        )

        audio_consumer_stats.additional_properties = d
        return audio_consumer_stats

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
