from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActiveLivestreamSession")


@_attrs_define
class ActiveLivestreamSession:
    """A livestream and its session in progress (no `session` when it is not live)."""

    livestream: LivestreamSummary
    """ A livestream, without its stream key. """
    session: LivestreamSessionActive | Unset = UNSET
    """ A livestream session in progress; seconds as strings, as the official SDK types them here. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        livestream = self.livestream.to_dict()

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "livestream": livestream,
            }
        )
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        livestream = LivestreamSummary.from_dict(d.pop("livestream"))

        _session = d.pop("session", UNSET)
        session: LivestreamSessionActive | Unset
        if _session is UNSET:
            session = UNSET
        else:
            session = LivestreamSessionActive.from_dict(_session)

        active_livestream_session = cls(
            livestream=livestream,
            session=session,
        )

        active_livestream_session.additional_properties = d
        return active_livestream_session

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
from ..models.livestream_session_active import LivestreamSessionActive
from ..models.livestream_summary import LivestreamSummary
