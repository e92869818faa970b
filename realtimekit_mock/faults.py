"""Fault injection: scripted answers, latency, random errors, rate limiting, dropped connections.

The configuration is the body of ``PUT /_emulator/faults`` (every key optional)::

    {"latency_ms": 0, "error_rate": 0.0, "error_status": 503,
     "rate_limit_per_second": null, "retry_after": 1, "drop_rate": 0.0, "seed": 0,
     "queue": [{"status": 503}, {"status": 429, "retry_after": "2"},
               {"status": 200, "body": "{not json"}, {"drop": true},
               {"status": 500, "operation_id": "get_meeting"}]}

Per API request (after routing and authentication, before validation), in this order:

1. the first ``queue`` item that applies (no ``operation_id``, or this request's) is removed and
   answers the request instead of the API: ``status`` with the error envelope (or ``body``
   verbatim), a ``Retry-After`` header when ``retry_after`` is given, or a dropped connection;
2. otherwise ``rate_limit_per_second`` (a token bucket holding one second's worth) answers 429
   with ``Retry-After: <retry_after>`` when exhausted;
3. then ``drop_rate`` drops the connection and ``error_rate`` answers one of ``error_status``
   (a status or a list of 5xx statuses), drawn from a generator seeded with ``seed``.

``latency_ms`` delays every API response, the scripted and faulty ones too.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from .exceptions import BadRequest
from .validation import describe_error

__all__ = ["Action", "Faults", "fault_schema"]


def fault_schema(operation_ids: Iterable[str]) -> dict[str, Any]:
    """The JSON Schema of a fault configuration (the control API's, not part of openapi.yaml)."""
    status_5xx = {"type": "integer", "minimum": 500, "maximum": 599}
    rate = {"type": "number", "minimum": 0, "maximum": 1}
    return {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "latency_ms": {"type": "number", "minimum": 0, "maximum": 60_000},
            "error_rate": rate,
            "error_status": {
                "anyOf": [status_5xx, {"type": "array", "minItems": 1, "items": status_5xx}]
            },
            "rate_limit_per_second": {"type": ["number", "null"], "exclusiveMinimum": 0},
            "retry_after": {"type": "integer", "minimum": 0, "maximum": 86_400},
            "drop_rate": rate,
            "seed": {"type": ["integer", "null"]},
            "queue": {
                "type": "array",
                "maxItems": 10_000,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "status": {"type": "integer", "minimum": 200, "maximum": 599},
                        "body": {"type": "string"},
                        "retry_after": {
                            "anyOf": [
                                {"type": "integer", "minimum": 0},
                                {"type": "string", "pattern": "^[\\x20-\\x7e]{1,64}$"},
                            ]
                        },
                        "drop": {"type": "boolean"},
                        "operation_id": {"enum": sorted(operation_ids)},
                    },
                    "anyOf": [
                        {"required": ["status"]},
                        {"required": ["drop"], "properties": {"drop": {"const": True}}},
                    ],
                },
            },
        },
    }


_DEFAULTS: dict[str, Any] = {
    "latency_ms": 0,
    "error_rate": 0.0,
    "error_status": 503,
    "rate_limit_per_second": None,
    "retry_after": 1,
    "drop_rate": 0.0,
    "seed": 0,
    "queue": [],
}


@dataclass(frozen=True, slots=True)
class Action:
    """What to do instead of (or before) answering a request normally."""

    latency_s: float = 0.0
    status: int | None = None
    body: str | None = None
    retry_after: str | None = None
    drop: bool = False


class Faults:
    """The current fault configuration and its random state; thread-safe."""

    def __init__(self, operation_ids: Iterable[str], config: dict[str, Any] | None = None) -> None:
        self._validator = jsonschema_rs.Draft202012Validator(
            fault_schema(operation_ids), validate_formats=True
        )
        self._lock = threading.Lock()
        self.active = False
        self.configure(config or {})

    def configure(self, config: Any) -> dict[str, Any]:
        """Replace the configuration (:class:`BadRequest` if invalid); returns the new one."""
        try:
            self._validator.validate(config)
        except jsonschema_rs.ValidationError as exc:
            raise BadRequest(describe_error(exc, "faults")) from None
        merged = {**_DEFAULTS, **config}
        merged["queue"] = [dict(item) for item in merged["queue"]]
        statuses = merged["error_status"]
        with self._lock:
            self._config = merged
            self._queue = merged["queue"]
            self._statuses = statuses if isinstance(statuses, list) else [statuses]
            self._rng = random.Random(merged["seed"])
            rate = merged["rate_limit_per_second"]
            self._bucket_size = max(1.0, rate) if rate else 0.0
            self._tokens = self._bucket_size
            self._refilled = time.monotonic()
            self._refresh()
        return self.snapshot()

    def clear(self) -> None:
        """No faults."""
        self.configure({})

    def snapshot(self) -> dict[str, Any]:
        """The configuration in force, with the queue items not consumed yet."""
        with self._lock:
            return {**self._config, "queue": [dict(item) for item in self._queue]}

    def _refresh(self) -> None:
        c = self._config
        self.active = bool(
            self._queue
            or c["latency_ms"]
            or c["error_rate"]
            or c["drop_rate"]
            or c["rate_limit_per_second"]
        )

    def decide(self, operation_id: str) -> Action | None:
        """The fault for one API request of ``operation_id``, or None to answer it normally."""
        with self._lock:
            c = self._config
            latency = c["latency_ms"] / 1000
            for i, item in enumerate(self._queue):
                if item.get("operation_id") in (None, operation_id):
                    del self._queue[i]
                    self._refresh()
                    retry = item.get("retry_after")
                    return Action(
                        latency_s=latency,
                        status=item.get("status"),
                        body=item.get("body"),
                        retry_after=None if retry is None else str(retry),
                        drop=bool(item.get("drop")),
                    )
            rate = c["rate_limit_per_second"]
            if rate:
                now = time.monotonic()
                self._tokens = min(self._bucket_size, self._tokens + (now - self._refilled) * rate)
                self._refilled = now
                if self._tokens < 1:
                    return Action(latency_s=latency, status=429, retry_after=str(c["retry_after"]))
                self._tokens -= 1
            if c["drop_rate"] and self._rng.random() < c["drop_rate"]:
                return Action(latency_s=latency, drop=True)
            if c["error_rate"] and self._rng.random() < c["error_rate"]:
                return Action(latency_s=latency, status=self._rng.choice(self._statuses))
            return Action(latency_s=latency) if latency else None
