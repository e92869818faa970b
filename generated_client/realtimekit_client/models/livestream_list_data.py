from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.livestream_status import LivestreamStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LivestreamListData")


@_attrs_define
class LivestreamListData:
    """The first livestream of the page (its properties absent on an empty page), and `paging`."""

    paging: LivestreamPaging
    """ Where the item shown sits in the whole list; offsets count from 1, an empty page has `start_offset` and
    `end_offset` 0. """
    id: str | Unset = UNSET
    """ ID of the livestream. """
    created_at: datetime.datetime | Unset = UNSET
    """ When the livestream was created. """
    disabled: bool | str | Unset = UNSET
    """ Whether the livestream was disabled (`"false"` or `"true"` from the emulator). """
    ingest_server: str | Unset = UNSET
    """ RTMP(S) URL streams are pushed to. """
    meeting_id: None | str | Unset = UNSET
    """ The meeting livestreamed, or null for an independent livestream. """
    name: None | str | Unset = UNSET
    """ Name of the livestream, or null. """
    playback_url: str | Unset = UNSET
    """ HLS URL viewers watch the livestream at. """
    status: LivestreamStatus | Unset = UNSET
    """ Where a livestream is: `INVOKED` (a meeting's livestream starting) → `LIVE` (a stream is coming in) → `IDLE`
    (stopped, or an independent livestream waiting for a stream); `ERRORED` on failure. Webhook events say `LIVE`
    and `OFFLINE` instead. """
    updated_at: datetime.datetime | Unset = UNSET
    """ When the livestream last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paging = self.paging.to_dict()

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        disabled: bool | str | Unset = self.disabled

        ingest_server = self.ingest_server

        meeting_id: None | str | Unset = self.meeting_id

        name: None | str | Unset = self.name

        playback_url = self.playback_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status._value_

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paging": paging,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if ingest_server is not UNSET:
            field_dict["ingest_server"] = ingest_server
        if meeting_id is not UNSET:
            field_dict["meeting_id"] = meeting_id
        if name is not UNSET:
            field_dict["name"] = name
        if playback_url is not UNSET:
            field_dict["playback_url"] = playback_url
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        paging = LivestreamPaging.from_dict(d.pop("paging"))

        id = d.pop("id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        disabled = cast(bool | str | Unset, d.pop("disabled", UNSET))

        ingest_server = d.pop("ingest_server", UNSET)

        meeting_id = cast(None | str | Unset, d.pop("meeting_id", UNSET))

        name = cast(None | str | Unset, d.pop("name", UNSET))

        playback_url = d.pop("playback_url", UNSET)

        _status = d.pop("status", UNSET)
        status: LivestreamStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            status = LivestreamStatus.from_value(_status)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        livestream_list_data = cls(
            paging=paging,
            id=id,
            created_at=created_at,
            disabled=disabled,
            ingest_server=ingest_server,
            meeting_id=meeting_id,
            name=name,
            playback_url=playback_url,
            status=status,
            updated_at=updated_at,
        )

        livestream_list_data.additional_properties = d
        return livestream_list_data

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
from ..models.livestream_paging import LivestreamPaging
