"""Render results (see `benchmarks.__main__`) as docs/benchmarks.md and a PNG chart beside it.

Every number in the Markdown comes from the results given; the prose that explains the fixes
and the missed targets is read from benchmarks/findings.md and appended as it is.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path
from typing import Any

from benchmarks.common import GROUPS

FINDINGS = Path(__file__).resolve().parent / "findings.md"

FLOOR = "httpx+json.loads"
OURS = "realtimekit_client"
X = "\N{MULTIPLICATION SIGN}"

VARIANT_NOTES = {
    FLOOR: "raw `httpx.Client`, absolute URL, + `json.loads` of the body: **the floor**",
    "httpx base_url+json.loads": "raw `httpx.Client(base_url=...)`, relative path, + `json.loads`",
    OURS: "`RealtimeKit(...).meetings.get(id)` / `.create(MeetingCreate)`: bound, success-or-raise",
    "realtimekit_client sync()": "`api.meetings.get_meeting.sync` / `create_meeting.sync`",
    "cloudflare SDK": "`cloudflare` 5.9.0 `realtime_kit.meetings.get_meeting_by_id` / `.create`",
}
OPERATIONS = ("get", "create")


def _ratio(value: float) -> str:
    return f"{value:.2f}{X}"


def _client_targets(groups: dict[str, Any]) -> list[tuple[str, str, bool]]:
    rows = []
    for group, label, limits in (
        ("client_inprocess", "in-process", {"get": 1.3, "create": 1.4}),
        ("client_loopback", "loopback", {"get": 1.15, "create": 1.15}),
    ):
        data = groups.get(group)
        if not data:
            continue
        for operation, limit in limits.items():
            ratio = data[operation]["variants"][OURS]["ratio"]
            target = f"Client {label}, {operation}_meeting: ≤ {limit}{X} the floor"
            rows.append((target, _ratio(ratio), ratio <= limit))
    return rows


LIST_LIMIT = 4.0  # a page of 100 recordings: at most this many times the floor


def _list_targets(groups: dict[str, Any]) -> list[tuple[str, str, bool]]:
    data = groups.get("client_list", {}).get("list_recordings")
    if not data:
        return []
    ours, sdk = data["variants"][OURS]["ratio"], data["variants"]["cloudflare SDK"]["ratio"]
    return [
        (
            f"Client in-process, list_recordings (100 items): ≤ {LIST_LIMIT}{X} the floor",
            f"{_ratio(ours)} (official SDK {_ratio(sdk)})",
            ours <= LIST_LIMIT,
        )
    ]


def _server_targets(groups: dict[str, Any]) -> list[tuple[str, str, bool]]:
    rows = []
    group = groups.get("emulator_load", {})
    load = group.get("servers", {})
    emulator, ceiling = load.get("emulator", {}), load.get("starlette", {})
    shares = group.get("share_of_ceiling", {})
    for operation, minimum in (("get", 10_000), ("create", 5_000)):
        run = emulator.get(operation)
        if not run:
            continue
        rps, p99 = run["rps"], run["p99_us"] / 1000
        rows.append(
            (f"Emulator {operation}_meeting: ≥ {minimum:,}/s", f"{rps:,.0f}/s", rps >= minimum)
        )
        rows.append((f"Emulator {operation}_meeting: p99 < 5 ms", f"{p99:.2f} ms", p99 < 5))
        top = ceiling.get(operation)
        if top and operation in shares:
            share = shares[operation]
            measured = f"{share:.0%} (medians {rps:,.0f} and {top['rps']:,.0f}/s)"
            if run.get("per_cpu_s") and top.get("per_cpu_s"):
                measured += f"; per CPU-second {run['per_cpu_s'] / top['per_cpu_s']:.0%}"
            rows.append(
                (f"Emulator {operation}_meeting: ≥ ½ the Starlette ceiling", measured, share >= 0.5)
            )
        against = group.get("share_of_baseline", {}).get(operation)
        if against is not None:
            base = load.get(group["baseline"], {}).get(operation, {})
            measured = f"{against:.0%} of {group['baseline']}"
            if base.get("p99_us"):
                measured += f"; p99 {p99:.2f} vs {base['p99_us'] / 1000:.2f} ms"
            rows.append(
                (
                    f"Emulator {operation}_meeting: within 10% of its baseline",
                    measured,
                    against >= 0.9,
                )
            )
    return rows


STARTUP_LIMIT = 1.3
"""`import realtimekit_client` + `RealtimeKit(...)`: at most this times the httpx floor."""


def _startup_targets(groups: dict[str, Any]) -> list[tuple[str, str, bool]]:
    data = groups.get("client_startup")
    if not data:
        return []
    v = data["variants"][OURS]
    target = (
        f"Client start-up, `import realtimekit_client` + `RealtimeKit()`: "
        f"≤ {STARTUP_LIMIT}{X} importing httpx + `httpx.Client()`"
    )
    measured = f"{_ratio(v['ratio'])} ({v['median_inner_ms']:.0f} ms)"
    return [(target, measured, v["ratio"] <= STARTUP_LIMIT)]


WEBHOOK_API_LIMIT = 1.10
"""get_meeting's p50 with webhook deliveries running: at most this times without."""


def _webhook_targets(groups: dict[str, Any]) -> list[tuple[str, str, bool]]:
    data = groups.get("webhooks", {})
    api = data.get("api")
    if not api:
        return []
    ratio = api["p50_ratio"]
    target = (
        f"get_meeting under load, p50 with webhook deliveries running ({data['rate']:g} "
        f"events/s): ≤ {WEBHOOK_API_LIMIT:.2f}{X} without"
    )
    measured = (
        f"{_ratio(ratio)} (p99 {_ratio(api['p99_ratio'])}, requests/s {_ratio(api['rps_ratio'])}"
        f", per server CPU-second {_ratio(api.get('per_cpu_ratio', float('nan')))})"
    )
    return [(target, measured, ratio <= WEBHOOK_API_LIMIT)]


SIMULATED_READS_LIMIT = 0.5
"""get_meeting's requests/s while the simulated load runs: at least this share of alone."""


def _simulated_targets(groups: dict[str, Any]) -> list[tuple[str, str, bool]]:
    data = groups.get("simulated_load")
    if not data or "reads_rps_ratio" not in data:
        return []
    ratio = data["reads_rps_ratio"]
    target = (
        f"get_meeting under load while {data['meetings']} recording meetings {X} {data['peers']} "
        f"peers join and leave ({data['live_concurrency']} connections): requests/s "
        f"≥ {SIMULATED_READS_LIMIT}{X} alone"
    )
    measured = (
        f"{_ratio(ratio)} (p50 {_ratio(data['reads_p50_ratio'])}, p99 "
        f"{_ratio(data['reads_p99_ratio'])}; joins + leaves "
        f"{data['live_loaded']['per_s']:,.0f}/s)"
    )
    return [(target, measured, ratio >= SIMULATED_READS_LIMIT)]


def targets(results: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(target, measured, met) for every target the results can say something about."""
    groups = results["groups"]
    rows = (
        _client_targets(groups)
        + _list_targets(groups)
        + _startup_targets(groups)
        + _server_targets(groups)
        + _webhook_targets(groups)
        + _simulated_targets(groups)
    )
    for case, label in (("full", "the full spec"), ("fivefold", "a fivefold spec")):
        run = groups.get("changes", {}).get(case, {})
        if "median_s" in run:
            rows.append(
                (
                    f"`make changes` on {label} < 5 s",
                    f"{run['median_s']:.2f} s",
                    run["median_s"] < 5,
                )
            )
    contract = groups.get("contract")
    if contract and not results.get("quick"):
        met = contract["wall_s"] < 60 and contract["passed"]
        rows.append(
            ("`make contract` (embedded emulator) < 60 s", f"{contract['wall_s']:.1f} s", met)
        )
    return rows


def _client_table(data: dict[str, Any]) -> list[str]:
    lines = [
        "| Operation | Variant | µs/call, wall | Ratio | µs/call, CPU | CPU ratio |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for operation in OPERATIONS:
        for name, v in data[operation]["variants"].items():
            label = f"**{name}**" if name == OURS else name
            lines.append(
                f"| {operation}_meeting | {label} | {v['median_wall_us']:,.1f} "
                f"| {_ratio(v['ratio'])} "
                f"| {v['median_cpu_us']:,.1f} | {_ratio(v['cpu_ratio'])} |"
            )
    return lines


def _load_table(data: dict[str, Any]) -> list[str]:
    servers = data["servers"]
    lines = [
        "| Server | Operation | Requests/s | Per server CPU-second | p50 ms | p90 ms | p99 ms "
        "| Errors | Requests/s of each round |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, runs in servers.items():
        if "error" in runs:
            lines.append(f"| {name} | — | not measured: {runs['error']} | | | | | | |")
            continue
        for operation, r in runs.items():
            per_cpu = f"{r['per_cpu_s']:,.0f}" if r.get("per_cpu_s") else "—"
            rounds = ", ".join(f"{x['rps']:,.0f}" for x in r["runs"])
            lines.append(
                f"| {name} | {operation}_meeting | {r['rps']:,.0f} | {per_cpu} "
                f"| {r['p50_us'] / 1000:.2f} | {r['p90_us'] / 1000:.2f} | {r['p99_us'] / 1000:.2f} "
                f"| {sum(r['errors'].values())} | {rounds} |"
            )
    return lines


# --- chart -------------------------------------------------------------------------------

PALETTE = ["#7f7f7f", "#bcbcbc", "#1f77b4", "#aec7e8", "#d62728", "#ff9896"]
COLOURS = {
    FLOOR: "#7f7f7f",
    "httpx base_url+json.loads": "#bcbcbc",
    OURS: "#1f77b4",
    "realtimekit_client sync()": "#aec7e8",
    "cloudflare SDK": "#d62728",
    "starlette": "#7f7f7f",
    "emulator": "#1f77b4",
    "prism": "#d62728",
}


def _colour(name: str, i: int) -> str:
    return COLOURS.get(name, PALETTE[i % len(PALETTE)])


def _grouped_bars(ax: Any, names: list[str], value: Any, label: Any) -> None:
    """Bars per name for get and create; `value(name, op)` the height, `label` the annotation."""
    width = 0.8 / len(names)
    top = 0.0
    for i, name in enumerate(names):
        xs = [x + i * width for x in range(len(OPERATIONS))]
        heights = [value(name, op) for op in OPERATIONS]
        top = max(top, *heights)
        bars = ax.bar(xs, heights, width, label=name, color=_colour(name, i))
        for bar, op in zip(bars, OPERATIONS, strict=True):
            x = bar.get_x() + bar.get_width() / 2
            ax.annotate(
                label(name, op), (x, bar.get_height()), ha="center", va="bottom", fontsize=7
            )
    centres = [x + 0.4 - width / 2 for x in range(len(OPERATIONS))]
    ax.set_xticks(centres, [f"{op}_meeting" for op in OPERATIONS])
    ax.set_ylim(0, top * 1.45)
    ax.legend(fontsize=7, loc="upper left", ncol=2)


def _client_panel(ax: Any, data: dict[str, Any] | None, title: str) -> None:
    ax.set_title(title)
    if not data:
        ax.set_axis_off()
        return
    v = {op: data[op]["variants"] for op in OPERATIONS}
    _grouped_bars(
        ax,
        list(v["get"]),
        lambda n, op: v[op][n]["median_wall_us"],
        lambda n, op: _ratio(v[op][n]["ratio"]),
    )
    ax.set_ylabel("µs per call (median)")


def chart(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    groups = results["groups"]
    fig, axes = plt.subplots(2, 2, figsize=(13, 9))
    _client_panel(axes[0][0], groups.get("client_inprocess"), "Client, in-process (MockTransport)")
    _client_panel(
        axes[0][1], groups.get("client_loopback"), "Client, loopback HTTP (canned server)"
    )

    ax = axes[1][0]
    ax.set_title("Parse the MeetingFound body")
    parsed = groups.get("parse")
    if parsed:
        names = list(parsed["variants"])
        values = [parsed["variants"][n]["median_wall_us"] for n in names]
        ax.barh(names, values, color=[PALETTE[i % len(PALETTE)] for i in range(len(names))])
        for y, (n, v) in enumerate(zip(names, values, strict=True)):
            note = f" {v:.1f} µs ({_ratio(parsed['variants'][n]['ratio'])})"
            ax.annotate(note, (v, y), va="center", fontsize=7)
        ax.set_xlim(0, max(values) * 1.35)
        ax.invert_yaxis()
        ax.tick_params(axis="y", labelsize=7)
        ax.set_xlabel("µs (median)")
    else:
        ax.set_axis_off()

    ax = axes[1][1]
    load = groups.get("emulator_load", {})
    servers = {n: r for n, r in load.get("servers", {}).items() if "error" not in r}
    ax.set_title(f"Server throughput, concurrency {load.get('concurrency', '?')}")
    if servers:
        _grouped_bars(
            ax,
            list(servers),
            lambda n, op: servers[n][op]["rps"],
            lambda n, op: f"p99 {servers[n][op]['p99_us'] / 1000:.1f} ms",
        )
        ax.set_ylabel("requests/s")
    else:
        ax.set_axis_off()
    env = results["environment"]
    fig.suptitle(
        f"realtimekit benchmarks: {env['cores']} cores, Python {env['python']}, "
        f"commit {env['commit']}"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


# --- markdown ----------------------------------------------------------------------------

SETUP = """\
- Client groups: every variant is a zero-argument function doing one complete call and reading
  `data.recording_config.video_config.watermark.position` at the end (so lazily parsed models pay
  for parsing). The variants run interleaved in one process: each repeat runs every variant once
  for N calls, in an order rotated per repeat, after `gc.collect()` + `gc.freeze()`; time per
  call by `time.perf_counter` (wall) and `time.process_time` (CPU). Reported: the median over
  the repeats, and the median of the per-repeat ratios to the floor (the targets use the wall
  ratio of the bound client).
- The answer is the `MeetingFound` example of openapi.yaml (seed 000, 1.2 kB of JSON); the create
  body is the `MeetingCreateRecording` example (a full `recording_config`), given to our client as
  a `MeetingCreate` built once, to the SDK as keyword arguments and to httpx as `json=`.
- Every client runs with its default retries and timeouts."""


def _setup(results: dict[str, Any]) -> list[str]:
    env = results["environment"]

    def loads(values: list[float] | None) -> str:
        return "/".join(f"{x:.2f}" for x in values or [])

    quick = " (quick smoke settings)" if results.get("quick") else ""
    packages = ", ".join(f"{k} {v}" for k, v in env["packages"].items() if v)
    out = [
        "## Setup",
        "",
        f"- Run {env['time']} at commit `{env['commit']}`{quick}.",
        f"- Machine: {env['cores']} cores ({env['cpu']}), {env['platform']}. Load average "
        f"{loads(env.get('loadavg'))} at the start, {loads(env.get('loadavg_end'))} at the end: "
        "other "
        "work on the machine shows up as noise, which the per-repeat ratios are meant to cancel.",
        f"- Python {env['python']}; {packages}.",
        SETUP,
        "",
        "| Variant | What it calls |",
        "|---|---|",
    ]
    out += [f"| {name} | {note} |" for name, note in VARIANT_NOTES.items()]
    return [*out, ""]


def _client_sections(results: dict[str, Any]) -> list[str]:
    groups, settings = results["groups"], results["settings"]
    out: list[str] = []
    if "client_inprocess" in groups:
        s = settings["client_inprocess"]
        out += [
            "## 1. Client per-call cost, in-process",
            "",
            f"`httpx.MockTransport` answering the canned bytes; {s['repeats']} repeats of "
            f"{s['calls']:,} calls per variant after {s['warmup']} warm-up calls.",
            "",
            *_client_table(groups["client_inprocess"]),
            "",
        ]
    if "client_list" in groups:
        s = settings["client_list"]
        out += [
            "## 1b. A list-heavy read, in-process",
            "",
            "`list_recordings` answering a page of 100 recordings (the spec's `RecordingListPage`",
            "item repeated, each with its meeting); every variant reads each item's status and",
            f"the last one's meeting title; {s['repeats']} repeats of {s['calls']:,} calls.",
            "",
            "| Variant | µs/call, wall | Ratio | µs/call, CPU | CPU ratio |",
            "|---|---:|---:|---:|---:|",
        ]
        for name, v in groups["client_list"]["list_recordings"]["variants"].items():
            label = f"**{name}**" if name == OURS else name
            out.append(
                f"| {label} | {v['median_wall_us']:,.1f} | {_ratio(v['ratio'])} "
                f"| {v['median_cpu_us']:,.1f} | {_ratio(v['cpu_ratio'])} |"
            )
        out.append("")
    if "client_loopback" in groups:
        s = settings["client_loopback"]
        pinned = groups["client_loopback"].get("pinned")
        where = "server pinned to CPU 1, client to CPU 0" if pinned else "not pinned"
        out += [
            "## 2. Client per-call cost, loopback HTTP",
            "",
            "The same variants, each over its own keep-alive connection to a minimal asyncio",
            "server (uvloop) in another process answering the canned bytes; sequential calls;",
            f"{where}; {s['repeats']} repeats of {s['calls']:,} calls. The CPU columns count this",
            "process only.",
            "",
            *_client_table(groups["client_loopback"]),
            "",
        ]
    if "parse" in groups:
        s = settings["parse"]
        out += [
            "## 3. Model parse alone",
            "",
            f"The canned bytes (or the dict) to a model; {s['repeats']} repeats of {s['calls']:,}.",
            "",
            "| Variant | µs, median | Ratio to `json.loads` |",
            "|---|---:|---:|",
        ]
        for name, v in groups["parse"]["variants"].items():
            out.append(f"| {name} | {v['median_wall_us']:.2f} | {_ratio(v['ratio'])} |")
        out.append("")
    return out


def _other_sections(results: dict[str, Any]) -> list[str]:
    groups = results["groups"]
    out: list[str] = []
    if "emulator_inprocess" in groups:
        s = results["settings"]["emulator_inprocess"]
        out += [
            "## 4. Server-side cost per request, in-process",
            "",
            "The ASGI apps called directly in one event loop, no socket and no load generator: the",
            "canned-response Starlette app (the floor) and the emulator (`create_app()`, full",
            "validation, memory store), with the same headers and bodies as the load test;",
            f"{s['repeats']} repeats of {s['calls']:,} requests per app, interleaved.",
            "",
            "| Operation | App | µs/request, wall | Ratio | µs/request, CPU |",
            "|---|---|---:|---:|---:|",
        ]
        for op in OPERATIONS:
            for name, v in groups["emulator_inprocess"][op]["variants"].items():
                out.append(
                    f"| {op}_meeting | {name} | {v['median_wall_us']:.1f} | {_ratio(v['ratio'])} "
                    f"| {v['median_cpu_us']:.1f} |"
                )
        out.append("")
    if "emulator_load" in groups:
        data = groups["emulator_load"]
        pinned = (
            "the server pinned to CPU 1 and the load generator to CPU 0 (`taskset`), one core each"
            if data["pinned"]
            else "not pinned"
        )
        out += [
            "## 5. Server throughput",
            "",
            (
                f"`wrk` with {data['concurrency']} keep-alive connections (`-t1 -c"
                f"{data['concurrency']}`, a Lua script sets the token and the POST body), "
                if data["tool"] == "wrk"
                else "The Python load generator of `benchmarks.loadgen` (wrk was not installed) "
                f"with {data['concurrency']} keep-alive connections, "
            )
            + f"{data['rounds']} rounds of {data['seconds']:.0f} s runs per server and operation,",
            "interleaved (order rotated per round), after a warm-up run each; on 127.0.0.1,",
            f"{pinned}. Medians over the rounds; the share of the ceiling is the median of the",
            "per-round ratios. The server's CPU time per run (from /proc) gives requests per",
            "CPU-second: the cost of a request whatever CPU the load generator got.",
            "The servers: the canned-response Starlette app (uvicorn, one worker,",
            "httptools and uvloop: the ceiling for Python here), the emulator",
            "(`python -m realtimekit_mock`, full validation, memory store, so creates pile up",
            "during the run) and Stoplight Prism 5.16.0 (`prism mock openapi.yaml`, static",
            "examples, request validation, log level `warn`).",
            "Errors are non-2xx answers and socket errors.",
            "",
            *_load_table(data),
            "",
        ]
    if "contract" in groups:
        c = groups["contract"]
        extra = f", `CONTRACT_MAX_EXAMPLES={c['max_examples']}`" if c.get("max_examples") else ""
        result = "pass" if c["passed"] else f"FAIL (exit {c['exit_code']})"
        generated = c["generated"] if c["generated"] is not None else "—"
        rate = f"{c['cases_per_s']:.0f}" if c["cases_per_s"] else "—"
        out += [
            "## 6. Contract job",
            "",
            f"`python -m contract` as `make contract` runs it (embedded emulator{extra}).",
            "",
            "| Wall time | Generated cases | Cases/s | Result |",
            "|---:|---:|---:|---|",
            f"| {c['wall_s']:.1f} s | {generated} | {rate} | {result} |",
            "",
        ]
    if "generation" in groups:
        g = groups["generation"]
        out += ["## 7. Client generation", ""]
        if "error" in g:
            out += [f"Failed: `{g['error'][-300:]}`", ""]
        else:
            runs = ", ".join(f"{t:.2f}" for t in g["wall_s"])
            out += [
                "The Makefile's generator command (openapi-python-client 0.29.1, ruff post-hooks)",
                f"into a temporary folder: median **{g['median_s']:.2f} s** over "
                f"{len(g['wall_s'])} "
                f"runs ({runs} s); {g['python_files']} Python files.",
                "",
            ]
    if "changes" in groups:
        out += _changes_section(groups["changes"])
    if "client_startup" in groups:
        out += _startup_section(groups["client_startup"])
    return out


def _changes_section(data: dict[str, Any]) -> list[str]:
    out = [
        "## 8. Spec changes and the version check",
        "",
        "`python -m spec_changes report --base HEAD` as `make changes` and `make check-version`",
        "run it, wall time of the whole command (Python start-up, both revisions read, the",
        "comparison, griffe's check of the generated package, Markdown and JSON), with the phases",
        "it records. The full spec as committed (the generated package unchanged, so griffe has",
        "nothing to load), and a fivefold spec in a temporary repository (every path and",
        "component copied five times, a webhook per copy; committed with its generated client,",
        "then edited and regenerated, so there are real changes: griffe loads the changed",
        "modules of both revisions).",
        "",
        "| Spec | Operations | Webhooks | Schemas | YAML | Changes | Median | Runs | Read + parse "
        "| Compare | Generated package |",
        "|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|",
    ]
    for case, label in (("full", "openapi.yaml"), ("fivefold", "fivefold")):
        run = data.get(case, {})
        if "median_s" not in run:
            out.append(f"| {label} | not measured: {run.get('error', 'no result')} |")
            continue
        phases = run["phases"]
        runs = ", ".join(f"{t:.2f}" for t in run["wall_s"])
        out.append(
            f"| {label} | {run.get('operations', '—')} | {run.get('webhooks', '—')} "
            f"| {run.get('schemas', '—')} | {run.get('yaml_kb', '—')} kB | {run['changes']} "
            f"| **{run['median_s']:.2f} s** | {runs} s | {phases.get('load_s', 0):.2f} s "
            f"| {phases.get('compare_s', 0):.2f} s | {phases.get('python_api_s', 0):.2f} s |"
        )
    return [*out, ""]


def _startup_section(data: dict[str, Any]) -> list[str]:
    out = [
        "## 9. Client start-up",
        "",
        "Each variant in a fresh `python -I -c` process, timing itself from before its first",
        "import to after building its client (the interpreter's own start is the `python` row);",
        f"{data['repeats']} repeats per variant, interleaved, after {data['warmup']} warm-up runs",
        "each. Ratios are medians of the per-repeat ratios to the httpx floor. Modules: the",
        "size of `sys.modules` at the end.",
        "",
        "| Variant | Runs | ms, in-process | Ratio | ms, whole process | Ratio | Modules |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name, v in data["variants"].items():
        label = f"**{name}**" if name == OURS else name
        code = "; ".join(line.strip() for line in v["code"].splitlines() if line.strip())
        code = re.sub(r"\((api_)?token=[^)]*\)", "(...)", code)  # the settings, elided
        out.append(
            f"| {label} | `{code or 'pass'}` | {v['median_inner_ms']:,.1f} "
            f"| {_ratio(v['ratio'])} | {v['median_wall_ms']:,.1f} | {_ratio(v['wall_ratio'])} "
            f"| {v['modules']} |"
        )
    return [*out, ""]


def _webhook_section(data: dict[str, Any]) -> list[str]:
    lat, thr = data["latency"], data["throughput"]
    pinned = (
        "the emulator pinned to CPU 1, the load generator to CPU 0"
        if data["pinned"]
        else ("not pinned")
    )
    out = [
        "## 10. Webhook deliveries",
        "",
        "The emulator (`python -m realtimekit_mock`, memory store) as its own process, one webhook",
        "pointing at a threaded loopback receiver (`realtimekit_mock.webhook_receiver`) in the",
        "benchmark's process; every event is one control API call (a participant joining or",
        "leaving a live session: one `meeting.participantJoined`/`Left` delivery each);",
        f"{pinned}.",
        "",
        f"- Latency: {data['rounds']} rounds of {data['seconds']:g} s at {data['rate']:g} events/s",
        "  (paced on a schedule), from just before the triggering call is sent to the handler",
        "  having the body; medians of the per-round percentiles.",
        f"- Throughput: bursts of {data['burst']} events fired back to back, the receiver",
        f"  answering after {data['slow_ms']:g} ms (slow) or at once (fast); deliveries per second",
        f"  from the first arrival to the last; medians over {data['rounds']} bursts each.",
        f"- API cost: get_meeting under the load generator ({data['tool']}, {data['concurrency']}",
        f"  connections, {data['api_seconds']:g} s runs) while {data['rate']:g} events/s are",
        "  fired, with the webhook enabled (deliveries running) and disabled (the same control",
        f"  calls, nothing enqueued); {data['api_rounds']} rounds of both, order rotated; ratios",
        "  with / without per round, their medians"
        + (f"; again at {data['stress_rate']:g} events/s." if data.get("stress_rate") else "."),
        "  The receiver and the driver of the events run on the load generator's CPU.",
        "",
        "| Measurement | Value |",
        "|---|---:|",
        f"| Delivery latency p50, {data['rate']:g} events/s | {lat['p50_ms']:.1f} ms |",
        f"| Delivery latency p99, {data['rate']:g} events/s | {lat['p99_ms']:.1f} ms |",
        f"| Delivery latency p99 of all {lat['events']} events pooled "
        f"| {lat.get('pooled_p99_ms', float('nan')):.1f} ms |",
        f"| Deliveries/s, receiver answering in {data['slow_ms']:g} ms | {thr['slow_per_s']:.1f} |",
        f"| Deliveries/s, receiver answering at once | {thr['fast_per_s']:.0f} |",
        "",
        "| get_meeting under load | Events/s | p50 ms | p99 ms | Requests/s "
        "| Per server CPU-second | Events fired | Errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    costs = []
    for key in ("api", "api_stress"):
        run = data.get(key)
        if not run:
            continue
        rate = run.get("rate", data["rate"])
        for variant, label in (("without", "webhook disabled"), ("with", "deliveries running")):
            r = run[variant]
            out.append(
                f"| {label} | {rate:g} | {r['p50_us'] / 1000:.2f} | {r['p99_us'] / 1000:.2f} "
                f"| {r['rps']:,.0f} | {r.get('per_cpu_s') or 0:,.0f} | {r['events_fired']} "
                f"| {r['errors']} |"
            )
        out.append(
            f"| **ratio** (with / without) | {rate:g} | {_ratio(run['p50_ratio'])} "
            f"| {_ratio(run['p99_ratio'])} | {_ratio(run['rps_ratio'])} "
            f"| {_ratio(run.get('per_cpu_ratio', float('nan')))} | | |"
        )
        if "server_cpu_ms_per_delivery" in run:
            costs.append(f"{run['server_cpu_ms_per_delivery']:.2f} ms at {rate:g} events/s")
    if costs:
        out += [
            "",
            "The emulator's extra CPU time per delivery (its CPU seconds per second with",
            "deliveries minus without, over the events per second; medians over the rounds):",
            f"{'; '.join(costs)}.",
        ]
    return [*out, ""]


def _simulated_section(data: dict[str, Any]) -> list[str]:
    pinned = (
        "the emulator pinned to CPU 1; the load generator and the driver on CPU 0"
        if data["pinned"]
        else "not pinned"
    )
    out = [
        "## 11. Simulated load",
        "",
        "The emulator (`python -m realtimekit_mock`, memory store, its clock running in real time)",
        f"as its own process; {pinned}. Before every run of the simulated load, untimed, through",
        f"the REST API: {data['meetings']} new meetings with {data['peers']} participants each,",
        "every participant joined through the control API (a live session per meeting). The",
        f"simulated load: {data['live_concurrency']} keep-alive connections from the benchmark's",
        "process (raw asyncio sockets), each walking through its share of the meetings'",
        "participants: the peer leaves (`POST /_emulator/leave`), the participant joins again as",
        "a new peer (`POST /_emulator/join`), back to back; a composite recording runs on every",
        "meeting meanwhile (`start_recording` before the run, `stop` after it). Variants:",
        f"get_meeting alone ({data['tool']}, {data['concurrency']} connections), the simulated",
        f"load alone, and both at once; {data['rounds']} rounds of {data['seconds']:g} s runs,",
        "order rotated per round, after a warm-up run each. The joins' and leaves' latency is",
        "the driver's (request sent to answer read); ratios are medians of the per-round",
        "ratios; server CPU busy is the emulator's CPU seconds per second of the run.",
        "",
        "| Variant | Side | Per second | p50 ms | p99 ms | Server CPU busy | Errors "
        "| Per second of each round |",
        "|---|---|---:|---:|---:|---:|---:|---|",
    ]
    runs = data.get("runs", {})

    def rounds(variant: str, side: str, key: str) -> str:
        return ", ".join(f"{r[side][key]:,.0f}" for r in runs.get(variant, []))

    rows = (
        ("get_meeting alone", "reads alone", "reads", data["reads_alone"], "rps"),
        ("simulated load alone", "live alone", "live", data["live_alone"], "per_s"),
        ("both at once", "live + reads", "reads", data["reads_loaded"], "rps"),
        ("both at once", "live + reads", "live", data["live_loaded"], "per_s"),
    )
    for label, variant, side, r, key in rows:
        busy = [x["server_cpu_share"] for x in runs.get(variant, [])]
        busy_s = f"{statistics.median(busy):.0%}" if busy else "—"
        what = "get_meeting" if side == "reads" else "joins + leaves"
        out.append(
            f"| {label} | {what} | {r[key]:,.0f} | {r['p50_us'] / 1000:.2f} "
            f"| {r['p99_us'] / 1000:.2f} | {busy_s} | {r['errors']} "
            f"| {rounds(variant, side, key)} |"
        )
    out.append(
        f"| **ratio** (both / alone) | get_meeting | {_ratio(data['reads_rps_ratio'])} "
        f"| {_ratio(data['reads_p50_ratio'])} | {_ratio(data['reads_p99_ratio'])} | | | |"
    )
    out.append(
        f"| **ratio** (both / alone) | joins + leaves | {_ratio(data['live_per_s_ratio'])} "
        "| | | | | |"
    )
    stopped = data["live_alone"]["recordings_stopped"]
    for k, v in data["live_loaded"]["recordings_stopped"].items():
        stopped = {**stopped, k: stopped.get(k, 0) + v}
    failed = (
        data["live_alone"]["recording_start_errors"] + data["live_loaded"]["recording_start_errors"]
    )
    summary = ", ".join(f"{v} {k}" for k, v in sorted(stopped.items()))
    out += [
        "",
        f"Recordings stopped after the runs: {summary or 'none'}; starts refused: {failed}.",
    ]
    return [*out, ""]


def markdown(results: dict[str, Any], chart_name: str) -> str:
    out = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m benchmarks`): every number below comes from one run,",
        "the compared variants side by side in it. Raw results: `reports/bench/latest.json`",
        "(git-ignored). The prose after the measurements is kept in `benchmarks/findings.md`.",
        "One group alone, without touching this file:",
        "`python -m benchmarks --only client_inprocess --no-docs` (groups: "
        + ", ".join(f"`{g}`" for g in GROUPS)
        + ").",
        "",
        "## Targets",
        "",
        "| Target | Measured | Met |",
        "|---|---|:---:|",
    ]
    out += [f"| {t} | {m} | {'yes' if ok else '**no**'} |" for t, m, ok in targets(results)]
    out += ["", f"![Benchmark chart]({chart_name})", ""]
    out += _setup(results) + _client_sections(results) + _other_sections(results)
    if "webhooks" in results["groups"]:
        out += _webhook_section(results["groups"]["webhooks"])
    if "simulated_load" in results["groups"]:
        out += _simulated_section(results["groups"]["simulated_load"])
    if FINDINGS.exists():
        out += [FINDINGS.read_text().strip(), ""]
    return "\n".join(out)


def write(results: dict[str, Any], md_path: Path) -> Path:
    """Write the Markdown to `md_path` and the chart beside it (same stem, .png)."""
    md_path.parent.mkdir(parents=True, exist_ok=True)
    png = md_path.with_suffix(".png")
    chart(results, png)
    md_path.write_text(markdown(results, png.name))
    return png
