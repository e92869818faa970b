"""The bound clients: configuration (arguments, environment), calls, paging, timeouts."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from realtimekit_client import (
    DEFAULT_BASE_URL,
    AsyncRealtimeKit,
    ConfigurationError,
    RealtimeKit,
)
from realtimekit_client.models import (
    AiConfig,
    MeetingCreate,
    MeetingStatus,
    ParticipantCreate,
    SummarizationConfig,
)

from .conftest import (
    MEETING_ID,
    TOKEN,
    Script,
    Waits,
    async_bound,
    bound,
    envelope,
    meeting,
)

PARTICIPANT = {
    "id": "5f8e3a52-1d2b-4c0e-8f3a-9b7c6d5e4f30",
    "custom_participant_id": "user-42",
    "preset_name": "group_call_host",
    "name": "Ada Lovelace",
    "created_at": "2026-11-21T09:31:00.000Z",
    "updated_at": "2026-11-21T09:31:00.000Z",
}


# ---- configuration ------------------------------------------------------------------------


def test_settings_from_environment(clean_env: pytest.MonkeyPatch) -> None:
    """Token, account id, app id and base URL come from the environment when not passed."""
    clean_env.setenv("CLOUDFLARE_API_TOKEN", TOKEN)
    clean_env.setenv("CLOUDFLARE_ACCOUNT_ID", "env-account")
    clean_env.setenv("REALTIMEKIT_APP_ID", "env-app")
    clean_env.setenv("CLOUDFLARE_BASE_URL", "http://127.0.0.1:9/client/v4")
    script = Script((200, envelope(meeting())))

    rk = RealtimeKit(transport=httpx.MockTransport(script))
    rk.meetings.get(MEETING_ID)

    (request,) = script.requests
    assert (
        str(request.url)
        == f"http://127.0.0.1:9/client/v4/accounts/env-account/realtime/kit/env-app/meetings/{MEETING_ID}"
    )
    assert request.headers["authorization"] == f"Bearer {TOKEN}"


def test_async_settings_from_environment(clean_env: pytest.MonkeyPatch) -> None:
    """AsyncRealtimeKit reads the same environment variables."""
    clean_env.setenv("CLOUDFLARE_API_TOKEN", TOKEN)
    clean_env.setenv("CLOUDFLARE_ACCOUNT_ID", "env-account")
    clean_env.setenv("REALTIMEKIT_APP_ID", "env-app")
    script = Script((200, envelope(meeting())))

    asyncio.run(AsyncRealtimeKit(transport=httpx.MockTransport(script)).meetings.get(MEETING_ID))

    (request,) = script.requests
    assert str(request.url).startswith(
        DEFAULT_BASE_URL + "/accounts/env-account/realtime/kit/env-app/"
    )
    assert request.headers["authorization"] == f"Bearer {TOKEN}"


def test_arguments_win_over_environment(clean_env: pytest.MonkeyPatch) -> None:
    """Explicit arguments take precedence over the environment variables."""
    clean_env.setenv("CLOUDFLARE_API_TOKEN", "env-token")
    clean_env.setenv("CLOUDFLARE_ACCOUNT_ID", "env-account")
    clean_env.setenv("REALTIMEKIT_APP_ID", "env-app")
    script = Script((200, envelope(meeting())))

    rk = RealtimeKit(
        token="arg-token",
        account_id="arg-account",
        app_id="arg-app",
        transport=httpx.MockTransport(script),
    )
    rk.meetings.get(MEETING_ID)

    (request,) = script.requests
    assert request.url.path.startswith("/client/v4/accounts/arg-account/realtime/kit/arg-app/")
    assert request.headers["authorization"] == "Bearer arg-token"
    assert str(request.url).startswith(DEFAULT_BASE_URL)


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("CLOUDFLARE_API_TOKEN", "no API token: pass token= or set CLOUDFLARE_API_TOKEN"),
        ("CLOUDFLARE_ACCOUNT_ID", "no account id: pass account_id= or set CLOUDFLARE_ACCOUNT_ID"),
    ],
)
def test_missing_setting_names_the_variable(
    clean_env: pytest.MonkeyPatch, missing: str, message: str
) -> None:
    """Without a token or account id, the constructor raises an error naming the variable."""
    for name, value in (("CLOUDFLARE_API_TOKEN", TOKEN), ("CLOUDFLARE_ACCOUNT_ID", "acc")):
        if name != missing:
            clean_env.setenv(name, value)
    clean_env.setenv(missing, "")

    with pytest.raises(ConfigurationError) as info:
        RealtimeKit()
    with pytest.raises(ConfigurationError):
        AsyncRealtimeKit()

    assert str(info.value) == message


def test_missing_app_id_fails_at_the_call_that_needs_it(clean_env: pytest.MonkeyPatch) -> None:
    """Without an app id, app-scoped calls raise ConfigurationError; the org-level create works."""
    script = Script((201, envelope(meeting())))
    rk = RealtimeKit(token=TOKEN, account_id="acc", transport=httpx.MockTransport(script))

    with pytest.raises(ConfigurationError, match="REALTIMEKIT_APP_ID"):
        rk.meetings.get(MEETING_ID)
    created = rk.meetings.create_org(title="Org meeting")

    assert created.title == "Weekly sync"
    assert [r.url.path for r in script.requests] == ["/client/v4/accounts/acc/realtimekit/meetings"]


def test_prebuilt_client_is_used(clean_env: pytest.MonkeyPatch) -> None:
    """A ready AuthenticatedClient can be bound without a token setting."""
    script = Script((200, envelope(meeting())))
    low = bound(script).client

    rk = RealtimeKit(client=low, account_id="other", app_id="app")
    rk.meetings.get(MEETING_ID)

    assert rk.client is low
    assert script.requests[0].url.path.startswith("/client/v4/accounts/other/")


# ---- calls --------------------------------------------------------------------------------


def test_create_from_keywords_or_model(waits: Waits) -> None:
    """create() takes the body's properties as keywords, a MeetingCreate, or both (keywords win)."""
    script = Script((201, envelope(meeting())))
    rk = bound(script, waits)
    ai = AiConfig(summarization=SummarizationConfig(word_limit=300))

    rk.meetings.create(title="Kw", record_on_start=True, ai_config=ai)
    rk.meetings.create(MeetingCreate(title="Model"))
    rk.meetings.create(MeetingCreate(title="Model", persist_chat=True), title="Override")

    first, second, third = (json.loads(r.content) for r in script.requests)
    assert first["title"] == "Kw" and first["record_on_start"] is True
    assert first["ai_config"]["summarization"]["word_limit"] == 300
    assert second["title"] == "Model"
    assert third["title"] == "Override" and third["persist_chat"] is True
    assert first["session_keep_alive_time_in_secs"] == 60


def test_update_sends_only_given_properties(waits: Waits) -> None:
    """update() sends exactly the properties passed and returns the meeting."""
    script = Script((200, envelope(meeting(status="INACTIVE"))))

    updated = bound(script, waits).meetings.update(MEETING_ID, status=MeetingStatus.INACTIVE)

    (request,) = script.requests
    assert request.method == "PATCH"
    assert json.loads(request.content) == {"status": "INACTIVE"}
    assert updated.status == MeetingStatus.INACTIVE


def test_participant_calls(waits: Waits) -> None:
    """add/get/edit/refresh_token fill account, app and meeting ids and unwrap `data`."""
    with_token = {**PARTICIPANT, "token": "join-token"}
    script = Script(
        (201, envelope(with_token)),
        (200, envelope(PARTICIPANT)),
        (200, envelope({**with_token, "name": None})),
        (200, envelope({"token": "new-join-token"})),
    )
    rk = bound(script, waits)

    added = rk.participants.add(
        MEETING_ID, custom_participant_id="user-42", preset_name="group_call_host"
    )
    got = rk.participants.get(MEETING_ID, added.id)
    edited = rk.participants.edit(MEETING_ID, added.id, name=None)
    token = rk.participants.refresh_token(MEETING_ID, added.id)

    assert added.token == "join-token" and got.name == "Ada Lovelace"
    assert edited.name is None and token.token == "new-join-token"
    assert json.loads(script.requests[2].content) == {"name": None}
    base = f"/client/v4/accounts/acc123/realtime/kit/app456/meetings/{MEETING_ID}/participants"
    assert [(r.method, r.url.path) for r in script.requests] == [
        ("POST", base),
        ("GET", f"{base}/{added.id}"),
        ("PATCH", f"{base}/{added.id}"),
        ("POST", f"{base}/{added.id}/token"),
    ]


def test_add_without_required_properties_is_a_type_error(waits: Waits) -> None:
    """add() without a body or its required properties fails before sending anything."""
    script = Script((201, envelope({**PARTICIPANT, "token": "join-token"})))

    with pytest.raises(TypeError, match="preset_name="):
        bound(script, waits).participants.add(MEETING_ID, custom_participant_id="u1")
    bound(script, waits).participants.add(
        MEETING_ID, ParticipantCreate(custom_participant_id="u", preset_name="p")
    )

    assert len(script.requests) == 1


# ---- paging -------------------------------------------------------------------------------


def paged_meetings(total: int) -> Script:
    """A list_meetings server over `total` meetings, honouring page_no and per_page."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page_no", "1"))
        size = int(request.url.params.get("per_page", "20"))
        first = (page - 1) * size
        items = [meeting(title=f"m{i}") for i in range(first, min(first + size, total))]
        paging = {
            "start_offset": first + 1 if items else 0,
            "end_offset": first + len(items),
            "total_count": total,
        }
        return httpx.Response(200, json={"success": True, "data": items, "paging": paging})

    return Script(answer)


def test_iter_is_lazy(waits: Waits) -> None:
    """iter() fetches the next page only when the previous one is used up."""
    script = paged_meetings(45)
    items = bound(script, waits).meetings.iter(per_page=20)

    assert len(script.requests) == 0
    first = next(items)
    assert len(script.requests) == 1
    rest = list(items)

    assert [first.title, *[m.title for m in rest]] == [f"m{i}" for i in range(45)]
    assert [r.url.params["page_no"] for r in script.requests] == ["1", "2", "3"]


def test_iter_stops_at_total_count_without_extra_request(waits: Waits) -> None:
    """A list filling its last page exactly stops at total_count without an empty-page request."""
    script = paged_meetings(40)

    assert len(list(bound(script, waits).meetings.iter(per_page=20))) == 40
    assert len(script.requests) == 2


def test_iter_passes_filters(waits: Waits) -> None:
    """iter() forwards the list filters to every page request."""
    script = paged_meetings(3)

    list(bound(script, waits).meetings.iter(per_page=5, search="sync", status=MeetingStatus.ACTIVE))

    assert dict(script.requests[0].url.params) == {
        "page_no": "1",
        "per_page": "5",
        "search": "sync",
        "status": "ACTIVE",
    }


def test_paging_45_meetings_on_emulator(realtimekit_emulator: Any) -> None:
    """45 meetings on the emulator come back as 45 distinct items from 3 pages of 20."""
    pages: list[str] = []

    def count(request: httpx.Request) -> None:
        if request.method == "GET":
            pages.append(request.url.params["page_no"])

    rk = RealtimeKit(
        token=realtimekit_emulator.token,
        account_id=realtimekit_emulator.account_id,
        app_id=realtimekit_emulator.app_id,
        base_url=realtimekit_emulator.base_url,
        httpx_args={"event_hooks": {"request": [count]}},
    )
    created = {rk.meetings.create(title=f"Meeting {i}").id for i in range(45)}

    listed = [m.id for m in rk.meetings.iter(per_page=20)]

    assert len(listed) == 45
    assert set(listed) == created
    assert pages == ["1", "2", "3"]


def test_async_paging_45_meetings_on_emulator(realtimekit_emulator: Any) -> None:
    """Async iteration over the emulator's 45 meetings and one meeting's participants."""

    async def run() -> tuple[int, int]:
        async with AsyncRealtimeKit(
            token=realtimekit_emulator.token,
            account_id=realtimekit_emulator.account_id,
            app_id=realtimekit_emulator.app_id,
            base_url=realtimekit_emulator.base_url,
        ) as rk:
            made = await asyncio.gather(*(rk.meetings.create(title=f"M{i}") for i in range(45)))
            for i in range(7):
                await rk.participants.add(
                    made[0].id, custom_participant_id=f"u{i}", preset_name="group_call_host"
                )
            meetings = [m async for m in rk.meetings.iter(per_page=20)]
            participants = [p async for p in rk.participants.iter(made[0].id, per_page=3)]
            return len({m.id for m in meetings}), len(
                {p.custom_participant_id for p in participants}
            )

    assert asyncio.run(run()) == (45, 7)


def test_participants_iter_stops_on_short_page(waits: Waits) -> None:
    """A short page ends the iteration even when total_count claims more."""
    page = {
        "success": True,
        "data": [PARTICIPANT],
        "paging": {"start_offset": 1, "end_offset": 1, "total_count": 9},
    }
    script = Script((200, page))

    assert len(list(bound(script, waits).participants.iter(MEETING_ID, per_page=5))) == 1
    assert len(script.requests) == 1


# ---- timeouts and lifecycle ---------------------------------------------------------------


def test_default_timeouts() -> None:
    """By default connect times out after 5 s and reads after 30 s."""
    timeout = bound(Script((200, {}))).client.get_httpx_client().timeout

    assert timeout.connect == 5.0
    assert timeout.read == 30.0
    assert timeout.write == 30.0


def test_timeout_configurable_sync_and_async() -> None:
    """A timeout given to the bound client reaches both httpx clients."""
    rk = bound(Script((200, {})), timeout=httpx.Timeout(2.0, connect=1.0))
    arko = async_bound(Script((200, {})), timeout=7.5)

    assert rk.client.get_httpx_client().timeout == httpx.Timeout(2.0, connect=1.0)
    assert arko.client.get_async_httpx_client().timeout == httpx.Timeout(7.5)


def test_context_managers_close_connections() -> None:
    """Leaving `with` / `async with` closes the underlying httpx clients."""
    with bound(Script((200, envelope(meeting())))) as rk:
        rk.meetings.get(MEETING_ID)
    arko = async_bound(Script((200, envelope(meeting()))))

    async def run() -> None:
        async with arko:
            await arko.meetings.get(MEETING_ID)

    asyncio.run(run())

    assert rk.client.get_httpx_client().is_closed
    assert arko.client.get_async_httpx_client().is_closed


def test_async_parity_of_every_operation(waits: Waits) -> None:
    """Every sync resource method has an async twin with the same name and parameters, and the
    public methods are exactly those OPERATIONS and ITERATORS list."""
    import inspect

    assert list(inspect.signature(RealtimeKit.__init__).parameters) == list(
        inspect.signature(AsyncRealtimeKit.__init__).parameters
    )
    rk = bound(Script((200, {})))
    arko = async_bound(Script((200, {})))
    assert RealtimeKit.NAMESPACES == AsyncRealtimeKit.NAMESPACES
    for tag in RealtimeKit.NAMESPACES:
        sync_res, async_res = getattr(rk, tag), getattr(arko, tag)
        assert sync_res.OPERATIONS == async_res.OPERATIONS
        assert sync_res.ITERATORS == async_res.ITERATORS
        methods = {*sync_res.OPERATIONS, *sync_res.ITERATORS}
        for res in (sync_res, async_res):
            public = {n for n in dir(res) if not n.startswith("_") and callable(getattr(res, n))}
            assert public == methods, tag
        for name in methods:
            s = inspect.signature(getattr(sync_res, name))
            a = inspect.signature(getattr(async_res, name))
            assert list(s.parameters) == list(a.parameters), name
    assert {*rk.meetings.OPERATIONS, *rk.meetings.ITERATORS} == {
        "create",
        "create_org",
        "get",
        "iter",
        "list",
        "replace",
        "update",
    }
    assert {*rk.participants.OPERATIONS, *rk.participants.ITERATORS} == {
        "add",
        "delete",
        "edit",
        "get",
        "iter",
        "list",
        "refresh_token",
    }


def test_httpx_client_built_once_and_reused() -> None:
    """Calls reuse one httpx client (and its connection pool); none is built per call."""
    rk = bound(Script((200, envelope(meeting()))))

    rk.meetings.get(MEETING_ID)
    first = rk.client.get_httpx_client()
    rk.meetings.get(MEETING_ID)

    assert rk.client.get_httpx_client() is first
    assert rk.client._async_client is None
