"""The client templates on answer shapes the spec does not have yet, generated into a temporary
folder from an edited copy of openapi.yaml (as `make check-generated` generates):

- an operation whose path has {account_id} but no {app_id} (apps) works on a client built
  without an app id;
- paged lists get their iterator whatever the envelope looks like: `paging` optional or
  nullable, items in `data` or in `data.<name>` (sessions), `paging` inside `data`
  (livestreams), a paged method that is not a list (`iter_sessions`); a list with page_no and
  per_page but no total anywhere gets none;
- the generated package passes mypy --strict;
- two operations that would get the same bound method name stop the generation.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from benchmarks.generation import COMMAND

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"

pytestmark = pytest.mark.slow


def _obj(properties: dict[str, Any], required: tuple[str, ...] = ()) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "description": "Shape", "properties": properties}
    if required:
        schema["required"] = list(required)
    return schema


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _array(name: str) -> dict[str, Any]:
    return {"type": "array", "items": _ref(name)}


NUMBER_PAGING = _obj({k: {"type": "number"} for k in ("start_offset", "end_offset", "total_count")})
INT_PAGING = _obj({k: {"type": "integer"} for k in ("start_offset", "end_offset", "total_count")})
SCHEMAS: dict[str, Any] = {
    "ShapeItem": _obj({"id": {"type": "string"}}, ("id",)),
    "ShapeNumberPaging": NUMBER_PAGING,
    "ShapeIntPaging": INT_PAGING,
    "ShapeAppCreate": _obj({"name": {"type": "string"}}, ("name",)),
    # apps: data and paging optional
    "ShapeAppList": _obj(
        {"success": {"type": "boolean"}, "data": _array("ShapeItem"), "paging": NUMBER_PAGING}
    ),
    "ShapeAppCreated": _obj(
        {"success": {"type": "boolean"}, "data": _obj({"app": _ref("ShapeItem")})}
    ),
    # sessions: items in data.sessions, paging optional at the top
    "ShapeSessionList": _obj(
        {
            "success": {"type": "boolean"},
            "data": _obj({"sessions": _array("ShapeItem")}),
            "paging": _ref("ShapeNumberPaging"),
        }
    ),
    # session participants: page_no/per_page but no paging anywhere
    "ShapeParticipantList": _obj(
        {"success": {"type": "boolean"}, "data": _obj({"participants": _array("ShapeItem")})}
    ),
    # livestreams: paging inside data
    "ShapeLivestreamList": _obj(
        {
            "success": {"type": "boolean"},
            "data": _obj({"livestreams": _array("ShapeItem"), "paging": _ref("ShapeIntPaging")}),
        }
    ),
    # one livestream with a page of its sessions: a paged method that is not a list
    "ShapeLivestreamDetail": _obj(
        {
            "success": {"type": "boolean"},
            "data": _obj(
                {
                    "livestream": _ref("ShapeItem"),
                    "sessions": _array("ShapeItem"),
                    "paging": _ref("ShapeIntPaging"),
                }
            ),
        }
    ),
    # required but nullable data and paging
    "ShapePresetList": _obj(
        {
            "success": {"type": "boolean"},
            "data": {"type": ["array", "null"], "items": _ref("ShapeItem")},
            "paging": {"anyOf": [_ref("ShapeNumberPaging"), {"type": "null"}]},
        },
        ("success", "data", "paging"),
    ),
}

APP_SCOPED = "/accounts/{account_id}/realtime/kit/{app_id}"


def _operation(op_id: str, tag: str, schema: str, *, paged: bool, body: str | None = None) -> Any:
    op: dict[str, Any] = {
        "operationId": op_id,
        "tags": [tag],
        "summary": op_id,
        "description": op_id,
        "responses": {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": _ref(schema)}},
            },
            "404": {"$ref": "#/components/responses/NotFound"},
        },
    }
    if paged:
        op["parameters"] = [
            {"$ref": "#/components/parameters/PageNo"},
            {"$ref": "#/components/parameters/PerPage"},
        ]
    if body:
        op["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": _ref(body)}},
        }
    return op


def _path_param(name: str) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}


ACCOUNT = [{"$ref": "#/components/parameters/AccountId"}]
APP = [*ACCOUNT, {"$ref": "#/components/parameters/AppId"}]
PATHS: dict[str, Any] = {
    "/accounts/{account_id}/realtime/kit/apps": {
        "parameters": ACCOUNT,
        "get": _operation("list_apps", "apps", "ShapeAppList", paged=True),
        "post": _operation(
            "create_app", "apps", "ShapeAppCreated", paged=False, body="ShapeAppCreate"
        ),
    },
    APP_SCOPED + "/sessions": {
        "parameters": APP,
        "get": _operation("list_sessions", "sessions", "ShapeSessionList", paged=True),
    },
    APP_SCOPED + "/sessions/{session_id}/participants": {
        "parameters": [*APP, _path_param("session_id")],
        "get": _operation(
            "list_session_participants", "sessions", "ShapeParticipantList", paged=True
        ),
    },
    APP_SCOPED + "/livestreams": {
        "parameters": APP,
        "get": _operation("list_livestreams", "livestreams", "ShapeLivestreamList", paged=True),
    },
    APP_SCOPED + "/livestreams/{livestream_id}": {
        "parameters": [*APP, _path_param("livestream_id")],
        "get": _operation("get_livestream", "livestreams", "ShapeLivestreamDetail", paged=True),
    },
    APP_SCOPED + "/presets": {
        "parameters": APP,
        "get": _operation("list_presets", "presets", "ShapePresetList", paged=True),
    },
}


def _spec(paths: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8")))
    spec["paths"] = paths
    spec["tags"] = [
        {"name": t, "description": t} for t in sorted({o["tags"][0] for o in _ops(paths)})
    ]
    spec["components"]["schemas"].update(SCHEMAS)
    spec["components"].pop("links", None)
    return spec


def _ops(paths: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in paths.values() for key, op in item.items() if key != "parameters"]


def _generate(spec: dict[str, Any], where: Path) -> subprocess.CompletedProcess[str]:
    """The Makefile's generator command on `spec`, into where/out."""
    path = where / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    command = list(COMMAND)
    command[command.index("--path") + 1] = str(path)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    env["COLUMNS"] = "500"  # the generator's traceback unwrapped
    return subprocess.run(
        [*command, "--output-path", str(where / "out")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client generated from the edited spec: the folder holding realtimekit_client."""
    where = tmp_path_factory.mktemp("shapes")
    proc = _generate(_spec(PATHS), where)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return where / "out"


DRIVER = r"""
import asyncio, json, sys
import httpx
import realtimekit_client
from realtimekit_client import AsyncRealtimeKit, RealtimeKit

assert realtimekit_client.__file__.startswith(sys.argv[1]), realtimekit_client.__file__
requests = []


def serve(shape, total, paging_where="top", with_paging=True):
    # An answer honouring page_no/per_page over `total` items, in the envelope `shape`.
    def handler(request):
        requests.append(request)
        page = int(request.url.params.get("page_no", "1"))
        size = int(request.url.params.get("per_page", "20"))
        first = (page - 1) * size
        items = [{"id": f"i{n}"} for n in range(first, min(first + size, total))]
        paging = {"start_offset": first + 1, "end_offset": first + len(items), "total_count": total}
        body = {"success": True}
        if shape == "list":
            body["data"] = items
        else:
            body["data"] = {shape: items}
        if with_paging and paging_where == "top":
            body["paging"] = paging
        elif with_paging:
            body["data"]["paging"] = paging
        return httpx.Response(200, json=body)
    return httpx.MockTransport(handler)


def answer(body):
    # Every request recorded and answered with `body`.
    def handler(request):
        requests.append(request)
        return httpx.Response(200, json=body)
    return httpx.MockTransport(handler)


def client(transport, cls=RealtimeKit, **kw):
    return cls(token="t", account_id="acc", base_url="http://x.test/client/v4",
               transport=transport, **kw)


def run(label, iterate):
    requests.clear()
    ids = [item.id for item in iterate()]
    out[label] = {"items": len(ids), "distinct": len(set(ids)), "requests": len(requests),
                  "pages": [r.url.params.get("page_no") for r in requests]}

out = {}
rk = client(serve("list", 45))
out["apps_ops"] = [dict(rk.apps.OPERATIONS), dict(rk.apps.ITERATORS)]
page = rk.apps.list()
out["apps_list"] = [type(page).__name__, requests[-1].url.path]
created = client(answer({"success": True, "data": {"app": {"id": "a1"}}})).apps.create(name="x")
out["apps_create"] = [requests[-1].method, requests[-1].url.path, created.app.id]
run("apps_paging", lambda: client(serve("list", 45)).apps.iter(per_page=20))
run("apps_exact", lambda: client(serve("list", 40)).apps.iter(per_page=20))
run("apps_no_paging", lambda: client(serve("list", 40, with_paging=False)).apps.iter(per_page=20))

sessions = client(serve("sessions", 45), app_id="app").sessions
out["sessions_ops"] = [dict(sessions.OPERATIONS), dict(sessions.ITERATORS)]
out["sessions_list"] = type(sessions.list()).__name__
run("sessions", lambda: client(serve("sessions", 45), app_id="app").sessions.iter(per_page=20))

streams = client(serve("livestreams", 7, paging_where="data"), app_id="app").livestreams
out["livestreams_ops"] = [dict(streams.OPERATIONS), dict(streams.ITERATORS)]
run("livestreams", lambda: client(serve("livestreams", 7, "data"), app_id="app")
    .livestreams.iter(per_page=3))
detail = client(serve("sessions", 5, "data"), app_id="app").livestreams
out["livestream_get"] = type(detail.get("ls-1")).__name__
run("livestream_sessions", lambda: client(serve("sessions", 5, "data"), app_id="app")
    .livestreams.iter_sessions("ls-1", per_page=2))
out["livestream_sessions_path"] = requests[-1].url.path

run("presets", lambda: client(serve("list", 5), app_id="app").presets.iter(per_page=2))
null_page = answer({"success": True, "data": None, "paging": None})
run("presets_null", lambda: client(null_page, app_id="app").presets.iter(per_page=2))


async def async_sessions():
    async with client(serve("sessions", 45), AsyncRealtimeKit, app_id="app") as ark:
        return [s.id async for s in ark.sessions.iter(per_page=20)]

requests.clear()
ids = asyncio.run(async_sessions())
out["async_sessions"] = {"items": len(ids), "requests": len(requests)}
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def driven(package: Path) -> dict[str, Any]:
    """What the driver saw using the generated package (in its own interpreter)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLOUDFLARE_", "REALTIMEKIT_"))}
    env["PYTHONPATH"] = str(package)
    proc = subprocess.run(
        [sys.executable, "-c", DRIVER, str(package)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def test_apps_need_no_app_id(driven: dict[str, Any]) -> None:
    """The apps operations, whose paths have no {app_id}, work on a client without an app id
    and send the absolute path."""
    assert driven["apps_ops"] == [
        {"list": "list_apps", "create": "create_app"},
        {"iter": "list_apps"},
    ]
    assert driven["apps_list"] == ["ShapeAppList", "/client/v4/accounts/acc/realtime/kit/apps"]
    assert driven["apps_create"] == ["POST", "/client/v4/accounts/acc/realtime/kit/apps", "a1"]


def test_iter_with_optional_paging(driven: dict[str, Any]) -> None:
    """With an optional top-level paging the iterator stops at the total or, without paging,
    at the first short or empty page."""
    assert driven["apps_paging"] == {
        "items": 45,
        "distinct": 45,
        "requests": 3,
        "pages": ["1", "2", "3"],
    }
    assert driven["apps_exact"]["requests"] == 2 and driven["apps_exact"]["items"] == 40
    assert driven["apps_no_paging"] == {
        "items": 40,
        "distinct": 40,
        "requests": 3,
        "pages": ["1", "2", "3"],
    }


def test_iter_over_items_inside_data(driven: dict[str, Any]) -> None:
    """Sessions page as data.sessions with top-level paging: list() returns the whole page,
    iter() its sessions; the participants list, without paging, has no iterator."""
    ops, iterators = driven["sessions_ops"]
    assert ops == {"list": "list_sessions", "list_participants": "list_session_participants"}
    assert iterators == {"iter": "list_sessions"}
    assert driven["sessions_list"] == "ShapeSessionList"
    assert driven["sessions"]["items"] == driven["sessions"]["distinct"] == 45
    assert driven["sessions"]["requests"] == 3
    assert driven["async_sessions"] == {"items": 45, "requests": 3}


def test_iter_with_paging_inside_data(driven: dict[str, Any]) -> None:
    """Livestreams carry paging in data: the list gets iter(), and the single livestream with
    a page of sessions gets iter_sessions() (its get() returns the data object)."""
    ops, iterators = driven["livestreams_ops"]
    assert ops == {"list": "list_livestreams", "get": "get_livestream"}
    assert iterators == {"iter": "list_livestreams", "iter_sessions": "get_livestream"}
    assert driven["livestreams"] == {
        "items": 7,
        "distinct": 7,
        "requests": 3,
        "pages": ["1", "2", "3"],
    }
    assert driven["livestream_get"].endswith("Data")
    assert driven["livestream_sessions"]["items"] == 5
    assert driven["livestream_sessions"]["requests"] == 3
    assert driven["livestream_sessions_path"].endswith("/kit/app/livestreams/ls-1")


def test_iter_with_nullable_data_and_paging(driven: dict[str, Any]) -> None:
    """Required-but-nullable data and paging: items are iterated; a null page ends it."""
    assert driven["presets"]["items"] == 5 and driven["presets"]["requests"] == 3
    assert driven["presets_null"] == {"items": 0, "distinct": 0, "requests": 1, "pages": ["1"]}


def test_generated_shapes_pass_mypy_strict(package: Path, tmp_path: Path) -> None:
    """The code generated for these shapes is as clean as the checked-in package."""
    proc = subprocess.run(
        [
            str(BIN / "mypy"),
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            "realtimekit_client",
        ],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_colliding_method_names_stop_the_generation(tmp_path: Path) -> None:
    """An operation whose bound name another operation of its tag already has (list_meeting
    next to list_meetings: both `list`) makes the generation fail, naming both."""
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    item = spec["paths"][APP_SCOPED + "/meetings"]
    clash = copy.deepcopy(item["get"])
    clash["operationId"] = "list_meeting"
    spec["paths"][APP_SCOPED + "/meetings-again"] = {"parameters": item["parameters"], "get": clash}

    proc = _generate(spec, tmp_path)

    assert proc.returncode != 0
    assert "bound method name meetings.list is taken by list_meetings and list_meeting" in (
        proc.stdout + proc.stderr
    )
