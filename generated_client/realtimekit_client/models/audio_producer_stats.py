from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioProducerStats")


@_attrs_define
class AudioProducerStats:
    """Statistics of an audio producer at one moment."""

    bytes_sent: float | Unset = UNSET
    jitter: float | Unset = UNSET
    mid: str | Unset = UNSET
    mos_quality: float | Unset = UNSET
    packets_lost: float | Unset = UNSET
    packets_sent: float | Unset = UNSET
    producer_id: str | Unset = UNSET
    rtt: float | Unset = UNSET
    ssrc: float | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_sent = self.bytes_sent

        jitter = self.jitter

        mid = self.mid

        mos_quality = self.mos_quality

        packets_lost = self.packets_lost

        packets_sent = self.packets_sent

        producer_id = self.producer_id

        rtt = self.rtt

        ssrc = self.ssrc

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bytes_sent is not UNSET:
            field_dict["bytes_sent"] = bytes_sent
        if jitter is not UNSET:
            field_dict["jitter"] = jitter
        if mid is not UNSET:
            field_dict["mid"] = mid
        if mos_quality is not UNSET:
            field_dict["mos_quality"] = mos_quality
        if packets_lost is not UNSET:
            field_dict["packets_lost"] = packets_lost
        if packets_sent is not UNSET:
            field_dict["packets_sent"] = packets_sent
        if producer_id is not UNSET:
            field_dict["producer_id"] = producer_id
        if rtt is not UNSET:
            field_dict["rtt"] = rtt
        if ssrc is not UNSET:
            field_dict["ssrc"] = ssrc
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bytes_sent = d.pop("bytes_sent", UNSET)

        jitter = d.pop("jitter", UNSET)

        mid = d.pop("mid", UNSET)

        mos_quality = d.pop("mos_quality", UNSET)

        packets_lost = d.pop("packets_lost", UNSET)

        packets_sent = d.pop("packets_sent", UNSET)

        producer_id = d.pop("producer_id", UNSET)

        rtt = d.pop("rtt", UNSET)

        ssrc = d.pop("ssrc", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        audio_producer_stats = cls(
            bytes_sent=bytes_sent,
            jitter=jitter,
            mid=mid,
            mos_quality=mos_quality,
            packets_lost=packets_lost,
            packets_sent=packets_sent,
            producer_id=producer_id,
            rtt=rtt,
            ssrc=ssrc,
            timestamp=timestamp,
        )

        audio_producer_stats.additional_properties = d
        return audio_producer_stats

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
