"""`python -m contract`: the contract-check job (`make contract`)."""

from __future__ import annotations

import sys

from contract.runner import run
from contract.settings import ConfigError, from_env


def main() -> int:
    """Read the settings, run the job, return its exit code."""
    try:
        return run(from_env())
    except ConfigError as error:
        print(f"contract: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
