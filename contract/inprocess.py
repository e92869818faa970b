"""The pytest face of the job: the same configuration and checks, in-process on an ASGI app."""

from __future__ import annotations

import tomllib
from string import Template
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

import contract.checks  # noqa: F401  (registers the checks beyond the schema)
from contract.settings import CONFIG, ROOT, SPEC

__all__ = ["BASE_URL", "config", "schema_for"]

BASE_URL = "http://emulator.test/client/v4"


def config(token: str, account_id: str, app_id: str) -> SchemathesisConfig:
    """schemathesis.toml with its ${VAR}s filled in (without touching os.environ).

    Its report files are left out: they belong to the command-line job.
    """
    text = Template(CONFIG.read_text(encoding="utf-8")).substitute(
        CLOUDFLARE_API_TOKEN=token, CLOUDFLARE_ACCOUNT_ID=account_id, REALTIMEKIT_APP_ID=app_id
    )
    data = tomllib.loads(text)
    data.pop("reports", None)
    return SchemathesisConfig.from_dict(data, base_dir=str(ROOT))


def schema_for(app: Any, *, token: str, account_id: str, app_id: str) -> Any:
    """openapi.yaml as a schemathesis schema that calls `app` in-process."""
    loaded = schemathesis.openapi.from_path(SPEC, config=config(token, account_id, app_id))
    loaded.app = app
    loaded.base_url = BASE_URL
    return loaded
