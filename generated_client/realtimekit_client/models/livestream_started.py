from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.livestream_status import LivestreamStatus
from ..types import sensitive_repr

T = TypeVar("T", bound="LivestreamStarted")


@_attrs_define
class LivestreamStarted:
    """A meeting's livestream just started, with what an RTMP source needs to push to it."""

    id: str
    """ ID of the livestream. """
    ingest_server: str
    """ RTMP(S) URL streams are pushed to. """
    playback_url: str
    """ HLS URL viewers watch the livestream at. """
    status: LivestreamStatus
    """ Where a livestream is: `INVOKED` (a meeting's livestream starting) → `LIVE` (a stream is coming in) → `IDLE`
    (stopped, or an independent livestream waiting for a stream); `ERRORED` on failure. Webhook events say `LIVE`
    and `OFFLINE` instead. """
    stream_key: str = _attrs_field(repr=sensitive_repr)
    """ Key an RTMP source pushes with (a secret; hidden from the client models' repr). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ingest_server = self.ingest_server

        playback_url = self.playback_url

        status = self.status._value_

        stream_key = self.stream_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ingest_server": ingest_server,
                "playback_url": playback_url,
                "status": status,
                "stream_key": stream_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        ingest_server = d.pop("ingest_server")

        playback_url = d.pop("playback_url")

        status = LivestreamStatus.from_value(d.pop("status"))

        stream_key = d.pop("stream_key")

        livestream_started = cls(
            id=id,
            ingest_server=ingest_server,
            playback_url=playback_url,
            status=status,
            stream_key=stream_key,
        )

        livestream_started.additional_properties = d
        return livestream_started

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
