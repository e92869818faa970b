"""A mixed write/read workload and the ledger of everything the emulator acknowledged.

Each :class:`Worker` is one client's script: it creates meetings, adds, edits and deletes
participants, patches its own meetings, reads them back and lists pages. Every answer is checked
on the spot (status, content, paging arithmetic) and every acknowledged write is recorded in the
shared :class:`Ledger`, which later proves nothing acknowledged was lost or altered.

Meetings are only written by the worker that created them, so a worker always knows their
exact state; lists are checked against counters instead: a list's ``total_count`` is at least
the number of creates acknowledged before it was sent and at most the number sent before its
answer arrived.
"""

from __future__ import annotations

import copy
import random
import threading
from dataclasses import dataclass, field
from typing import Any

from .secrets import STORAGE, STORAGE_SECRETS

MAX_VIOLATIONS = 50
"""Violations kept verbatim (the rest are only counted)."""


@dataclass(frozen=True)
class Request:
    """One request a worker wants sent (``path`` relative to the tenant's API root)."""

    kind: str
    method: str
    path: str
    body: Any = None
    params: dict[str, int] | None = None
    meeting_id: str | None = None
    participant_id: str | None = None


@dataclass
class Ledger:
    """Acknowledged state, shared by every worker of a run."""

    meetings: dict[str, dict[str, Any]] = field(default_factory=dict)
    """id → the meeting as last acknowledged (the answer's ``data``)."""
    participants: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    """meeting id → participant id → the participant as last acknowledged (no token)."""
    maybe_meetings: dict[str, dict[str, Any]] = field(default_factory=dict)
    """id → the state an unacknowledged patch would have left (``updated_at`` aside)."""
    maybe_created: dict[str, dict[str, Any]] = field(default_factory=dict)
    """title → body of a create whose answer never came."""
    maybe_participants: dict[str, set[str]] = field(default_factory=dict)
    """meeting id → ids of participants whose add, edit or delete was not acknowledged."""
    maybe_added: dict[str, set[str]] = field(default_factory=dict)
    """meeting id → custom ids of adds whose answer never came."""
    sent_creates: int = 0
    acked_creates: int = 0
    violations: list[str] = field(default_factory=list)
    violation_count: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def copy(self) -> Ledger:
        """A deep copy (with a lock of its own)."""
        with self.lock:
            return Ledger(
                meetings=copy.deepcopy(self.meetings),
                participants=copy.deepcopy(self.participants),
                maybe_meetings=copy.deepcopy(self.maybe_meetings),
                maybe_created=copy.deepcopy(self.maybe_created),
                maybe_participants=copy.deepcopy(self.maybe_participants),
                maybe_added=copy.deepcopy(self.maybe_added),
                sent_creates=self.sent_creates,
                acked_creates=self.acked_creates,
            )

    def violation(self, text: str) -> None:
        """Record a broken guarantee."""
        with self.lock:
            self.violation_count += 1
            if len(self.violations) < MAX_VIOLATIONS:
                self.violations.append(text)


def _without_token(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "token"}


def _leaks(text: str) -> bool:
    return any(secret in text for secret in STORAGE_SECRETS.values())


class Worker:
    """One client's script over its own meetings; ``next()`` then ``answer()`` (or ``lost()``).

    Args:
        wid: the worker's number (titles and custom ids are unique per worker).
        ledger: where acknowledged writes go.
        seed: seed of the worker's choices.
        prefix: prefix of every title, unique per run.
        reads: whether to send gets and lists (a crash run sends writes only).
    """

    def __init__(
        self, wid: int, ledger: Ledger, *, seed: int = 0, prefix: str = "", reads: bool = True
    ) -> None:
        self.wid = wid
        self.ledger = ledger
        self.rng = random.Random(seed * 1_000_003 + wid)
        self.prefix = prefix
        self.reads = reads
        self.mine: list[str] = []
        self.count = 0
        self._acked_before = 0

    # ---- what to send ---------------------------------------------------------------------

    def next(self) -> Request:
        """The next request."""
        self.count += 1
        roll = self.rng.random()
        if not self.mine or roll < 0.30:
            return self._create()
        mid = self.rng.choice(self.mine)
        if roll < 0.45:
            return self._add(mid)
        if roll < 0.60:
            return Request(
                "patch",
                "PATCH",
                f"/meetings/{mid}",
                body={
                    "title": f"{self.prefix}w{self.wid}-patched-{self.count}",
                    "session_keep_alive_time_in_secs": self.rng.randint(60, 600),
                },
                meeting_id=mid,
            )
        people = self.ledger.participants.get(mid) or {}
        if roll < 0.70 and people:
            pid = self.rng.choice(sorted(people))
            if self.rng.random() < 0.5:
                body = {"name": f"name-{self.count}"}
                return Request(
                    "edit", "PATCH", f"/meetings/{mid}/participants/{pid}", body, None, mid, pid
                )
            path = f"/meetings/{mid}/participants/{pid}"
            return Request("delete", "DELETE", path, None, None, mid, pid)
        if not self.reads:
            return self._create()
        if roll < 0.85:
            return Request("get", "GET", f"/meetings/{mid}", meeting_id=mid)
        if roll < 0.92 and people:
            return Request("participants", "GET", f"/meetings/{mid}/participants", meeting_id=mid)
        per_page = self.rng.choice((1, 7, 20, 100))
        page_no = self.rng.randint(1, 4)
        with self.ledger.lock:
            self._acked_before = self.ledger.acked_creates
        return Request(
            "list", "GET", "/meetings", params={"page_no": page_no, "per_page": per_page}
        )

    def _create(self) -> Request:
        body: dict[str, Any] = {"title": f"{self.prefix}w{self.wid}-{self.count}"}
        rng = self.rng
        if rng.random() < 0.5:
            body["record_on_start"] = rng.random() < 0.5
        if rng.random() < 0.3:
            body["session_keep_alive_time_in_secs"] = rng.randint(60, 600)
        if rng.random() < 0.2:
            body["recording_config"] = {
                "storage_config": dict(STORAGE),
                "max_seconds": rng.randint(60, 3600),
            }
        if rng.random() < 0.2:
            body["ai_config"] = {"summarization": {"word_limit": rng.randint(150, 1000)}}
        with self.ledger.lock:
            self.ledger.sent_creates += 1
        return Request("create", "POST", "/meetings", body=body)

    def _add(self, mid: str) -> Request:
        body = {
            "custom_participant_id": f"w{self.wid}-p{self.count}",
            "preset_name": "group_call_participant",
            "name": f"participant {self.count}",
        }
        return Request("add", "POST", f"/meetings/{mid}/participants", body, meeting_id=mid)

    # ---- what came back -------------------------------------------------------------------

    def answer(self, req: Request, status: int, text: str, data: Any) -> None:
        """Check an answer and record what it acknowledged."""
        ledger = self.ledger
        expected = {"create": 201, "add": 201}.get(req.kind, 200)
        if status != expected:
            ledger.violation(f"{req.method} {req.path}: {status} (wanted {expected}): {text[:200]}")
            if req.kind == "create":
                self.lost(req)  # not acknowledged: whether it happened is unknown
            return
        if _leaks(text):
            ledger.violation(f"{req.method} {req.path}: a write-only secret in the answer")
        body = data.get("data") if isinstance(data, dict) else None
        getattr(self, f"_on_{req.kind}")(req, body, data)

    def lost(self, req: Request) -> None:
        """No answer (the connection failed): the request may or may not have been carried out."""
        ledger = self.ledger
        with ledger.lock:
            if req.kind == "create":
                ledger.maybe_created[req.body["title"]] = req.body
            elif req.kind == "patch" and req.meeting_id is not None:
                base = ledger.meetings[req.meeting_id]
                ledger.maybe_meetings[req.meeting_id] = {**base, **req.body}
            elif req.kind == "add" and req.meeting_id is not None:
                added = ledger.maybe_added.setdefault(req.meeting_id, set())
                added.add(req.body["custom_participant_id"])
            elif req.kind in ("edit", "delete") and req.meeting_id and req.participant_id:
                ledger.maybe_participants.setdefault(req.meeting_id, set()).add(req.participant_id)

    def _on_create(self, req: Request, got: Any, _: Any) -> None:
        ledger = self.ledger
        if not isinstance(got, dict) or not isinstance(got.get("id"), str):
            ledger.violation(f"create: no meeting in the answer: {got!r:.200}")
            return
        for key, value in req.body.items():
            shown = got.get(key)
            if key == "recording_config":
                value = {**value, "storage_config": _public(value["storage_config"])}
                shown = _strip_defaults(shown, value)
            elif key == "ai_config":
                shown = {"summarization": {"word_limit": shown["summarization"]["word_limit"]}}
            if shown != value:
                ledger.violation(f"create: {key} is {shown!r:.100}, sent {value!r:.100}")
        with ledger.lock:
            if got["id"] in ledger.meetings:
                ledger.violation(f"create: id {got['id']} handed out twice")
            ledger.meetings[got["id"]] = got
            ledger.acked_creates += 1
        self.mine.append(got["id"])

    def _on_patch(self, req: Request, got: Any, _: Any) -> None:
        ledger = self.ledger
        mid = req.meeting_id
        assert mid is not None
        before = ledger.meetings[mid]
        wanted = {**before, **req.body}
        if not isinstance(got, dict) or {**got, "updated_at": None} != {
            **wanted,
            "updated_at": None,
        }:
            ledger.violation(f"patch {mid}: answer {got!r:.200} is not {wanted!r:.200}")
        elif got["updated_at"] < before["updated_at"]:
            ledger.violation(f"patch {mid}: updated_at went backwards")
        if isinstance(got, dict):
            with ledger.lock:
                ledger.meetings[mid] = got

    def _on_get(self, req: Request, got: Any, _: Any) -> None:
        mid = req.meeting_id
        assert mid is not None
        if got != self.ledger.meetings[mid]:
            self.ledger.violation(f"get {mid}: {got!r:.200} is not what was acknowledged")

    def _on_add(self, req: Request, got: Any, _: Any) -> None:
        ledger = self.ledger
        mid = req.meeting_id
        assert mid is not None
        if not isinstance(got, dict) or not got.get("token") or not isinstance(got.get("id"), str):
            ledger.violation(f"add: no participant with a token in {got!r:.200}")
            return
        for key, value in req.body.items():
            if got.get(key) != value:
                ledger.violation(f"add: {key} is {got.get(key)!r:.100}, sent {value!r:.100}")
        with ledger.lock:
            people = ledger.participants.setdefault(mid, {})
            if got["id"] in people:
                ledger.violation(f"add: participant id {got['id']} handed out twice")
            people[got["id"]] = _without_token(got)

    def _on_edit(self, req: Request, got: Any, _: Any) -> None:
        ledger = self.ledger
        mid, pid = req.meeting_id, req.participant_id
        assert mid is not None and pid is not None
        if not isinstance(got, dict) or got.get("name") != req.body["name"]:
            ledger.violation(f"edit {pid}: {got!r:.200}")
            return
        with ledger.lock:
            ledger.participants[mid][pid] = _without_token(got)

    def _on_delete(self, req: Request, got: Any, _: Any) -> None:
        mid, pid = req.meeting_id, req.participant_id
        assert mid is not None and pid is not None
        with self.ledger.lock:
            self.ledger.participants[mid].pop(pid, None)

    def _on_participants(self, req: Request, got: Any, whole: Any) -> None:
        mid = req.meeting_id
        assert mid is not None
        mine = self.ledger.participants.get(mid, {})
        listed = {p["id"]: p for p in got or []}
        paging = whole.get("paging", {})
        if len(mine) <= 20:
            if listed != mine:
                self.ledger.violation(f"participants of {mid}: {sorted(listed)} != {sorted(mine)}")
            if paging.get("total_count") != len(mine):
                self.ledger.violation(f"participants of {mid}: total {paging} != {len(mine)}")

    def _on_list(self, req: Request, got: Any, whole: Any) -> None:
        ledger = self.ledger
        with ledger.lock:
            sent_after = ledger.sent_creates
        assert req.params is not None
        page_no, per_page = req.params["page_no"], req.params["per_page"]
        paging = whole.get("paging") if isinstance(whole, dict) else None
        if not isinstance(got, list) or not isinstance(paging, dict):
            ledger.violation(f"list: not a page: {whole!r:.200}")
            return
        total = paging.get("total_count")
        if not isinstance(total, int) or not self._acked_before <= total <= sent_after:
            ledger.violation(
                f"list: total_count {total} outside [{self._acked_before}, {sent_after}]"
            )
            return
        start = (page_no - 1) * per_page
        size = max(0, min(per_page, total - start))
        offsets = (start + 1, start + size) if size else (0, 0)
        if len(got) != size or (paging.get("start_offset"), paging.get("end_offset")) != offsets:
            ledger.violation(f"list page {page_no}/{per_page}: {len(got)} items, paging {paging}")
        ids = [m.get("id") for m in got]
        if len(set(ids)) != len(ids):
            ledger.violation(f"list page {page_no}/{per_page}: duplicated ids")


def _public(storage: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in storage.items() if k not in STORAGE_SECRETS}


def _strip_defaults(shown: Any, sent: Any) -> Any:
    """``shown`` limited, recursively, to the keys that were sent (the server adds defaults)."""
    if not isinstance(shown, dict) or not isinstance(sent, dict):
        return shown
    return {k: _strip_defaults(shown.get(k), v) for k, v in sent.items()}
