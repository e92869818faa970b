from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LivestreamSessionOfLivestream")


@_attrs_define
class LivestreamSessionOfLivestream:
    """A session of a livestream; seconds as numbers, as the official SDK types them here."""

    id: str
    """ ID of the livestream session. """
    created_at: datetime.datetime
    """ When the session was recorded. """
    err_message: None | str
    """ What went wrong, or null. """
    ingest_seconds: float
    """ Seconds streamed in (so far, while live). """
    invoked_time: datetime.datetime
    """ When the livestream was asked to start. """
    livestream_id: str
    """ ID of the livestream. """
    started_time: datetime.datetime
    """ When the livestream went live. """
    stopped_time: datetime.datetime | None
    """ When it stopped; null while live. """
    updated_at: datetime.datetime
    """ When the session last changed. """
    viewer_seconds: float
    """ Seconds watched, added up over viewers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        err_message: None | str = self.err_message

        ingest_seconds = self.ingest_seconds

        invoked_time = self.invoked_time.isoformat()

        livestream_id = self.livestream_id

        started_time = self.started_time.isoformat()

        stopped_time: None | str
        if isinstance(self.stopped_time, datetime.datetime):
            stopped_time = self.stopped_time.isoformat()
        else:
            stopped_time = self.stopped_time

        updated_at = self.updated_at.isoformat()

        viewer_seconds = self.viewer_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "err_message": err_message,
                "ingest_seconds": ingest_seconds,
                "invoked_time": invoked_time,
                "livestream_id": livestream_id,
                "started_time": started_time,
                "stopped_time": stopped_time,
                "updated_at": updated_at,
                "viewer_seconds": viewer_seconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        err_message = cast(None | str, d.pop("err_message"))

        ingest_seconds = d.pop("ingest_seconds")

        invoked_time = datetime.datetime.fromisoformat(d.pop("invoked_time"))

        livestream_id = d.pop("livestream_id")

        started_time = datetime.datetime.fromisoformat(d.pop("started_time"))

        def _parse_stopped_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stopped_time_type_0 = datetime.datetime.fromisoformat(data)

                return stopped_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        stopped_time = _parse_stopped_time(d.pop("stopped_time"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        viewer_seconds = d.pop("viewer_seconds")

        livestream_session_of_livestream = cls(
            id=id,
            created_at=created_at,
            err_message=err_message,
            ingest_seconds=ingest_seconds,
            invoked_time=invoked_time,
            livestream_id=livestream_id,
            started_time=started_time,
            stopped_time=stopped_time,
            updated_at=updated_at,
            viewer_seconds=viewer_seconds,
        )

        livestream_session_of_livestream.additional_properties = d
        return livestream_session_of_livestream

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
