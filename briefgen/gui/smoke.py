"""The app's part of ``briefgen self-test``: start the window offscreen, check it, close it.

Run in a child process (``briefgen self-test --gui-child``) with
``QT_QPA_PLATFORM=offscreen`` and the self-test's temporary folders; prints
one ``ok``/``FAIL`` line per check for the parent to relay.
"""

from __future__ import annotations

from functools import cmp_to_key

from PySide6.QtCore import QCollator, QEventLoop, QLocale, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from briefgen.core.system import paths
from briefgen.gui.app import (
    JAPANESE_UI_FAMILY,
    SYMBOLS_FAMILY,
    create_application,
    install_translators,
    open_main_window,
)
from briefgen.gui.settings import Settings

LOAD_TIMEOUT_MS = 90_000
# The glyphs the interface draws that a system might lack: Japanese text and
# the status badges' symbols.
UI_GLYPHS = {
    "⚠": SYMBOLS_FAMILY,
    "⏱": SYMBOLS_FAMILY,
    "人": JAPANESE_UI_FAMILY,
    "A": JAPANESE_UI_FAMILY,
}


def run_smoke_test() -> int:
    """Start the app; check the window, library, translations and fonts; return 0 if all hold."""
    results: list[tuple[str, bool, str]] = []
    app = create_application([])
    settings = Settings(paths.data_dir() / "settings.ini")
    window = open_main_window(app, settings)
    results.append(("app window opens", window.isVisible(), window.windowTitle()))

    loop = QEventLoop()
    window.library.loaded.connect(loop.quit)
    window.library.failed.connect(lambda _message: loop.quit())
    QTimer.singleShot(LOAD_TIMEOUT_MS, loop.quit)
    if not window.library.is_loaded:
        loop.exec()
    if window.library.is_loaded:
        library = window.library.library
        results.append(("app loads the library", True, f"{len(library.facts)} facts"))
    else:
        results.append(("app loads the library", False, "not loaded in 90 s"))

    translators = install_translators(app, "ja")
    results.append(
        (
            "Japanese interface translations load",
            len(translators) == 2,
            f"{len(translators)} of 2 (briefgen's and Qt's own)",
        )
    )
    families = set(QFontDatabase.families())
    missing = []
    for glyph, family in UI_GLYPHS.items():
        if family not in families or not QFontMetrics(QFont(family)).inFontUcs4(ord(glyph)):
            missing.append(f"{glyph} ({family})")
    results.append(
        (
            "interface fonts are bundled",
            not missing,
            f"missing {', '.join(missing)}"
            if missing
            else f"{JAPANESE_UI_FAMILY}, {SYMBOLS_FAMILY}",
        )
    )
    results.append(_japanese_collation())
    window.close()
    results.append(("app closes", not window.isVisible(), ""))
    app.processEvents()
    for name, passed, detail in results:
        print(
            ("ok    " if passed else "FAIL  ") + name + (f": {detail}" if detail else ""),
            flush=True,
        )
    return 0 if all(passed for _, passed, _ in results) else 1


def _japanese_collation() -> tuple[str, bool, str]:
    """Sort Japanese words with Qt's collator: ICU's data (trimmed in the bundle) must serve it."""
    collator = QCollator(QLocale(QLocale.Language.Japanese, QLocale.Country.Japan))
    words = ["ん", "カ", "あ", "本部", "アイ"]
    ordered = sorted(words, key=cmp_to_key(collator.compare))
    expected = ["あ", "アイ", "カ", "ん", "本部"]
    return (
        "Japanese sorting (ICU collation)",
        ordered == expected,
        "".join(f"{w} " for w in ordered).strip(),
    )
