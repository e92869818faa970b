from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.livestream_status import LivestreamStatus
from ..types import sensitive_repr

T = TypeVar("T", bound="Livestream")


@_attrs_define
class Livestream:
    """A livestream, with the key an RTMP source pushes with."""

    id: str
    """ ID of the livestream. """
    created_at: datetime.datetime
    """ When the livestream was created. """
    disabled: bool | str
    """ Whether the livestream was disabled; the official SDK types a string and the emulator answers `"false"` or
    `"true"`; documented examples show a boolean. """
    ingest_server: str
    """ RTMP(S) URL streams are pushed to. """
    meeting_id: None | str
    """ The meeting livestreamed, or null for an independent livestream. """
    name: None | str
    """ Name of the livestream, or null. """
    playback_url: str
    """ HLS URL viewers watch the livestream at. """
    status: LivestreamStatus
    """ Where a livestream is: `INVOKED` (a meeting's livestream starting) → `LIVE` (a stream is coming in) → `IDLE`
    (stopped, or an independent livestream waiting for a stream); `ERRORED` on failure. Webhook events say `LIVE`
    and `OFFLINE` instead. """
    updated_at: datetime.datetime
    """ When the livestream last changed. """
    stream_key: str = _attrs_field(repr=sensitive_repr)
    """ Key an RTMP source pushes with (a secret; hidden from the client models' repr). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        disabled: bool | str = self.disabled

        ingest_server = self.ingest_server

        meeting_id: None | str = self.meeting_id

        name: None | str = self.name

        playback_url = self.playback_url

        status = self.status._value_

        updated_at = self.updated_at.isoformat()

        stream_key = self.stream_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "disabled": disabled,
                "ingest_server": ingest_server,
                "meeting_id": meeting_id,
                "name": name,
                "playback_url": playback_url,
                "status": status,
                "updated_at": updated_at,
                "stream_key": stream_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        disabled = cast(bool | str, d.pop("disabled"))

        ingest_server = d.pop("ingest_server")

        meeting_id = cast(None | str, d.pop("meeting_id"))

        name = cast(None | str, d.pop("name"))

        playback_url = d.pop("playback_url")

        status = LivestreamStatus.from_value(d.pop("status"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        stream_key = d.pop("stream_key")

        livestream = cls(
            id=id,
            created_at=created_at,
            disabled=disabled,
            ingest_server=ingest_server,
            meeting_id=meeting_id,
            name=name,
            playback_url=playback_url,
            status=status,
            updated_at=updated_at,
            stream_key=stream_key,
        )

        livestream.additional_properties = d
        return livestream

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
