"""Start-up cost: importing a client package and building its client, in a fresh interpreter.

What a CLI tool or a serverless handler pays before its first request. Every variant is one
`python -I -c` subprocess that times itself (`time.perf_counter`, from before its first import
to after building its client) and reports how many modules it ended with; the interpreter's
own start, the same for every variant, is the `python` variant and is left out of the others'
times (the process wall time, which includes it, is reported too). The variants run
interleaved, in an order rotated per repeat; each repeat's time is divided by the floor's in
the same repeat and the ratio reported is the median of those.

The floor is `import httpx` plus `httpx.Client(base_url=...)`. `realtimekit_client` is
`import realtimekit_client` plus `RealtimeKit(...)` (the start-up target); the "ready" variants
also reach a namespace and build the httpx client, as the first call would; the official SDK
builds its httpx client in its constructor.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

from benchmarks.common import ACCOUNT_ID, APP_ID, ROOT, TOKEN, median

FLOOR = "httpx"
OURS = "realtimekit_client"

_RK = (
    "import realtimekit_client\n"
    f"rk = realtimekit_client.RealtimeKit(token={TOKEN!r}, account_id={ACCOUNT_ID!r}, "
    f"app_id={APP_ID!r})\n"
)
_SDK = f"import cloudflare\ncf = cloudflare.Cloudflare(api_token={TOKEN!r})\n"

VARIANTS: dict[str, str] = {
    "python": "",
    FLOOR: "import httpx\nclient = httpx.Client(base_url='https://api.cloudflare.com/client/v4')\n",
    OURS: _RK,
    "realtimekit_client, ready (meetings + httpx client)": (
        _RK + "rk.meetings\nrk.client.get_httpx_client()\n"
    ),
    "realtimekit_client, every namespace + httpx client": (
        _RK + "[getattr(rk, tag) for tag in rk.NAMESPACES]\nrk.client.get_httpx_client()\n"
    ),
    "cloudflare SDK": _SDK,
    "cloudflare SDK, ready (realtime_kit.meetings)": _SDK + "cf.realtime_kit.meetings\n",
}
"""Variant name -> the code it times."""

_WRAPPER = """\
import time
_t0 = time.perf_counter()
{code}_t1 = time.perf_counter()
import json, sys
sys.stdout.write(json.dumps({{"s": _t1 - _t0, "modules": len(sys.modules)}}))
"""


def _environment() -> dict[str, str]:
    """This environment without the settings the clients would read from it."""
    prefixes = ("CLOUDFLARE_", "REALTIMEKIT_")
    return {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}


def _once(code: str, env: dict[str, str]) -> tuple[float, float, int]:
    """(in-process seconds, process wall seconds, modules loaded) of one fresh interpreter."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-I", "-c", _WRAPPER.format(code=code)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"start-up variant failed:\n{code}\n{proc.stderr[-2000:]}")
    out = json.loads(proc.stdout)
    return out["s"], wall, out["modules"]


def run(*, repeats: int = 30, warmup: int = 2) -> dict[str, Any]:
    """Every variant `repeats` times, interleaved, after `warmup` runs each (bytecode caches)."""
    env = _environment()
    names = list(VARIANTS)
    for name in names:
        for _ in range(warmup):
            _once(VARIANTS[name], env)
    inner: dict[str, list[float]] = {name: [] for name in names}
    wall: dict[str, list[float]] = {name: [] for name in names}
    modules: dict[str, int] = {}
    for repeat in range(repeats):
        shift = repeat % len(names)
        for name in names[shift:] + names[:shift]:
            seconds, process, count = _once(VARIANTS[name], env)
            inner[name].append(seconds * 1e3)
            wall[name].append(process * 1e3)
            modules[name] = count
    variants: dict[str, Any] = {}
    for name in names:
        ratios = [x / f for x, f in zip(inner[name], inner[FLOOR], strict=True)]
        wall_ratios = [x / f for x, f in zip(wall[name], wall[FLOOR], strict=True)]
        variants[name] = {
            "code": VARIANTS[name],
            "inner_ms": inner[name],
            "wall_ms": wall[name],
            "median_inner_ms": median(inner[name]),
            "median_wall_ms": median(wall[name]),
            "ratio": median(ratios),
            "wall_ratio": median(wall_ratios),
            "modules": modules[name],
        }
    return {"floor": FLOOR, "repeats": repeats, "warmup": warmup, "variants": variants}


if __name__ == "__main__":
    result = run(repeats=int(sys.argv[1]) if len(sys.argv) > 1 else 30)
    for name, v in result["variants"].items():
        print(
            f"{name:52} {v['median_inner_ms']:8.1f} ms  x{v['ratio']:.2f}  "
            f"process {v['median_wall_ms']:8.1f} ms  x{v['wall_ratio']:.2f}  "
            f"{v['modules']} modules"
        )
