"""Known secret values, sent on purpose, and the search for them in whatever was written down."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

STORAGE_SECRETS = {
    "access_key": "AKIA-RELIABILITY-7Q2W9E",
    "secret": "reliability-secret-3x8v1n5m",
    "password": "reliability-password-k4j7h2",
    "private_key": "-----BEGIN PRIVATE KEY-----reliability-9z8y7x",
}
"""The write-only storage_config values the runs send."""

STORAGE = {
    "type": "sftp",
    "auth_method": "KEY",
    "host": "sftp.example.com",
    "username": "recorder",
    **STORAGE_SECRETS,
}
"""A storage_config carrying every write-only property."""


def find_leaks(texts: Iterable[tuple[str, str]], secrets: Iterable[str]) -> list[str]:
    """``"<where>: <secret>"`` for every secret found in the named texts."""
    wanted = [s for s in secrets if s]
    found = []
    for where, text in texts:
        for secret in wanted:
            if secret in text:
                found.append(f"{where}: {secret[:6]}…")
    return found


def files_under(*roots: Path) -> list[tuple[str, str]]:
    """(path, text) of every file under the roots (binary files decoded leniently)."""
    out = []
    for root in roots:
        paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in paths:
            out.append((str(path), path.read_bytes().decode("utf-8", errors="replace")))
    return out
