from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrowserMetadata")


@_attrs_define
class BrowserMetadata:
    """The peer's browser."""

    browser: str | Unset = UNSET
    browser_version: str | Unset = UNSET
    engine: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    webgl_support: bool | None | Unset = UNSET
    """ Whether WebGL is supported, if known. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        browser = self.browser

        browser_version = self.browser_version

        engine = self.engine

        user_agent = self.user_agent

        webgl_support: bool | None | Unset = self.webgl_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if browser is not UNSET:
            field_dict["browser"] = browser
        if browser_version is not UNSET:
            field_dict["browser_version"] = browser_version
        if engine is not UNSET:
            field_dict["engine"] = engine
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if webgl_support is not UNSET:
            field_dict["webgl_support"] = webgl_support

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        browser = d.pop("browser", UNSET)

        browser_version = d.pop("browser_version", UNSET)

        engine = d.pop("engine", UNSET)

        user_agent = d.pop("user_agent", UNSET)

        webgl_support = cast(bool | None | Unset, d.pop("webgl_support", UNSET))

        browser_metadata = cls(
            browser=browser,
            browser_version=browser_version,
            engine=engine,
            user_agent=user_agent,
            webgl_support=webgl_support,
        )

        browser_metadata.additional_properties = d
        return browser_metadata

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
