from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IpInformation")


@_attrs_define
class IpInformation:
    """Where the peer's IP address is."""

    asn: AsnInformation | Unset = UNSET
    """ Autonomous system of the peer's IP address. """
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    ipv4: str | Unset = UNSET
    org: str | Unset = UNSET
    region: str | Unset = UNSET
    timezone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asn, Unset):
            asn = self.asn.to_dict()

        city = self.city

        country = self.country

        ipv4 = self.ipv4

        org = self.org

        region = self.region

        timezone = self.timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if asn is not UNSET:
            field_dict["asn"] = asn
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if ipv4 is not UNSET:
            field_dict["ipv4"] = ipv4
        if org is not UNSET:
            field_dict["org"] = org
        if region is not UNSET:
            field_dict["region"] = region
        if timezone is not UNSET:
            field_dict["timezone"] = timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _asn = d.pop("asn", UNSET)
        asn: AsnInformation | Unset
        if _asn is UNSET:
            asn = UNSET
        else:
            asn = AsnInformation.from_dict(_asn)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        ipv4 = d.pop("ipv4", UNSET)

        org = d.pop("org", UNSET)

        region = d.pop("region", UNSET)

        timezone = d.pop("timezone", UNSET)

        ip_information = cls(
            asn=asn,
            city=city,
            country=country,
            ipv4=ipv4,
            org=org,
            region=region,
            timezone=timezone,
        )

        ip_information.additional_properties = d
        return ip_information

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
from ..models.asn_information import AsnInformation
