"""`python -m spec_changes`: see `spec_changes.cli`."""

import sys

from spec_changes.cli import main

sys.exit(main())
