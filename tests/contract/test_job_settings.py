"""The job's settings and report: clear errors for bad settings, nothing secret in summaries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract.live_policy import RESOURCES
from contract.report import parse, redact, render
from contract.settings import LIVE_BASE_URL, ConfigError, from_env

CREDENTIALS = {
    "CLOUDFLARE_API_TOKEN": "tok-0123456789",
    "CLOUDFLARE_ACCOUNT_ID": "acc",
    "REALTIMEKIT_APP_ID": "app",
}


def test_no_configuration_means_the_embedded_emulator() -> None:
    """With nothing set the job targets the emulator, with the documented defaults."""
    settings = from_env({})

    assert settings.live is False
    assert (settings.seed, settings.max_examples, settings.max_time) == (20261121, 30, None)


def test_credentials_alone_mean_the_live_api() -> None:
    """Credentials without a base URL target the Cloudflare API, capped by default."""
    settings = from_env(CREDENTIALS)

    assert (settings.live, settings.base_url) == (True, LIVE_BASE_URL)
    assert settings.caps == {r.name: r.default_cap for r in RESOURCES}
    assert (settings.caps["participant"], settings.caps["meeting"]) == (10, 5)
    assert "tok-0123456789" not in repr(settings)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"CONTRACT_TARGET": "live"}, "live contract run needs CLOUDFLARE_API_TOKEN, "),
        ({"CONTRACT_MAX_EXAMPLES": "many"}, "CONTRACT_MAX_EXAMPLES must be an integer, got 'many'"),
        ({"CONTRACT_MAX_TIME": "0"}, "CONTRACT_MAX_TIME must be at least 1, got 0"),
        ({"CONTRACT_MODE": "write"}, "CONTRACT_MODE must be 'full' or 'read-only', got 'write'"),
        ({"CONTRACT_TARGET": "prod"}, "CONTRACT_TARGET must be 'emulator' or 'live', got 'prod'"),
        ({"CONTRACT_MAX_CREATES": "-1"}, "CONTRACT_MAX_CREATES must be at least 0, got -1"),
        (
            {**CREDENTIALS, "CONTRACT_BASE_URL": "api.example.com"},
            "CONTRACT_BASE_URL must be an http(s) URL, got 'api.example.com'",
        ),
    ],
)
def test_bad_settings_are_one_clear_line(env: dict[str, str], message: str) -> None:
    """Each malformed or missing setting is named in a one-line error."""
    with pytest.raises(ConfigError) as raised:
        from_env(env)

    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def test_redact_hides_tokens_and_storage_credentials() -> None:
    """The token and every storage credential value are filtered out of report text."""
    text = (
        "curl -H 'Authorization: Bearer tok-0123456789' -d "
        '\'{"storage_config": {"secret": "s3cr3t", "access_key": "AKIA", "password": "pw\\"x",'
        ' "bucket": "kept"}}\''
    )

    redacted = redact(text, ["tok-0123456789"])

    for secret in ("tok-0123456789", "s3cr3t", "AKIA", "pw"):
        assert secret not in redacted
    assert '"bucket": "kept"' in redacted


def test_summary_groups_failures_by_operation(tmp_path: Path) -> None:
    """A JUnit failure becomes a section naming the operation, the check and its curl."""
    junit = tmp_path / "junit.xml"
    junit.write_text(
        '<testsuites><testsuite name="schemathesis">'
        '<testcase name="GET /accounts/{account_id}/realtime/kit/{app_id}/meetings">'
        '<failure type="failure" message="ST108">1. Test Case ID: abc123\n\n'
        '- ST108 Response violates schema\n\n    "created_at" is a required property\n\n'
        "Reproduce with:\n\n    curl -X GET -H 'Authorization: Bearer tok-0123456789' "
        "http://x/client/v4/accounts/a/realtime/kit/b/meetings\n</failure>"
        '</testcase><testcase name="stateful"/></testsuite></testsuites>',
        encoding="utf-8",
    )

    summary = parse(junit, ["tok-0123456789"])
    markdown = render(summary)

    assert summary.passed is False
    assert summary.tests == 2
    assert "### GET /accounts/{account_id}/realtime/kit/{app_id}/meetings (`list_meetings`)" in (
        markdown
    )
    assert "#### ST108 Response violates schema — case abc123" in markdown
    assert '"created_at" is a required property' in markdown
    assert "curl -X GET -H 'Authorization: Bearer <token>'" in markdown
    assert "tok-0123456789" not in markdown


def test_curl_of_a_filtered_header_says_bearer(tmp_path: Path) -> None:
    """schemathesis shows the header as `[Filtered]`; the summary's curl works once the token
    is put in place of `<token>` (the token alone would get a 401)."""
    junit = tmp_path / "junit.xml"
    junit.write_text(
        '<testsuites><testsuite name="schemathesis"><testcase name="GET /x">'
        '<failure type="failure" message="ST901">1. Test Case ID: c1\n\n'
        "- ST901 Custom check failed: `read_your_writes`\n\n    sent title\n\n"
        "Reproduce with:\n\n    curl -X GET -H 'Authorization: [Filtered]' http://x/y\n"
        "</failure></testcase></testsuite></testsuites>",
        encoding="utf-8",
    )

    markdown = render(parse(junit, []))

    assert "curl -X GET -H 'Authorization: Bearer <token>' http://x/y" in markdown
    assert "#### ST901 Custom check failed: `read_your_writes` — case c1" in markdown
    assert "put your API token in place of `<token>`" in markdown


def test_opt_in_is_read_from_the_environment() -> None:
    """CONTRACT_LIVE_OPT_IN names operations, comma-separated."""
    settings = from_env({**CREDENTIALS, "CONTRACT_LIVE_OPT_IN": " a_op, b_op ,"})

    assert settings.opt_in == ("a_op", "b_op")


def test_the_embedded_run_hides_only_the_capability_probe_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """uvicorn's warning about schemathesis' NULL-byte probe is dropped while the job's emulator
    runs; other uvicorn warnings, and the same warning after the run, still show."""
    import logging

    from contract.runner import target
    from contract.settings import from_env

    log = logging.getLogger("uvicorn.error")
    try:
        with target(from_env({})):
            # uvicorn configures its loggers at start (no propagation to the root).
            log.addHandler(caplog.handler)
            log.warning("Invalid HTTP request received.")
            log.warning("something else")
        log.warning("Invalid HTTP request received.")
    finally:
        log.removeHandler(caplog.handler)
    assert [r.getMessage() for r in caplog.records] == [
        "something else",
        "Invalid HTTP request received.",
    ]


def test_the_processes_reports_merge_into_one(tmp_path: Path) -> None:
    """Failures of either process are kept; a case one process skipped and another ran is not
    skipped; the totals count each operation once."""
    import xml.etree.ElementTree as ET

    from contract.runner import merge_junit, merge_stats

    a, b = tmp_path / "a.xml", tmp_path / "b.xml"
    a.write_text(
        '<testsuites><testsuite name="schemathesis">'
        '<testcase name="GET /x"><skipped message="no examples"/></testcase>'
        '<testcase name="POST /y"><failure>one</failure></testcase>'
        "</testsuite></testsuites>"
    )
    b.write_text(
        '<testsuites><testsuite name="schemathesis">'
        '<testcase name="GET /x"/><testcase name="POST /y"><failure>two</failure></testcase>'
        "</testsuite></testsuites>"
    )
    merge_junit([a, b, tmp_path / "missing.xml"], tmp_path / "junit.xml")
    root = ET.parse(tmp_path / "junit.xml").getroot()
    assert {k: root.get(k) for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "2",
        "failures": "1",
        "errors": "0",
        "skipped": "0",
    }
    failures = [f.text for f in root.iter("failure")]
    assert failures == ["one", "two"]

    (tmp_path / "s1.json").write_text('{"operations": {"op": {"coverage": {"sent": 2}}}}')
    (tmp_path / "s2.json").write_text(
        '{"operations": {"op": {"coverage": {"sent": 3, "2xx": 1}, "fuzzing": {"sent": 4}}},'
        ' "accepted": {"meeting": 1}}'
    )
    merge_stats([tmp_path / "s1.json", tmp_path / "s2.json"], tmp_path / "stats.json")
    merged = json.loads((tmp_path / "stats.json").read_text())
    assert merged == {
        "accepted": {"meeting": 1},
        "operations": {"op": {"coverage": {"sent": 5, "2xx": 1}, "fuzzing": {"sent": 4}}},
    }


def test_embedded_runs_split_their_phases_and_live_runs_do_not() -> None:
    """Two processes by default against the emulator; one, with every phase, live."""
    from contract.runner import shards

    assert shards(from_env({})) == [("examples", "coverage", "stateful"), ("fuzzing",)]
    assert shards(from_env({"CONTRACT_MODE": "read-only"})) == [
        ("examples", "coverage"),
        ("fuzzing",),
    ]
    assert shards(from_env({"CONTRACT_PROCESSES": "1"})) == [
        ("examples", "coverage", "fuzzing", "stateful")
    ]
    live = {
        "CLOUDFLARE_API_TOKEN": "t" * 12,
        "CLOUDFLARE_ACCOUNT_ID": "a",
        "REALTIMEKIT_APP_ID": "b",
    }
    assert shards(from_env(live | {"CONTRACT_PROCESSES": "4"})) == [
        ("examples", "coverage", "fuzzing", "stateful")
    ]


def test_side_by_side_processes_never_share_an_app() -> None:
    """Each embedded process tests its own app (one's writes never meet another's read-backs);
    its schemathesis environment and seeding say that app; a live run keeps the user's app."""
    from contract.runner import environment, shard_settings, shards

    embedded = from_env({})
    apps = [shard_settings(embedded, n).app_id for n in range(len(shards(embedded)))]
    assert apps[0] == embedded.app_id and len(set(apps)) == len(apps)
    paths = {"ledger": Path("l.jsonl"), "stats": Path("s.json")}
    env = environment(shard_settings(embedded, 1), paths, {})
    assert env["REALTIMEKIT_APP_ID"] == apps[1]
    live = from_env(CREDENTIALS)
    assert shard_settings(live, 1) is live


def test_read_your_writes_takes_huge_integers_back_as_doubles() -> None:
    """Beyond ±2**53 an integer may come back as its nearest double; below, it must be exact."""
    from contract.checks import _same_double

    assert _same_double(-18446744073709551615, -1.8446744073709552e19)
    assert not _same_double(2**53 - 1, float(2**53 - 2))
    assert not _same_double(3, 3.5)
    assert not _same_double(2**60, True)
    assert not _same_double(2**60, "1152921504606846976")
