"""Fixtures of the reliability tests: a scratch directory for emulator processes and logs."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A directory for databases and the emulator's log."""
    return tmp_path
