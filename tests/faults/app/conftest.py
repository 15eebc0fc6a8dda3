"""The app's fixtures (a main window, a scripted prompter), shared with tests/gui."""

from tests.gui.conftest import _fonts, make_window, prompter

__all__ = ["_fonts", "make_window", "prompter"]
