"""The job's settings, read from the environment, with a one-line error for anything missing."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from contract.live_policy import RESOURCES

__all__ = ["CONFIG", "LIVE_BASE_URL", "ROOT", "SPEC", "ConfigError", "Settings", "from_env"]

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "schemathesis.toml"
LIVE_BASE_URL = "https://api.cloudflare.com/client/v4"
CREDENTIALS = ("CLOUDFLARE_API_TOKEN", "CLOUDFLARE_ACCOUNT_ID", "REALTIMEKIT_APP_ID")


class ConfigError(Exception):
    """A setting is missing or malformed; the message is one line naming it."""


@dataclass(frozen=True)
class Settings:
    """Where the job runs and how much it may do there."""

    live: bool
    base_url: str
    token: str = field(repr=False)
    account_id: str
    app_id: str
    read_only: bool
    seed: int
    max_examples: int
    max_time: int | None
    caps: dict[str, int]
    opt_in: tuple[str, ...]
    meeting_ids: tuple[str, ...]
    title_prefix: str
    workers: int
    reports: Path
    processes: int = 1
    control_url: str | None = None  # the embedded emulator's root (its control API)


def _int(env: Mapping[str, str], name: str, default: int | None, minimum: int) -> int | None:
    """An integer setting of at least `minimum`, or the default when unset."""
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _is_live(env: Mapping[str, str]) -> bool:
    """Live when asked for, or when a base URL or any credential is configured."""
    target = env.get("CONTRACT_TARGET", "").strip().lower()
    if target not in ("", "emulator", "live"):
        raise ConfigError(f"CONTRACT_TARGET must be 'emulator' or 'live', got {target!r}")
    if target:
        return target == "live"
    return bool(env.get("CONTRACT_BASE_URL")) or any(env.get(name) for name in CREDENTIALS)


def from_env(env: Mapping[str, str] = os.environ, *, reports: Path = Path("reports")) -> Settings:
    """Read every CONTRACT_* setting and, in live mode, the three credentials."""
    live = _is_live(env)
    mode = env.get("CONTRACT_MODE", "full").strip().lower()
    if mode not in ("full", "read-only"):
        raise ConfigError(f"CONTRACT_MODE must be 'full' or 'read-only', got {mode!r}")
    if live:
        missing = [name for name in CREDENTIALS if not env.get(name, "").strip()]
        if missing:
            raise ConfigError(f"live contract run needs {', '.join(missing)} (not set)")
        base_url = env.get("CONTRACT_BASE_URL", "").strip() or LIVE_BASE_URL
        token, account, app = (env[name].strip() for name in CREDENTIALS)
    else:
        base_url, token, account, app = "", "", "contract-account", "contract-app"
    if live and not base_url.startswith(("http://", "https://")):
        raise ConfigError(f"CONTRACT_BASE_URL must be an http(s) URL, got {base_url!r}")
    ids = tuple(i.strip() for i in env.get("CONTRACT_MEETING_IDS", "").split(",") if i.strip())
    return Settings(
        live=live,
        base_url=base_url.rstrip("/"),
        token=token,
        account_id=account,
        app_id=app,
        read_only=mode == "read-only",
        seed=_int(env, "CONTRACT_SEED", 20261121, 0),  # type: ignore[arg-type]
        max_examples=_int(env, "CONTRACT_MAX_EXAMPLES", 30, 1),  # type: ignore[arg-type]
        max_time=_int(env, "CONTRACT_MAX_TIME", None, 1),
        caps={r.name: _int(env, r.cap_setting, r.default_cap, 0) for r in RESOURCES},  # type: ignore[misc]
        opt_in=tuple(
            i.strip() for i in env.get("CONTRACT_LIVE_OPT_IN", "").split(",") if i.strip()
        ),
        meeting_ids=ids,
        title_prefix=env.get("CONTRACT_TITLE_PREFIX", "contract-check ") or "contract-check ",
        workers=_int(env, "CONTRACT_WORKERS", 1, 1),  # type: ignore[arg-type]
        processes=1 if live else _int(env, "CONTRACT_PROCESSES", 2, 1),  # type: ignore[arg-type]
        reports=reports,
    )
