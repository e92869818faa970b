"""Concurrent requests from many threads, in memory and with SQLite: exact counts and contents."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtimekit_mock import EmulatorServer, create_app

THREADS = 8
PER_THREAD = 25


def _client(server: EmulatorServer) -> httpx.Client:
    return httpx.Client(
        base_url=f"{server.base_url}/accounts/{server.account_id}/realtime/kit/{server.app_id}",
        headers={"Authorization": f"Bearer {server.token}"},
        timeout=30,
        limits=httpx.Limits(max_connections=THREADS),
    )


def _hammer(client: httpx.Client) -> None:
    """Parallel creates, then parallel reads of every meeting; asserts counts and contents."""

    def create_many(worker: int) -> list[tuple[str, str]]:
        made = []
        for i in range(PER_THREAD):
            title = f"w{worker}-{i}"
            res = client.post("/meetings", json={"title": title})
            assert res.status_code == 201, res.text
            made.append((res.json()["data"]["id"], title))
        return made

    with ThreadPoolExecutor(THREADS) as pool:
        created = [pair for batch in pool.map(create_many, range(THREADS)) for pair in batch]
        assert len(created) == THREADS * PER_THREAD
        assert len({mid for mid, _ in created}) == len(created)

        def read(pair: tuple[str, str]) -> bool:
            res = client.get(f"/meetings/{pair[0]}")
            return res.status_code == 200 and res.json()["data"]["title"] == pair[1]

        assert all(pool.map(read, created))

    listed = []
    for page_no in (1, 2, 3):
        body = client.get("/meetings", params={"per_page": 100, "page_no": page_no}).json()
        assert body["paging"]["total_count"] == len(created)
        listed += [(m["id"], m["title"]) for m in body["data"]]
    assert sorted(listed) == sorted(created)


def test_parallel_creates_and_reads_in_memory(emulator: EmulatorServer) -> None:
    """200 parallel creates from 8 threads, then 200 parallel reads: all there, all right."""
    with _client(emulator) as client:
        _hammer(client)


def test_parallel_creates_and_reads_with_sqlite(tmp_path: Path) -> None:
    """The same load against the SQLite backend, and every meeting is in the file afterwards."""
    db = tmp_path / "concurrent.db"
    with EmulatorServer(db=db) as server, _client(server) as client:
        _hammer(client)
    reopened = create_app(db=db)
    try:
        total = reopened.store.meetings.list_meetings(
            account_id="local-account", app_id="local-app", page_no=1, per_page=20
        ).total_count
        assert total == THREADS * PER_THREAD
    finally:
        reopened.close()


@pytest.mark.parametrize("use_db", [False, True])
def test_racing_duplicate_participants_one_wins(
    tmp_path: Path, use_db: bool, emulator: EmulatorServer
) -> None:
    """Threads adding the same custom_participant_id at once: exactly one 201, the rest 409."""
    server = EmulatorServer(db=tmp_path / "race.db").start() if use_db else emulator
    try:
        with _client(server) as client:
            mid = client.post("/meetings", json={}).json()["data"]["id"]
            body = {"custom_participant_id": "same", "preset_name": "group_call_participant"}

            def add(_: int) -> int:
                return client.post(f"/meetings/{mid}/participants", json=body).status_code

            with ThreadPoolExecutor(THREADS) as pool:
                statuses = list(pool.map(add, range(THREADS * 2)))
            assert sorted(statuses) == [201] + [409] * (THREADS * 2 - 1)
            total = client.get(f"/meetings/{mid}/participants").json()["paging"]["total_count"]
            assert total == 1
    finally:
        if use_db:
            server.stop()


def test_parallel_patches_leave_one_consistent_state(emulator: EmulatorServer) -> None:
    """Concurrent PATCHes of one meeting all succeed and the result is one of them, whole."""
    with _client(emulator) as client:
        mid = client.post("/meetings", json={}).json()["data"]["id"]

        def patch(i: int) -> Any:
            body = {"title": f"t{i}", "session_keep_alive_time_in_secs": 60 + i}
            return client.patch(f"/meetings/{mid}", json=body).status_code

        with ThreadPoolExecutor(THREADS) as pool:
            assert set(pool.map(patch, range(64))) == {200}
        final = client.get(f"/meetings/{mid}").json()["data"]
        i = int(final["title"][1:])
        assert final["session_keep_alive_time_in_secs"] == 60 + i


@pytest.mark.parametrize("use_db", [False, True])
def test_store_is_thread_safe_when_called_directly(tmp_path: Path, use_db: bool) -> None:
    """In-process callers on many threads (no event loop to serialize them): exact results."""
    app = create_app(db=tmp_path / "direct.db" if use_db else None)
    store = app.store
    try:
        mid = store.meetings.create_meeting(account_id="a", app_id="b", body={})["id"]

        def work(worker: int) -> None:
            for i in range(PER_THREAD):
                store.meetings.create_meeting(
                    account_id="a", app_id="b", body={"title": f"{worker}-{i}"}
                )
                store.participants.add_participant(
                    account_id="a",
                    app_id="b",
                    meeting_id=mid,
                    body={
                        "custom_participant_id": f"{worker}-{i}",
                        "preset_name": "group_call_participant",
                    },
                )
                store.meetings.list_meetings(account_id="a", app_id="b", per_page=5, page_no=1)

        with ThreadPoolExecutor(THREADS) as pool:
            list(pool.map(work, range(THREADS)))
        assert (
            store.meetings.list_meetings(
                account_id="a", app_id="b", page_no=1, per_page=20
            ).total_count
            == THREADS * PER_THREAD + 1
        )
        assert (
            store.participants.list_participants(
                account_id="a", app_id="b", meeting_id=mid, page_no=1, per_page=20
            ).total_count
            == THREADS * PER_THREAD
        )
    finally:
        app.close()
