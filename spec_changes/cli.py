"""`python -m spec_changes`: the report (`make changes`), the version check, and `release`.

    python -m spec_changes [report] [--base REF] [--markdown FILE] [--json FILE]
                           [--format markdown|json] [--check] [--quiet] [--no-python-api]
    python -m spec_changes release [--base REF] [--bump major|minor|patch] [--date YYYY-MM-DD]

Exit codes: 0 done (with --check: the version covers the changes); 1 with --check, the changes
need a higher version than generator-config.yml shows; 2 bad input (unknown revision, shallow
clone, unreadable spec or config, a version that is not MAJOR.MINOR.PATCH or went down).
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from pathlib import Path

from spec_changes import semver
from spec_changes.git import GitError
from spec_changes.history import choose_base
from spec_changes.release import make_release
from spec_changes.render import markdown, to_json, verdict
from spec_changes.report import build
from spec_changes.revisions import read_revision
from spec_changes.schemas import SpecError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m spec_changes",
        description="What changed in openapi.yaml and realtimekit_client since the last "
        "release, classified for client users and API callers, and whether the version says so.",
    )
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the repository")
    sub = parser.add_subparsers(dest="command")
    report = sub.add_parser("report", help="the report (the default command)")
    release = sub.add_parser("release", help="bump the version and write the CHANGELOG entry")
    for p in (parser, report):
        p.add_argument("--base", help="the revision to compare with (default: the last release)")
        p.add_argument("--markdown", type=Path, help="also write the Markdown report here")
        p.add_argument("--json", type=Path, help="also write the JSON report here")
        p.add_argument("--format", choices=("markdown", "json"), default="markdown",
                       help="what to print")  # fmt: skip
        p.add_argument("--check", action="store_true",
                       help="exit 1 when the version is lower than the changes need")  # fmt: skip
        p.add_argument("--quiet", action="store_true",
                       help="print only the verdict (all of it when the check fails)")  # fmt: skip
        p.add_argument("--no-python-api", action="store_true", help="skip the griffe check")
    release.add_argument("--base", help="the previous release (default: found in the history)")
    release.add_argument("--bump", choices=semver.PARTS, help="raise at least this part")
    release.add_argument("--date", default=datetime.date.today().isoformat(),
                         help="the date of the entry")  # fmt: skip
    return parser


def _report(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    head = read_revision(root, None)
    base = choose_base(root, head.version, args.base, guess=True)
    result = build(root, base, head=head, check_python=not args.no_python_api)
    text = markdown(result)
    data = to_json(result)
    for path, content in ((args.markdown, text), (args.json, data)):
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(content, encoding="utf-8")
    failed = args.check and not result.ok
    if args.quiet and not failed:
        where = f" Base: {result.reason} ({result.base.name})." if result.base else ""
        print(verdict(result) + where)
    else:
        print(data if args.format == "json" else text, end="")
    return 1 if failed else 0


def _release(args: argparse.Namespace) -> int:
    root = args.root.resolve()
    head = read_revision(root, None)
    base = choose_base(root, head.version, args.base, guess=False)
    done = make_release(root, base, args.date, args.bump)
    print(f"release: {done.message}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _release(args) if args.command == "release" else _report(args)
    except (SpecError, GitError, ValueError, OSError) as err:
        print(f"spec_changes: error: {err}", file=sys.stderr)
        return 2
