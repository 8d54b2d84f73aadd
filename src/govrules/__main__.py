"""`python -m govrules`: the `govrules` command (as `python -m govrules.cli`), for a virtualenv whose scripts
directory is not on PATH."""

import sys

from govrules.cli import main

sys.exit(main())
