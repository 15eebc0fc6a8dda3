"""The first window: built from what it shows, the same as when it was built the plain way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication

from briefgen.gui.app import JAPANESE_UI_FAMILY, set_interface_font
from briefgen.gui.pages.start_page import DESCRIPTION_ROLE, USER_ROLE
from tests.gui.conftest import WindowFactory

ROOT = Path(__file__).resolve().parent.parent.parent

# In a fresh interpreter: this one built Qt's namespace long ago. PySide6 builds
# a class's Python side when it is first named; a version that builds them all
# at import would leave this test nothing to check, so it fails and says so.
FIRST_WINDOW = """
import sys
from PySide6 import QtCore
if "Qt" in vars(QtCore):
    sys.exit("this PySide6 builds Qt's namespace at import: the start-up check means nothing")
from briefgen.gui.app import create_application, open_main_window
from briefgen.gui.settings import Settings
app = create_application([])
window = open_main_window(app, Settings())
assert window.isVisible()
assert "Qt" not in vars(QtCore), "Qt's namespace was built before the window showed"
assert "PySide6.QtPdf" not in sys.modules, "Qt PDF was imported before the window showed"
"""


def test_showing_the_window_builds_neither_qts_namespace_nor_qt_pdf() -> None:
    subprocess.run([sys.executable, "-c", FIRST_WINDOW], check=True, cwd=ROOT, timeout=120)


def test_the_start_pages_item_roles_are_qts_user_roles() -> None:
    assert Qt.ItemDataRole.UserRole == USER_ROLE
    assert Qt.ItemDataRole.UserRole + 1 == DESCRIPTION_ROLE


def test_the_wizard_is_a_widget_inside_the_main_window(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.wizard.windowType() == Qt.WindowType.Widget
    assert not window.wizard.isWindow()
    assert window.centralWidget() is window.wizard


def test_menu_shortcuts_are_those_set_shortcut_gives(make_window: WindowFactory) -> None:
    window = make_window()
    expected: dict[QAction, QKeySequence.StandardKey | str] = {
        window.new_action: QKeySequence.StandardKey.New,
        window.open_action: QKeySequence.StandardKey.Open,
        window.save_action: QKeySequence.StandardKey.Save,
        window.save_as_action: QKeySequence.StandardKey.SaveAs,
        window.export_action: "Ctrl+E",
        window.undo_action: QKeySequence.StandardKey.Undo,
        window.redo_action: QKeySequence.StandardKey.Redo,
    }
    for action, key in expected.items():
        reference = QAction()
        reference.setShortcut(QKeySequence(key))
        assert action.shortcuts() == reference.shortcuts(), action.text()


def test_the_bundled_japanese_font_is_registered_and_preferred_for_a_japanese_interface(
    qapp: QApplication,
) -> None:
    # Japanese renders even where the system has no Japanese font.
    assert JAPANESE_UI_FAMILY in QFontDatabase.families()
    original = QFont(qapp.font())
    try:
        set_interface_font(qapp, "ja")
        assert qapp.font().families()[0] == JAPANESE_UI_FAMILY
        assert QFontMetrics(qapp.font()).inFontUcs4(ord("本"))
        set_interface_font(qapp, "en")
        assert JAPANESE_UI_FAMILY in qapp.font().families()[1:]
    finally:
        qapp.setFont(original)
