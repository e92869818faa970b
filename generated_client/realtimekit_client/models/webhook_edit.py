from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEdit")


@_attrs_define
class WebhookEdit:
    """The properties of a webhook to change; the others stay."""

    name: str | Unset = UNSET
    """ Name of the webhook. """
    url: str | Unset = UNSET
    """ An absolute `http` or `https` URL the events are POSTed to. """
    events: list[WebhookEvent] | Unset = UNSET
    """ The events delivered to the webhook (nothing else is); at least one, each once. """
    enabled: bool | Unset = UNSET
    """ Whether events are delivered to it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for componentsschemas_webhook_event_subscription_item_data in self.events:
                componentsschemas_webhook_event_subscription_item = (
                    componentsschemas_webhook_event_subscription_item_data._value_
                )
                events.append(componentsschemas_webhook_event_subscription_item)

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if events is not UNSET:
            field_dict["events"] = events
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        _events = d.pop("events", UNSET)
        events: list[WebhookEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for componentsschemas_webhook_event_subscription_item_data in _events:
                componentsschemas_webhook_event_subscription_item = WebhookEvent.from_value(
                    componentsschemas_webhook_event_subscription_item_data
                )

                events.append(componentsschemas_webhook_event_subscription_item)

        enabled = d.pop("enabled", UNSET)

        webhook_edit = cls(
            name=name,
            url=url,
            events=events,
            enabled=enabled,
        )

        webhook_edit.additional_properties = d
        return webhook_edit

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
