"""Choose between the desktop app and the command line.

Kept apart from both so that the command line never imports Qt: only
`briefgen` with no arguments, or `briefgen gui`, loads the GUI.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI for no arguments or `gui [BRIEF]`; hand anything else to the CLI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] == "gui":
        try:
            from briefgen.gui.app import run_gui
        except ImportError as exc:  # the GUI is optional for batch use
            print(f"briefgen: error: the desktop app is not available ({exc})", file=sys.stderr)
            return 2
        return run_gui(args[1:])
    from briefgen.cli import main as cli_main

    return cli_main(args)
