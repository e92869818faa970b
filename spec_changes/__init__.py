"""What changed between two revisions of openapi.yaml and of the generated client, classified
for client users and API callers as breaking, additive or documentation only, and the version
the client needs for it (`make changes`, `make check-version`, `make release`).

Why it is written here: the spec-level diff tools made for this (oasdiff, the Optic CLI) cannot
be installed or do not start in this project's toolchain (oasdiff needs a Go module download; the
npm Optic CLI fails at start-up), and neither knows what this generated client does with a spec
(the Python types of formats, unknown enum values, defaults it always sends). The Python API of
the generated package is checked with griffe, which is made for that job.

Modules, one concern each: `schemas` (references and schema normalisation), `diff` (raw
findings), `classify` (the verdict table), `revisions` and `history` (what to compare),
`generated` (griffe and the generated files), `report`, `render` (Markdown, JSON, CHANGELOG
entries), `changelog`, `release`, `semver`, `git`, `cli`.
"""

from spec_changes.classify import Change, Level, classify
from spec_changes.diff import Finding, Subject, compare
from spec_changes.report import Report, build
from spec_changes.schemas import Document, SpecError

__all__ = [
    "Change",
    "Document",
    "Finding",
    "Level",
    "Report",
    "SpecError",
    "Subject",
    "build",
    "classify",
    "compare",
]
