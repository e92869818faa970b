"""generated_client/ is a complete package: it builds a wheel that installs and imports."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

CLIENT_DIR = Path(__file__).parents[2] / "generated_client"


@pytest.mark.slow
def test_wheel_installs_into_a_clean_venv(tmp_path: Path) -> None:
    """`pip wheel` builds realtimekit-client; a fresh venv installs it and imports the client."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, CLIENT_DIR],
        check=True,
    )
    (wheel,) = wheels.glob("realtimekit_client-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "-q", wheel], check=True)

    probe = (
        "import realtimekit_client, pathlib;"
        "from realtimekit_client.models import Meeting;"
        "root = pathlib.Path(realtimekit_client.__file__).parent;"
        "print((root / 'py.typed').exists(), root.is_relative_to(pathlib.Path.cwd()))"
    )
    out = subprocess.run(
        [python, "-c", probe], cwd=env_dir, check=True, capture_output=True, text=True
    )
    assert out.stdout.split() == ["True", "True"]
