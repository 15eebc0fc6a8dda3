"""Start the library manager on its own: ``briefgen library manage [--library DIR]``."""

from __future__ import annotations

from pathlib import Path

from briefgen.gui.app import (
    create_application,
    install_translators,
    register_fonts,
    set_interface_font,
)
from briefgen.gui.jobs import wait_for_background_jobs
from briefgen.gui.manager.window import ManagerWindow
from briefgen.gui.settings import Settings


def run_manager(library: str | None) -> int:
    """Run the manager window over ``library``; return the exit code."""
    app = create_application([])
    settings = Settings()
    language = settings.ui_language()
    register_fonts()
    set_interface_font(app, language)
    translators = install_translators(app, language)
    window = ManagerWindow(
        Path(library) if library else settings.library_to_open(), settings, language
    )
    window.setProperty("translators", len(translators))
    if not window.open_library():
        return 1
    window.show()
    code = app.exec()
    wait_for_background_jobs()
    return code
