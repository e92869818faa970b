"""Strict JSON in, compact JSON out (orjson).

Decoding rejects what JSON does not allow, whatever bytes arrive: invalid UTF-8, lone surrogate
escapes, ``NaN``/``Infinity``, numbers that overflow a double, nesting deeper than 1024, trailing
data, a byte order mark. Duplicate keys are accepted and the last one wins, as in JavaScript's
``JSON.parse``. Integers beyond 64 bits are read as floats.
"""

from __future__ import annotations

from typing import Any

import orjson

from .exceptions import BadRequest

__all__ = ["decode_body", "dumps"]

dumps = orjson.dumps


def decode_body(raw: bytes) -> Any:
    """The JSON value of a request body, or :class:`BadRequest` naming what is wrong."""
    if not raw.strip():
        raise BadRequest("body: a JSON request body is required")
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        reason = str(exc)
        if "not valid UTF-8" in reason:
            raise BadRequest(f"body: not valid UTF-8 JSON ({reason})") from None
        raise BadRequest(f"body: malformed JSON ({reason})") from None
