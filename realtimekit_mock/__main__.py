"""``python -m realtimekit_mock``: serve the emulator with uvicorn."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

import uvicorn

from .app import create_app
from .auth import DEFAULT_TOKEN
from .state import StorageError

TOKENS_ENV = "REALTIMEKIT_MOCK_TOKENS"
CONTROL_TOKEN_ENV = "REALTIMEKIT_MOCK_CONTROL_TOKEN"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line."""
    p = argparse.ArgumentParser(
        prog="python -m realtimekit_mock",
        description="A stateful local emulator of Cloudflare RealtimeKit's REST API "
        "(served under /client/v4).",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    p.add_argument("--port", type=int, default=8787, help="port to bind (default: %(default)s)")
    p.add_argument("--db", metavar="PATH", help="keep state in this SQLite file (default: memory)")
    p.add_argument(
        "--token",
        action="append",
        metavar="T",
        help="accept this API token; repeat for more (default: the comma-separated "
        f"{TOKENS_ENV} from the environment, else {DEFAULT_TOKEN})",
    )
    p.add_argument(
        "--control-token",
        metavar="T",
        help="also answer the control API (/_emulator/...) to non-loopback callers sending "
        f"'Authorization: Bearer T' (default: {CONTROL_TOKEN_ENV} from the environment; "
        "without one, loopback callers only)",
    )
    p.add_argument(
        "--strict-apps",
        action="store_true",
        default=None,
        help="answer 404 for an app ID create_app did not make (default: any app ID works)",
    )
    f = p.add_argument_group("fault injection (change at run time with PUT /_emulator/faults)")
    f.add_argument("--latency-ms", type=float, help="delay every API response")
    f.add_argument("--error-rate", type=float, help="share of requests answered with a 5xx")
    f.add_argument(
        "--error-status",
        type=int,
        action="append",
        help="status of those errors (default 503); repeat to pick among several",
    )
    f.add_argument("--rate-limit", type=float, help="requests per second before 429s")
    f.add_argument("--retry-after", type=int, help="Retry-After seconds of those 429s")
    f.add_argument("--drop-rate", type=float, help="share of requests whose connection is dropped")
    f.add_argument("--fault-seed", type=int, help="seed of the random faults")
    p.add_argument(
        "--webhook-egress",
        choices=("loopback", "any"),
        default="loopback",
        help="where webhook deliveries may go: loopback addresses only, or anywhere"
        " (default: %(default)s)",
    )
    p.add_argument(
        "--webhook-retry-base",
        type=float,
        default=1.0,
        metavar="S",
        help="seconds before the first retry of a failed delivery, doubling after"
        " (default: %(default)s)",
    )
    p.add_argument("--log-level", default="info", help="uvicorn log level (default: info)")
    p.add_argument("--access-log", action="store_true", help="log every request (slower)")
    return p.parse_args(argv)


def fault_config(args: argparse.Namespace) -> dict[str, Any]:
    """The fault configuration the flags ask for."""
    config: dict[str, Any] = {}
    pairs = [
        ("latency_ms", args.latency_ms),
        ("error_rate", args.error_rate),
        ("rate_limit_per_second", args.rate_limit),
        ("retry_after", args.retry_after),
        ("drop_rate", args.drop_rate),
        ("seed", args.fault_seed),
    ]
    for key, value in pairs:
        if value is not None:
            config[key] = value
    if args.error_status:
        statuses = args.error_status
        config["error_status"] = statuses[0] if len(statuses) == 1 else statuses
    return config


def main(argv: Sequence[str] | None = None) -> int:
    """Parse flags, build the app, serve until interrupted."""
    args = parse_args(argv)
    # Tokens may come from the environment, so that they do not show in `ps`.
    tokens = args.token
    if tokens is None and os.environ.get(TOKENS_ENV, "").strip():
        tokens = [t.strip() for t in os.environ[TOKENS_ENV].split(",")]
    control_token = args.control_token or os.environ.get(CONTROL_TOKEN_ENV) or None
    try:
        app = create_app(
            tokens=tokens,
            db=args.db,
            faults=fault_config(args),
            strict_apps=args.strict_apps,
            control_token=control_token,
            webhook_egress=args.webhook_egress,
            webhook_retry_base_s=args.webhook_retry_base,
        )
    except (StorageError, ValueError) as exc:
        print(f"realtimekit_mock: {exc}", file=sys.stderr)
        return 2
    host = f"[{args.host}]" if ":" in args.host else args.host
    app.store.public_url = f"http://{host}:{args.port}"
    # The parsed spec and compiled validators live as long as the process: keep the garbage
    # collector from traversing them again and again.
    gc.freeze()
    logger = logging.getLogger("realtimekit_mock")
    if tokens is None:
        logger.warning("accepting the default local token: Authorization: Bearer %s", DEFAULT_TOKEN)
    # What users paste into a client: the API's base URL, not the server's root.
    print(
        f"realtimekit_mock: API base URL {app.store.public_url}{app.spec.base_path}"
        f" (CLOUDFLARE_BASE_URL); control API {app.store.public_url}/_emulator/",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=args.access_log,
        timeout_graceful_shutdown=5,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
