"""Importing the package and building a client loads no tag's endpoints and no model; a tag's
modules load when its namespace is first used, and only the models that tag needs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from realtimekit_client import RealtimeKit

PROBE = """
import json, sys
import realtimekit_client

def loaded(prefix):
    return sorted(m for m in sys.modules if m.startswith(prefix))

cls = realtimekit_client.{cls}
rk = cls(token="t", account_id="a", app_id="b")
out = {{"at_start": loaded("realtimekit_client.api.") + loaded("realtimekit_client.models.")}}
getattr(rk, {tag!r})
out["api"] = loaded("realtimekit_client.api.")
out["models"] = loaded("realtimekit_client.models.")
import realtimekit_client.models as models
out["all_models"] = list(models.__all__)
print(json.dumps(out))
"""


def _probe(cls: str, tag: str) -> dict[str, list[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(cls=cls, tag=tag)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("cls", ["RealtimeKit", "AsyncRealtimeKit"])
@pytest.mark.parametrize("tag", RealtimeKit.NAMESPACES)
def test_a_namespace_loads_only_its_modules(cls: str, tag: str) -> None:
    """Before the namespace is used nothing of the API is imported; using it imports that
    tag's package and endpoint modules, no other tag's, and not every model."""
    out = _probe(cls, tag)

    assert out["at_start"] == []
    tags = {name.split(".")[2] for name in out["api"]}
    assert tags == {tag}
    assert f"realtimekit_client.api.{tag}" in out["api"]
    assert 0 < len(out["models"]) < len(out["all_models"])


def test_models_resolve_lazily_and_fail_clearly() -> None:
    """`realtimekit_client.models.<Name>` imports the model on demand; an unknown name is an
    AttributeError, as for any module."""
    import realtimekit_client.api as api
    import realtimekit_client.models as models

    assert models.Meeting.__name__ == "Meeting"
    assert set(models.__all__) <= set(dir(models))
    assert api.Meetings is type(RealtimeKit(token="t", account_id="a").meetings)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel
    with pytest.raises(AttributeError, match="NoSuchResource"):
        _ = api.NoSuchResource
