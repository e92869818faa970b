"""The official TypeScript SDK (``cloudflare`` on npm, pinned in package.json) as a real client of
the emulator: ``typescript_flow.mjs`` runs the life of a meeting through every ``realtimeKit``
method openapi.yaml names, against an emulator started here, and prints what it read; the
tests below judge it. Skipped without ``node`` or the npm packages (``make venv`` installs them).
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from realtimekit_mock import EmulatorServer
from tests.conftest import ROOT, SPEC_PATH

from .conftest import SDK_OPERATIONS, T0, control, operation_of

SCRIPT = Path(__file__).with_name("typescript_flow.mjs")
SDK_PACKAGE = ROOT / "node_modules" / "cloudflare" / "package.json"


def _skip_reason() -> str | None:
    node = shutil.which("node")
    if node is None:
        return "node is not installed: the TypeScript SDK cannot run"
    if not SDK_PACKAGE.exists():
        return "node_modules/cloudflare is missing: run `make venv` (npm ci)"
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
    major = re.match(r"v(\d+)", version.stdout.strip())
    if major is None or int(major.group(1)) < 18:
        return f"node {version.stdout.strip()} has no global fetch: the SDK needs node >= 18"
    return None


pytestmark = pytest.mark.skipif(_skip_reason() is not None, reason=_skip_reason() or "")


def sdk_name(ts_name: str) -> str:
    """``activeSession.getMeetingByID`` → ``active_session.get_meeting_by_id`` (the Python
    SDK's spelling, which ``x-cloudflare-sdk`` uses)."""
    snake = re.sub(r"ID", "Id", ts_name)
    return re.sub(r"(?<=.)([A-Z])", lambda m: "_" + m.group(1).lower(), snake)


def _preset_example() -> dict[str, Any]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    post = spec["paths"]["/accounts/{account_id}/realtime/kit/{app_id}/presets"]["post"]
    return post["requestBody"]["content"]["application/json"]["examples"]["support_agent"]["value"]


@pytest.fixture(scope="module")
def ts_flow(sdk_emulator: EmulatorServer) -> dict[str, Any]:
    """What the script printed after running the flow once."""
    config = {**control(sdk_emulator), "t0": T0, "preset": _preset_example()}
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLOUDFLARE_")}
    done = subprocess.run(
        ["node", str(SCRIPT)],
        input=json.dumps(config),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_the_flow_runs_to_its_end(ts_flow: dict[str, Any]) -> None:
    """No SDK call threw and the flow finished."""
    errors = [(c["sdk"], c["error"]) for c in ts_flow["calls"] if "error" in c]
    assert ts_flow["failure"] is None and not errors, (ts_flow["failure"], errors)


def test_every_call_is_its_operation(ts_flow: dict[str, Any]) -> None:
    """Each TypeScript method is the operation openapi.yaml names it for: same spelling as
    x-cloudflare-sdk, the request it sent is that operation's, the status one of its successes."""
    for call in ts_flow["calls"]:
        name = sdk_name(call["sdk"])
        assert name in SDK_OPERATIONS, f"{call['sdk']} ({name}) is not an x-cloudflare-sdk method"
        op = SDK_OPERATIONS[name]
        assert call["requests"], f"{call['sdk']} sent no request"
        for method, path, status in call["requests"]:
            assert operation_of(method, path) == op.operation_id, (call["sdk"], method, path)
            assert status in op.success, (call["sdk"], method, path, status)


def test_the_flow_covers_every_sdk_method_of_the_spec(ts_flow: dict[str, Any]) -> None:
    """The TypeScript flow calls every method openapi.yaml names in x-cloudflare-sdk."""
    called = {sdk_name(c["sdk"]) for c in ts_flow["calls"]}
    missing = sorted(set(SDK_OPERATIONS) - called)
    assert not missing, f"x-cloudflare-sdk methods typescript_flow.mjs never calls: {missing}"


def test_what_the_flow_read(ts_flow: dict[str, Any]) -> None:
    """The values the TypeScript SDK handed back, step by step."""
    values = ts_flow["values"]
    assert values["app"] == {"name": "TypeScript conformance", "listed": True}
    hook = ["Conformance hook", True, ["meeting.started"], True]
    assert values["webhook"] == {
        "created": hook,
        "listed": True,
        "read": True,
        "edited": ["Renamed hook", ["meeting.started"]],
        "replaced": ["Lifecycle hook", ["meeting.ended", "meeting.started"]],
        "delivered": True,
        "deleted": [True, 0],
    }
    assert values["preset"] == {
        "created": ["ts_host", "GROUP_CALL"],
        "listed": True,
        "read": True,
        "updated": ["ts_host", True],
        "replaced": [True, True],
        "deleted": [True, False],
    }
    meeting = values["meeting"]
    assert meeting["created"] == ["Weekly sync", "ACTIVE", T0]
    assert meeting["listed"] == [[meeting["id"]], 1]
    assert (meeting["read"], meeting["renamed"], meeting["replaced"]) == (
        "Weekly sync",
        "Team sync",
        [True, True],
    )
    assert values["participants"] == {
        "added": [["ada", "ts_host"], ["bob", "ts_host"], ["cy", "ts_host"]],
        "listed": ["ada", "bob", "cy"],
        "read": "Ada",
        "edited": "Bob B.",
        "refreshed": True,
        "deleted": "cy",
        "remaining": ["ada", "bob"],
    }
    assert values["live"] == {
        "same_session": True,
        "active": [True, 2, "LIVE"],
        "poll": ["Lunch?", ["Pizza", "Salad"]],
    }
    assert values["recording"] == {
        "statuses": [
            "INVOKED",
            "RECORDING",
            "PAUSED",
            "RECORDING",
            "RECORDING",
            "UPLOADING",
            "UPLOADED",
        ],
        "session": True,
        "duration": 61,
        "times": ["2030-01-01T10:00:02.000Z", "2030-01-01T10:01:03.000Z"],
        "download": True,
        "track": [True, "INVOKED", True],
        "listed": True,
    }
    assert values["kick"] == {"kicked": ["kick", [True]], "all": 1}
    assert values["session"] == {
        "listed": [[True, "ENDED"]],
        "details": [True, "ENDED", "Team sync", True, T0, "2030-01-01T10:01:09.000Z", 1.15],
        "peers": ["ada", "bob"],
        "peer": [True, "ada"],
        "report": "ada",
        "chat": True,
        "transcript": True,
        "generating": [True, "IN_PROGRESS"],
        "summary": True,
    }
    # The livestream: INVOKED at T0, LIVE from T0+3, stopped at T0+63 (60 s live, both peers
    # watching); the strings, integers and numbers are as each operation's SDK type says.
    live_seconds, viewers = 60, values["livestream"]["viewers"]
    assert viewers == 2
    assert values["livestream"] == {
        "started": ["INVOKED", "rtmps://live.cloudflare.com:443/live/", True],
        "invoked": [True, "INVOKED", True, "team-sync", True],
        "not_yet": ["INVOKED", False],
        "went_live": [True, "LIVE"],
        "on_air": [
            "LIVE",
            True,
            T0,
            "2030-01-01T10:00:03.000Z",
            None,
            str(live_seconds),
            str(viewers * live_seconds),
        ],
        "viewers": viewers,
        "stopped": "Stopped live stream successfully",
        "listed": [True, True, "IDLE", "team-sync", 1],
        "streamed": [
            "IDLE",
            1,
            True,
            "2030-01-01T10:01:03.000Z",
            live_seconds,
            viewers * live_seconds,
        ],
        "by_id": [
            True,
            True,
            "2030-01-01T10:00:03.000Z",
            "2030-01-01T10:01:03.000Z",
            live_seconds,
            viewers * live_seconds,
        ],
    }
    # The day's analytics, from the flow's records: the session's minutes as read, the two
    # recordings' durations (the composite's as read; the track one from +5 to the end at +69).
    analytics = values["analytics"]
    day, minutes = T0[:10], values["session"]["details"][6]
    assert analytics["durations"] == [values["recording"]["duration"], 64]
    recorded = sum(analytics["durations"])
    assert analytics["recordings"] == 2
    assert analytics["sessions"] == [[day, 1, minutes]]
    assert analytics["session_totals"] == [1, minutes]
    assert analytics["recording_days"] == [[day, 2, math.ceil(recorded / 60)]]
    assert analytics["recording_totals"] == [2, round(recorded / 60, 2)]
    livestreamed = [live_seconds, viewers * live_seconds]
    assert analytics["livestreams"] == [1, *livestreamed]
    assert analytics["livestream_days"] == [[day, 1, *livestreamed]]


def test_sdk_name() -> None:
    """The TypeScript spelling maps onto the Python one."""
    assert sdk_name("meetings.getMeetingByID") == "meetings.get_meeting_by_id"
    assert sdk_name("activeSession.kickAllParticipants") == "active_session.kick_all_participants"
    assert sdk_name("sessions.getParticipantDataFromPeerID") == (
        "sessions.get_participant_data_from_peer_id"
    )
    assert sdk_name("apps.post") == "apps.post"
    assert sdk_name("livestreams.startLivestreamingAMeeting") == (
        "livestreams.start_livestreaming_a_meeting"
    )
    assert sdk_name("livestreams.getActiveLivestreamsForLivestreamID") == (
        "livestreams.get_active_livestreams_for_livestream_id"
    )
