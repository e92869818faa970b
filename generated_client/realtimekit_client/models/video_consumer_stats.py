from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoConsumerStats")


@_attrs_define
class VideoConsumerStats:
    """Statistics of a video consumer at one moment."""

    bytes_received: float | Unset = UNSET
    consumer_id: str | Unset = UNSET
    fir_count: float | Unset = UNSET
    frame_height: float | Unset = UNSET
    frame_width: float | Unset = UNSET
    frames_decoded: float | Unset = UNSET
    frames_dropped: float | Unset = UNSET
    frames_per_second: float | Unset = UNSET
    jitter: float | Unset = UNSET
    jitter_buffer_delay: float | Unset = UNSET
    jitter_buffer_emitted_count: float | Unset = UNSET
    key_frames_decoded: float | Unset = UNSET
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

        consumer_id = self.consumer_id

        fir_count = self.fir_count

        frame_height = self.frame_height

        frame_width = self.frame_width

        frames_decoded = self.frames_decoded

        frames_dropped = self.frames_dropped

        frames_per_second = self.frames_per_second

        jitter = self.jitter

        jitter_buffer_delay = self.jitter_buffer_delay

        jitter_buffer_emitted_count = self.jitter_buffer_emitted_count

        key_frames_decoded = self.key_frames_decoded

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
        if consumer_id is not UNSET:
            field_dict["consumer_id"] = consumer_id
        if fir_count is not UNSET:
            field_dict["fir_count"] = fir_count
        if frame_height is not UNSET:
            field_dict["frame_height"] = frame_height
        if frame_width is not UNSET:
            field_dict["frame_width"] = frame_width
        if frames_decoded is not UNSET:
            field_dict["frames_decoded"] = frames_decoded
        if frames_dropped is not UNSET:
            field_dict["frames_dropped"] = frames_dropped
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if jitter is not UNSET:
            field_dict["jitter"] = jitter
        if jitter_buffer_delay is not UNSET:
            field_dict["jitter_buffer_delay"] = jitter_buffer_delay
        if jitter_buffer_emitted_count is not UNSET:
            field_dict["jitter_buffer_emitted_count"] = jitter_buffer_emitted_count
        if key_frames_decoded is not UNSET:
            field_dict["key_frames_decoded"] = key_frames_decoded
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

        consumer_id = d.pop("consumer_id", UNSET)

        fir_count = d.pop("fir_count", UNSET)

        frame_height = d.pop("frame_height", UNSET)

        frame_width = d.pop("frame_width", UNSET)

        frames_decoded = d.pop("frames_decoded", UNSET)

        frames_dropped = d.pop("frames_dropped", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        jitter = d.pop("jitter", UNSET)

        jitter_buffer_delay = d.pop("jitter_buffer_delay", UNSET)

        jitter_buffer_emitted_count = d.pop("jitter_buffer_emitted_count", UNSET)

        key_frames_decoded = d.pop("key_frames_decoded", UNSET)

        mid = d.pop("mid", UNSET)

        mos_quality = d.pop("mos_quality", UNSET)

        packets_lost = d.pop("packets_lost", UNSET)

        packets_received = d.pop("packets_received", UNSET)

        peer_id = d.pop("peer_id", UNSET)

        producer_id = d.pop("producer_id", UNSET)

        ssrc = d.pop("ssrc", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        video_consumer_stats = cls(
            bytes_received=bytes_received,
            consumer_id=consumer_id,
            fir_count=fir_count,
            frame_height=frame_height,
            frame_width=frame_width,
            frames_decoded=frames_decoded,
            frames_dropped=frames_dropped,
            frames_per_second=frames_per_second,
            jitter=jitter,
            jitter_buffer_delay=jitter_buffer_delay,
            jitter_buffer_emitted_count=jitter_buffer_emitted_count,
            key_frames_decoded=key_frames_decoded,
            mid=mid,
            mos_quality=mos_quality,
            packets_lost=packets_lost,
            packets_received=packets_received,
            peer_id=peer_id,
            producer_id=producer_id,
            ssrc=ssrc,
            timestamp=timestamp,
        )

        video_consumer_stats.additional_properties = d
        return video_consumer_stats

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
