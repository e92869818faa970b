"""The HTTP layer of the API: per operation, parse → call the store → serialize.

One module per spec tag (:mod:`.meetings`, :mod:`.participants`); each handler is registered
under its operationId with :func:`operation` and gets a :class:`Call`. Handlers return
``(status, body)``; the dispatcher encodes the body as JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..shapes import Shape
from ..store import Page, Store

__all__ = ["HANDLERS", "Call", "Handler", "operation"]


class Call:
    """One validated request: parameters by name, the body, and how to shape the answer."""

    __slots__ = ("body", "params", "status", "view")

    def __init__(self, params: dict[str, Any], body: Any, view: Shape | None, status: int) -> None:
        self.params = params
        self.body = body
        self.view = view
        self.status = status

    def one(self, data: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """``{success, data}`` with ``data`` projected onto the response schema."""
        if self.view is not None:
            data = self.view.view(data)
        return self.status, {"success": True, "data": data}

    def page(self, page: Page) -> tuple[int, dict[str, Any]]:
        """``{success, data, paging}`` for a page of items."""
        view = self.view
        items = page.items if view is None else [view.view(item) for item in page.items]
        paging = {
            "start_offset": page.start_offset,
            "end_offset": page.end_offset,
            "total_count": page.total_count,
        }
        return self.status, {"success": True, "data": items, "paging": paging}


Handler = Callable[[Store, Call], tuple[int, Any]]
HANDLERS: dict[str, Handler] = {}


def operation(operation_id: str) -> Callable[[Handler], Handler]:
    """Register a handler for an operationId of openapi.yaml."""

    def register(handler: Handler) -> Handler:
        HANDLERS[operation_id] = handler
        return handler

    return register


from . import meetings, participants  # noqa: E402  (registers the handlers)

__all__ += ["meetings", "participants"]
