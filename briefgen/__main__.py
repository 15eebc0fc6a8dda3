"""Run briefgen: with no arguments (or `gui`) the desktop app, otherwise the command line."""

from __future__ import annotations

import sys

from briefgen.launcher import main

if __name__ == "__main__":
    sys.exit(main())
