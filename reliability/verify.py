"""Compare what an emulator holds with a :class:`~.workload.Ledger` of acknowledged writes.

Nothing acknowledged may be missing or different; anything else listed must be explained by a
request whose answer never came (a crash run), and must then be exactly what was sent.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx

from .secrets import STORAGE_SECRETS
from .workload import Ledger

PAGE = 100


@dataclass
class Check:
    """The outcome of a comparison."""

    listed: int = 0
    acknowledged: int = 0
    recovered: int = 0
    unacknowledged_present: int = 0
    participants_checked: int = 0
    problems: list[str] = field(default_factory=list)
    meetings: dict[str, dict[str, Any]] = field(default_factory=dict)
    """What the emulator holds: id → meeting."""
    participants: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    """What the emulator holds: meeting id → participant id → participant."""

    def problem(self, text: str) -> None:
        """Record a broken guarantee (the first 50 are kept)."""
        if len(self.problems) < 50:
            self.problems.append(text)


def _pages(client: httpx.Client, path: str, check: Check) -> list[dict[str, Any]]:
    """Every item of a paged list, checking that the pages agree with each other."""
    items: list[dict[str, Any]] = []
    total = None
    for page_no in range(1, 100_000):
        res = client.get(path, params={"page_no": page_no, "per_page": PAGE})
        if res.status_code != 200:
            check.problem(f"GET {path} page {page_no}: {res.status_code} {res.text[:200]}")
            return items
        body = res.json()
        paging = body["paging"]
        if total is None:
            total = paging["total_count"]
        elif paging["total_count"] != total:
            check.problem(f"GET {path}: total_count moved from {total} to {paging['total_count']}")
        items += body["data"]
        if len(body["data"]) < PAGE:
            break
    if total is not None and len(items) != total:
        check.problem(f"GET {path}: total_count {total}, but the pages hold {len(items)} items")
    return items


def compare(base: str, headers: dict[str, str], ledger: Ledger, *, workers: int = 8) -> Check:
    """Check the emulator at ``base`` against ``ledger``; the problems found."""
    check = Check(acknowledged=len(ledger.meetings))
    limits = httpx.Limits(max_connections=workers)
    with httpx.Client(base_url=base, headers=headers, timeout=30, limits=limits) as client:
        listed = _pages(client, "/meetings", check)
        check.listed = len(listed)
        ids = [m["id"] for m in listed]
        if len(set(ids)) != len(ids):
            check.problem(f"list: {len(ids) - len(set(ids))} duplicated ids")
        by_id = {m["id"]: m for m in listed}
        for mid in ledger.meetings:
            if mid not in by_id:
                check.problem(f"acknowledged meeting {mid} is not listed")
        by_title = ledger.maybe_created
        for mid, item in by_id.items():
            if mid in ledger.meetings:
                continue
            sent = by_title.get(item.get("title"))
            if sent is None:
                check.problem(f"listed meeting {mid} ({item.get('title')!r}) was never created")
            else:
                check.unacknowledged_present += 1

        def read(mid: str) -> tuple[str, int, Any, str]:
            res = client.get(f"/meetings/{mid}")
            body = res.json() if res.status_code == 200 else None
            return mid, res.status_code, body and body["data"], res.text

        with ThreadPoolExecutor(workers) as pool:
            for mid, status, got, text in pool.map(read, list(by_id)):
                if any(secret in text for secret in STORAGE_SECRETS.values()):
                    check.problem(f"GET {mid}: a write-only secret in the answer")
                if status != 200:
                    check.problem(f"GET {mid}: {status}")
                    continue
                check.meetings[mid] = got
                listed_item = by_id[mid]
                if any(got.get(k) != v for k, v in listed_item.items()):
                    check.problem(f"meeting {mid}: the list item differs from the meeting")
                if mid in ledger.meetings:
                    if _same(got, ledger.meetings[mid], ledger.maybe_meetings.get(mid)):
                        check.recovered += 1
                    else:
                        check.problem(
                            f"meeting {mid} is {got!r:.300}, acknowledged "
                            f"{ledger.meetings[mid]!r:.300}"
                        )
                else:
                    sent = ledger.maybe_created.get(got.get("title"))
                    if sent is not None and not _matches_sent(got, sent):
                        check.problem(f"meeting {mid} is {got!r:.300}, but {sent!r:.300} was sent")

        def people(mid: str) -> tuple[str, list[dict[str, Any]]]:
            return mid, _pages(client, f"/meetings/{mid}/participants", check)

        wanted = set(ledger.participants) | set(ledger.maybe_added)
        with ThreadPoolExecutor(workers) as pool:
            for mid, found in pool.map(people, sorted(wanted & set(by_id))):
                check.participants[mid] = {p["id"]: p for p in found}
                _compare_people(mid, found, ledger, check)
    return check


def rebase(ledger: Ledger, check: Check) -> None:
    """Make what the emulator was found to hold (once checked) the ledger's acknowledged state."""
    with ledger.lock:
        ledger.meetings = dict(check.meetings)
        ledger.participants = {mid: dict(p) for mid, p in check.participants.items() if p}
        ledger.maybe_meetings.clear()
        ledger.maybe_created.clear()
        ledger.maybe_participants.clear()
        ledger.maybe_added.clear()


def _same(got: dict[str, Any], acked: dict[str, Any], maybe: dict[str, Any] | None) -> bool:
    """The acknowledged state, or the one an unacknowledged patch would have left."""
    if got == acked:
        return True
    return maybe is not None and {**got, "updated_at": None} == {**maybe, "updated_at": None}


def _matches_sent(got: dict[str, Any], sent: dict[str, Any]) -> bool:
    """Whether a meeting holds every top-level scalar that was sent."""
    return all(got.get(k) == v for k, v in sent.items() if not isinstance(v, dict))


def _compare_people(mid: str, found: list[dict[str, Any]], ledger: Ledger, check: Check) -> None:
    acked = ledger.participants.get(mid, {})
    unsure = ledger.maybe_participants.get(mid, set())
    maybe_added = ledger.maybe_added.get(mid, set())
    by_id = {p["id"]: p for p in found}
    if len(by_id) != len(found):
        check.problem(f"participants of {mid}: duplicated ids")
    for pid, data in acked.items():
        if pid in unsure:
            continue
        check.participants_checked += 1
        if pid not in by_id:
            check.problem(f"acknowledged participant {pid} of {mid} is gone")
        elif by_id[pid] != data:
            check.problem(f"participant {pid} of {mid} is {by_id[pid]!r:.200}, not {data!r:.200}")
    for pid, data in by_id.items():
        if pid in acked or pid in unsure:
            continue
        if data.get("custom_participant_id") not in maybe_added:
            check.problem(f"participant {pid} of {mid} was never added")
