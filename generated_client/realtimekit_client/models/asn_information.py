from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AsnInformation")


@_attrs_define
class AsnInformation:
    """Autonomous system of the peer's IP address."""

    asn: str | Unset = UNSET
    domain: str | Unset = UNSET
    name: str | Unset = UNSET
    route: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asn = self.asn

        domain = self.domain

        name = self.name

        route = self.route

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asn is not UNSET:
            field_dict["asn"] = asn
        if domain is not UNSET:
            field_dict["domain"] = domain
        if name is not UNSET:
            field_dict["name"] = name
        if route is not UNSET:
            field_dict["route"] = route
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asn = d.pop("asn", UNSET)

        domain = d.pop("domain", UNSET)

        name = d.pop("name", UNSET)

        route = d.pop("route", UNSET)

        type_ = d.pop("type", UNSET)

        asn_information = cls(
            asn=asn,
            domain=domain,
            name=name,
            route=route,
            type_=type_,
        )

        asn_information.additional_properties = d
        return asn_information

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
