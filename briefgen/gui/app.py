"""Start the desktop app: fonts, translations, the main window, then the library.

Start-up is timed against a bare QWizard (``benchmarks/bench_gui.py``), so the
modules imported before the window is shown stay lean. PySide6 builds a class's
Python side when it is first named, and ``Qt``'s namespace alone costs about
15 ms (94 enums): nothing on the way to the first frame names it (a test checks
this), and the later pages, which do, are built after that frame.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from briefgen.core.system import paths
from briefgen.gui.jobs import wait_for_background_jobs
from briefgen.gui.library_state import LibraryState
from briefgen.gui.main_thread_gc import MainThreadCollector
from briefgen.gui.main_window import MainWindow
from briefgen.gui.none_guard import protect_none
from briefgen.gui.settings import Settings
from briefgen.gui.shutdown import SignalWatcher, stop_tidily

ORGANIZATION = "briefgen"
APPLICATION = "briefgen"
JAPANESE_UI_FAMILY = "IPAexGothic"
SYMBOLS_FAMILY = "Noto Sans Symbols2"
# The interface's own fonts, registered with Qt so that the app needs no
# system font: IPAex Gothic for Japanese and Latin text, Noto Sans Symbols 2
# for the status glyphs (⚠, ⏱) that no Japanese font has.
UI_FONT_FILES = ("ipaexg.ttf", "NotoSansSymbols2-Regular.ttf")


def register_fonts(folder: Path | None = None) -> list[str]:
    """Register the bundled fonts the interface uses with Qt; return the font families added.

    The other bundled fonts (IPAex Mincho, Noto Serif) are the documents'
    fonts: the renderers read them from their files, and the app shows
    documents as rendered pages, so Qt never needs them.
    """
    fonts = folder or paths.resources_dir() / "fonts"
    families: list[str] = []
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(fonts / name))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def translations_dir() -> Path:
    """Return the folder of the compiled .qm translations."""
    return paths.data_root() / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our and Qt's own translations for ``language``; return them (keep them alive)."""
    installed: list[QTranslator] = []
    if language != "ja":
        return installed
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / "briefgen_ja.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load("qtbase_ja", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    return installed


def set_interface_font(app: QApplication, language: str) -> None:
    """Prefer the bundled fonts, so the interface renders on any system, even one with no fonts.

    The system's own interface font comes first for an English interface; the
    bundled Japanese font first for a Japanese one. The symbols font is the
    last fallback for glyphs neither has.
    """
    font = QFont(app.font())
    families = [font.family(), JAPANESE_UI_FAMILY]
    if language == "ja":
        families = [JAPANESE_UI_FAMILY, font.family()]
    font.setFamilies([*families, SYMBOLS_FAMILY])
    app.setFont(font)


def app_icon() -> QIcon:
    """Return the app's icon, in every size the bundle carries."""
    icon = QIcon()
    for path in sorted((paths.resources_dir() / "icons").glob("briefgen-*.png")):
        icon.addFile(str(path))
    return icon


def create_application(args: list[str]) -> QApplication:
    """Return the QApplication, configured (call once per process)."""
    protect_none()  # as early as can be: see none_guard (once per process)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        MainThreadCollector.install(existing)
        return existing
    # High-DPI screens get fractional scale factors: Qt 6's default rounding
    # policy, PassThrough, does that, so it is not set here (naming it would
    # build Qt's namespace before the first frame).
    app = QApplication([sys.argv[0] if sys.argv else "briefgen", *args])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    MainThreadCollector.install(app)  # cycles are collected on this thread only: main_thread_gc
    return app


def open_main_window(
    app: QApplication, settings: Settings, library_root: Path | None = None
) -> MainWindow:
    """Set up fonts and translations, show the main window, and start loading the library."""
    language = settings.ui_language()
    register_fonts()
    set_interface_font(app, language)
    translators = install_translators(app, language)
    library = LibraryState(library_root or settings.library_to_open())
    window = MainWindow(library, settings, language)
    window.setProperty("translators", len(translators))
    library.setParent(window)
    window.show()
    # The library loads once the window has painted: its loading thread would
    # otherwise compete for the interpreter with drawing the first frame.
    window.start_after_first_paint(library.load)
    return window


def run_gui(args: list[str]) -> int:
    """Run the desktop app; ``args`` may name a brief file to open. Return the exit code."""
    app = create_application(args)
    # Watched from the start: a SIGTERM or SIGINT that comes while the window
    # is built waits in the watcher's socket until the event loop runs.
    watcher = SignalWatcher(app)
    settings = Settings()
    window = open_main_window(app, settings)
    # Then: autosave, remove half-written exports, and leave.
    watcher.received.connect(lambda signum: app.exit(stop_tidily(window.session, signum)))
    brief_args = [a for a in args if not a.startswith("-")]
    if brief_args:
        target = Path(brief_args[0])

        def open_when_loaded() -> None:
            window.open_path(target)

        if window.library.is_loaded:
            open_when_loaded()
        else:
            window.library.loaded.connect(open_when_loaded)
    code = app.exec()
    wait_for_background_jobs()
    watcher.restore()
    return code
