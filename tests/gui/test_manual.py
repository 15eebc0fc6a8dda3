"""F1 and Help open the bundled manual, in the interface language, listing the shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory


def test_f1_opens_the_english_manual_with_every_shortcut(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(window, "manual", None) is not None)
    text = window.manual.browser.toPlainText()
    assert text.startswith("briefgen manual")
    for key in ("Ctrl+F", "Delete", "F2 or Enter", "Space or Enter", "Ctrl+E", "F1"):
        assert key in text, key


@pytest.mark.usefixtures("japanese")
def test_the_help_menu_opens_the_japanese_manual(make_window: WindowFactory) -> None:
    window = make_window("ja")
    window.manual_action.trigger()
    text = window.manual.browser.toPlainText()
    assert text.startswith("briefgen マニュアル")
    assert "検索欄へ移動" in text and "Ctrl+F" in text
    assert window.manual.windowTitle() != "briefgen Manual"
