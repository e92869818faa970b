"""The cost of `make changes` / `make check-version`: on the full spec, and on a fivefold one.

Both are wall times of the whole command (`python -m spec_changes report --base HEAD`: Python
start-up, both revisions read and parsed, the comparison, griffe's check, Markdown and JSON),
with the phases the report records. On the full spec the working tree is as committed, so the
check of the generated package stops at "unchanged". The fivefold case runs in a temporary
repository: `scaled` copies every path and component five times under new names and adds a
webhook with its payload schema per copy (about the size openapi.yaml is growing to); that spec
and its generated client are committed, then a few edits (a response field removed, an enum
value and a request field added) are made and the client regenerated, so the command compares
real changes and griffe checks the changed modules.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from benchmarks.common import ROOT, SPEC
from benchmarks.generation import COMMAND
from spec_changes.diff import HTTP_METHODS

COMPONENT_SECTIONS = ("schemas", "parameters", "responses", "requestBodies", "headers", "examples",
                      "links")  # fmt: skip


def _renamed(node: Any, n: int) -> Any:
    """`node` with every `$ref`, operationId and tag given the suffix of copy `n`."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                out[key] = f"{value}{n}"
            elif key == "operationId" and isinstance(value, str):
                out[key] = f"{value}_{n}"
            elif key == "tags" and isinstance(value, list):
                out[key] = [f"{tag}{n}" for tag in value]
            else:
                out[key] = _renamed(value, n)
        return out
    if isinstance(node, list):
        return [_renamed(v, n) for v in node]
    return node


def scaled(spec: dict[str, Any], copies: int) -> dict[str, Any]:
    """`copies` renamed copies of every path, component and tag of `spec`, and a webhook each."""
    out = copy.deepcopy(spec)
    out["paths"], out["tags"], out["webhooks"] = {}, [], {}
    components = out["components"]
    for section in COMPONENT_SECTIONS:
        components[section] = {}
    for n in range(1, copies + 1):
        for path, item in spec["paths"].items():
            out["paths"][f"/v{n}{path}"] = _renamed(item, n)
        out["tags"] += [{**tag, "name": f"{tag['name']}{n}"} for tag in spec.get("tags", [])]
        for section in COMPONENT_SECTIONS:
            for name, value in spec["components"].get(section, {}).items():
                components[section][f"{name}{n}"] = _renamed(value, n)
        components["schemas"][f"MeetingEvent{n}"] = {
            "type": "object",
            "required": ["event", "meeting"],
            "properties": {
                "event": {"const": "meeting.started"},
                "meeting": {"$ref": f"#/components/schemas/Meeting{n}"},
            },
        }
        content = {
            "application/json": {"schema": {"$ref": f"#/components/schemas/MeetingEvent{n}"}}
        }
        out["webhooks"][f"meeting.started.{n}"] = {
            "post": {"requestBody": {"required": True, "content": content},
                     "responses": {"200": {"description": "Received."}}}
        }  # fmt: skip
    return out


def _edited(spec: dict[str, Any]) -> dict[str, Any]:
    """A newer fivefold spec: a response field removed, an enum value added, a field added."""
    new = copy.deepcopy(spec)
    schemas = new["components"]["schemas"]
    schemas["MeetingSummary1"]["properties"].pop("title")
    schemas["MeetingStatus2"]["enum"].append("ENDED")
    schemas["ParticipantCreate3"]["properties"]["role"] = {"type": "string"}
    return new


def _env() -> dict[str, str]:
    tools = [ROOT / ".venv" / "bin", ROOT / "node_modules" / ".bin"]
    path = os.pathsep.join([*map(str, tools), os.environ.get("PATH", "")])
    return {**os.environ, "PATH": path, "PYTHONPATH": str(ROOT)}


def _timed(command: list[str], cwd: Path, repeats: int) -> dict[str, Any]:
    """`command` run `repeats` times in `cwd`: wall times, and the phases of the last report."""
    walls: list[float] = []
    out = cwd / "reports" / "bench-changes.json"
    for _ in range(repeats):
        start = time.perf_counter()
        proc = subprocess.run([*command, "--json", str(out)], cwd=cwd, env=_env(),
                              capture_output=True, text=True, timeout=300)  # fmt: skip
        walls.append(time.perf_counter() - start)
        if proc.returncode != 0:
            return {"error": (proc.stdout + proc.stderr)[-500:], "wall_s": walls}
    report = json.loads(out.read_text())
    out.unlink()
    return {
        "median_s": statistics.median(walls),
        "wall_s": walls,
        "phases": report["timings"],
        "changes": len(report["changes"]),
        "python_api": report["python_api"],
    }


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=bench@localhost", *args],
                   cwd=cwd, check=True, capture_output=True)  # fmt: skip


def _generate(cwd: Path) -> None:
    command = [*COMMAND, "--output-path", "generated_client"]
    proc = subprocess.run(command, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError((proc.stdout + proc.stderr)[-500:])


def _fivefold_repo(tmp: Path, spec: dict[str, Any]) -> dict[str, Any]:
    """A repository with the fivefold spec and its client committed, then edited and regenerated."""
    big = scaled(spec, 5)
    for name in ("generator-config.yml", "client_templates"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp / name)
        else:
            shutil.copy(source, tmp / name)
    (tmp / "openapi.yaml").write_text(yaml.safe_dump(big, sort_keys=False, allow_unicode=True))
    _generate(tmp)
    _git(tmp, "init", "-q")
    _git(tmp, "add", "-A")
    _git(tmp, "commit", "-q", "-m", "fivefold spec")
    (tmp / "openapi.yaml").write_text(
        yaml.safe_dump(_edited(big), sort_keys=False, allow_unicode=True)
    )
    _generate(tmp)
    return {
        **_sizes(big, tmp / "openapi.yaml"),
        "python_files": sum(1 for _ in (tmp / "generated_client").rglob("*.py")),
    }


def _sizes(spec: dict[str, Any], path: Path) -> dict[str, int]:
    operations = sum(1 for item in spec["paths"].values() for key in item if key in HTTP_METHODS)
    return {
        "operations": operations,
        "webhooks": len(spec.get("webhooks") or {}),
        "schemas": len(spec["components"]["schemas"]),
        "yaml_kb": round(path.stat().st_size / 1024),
    }


def run(*, repeats: int = 5) -> dict[str, Any]:
    """`python -m spec_changes` on the full spec and on a fivefold one, `repeats` runs each."""
    command = [sys.executable, "-m", "spec_changes", "report", "--base", "HEAD", "--quiet"]
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    result: dict[str, Any] = {"full": {**_sizes(spec, SPEC), **_timed(command, ROOT, repeats)}}
    with tempfile.TemporaryDirectory(prefix="bench-changes-") as tmp:
        try:
            sizes = _fivefold_repo(Path(tmp), spec)
        except (RuntimeError, subprocess.CalledProcessError) as err:
            return {**result, "fivefold": {"error": str(err)[-500:]}}
        result["fivefold"] = {**sizes, **_timed(command, Path(tmp), repeats)}
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
