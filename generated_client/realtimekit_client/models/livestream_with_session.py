from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LivestreamWithSession")


@_attrs_define
class LivestreamWithSession:
    """A livestream, the first session of the requested page (absent when it is empty), and where that page sits among its
    sessions.

    """

    livestream: LivestreamSummary
    """ A livestream, without its stream key. """
    paging: LivestreamPaging
    """ Where the item shown sits in the whole list; offsets count from 1, an empty page has `start_offset` and
    `end_offset` 0. """
    session: LivestreamSessionOfLivestream | Unset = UNSET
    """ A session of a livestream; seconds as numbers, as the official SDK types them here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        livestream = self.livestream.to_dict()

        paging = self.paging.to_dict()

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "livestream": livestream,
                "paging": paging,
            }
        )
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        livestream = LivestreamSummary.from_dict(d.pop("livestream"))

        paging = LivestreamPaging.from_dict(d.pop("paging"))

        _session = d.pop("session", UNSET)
        session: LivestreamSessionOfLivestream | Unset
        if _session is UNSET:
            session = UNSET
        else:
            session = LivestreamSessionOfLivestream.from_dict(_session)

        livestream_with_session = cls(
            livestream=livestream,
            paging=paging,
            session=session,
        )

        livestream_with_session.additional_properties = d
        return livestream_with_session

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
from ..models.livestream_session_of_livestream import LivestreamSessionOfLivestream
from ..models.livestream_summary import LivestreamSummary
