"""The code blocks of README.md and docs/ marked `<!-- runs: sh|python|pytest -->` run as written.

`sh` blocks run in bash from the repo root with a running emulator in place of the one the docs
start on 127.0.0.1:8787; `python` blocks run as scripts with the client's environment variables
set for that emulator (as the README's export lines do); `pytest` blocks run as a user's test
file with the installed plugin. A block that stops working fails here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from realtimekit_mock.server import EmulatorServer

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MARKED = re.compile(r"<!-- runs: (sh|python|pytest) -->\n```(\w+)\n(.*?)\n```", re.S)
DOCUMENTED_ADDRESS = "127.0.0.1:8787"


def _blocks() -> list[tuple[str, str, str]]:
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for n, match in enumerate(MARKED.finditer(text), 1):
            kind, _, code = match.groups()
            found.append((f"{doc.relative_to(ROOT)}#{n}-{kind}", kind, code))
    return found


BLOCKS = _blocks()


def test_the_docs_mark_their_runnable_blocks() -> None:
    """Every runnable kind is used, so the marker syntax did not silently stop matching."""
    assert {kind for _, kind, _ in BLOCKS} == {"sh", "python", "pytest"}
    assert any(name.startswith("README.md") for name, _, _ in BLOCKS)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "kind", "code"), BLOCKS, ids=[b[0] for b in BLOCKS])
def test_block_runs_as_written(
    name: str, kind: str, code: str, realtimekit_emulator: EmulatorServer, tmp_path: Path
) -> None:
    """The block exits 0 against a fresh emulator."""
    emulator = realtimekit_emulator
    address = emulator.url.removeprefix("http://")
    env = {
        **os.environ,
        "CLOUDFLARE_BASE_URL": emulator.base_url,
        "CLOUDFLARE_API_TOKEN": emulator.token,
        "CLOUDFLARE_ACCOUNT_ID": "my-account",
        "REALTIMEKIT_APP_ID": "my-app",
    }
    if kind == "sh":
        argv = ["bash", "-euo", "pipefail", "-c", code.replace(DOCUMENTED_ADDRESS, address)]
    elif kind == "python":
        script = tmp_path / "block.py"
        script.write_text(code, encoding="utf-8")
        argv = [sys.executable, str(script)]
    else:
        test_file = tmp_path / "test_block.py"
        test_file.write_text(code, encoding="utf-8")
        argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)]
    ran = subprocess.run(
        argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert ran.returncode == 0, f"{name}\n{ran.stdout}\n{ran.stderr}"
