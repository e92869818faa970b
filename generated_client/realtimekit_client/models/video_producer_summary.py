from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoProducerSummary")


@_attrs_define
class VideoProducerSummary:
    """Video production over the whole call."""

    frame_per_second: QualityDistribution | Unset = UNSET
    """ Average and percentiles of a measure. """
    frame_width: QualityDistribution | Unset = UNSET
    """ Average and percentiles of a measure. """
    high_negative_feedback_fraction: float | Unset = UNSET
    issues: VideoProducerIssues | Unset = UNSET
    """ Share of the call with each video production issue. """
    key_frames_encoded_fraction: float | Unset = UNSET
    packet_loss: LossBuckets | Unset = UNSET
    """ Share of events at or above each packet-loss percentage, and the average. """
    quality_mos: QualityDistribution | Unset = UNSET
    """ Average and percentiles of a measure. """
    rtt: LatencyBuckets | Unset = UNSET
    """ Share of events at or above each latency, and the average. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frame_per_second: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frame_per_second, Unset):
            frame_per_second = self.frame_per_second.to_dict()

        frame_width: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frame_width, Unset):
            frame_width = self.frame_width.to_dict()

        high_negative_feedback_fraction = self.high_negative_feedback_fraction

        issues: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = self.issues.to_dict()

        key_frames_encoded_fraction = self.key_frames_encoded_fraction

        packet_loss: dict[str, Any] | Unset = UNSET
        if not isinstance(self.packet_loss, Unset):
            packet_loss = self.packet_loss.to_dict()

        quality_mos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality_mos, Unset):
            quality_mos = self.quality_mos.to_dict()

        rtt: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rtt, Unset):
            rtt = self.rtt.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if frame_per_second is not UNSET:
            field_dict["frame_per_second"] = frame_per_second
        if frame_width is not UNSET:
            field_dict["frame_width"] = frame_width
        if high_negative_feedback_fraction is not UNSET:
            field_dict["high_negative_feedback_fraction"] = high_negative_feedback_fraction
        if issues is not UNSET:
            field_dict["issues"] = issues
        if key_frames_encoded_fraction is not UNSET:
            field_dict["key_frames_encoded_fraction"] = key_frames_encoded_fraction
        if packet_loss is not UNSET:
            field_dict["packet_loss"] = packet_loss
        if quality_mos is not UNSET:
            field_dict["quality_mos"] = quality_mos
        if rtt is not UNSET:
            field_dict["rtt"] = rtt

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

        high_negative_feedback_fraction = d.pop("high_negative_feedback_fraction", UNSET)

        _issues = d.pop("issues", UNSET)
        issues: VideoProducerIssues | Unset
        if _issues is UNSET:
            issues = UNSET
        else:
            issues = VideoProducerIssues.from_dict(_issues)

        key_frames_encoded_fraction = d.pop("key_frames_encoded_fraction", UNSET)

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

        _rtt = d.pop("rtt", UNSET)
        rtt: LatencyBuckets | Unset
        if _rtt is UNSET:
            rtt = UNSET
        else:
            rtt = LatencyBuckets.from_dict(_rtt)

        video_producer_summary = cls(
            frame_per_second=frame_per_second,
            frame_width=frame_width,
            high_negative_feedback_fraction=high_negative_feedback_fraction,
            issues=issues,
            key_frames_encoded_fraction=key_frames_encoded_fraction,
            packet_loss=packet_loss,
            quality_mos=quality_mos,
            rtt=rtt,
        )

        video_producer_summary.additional_properties = d
        return video_producer_summary

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
from ..models.video_producer_issues import VideoProducerIssues
