from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoConsumerSummary")


@_attrs_define
class VideoConsumerSummary:
    """Video consumption over the whole call."""

    frame_per_second: QualityDistribution | Unset = UNSET
    """ Average and percentiles of a measure. """
    frame_width: QualityDistribution | Unset = UNSET
    """ Average and percentiles of a measure. """
    issues: VideoConsumerIssues | Unset = UNSET
    """ Share of the call with each video consumption issue. """
    jitter_buffer_delay: LatencyBuckets | Unset = UNSET
    """ Share of events at or above each latency, and the average. """
    key_frames_decoded_fraction: float | Unset = UNSET
    packet_loss: LossBuckets | Unset = UNSET
    """ Share of events at or above each packet-loss percentage, and the average. """
    quality_mos: QualityDistribution | Unset = UNSET
    """ Average and percentiles of a measure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame_per_second: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frame_per_second, Unset):
            frame_per_second = self.frame_per_second.to_dict()

        frame_width: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frame_width, Unset):
            frame_width = self.frame_width.to_dict()

        issues: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = self.issues.to_dict()

        jitter_buffer_delay: dict[str, Any] | Unset = UNSET
        if not isinstance(self.jitter_buffer_delay, Unset):
            jitter_buffer_delay = self.jitter_buffer_delay.to_dict()

        key_frames_decoded_fraction = self.key_frames_decoded_fraction

        packet_loss: dict[str, Any] | Unset = UNSET
        if not isinstance(self.packet_loss, Unset):
            packet_loss = self.packet_loss.to_dict()

        quality_mos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality_mos, Unset):
            quality_mos = self.quality_mos.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if frame_per_second is not UNSET:
            field_dict["frame_per_second"] = frame_per_second
        if frame_width is not UNSET:
            field_dict["frame_width"] = frame_width
        if issues is not UNSET:
            field_dict["issues"] = issues
        if jitter_buffer_delay is not UNSET:
            field_dict["jitter_buffer_delay"] = jitter_buffer_delay
        if key_frames_decoded_fraction is not UNSET:
            field_dict["key_frames_decoded_fraction"] = key_frames_decoded_fraction
        if packet_loss is not UNSET:
            field_dict["packet_loss"] = packet_loss
        if quality_mos is not UNSET:
            field_dict["quality_mos"] = quality_mos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _frame_per_second = d.pop("frame_per_second", UNSET)
        frame_per_second: QualityDistribution | Unset
        if _frame_per_second is UNSET:
            frame_per_second = UNSET
        else:
            frame_per_second = QualityDistribution.from_dict(_frame_per_second)

        _frame_width = d.pop("frame_width", UNSET)
        frame_width: QualityDistribution | Unset
        if _frame_width is UNSET:
            frame_width = UNSET
        else:
            frame_width = QualityDistribution.from_dict(_frame_width)

        _issues = d.pop("issues", UNSET)
        issues: VideoConsumerIssues | Unset
        if _issues is UNSET:
            issues = UNSET
        else:
            issues = VideoConsumerIssues.from_dict(_issues)

        _jitter_buffer_delay = d.pop("jitter_buffer_delay", UNSET)
        jitter_buffer_delay: LatencyBuckets | Unset
        if _jitter_buffer_delay is UNSET:
            jitter_buffer_delay = UNSET
        else:
            jitter_buffer_delay = LatencyBuckets.from_dict(_jitter_buffer_delay)

        key_frames_decoded_fraction = d.pop("key_frames_decoded_fraction", UNSET)

        _packet_loss = d.pop("packet_loss", UNSET)
        packet_loss: LossBuckets | Unset
        if _packet_loss is UNSET:
            packet_loss = UNSET
        else:
            packet_loss = LossBuckets.from_dict(_packet_loss)

        _quality_mos = d.pop("quality_mos", UNSET)
        quality_mos: QualityDistribution | Unset
        if _quality_mos is UNSET:
            quality_mos = UNSET
        else:
            quality_mos = QualityDistribution.from_dict(_quality_mos)

        video_consumer_summary = cls(
            frame_per_second=frame_per_second,
            frame_width=frame_width,
            issues=issues,
            jitter_buffer_delay=jitter_buffer_delay,
            key_frames_decoded_fraction=key_frames_decoded_fraction,
            packet_loss=packet_loss,
            quality_mos=quality_mos,
        )

        video_consumer_summary.additional_properties = d
        return video_consumer_summary

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
from ..models.latency_buckets import LatencyBuckets
from ..models.loss_buckets import LossBuckets
from ..models.quality_distribution import QualityDistribution
from ..models.video_consumer_issues import VideoConsumerIssues
