"""Client per-call cost over loopback HTTP against the minimal canned-response server.

The same variants as the in-process group (`client_inprocess`), each with its own
`httpx.HTTPTransport` (keep-alive), calling sequentially. The server is the raw asyncio server
of `benchmarks.servers` in its own process; when the machine has two or more cores the server
is pinned to the second one and this process to the first while the group runs.
"""

from __future__ import annotations

import os
from typing import Any

import httpx

from benchmarks.client_inprocess import build, split
from benchmarks.common import compare, print_client
from benchmarks.servers import raw_server


def run(*, calls: int = 500, repeats: int = 15, warmup: int = 100) -> dict[str, Any]:
    """Both operations, all variants interleaved; floor = httpx + json.loads over the socket."""
    pinned = (os.cpu_count() or 1) >= 2 and hasattr(os, "sched_setaffinity")
    before = os.sched_getaffinity(0) if pinned else None
    with raw_server(cpu=1 if pinned else None) as server:
        if pinned:
            os.sched_setaffinity(0, {0})
        variants, closers = build(httpx.HTTPTransport, base_url=server.url)
        try:
            result: dict[str, Any] = {
                operation: compare(
                    split(variants, operation),
                    floor="httpx+json.loads",
                    calls=calls,
                    repeats=repeats,
                    warmup=warmup,
                )
                for operation in ("get", "create")
            }
        finally:
            for c in closers:
                c.close()
            if before is not None:
                os.sched_setaffinity(0, before)
    result["pinned"] = pinned
    return result


if __name__ == "__main__":
    import sys

    print_client(run(calls=int(sys.argv[1]) if len(sys.argv) > 1 else 500))
