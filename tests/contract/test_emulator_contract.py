"""The contract job's pytest face: openapi.yaml checked in-process against the emulator."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from contract.inprocess import schema_for
from realtimekit_mock import create_app

TOKEN = "contract-pytest-token-0123456789"
APP = create_app(tokens=[TOKEN])
SCHEMA = schema_for(APP, token=TOKEN, account_id="contract-account", app_id="contract-app")
CHECKED = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@SCHEMA.parametrize()
@CHECKED
def test_stateless(case) -> None:  # type: ignore[no-untyped-def]
    """Every generated request (positive and negative) gets a response the spec allows."""
    case.call_and_validate()


class Stateful(SCHEMA.as_state_machine()):  # type: ignore[misc]
    """Chains of calls through the spec's links keep every contract."""

    def setup(self) -> None:
        """Each scenario starts from an empty emulator."""
        APP.reset()


TestStateful = Stateful.TestCase
TestStateful.settings = settings(
    max_examples=30,
    stateful_step_count=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
