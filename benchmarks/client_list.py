"""A list-heavy read in-process: a page of 100 recordings (`list_recordings`, the largest list
answer of the spec) through raw httpx + json.loads, realtimekit_client and the official SDK.

Every variant reads the same canned bytes through an `httpx.MockTransport`: the spec's
`RecordingListPage` example with its one item repeated to 100 (distinct ids). Each call reads
the status of every item and the meeting title of the last, so lazily parsed models pay for
every item they hand out.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from benchmarks.common import ACCOUNT_ID, APP_ID, TOKEN, compare, print_client, spec_examples

BASE_URL = "https://api.cloudflare.com/client/v4"
LIST_PATH = f"/accounts/{ACCOUNT_ID}/realtime/kit/{APP_ID}/recordings"
ITEMS = 100


def page_bytes(items: int = ITEMS) -> bytes:
    """The `RecordingListPage` example with `items` recordings."""
    example = spec_examples()["RecordingListPage"]
    (item,) = example["data"]
    data = [{**item, "id": str(uuid.UUID(int=n + 1))} for n in range(items)]
    paging = {"start_offset": 1, "end_offset": items, "total_count": items}
    return json.dumps({**example, "data": data, "paging": paging}, separators=(",", ":")).encode()


def canned_transport() -> httpx.MockTransport:
    content = page_bytes()
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(
        lambda request: httpx.Response(200, content=content, headers=headers)
    )


def build() -> tuple[dict[str, Callable[[], object]], list[Any], str]:
    """The variants, the clients to close, and what each variant must read."""
    import cloudflare
    from realtimekit_client import RealtimeKit

    auth = {"Authorization": f"Bearer {TOKEN}"}
    raw = httpx.Client(headers=auth, transport=canned_transport())
    rk = RealtimeKit(
        token=TOKEN,
        account_id=ACCOUNT_ID,
        app_id=APP_ID,
        base_url=BASE_URL,
        transport=canned_transport(),
    )
    sdk = cloudflare.Cloudflare(
        api_token=TOKEN,
        base_url=BASE_URL,
        http_client=httpx.Client(base_url=BASE_URL, transport=canned_transport()),
    )
    recordings = sdk.realtime_kit.recordings
    url = BASE_URL + LIST_PATH

    def raw_list() -> str:
        items = json.loads(raw.get(url, params={"per_page": ITEMS}).content)["data"]
        statuses = [item["status"] for item in items]
        return f"{len(statuses)} {items[-1]['meeting']['title']}"

    def rk_list() -> str:
        items = rk.recordings.list(per_page=ITEMS).data
        statuses = [item.status for item in items]
        return f"{len(statuses)} {items[-1].meeting.title}"  # type: ignore[union-attr]

    def sdk_list() -> str:
        items = recordings.get_recordings(APP_ID, account_id=ACCOUNT_ID, per_page=ITEMS).data
        statuses = [item.status for item in items]
        return f"{len(statuses)} {items[-1].meeting.title}"  # type: ignore[union-attr]

    variants: dict[str, Callable[[], object]] = {
        "httpx+json.loads": raw_list,
        "realtimekit_client": rk_list,
        "cloudflare SDK": sdk_list,
    }
    expected = f"{ITEMS} Weekly sync"
    for name, fn in variants.items():
        if fn() != expected:
            raise AssertionError(f"{name} read {fn()!r}, expected {expected!r}")
    return variants, [raw, rk, sdk], expected


def run(*, calls: int = 200, repeats: int = 15, warmup: int = 50) -> dict[str, Any]:
    """All variants interleaved in this process; floor = httpx + json.loads."""
    variants, closers, _ = build()
    try:
        return {
            "list_recordings": compare(
                variants, floor="httpx+json.loads", calls=calls, repeats=repeats, warmup=warmup
            )
        }
    finally:
        for c in closers:
            c.close()


if __name__ == "__main__":
    print_client(run())
