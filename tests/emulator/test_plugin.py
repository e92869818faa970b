"""The pytest plugin's fixtures: a shared server, reset before every test, and a bound client."""

from __future__ import annotations

from typing import Any

import realtimekit_client


class TestStateIsResetBetweenTests:
    """Two tests in order: the second sees nothing the first left behind."""

    def test_first_leaves_state_and_faults_behind(
        self, realtimekit_emulator: Any, http: Any
    ) -> None:
        """Creates a meeting and configures a fault (left for the next test to not see)."""
        assert http.post("/meetings", json={}).status_code == 201
        realtimekit_emulator.set_faults(latency_ms=1, queue=[{"status": 503}])
        assert realtimekit_emulator.app.faults.active

    def test_second_starts_clean(self, realtimekit_emulator: Any, http: Any) -> None:
        """No meetings and no faults remain from the previous test."""
        assert http.get("/meetings").json()["paging"]["total_count"] == 0
        assert realtimekit_emulator.app.faults.snapshot()["queue"] == []
        assert not realtimekit_emulator.app.faults.active


def test_emulator_fixture_shape(realtimekit_emulator: Any) -> None:
    """The fixture exposes base_url (ending in /client/v4), token, account_id and app_id."""
    assert realtimekit_emulator.base_url.startswith("http://127.0.0.1:")
    assert realtimekit_emulator.base_url.endswith("/client/v4")
    assert realtimekit_emulator.token == "realtimekit-emulator-local-token"
    assert realtimekit_emulator.account_id and realtimekit_emulator.app_id


def test_client_fixture_talks_to_the_emulator(
    realtimekit_client: Any, realtimekit_emulator: Any, http: Any
) -> None:
    """realtimekit_client is the bound RealtimeKit client when the package has it, configured."""
    if hasattr(realtimekit_client, "meetings"):
        assert type(realtimekit_client) is realtimekit_client_module().RealtimeKit
        made = realtimekit_client.meetings.create(title="via fixture")
        assert realtimekit_client.meetings.get(made.id).title == "via fixture"
        mid = str(made.id)
    else:
        from realtimekit_client.api.meetings import create_meeting
        from realtimekit_client.models import MeetingCreate

        res = create_meeting.sync_detailed(
            realtimekit_emulator.account_id,
            realtimekit_emulator.app_id,
            client=realtimekit_client,
            body=MeetingCreate(title="via fixture"),
        )
        mid = str(res.parsed.data.id)
    assert http.get(f"/meetings/{mid}").json()["data"]["title"] == "via fixture"


def realtimekit_client_module() -> Any:
    """The realtimekit_client package (the fixture's name shadows it inside tests)."""
    return realtimekit_client


def test_documented_retry_example(realtimekit_client: Any, realtimekit_emulator: Any) -> None:
    """The docs' example: a scripted 503 on get_meeting is absorbed by the client's retry."""
    if not hasattr(realtimekit_client, "meetings"):
        return
    meeting = realtimekit_client.meetings.create(title="Weekly sync")
    realtimekit_emulator.set_faults(queue=[{"status": 503, "operation_id": "get_meeting"}])
    assert realtimekit_client.meetings.get(meeting.id).title == "Weekly sync"
    assert realtimekit_emulator.app.faults.snapshot()["queue"] == []
