"""Choose between the desktop app and the command line.

Kept apart from both so that the command line never imports Qt: only
`briefgen` with no arguments, or `briefgen gui`, loads the GUI (and
`briefgen self-test`, which starts it offscreen in a child process).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence


def _no_display() -> bool:
    """Return True on Linux with no screen to open a window on (and no Qt platform chosen)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    """Start the GUI for no arguments or `gui [BRIEF]`, or the self-test; else run the CLI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["self-test"]:
        from briefgen.selftest import main as self_test

        return self_test(args[1:])
    if not args or args[0] == "gui":
        if not _can_show_windows():
            return 2
        try:
            from briefgen.gui.app import run_gui
        except ImportError as exc:  # the GUI is optional for batch use
            print(f"briefgen: error: the desktop app is not available ({exc})", file=sys.stderr)
            return 2
        return run_gui(args[1:])
    # The collector is paused for the command line's imports too (cli.main pauses it
    # for the command): they build thousands of objects that all stay alive, and
    # scanning them again and again was about 15 ms of every command.
    collecting = gc.isenabled()
    gc.disable()
    try:
        from briefgen.cli import main as cli_main

        return cli_main(args)
    finally:
        if collecting:
            gc.enable()


def _can_show_windows() -> bool:
    """Return True when there is a display; else say so on stderr."""
    if _no_display():
        print(
            "briefgen: error: there is no display to open the app on (DISPLAY is not set); "
            "use the command line (briefgen --help), or run the app under xvfb-run",
            file=sys.stderr,
        )
        return False
    return True


def run_manager(library: str | None) -> int:
    """Open the library manager on the folder ``library`` (None: the remembered or bundled one).

    ``briefgen library manage`` comes here from the command line, which never
    imports Qt itself.
    """
    if not _can_show_windows():
        return 2
    try:
        from briefgen.gui.manager.app import run_manager as run
    except ImportError as exc:  # the GUI is optional for batch use
        print(f"briefgen: error: the desktop app is not available ({exc})", file=sys.stderr)
        return 2
    return run(library)
