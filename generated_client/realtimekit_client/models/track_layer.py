from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_layer_media_kind import TrackLayerMediaKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackLayer")


@_attrs_define
class TrackLayer:
    """One layer of a track recording."""

    file_name_prefix: str | Unset = UNSET
    """ Prefix of this layer's files. """
    media_kind: TrackLayerMediaKind | Unset = UNSET
    """ What the layer records (audio only, for now). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_name_prefix = self.file_name_prefix

        media_kind: str | Unset = UNSET
        if not isinstance(self.media_kind, Unset):
            media_kind = self.media_kind._value_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_name_prefix is not UNSET:
            field_dict["file_name_prefix"] = file_name_prefix
        if media_kind is not UNSET:
            field_dict["media_kind"] = media_kind

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_name_prefix = d.pop("file_name_prefix", UNSET)

        _media_kind = d.pop("media_kind", UNSET)
        media_kind: TrackLayerMediaKind | Unset
        if _media_kind is UNSET:
            media_kind = UNSET
        else:
            media_kind = TrackLayerMediaKind.from_value(_media_kind)

        track_layer = cls(
            file_name_prefix=file_name_prefix,
            media_kind=media_kind,
        )

        track_layer.additional_properties = d
        return track_layer

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
