"""`python -m govrules.cli`: the `govrules` command."""

import sys

from govrules.cli import main

sys.exit(main())
