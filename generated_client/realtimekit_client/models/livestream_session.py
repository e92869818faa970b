from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LivestreamSession")


@_attrs_define
class LivestreamSession:
    """A livestream session: one period its livestream was live. Seconds as integers and times as plain strings, as the
    official SDK types them here; no `invoked_time`.

    """

    id: str
    """ ID of the livestream session. """
    created_at: datetime.datetime
    """ When the session was recorded. """
    err_message: None | str
    """ What went wrong, or null. """
    ingest_seconds: int
    """ Seconds streamed in (so far, while live). """
    livestream_id: str
    """ ID of the livestream. """
    started_time: str
    """ When the livestream went live (ISO 8601). """
    stopped_time: None | str
    """ When it stopped (ISO 8601); null while live. """
    updated_at: str
    """ When the session last changed (ISO 8601). """
    viewer_seconds: int
    """ Seconds watched, added up over viewers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        err_message: None | str = self.err_message

        ingest_seconds = self.ingest_seconds

        livestream_id = self.livestream_id

        started_time = self.started_time

        stopped_time: None | str = self.stopped_time

        updated_at = self.updated_at

        viewer_seconds = self.viewer_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "err_message": err_message,
                "ingest_seconds": ingest_seconds,
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

        livestream_id = d.pop("livestream_id")

        started_time = d.pop("started_time")

        stopped_time = cast(None | str, d.pop("stopped_time"))

        updated_at = d.pop("updated_at")

        viewer_seconds = d.pop("viewer_seconds")

        livestream_session = cls(
            id=id,
            created_at=created_at,
            err_message=err_message,
            ingest_seconds=ingest_seconds,
            livestream_id=livestream_id,
            started_time=started_time,
            stopped_time=stopped_time,
            updated_at=updated_at,
            viewer_seconds=viewer_seconds,
        )

        livestream_session.additional_properties = d
        return livestream_session

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
