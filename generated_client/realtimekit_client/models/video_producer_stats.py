from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quality_limitation_reason import QualityLimitationReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoProducerStats")


@_attrs_define
class VideoProducerStats:
    """Statistics of a video producer at one moment."""

    bytes_sent: float | Unset = UNSET
    fir_count: float | Unset = UNSET
    frame_height: float | Unset = UNSET
    frame_width: float | Unset = UNSET
    frames_encoded: float | Unset = UNSET
    frames_per_second: float | Unset = UNSET
    jitter: float | Unset = UNSET
    key_frames_encoded: float | Unset = UNSET
    mid: str | Unset = UNSET
    mos_quality: float | Unset = UNSET
    packets_lost: float | Unset = UNSET
    packets_sent: float | Unset = UNSET
    pli_count: float | Unset = UNSET
    producer_id: str | Unset = UNSET
    quality_limitation_durations: QualityLimitationDurations | Unset = UNSET
    """ Seconds the video quality was limited, by reason. """
    quality_limitation_reason: QualityLimitationReason | Unset = UNSET
    """ Why the video quality is limited. """
    quality_limitation_resolution_changes: float | Unset = UNSET
    rtt: float | Unset = UNSET
    ssrc: float | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bytes_sent = self.bytes_sent

        fir_count = self.fir_count

        frame_height = self.frame_height

        frame_width = self.frame_width

        frames_encoded = self.frames_encoded

        frames_per_second = self.frames_per_second

        jitter = self.jitter

        key_frames_encoded = self.key_frames_encoded

        mid = self.mid

        mos_quality = self.mos_quality

        packets_lost = self.packets_lost

        packets_sent = self.packets_sent

        pli_count = self.pli_count

        producer_id = self.producer_id

        quality_limitation_durations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality_limitation_durations, Unset):
            quality_limitation_durations = self.quality_limitation_durations.to_dict()

        quality_limitation_reason: str | Unset = UNSET
        if not isinstance(self.quality_limitation_reason, Unset):
            quality_limitation_reason = self.quality_limitation_reason._value_

        quality_limitation_resolution_changes = self.quality_limitation_resolution_changes

        rtt = self.rtt

        ssrc = self.ssrc

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bytes_sent is not UNSET:
            field_dict["bytes_sent"] = bytes_sent
        if fir_count is not UNSET:
            field_dict["fir_count"] = fir_count
        if frame_height is not UNSET:
            field_dict["frame_height"] = frame_height
        if frame_width is not UNSET:
            field_dict["frame_width"] = frame_width
        if frames_encoded is not UNSET:
            field_dict["frames_encoded"] = frames_encoded
        if frames_per_second is not UNSET:
            field_dict["frames_per_second"] = frames_per_second
        if jitter is not UNSET:
            field_dict["jitter"] = jitter
        if key_frames_encoded is not UNSET:
            field_dict["key_frames_encoded"] = key_frames_encoded
        if mid is not UNSET:
            field_dict["mid"] = mid
        if mos_quality is not UNSET:
            field_dict["mos_quality"] = mos_quality
        if packets_lost is not UNSET:
            field_dict["packets_lost"] = packets_lost
        if packets_sent is not UNSET:
            field_dict["packets_sent"] = packets_sent
        if pli_count is not UNSET:
            field_dict["pli_count"] = pli_count
        if producer_id is not UNSET:
            field_dict["producer_id"] = producer_id
        if quality_limitation_durations is not UNSET:
            field_dict["quality_limitation_durations"] = quality_limitation_durations
        if quality_limitation_reason is not UNSET:
            field_dict["quality_limitation_reason"] = quality_limitation_reason
        if quality_limitation_resolution_changes is not UNSET:
            field_dict["quality_limitation_resolution_changes"] = quality_limitation_resolution_changes
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

        fir_count = d.pop("fir_count", UNSET)

        frame_height = d.pop("frame_height", UNSET)

        frame_width = d.pop("frame_width", UNSET)

        frames_encoded = d.pop("frames_encoded", UNSET)

        frames_per_second = d.pop("frames_per_second", UNSET)

        jitter = d.pop("jitter", UNSET)

        key_frames_encoded = d.pop("key_frames_encoded", UNSET)

        mid = d.pop("mid", UNSET)

        mos_quality = d.pop("mos_quality", UNSET)

        packets_lost = d.pop("packets_lost", UNSET)

        packets_sent = d.pop("packets_sent", UNSET)

        pli_count = d.pop("pli_count", UNSET)

        producer_id = d.pop("producer_id", UNSET)

        _quality_limitation_durations = d.pop("quality_limitation_durations", UNSET)
        quality_limitation_durations: QualityLimitationDurations | Unset
        if _quality_limitation_durations is UNSET:
            quality_limitation_durations = UNSET
        else:
            quality_limitation_durations = QualityLimitationDurations.from_dict(_quality_limitation_durations)

        _quality_limitation_reason = d.pop("quality_limitation_reason", UNSET)
        quality_limitation_reason: QualityLimitationReason | Unset
        if _quality_limitation_reason is UNSET:
            quality_limitation_reason = UNSET
        else:
            quality_limitation_reason = QualityLimitationReason.from_value(_quality_limitation_reason)

        quality_limitation_resolution_changes = d.pop("quality_limitation_resolution_changes", UNSET)

        rtt = d.pop("rtt", UNSET)

        ssrc = d.pop("ssrc", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        video_producer_stats = cls(
            bytes_sent=bytes_sent,
            fir_count=fir_count,
            frame_height=frame_height,
            frame_width=frame_width,
            frames_encoded=frames_encoded,
            frames_per_second=frames_per_second,
            jitter=jitter,
            key_frames_encoded=key_frames_encoded,
            mid=mid,
            mos_quality=mos_quality,
            packets_lost=packets_lost,
            packets_sent=packets_sent,
            pli_count=pli_count,
            producer_id=producer_id,
            quality_limitation_durations=quality_limitation_durations,
            quality_limitation_reason=quality_limitation_reason,
            quality_limitation_resolution_changes=quality_limitation_resolution_changes,
            rtt=rtt,
            ssrc=ssrc,
            timestamp=timestamp,
        )

        video_producer_stats.additional_properties = d
        return video_producer_stats

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
from ..models.quality_limitation_durations import QualityLimitationDurations
