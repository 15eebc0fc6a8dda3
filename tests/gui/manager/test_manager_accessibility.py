"""The manager in Japanese, by keyboard, with every control named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.cli.test_library_import import CSL
from tests.gui.manager.conftest import ManagerFactory
from tests.gui.test_accessibility import _unnamed


def _all_windows(window: QWidget, tmp_path: Path) -> list[QWidget]:
    from briefgen.gui.manager.window import ManagerWindow

    assert isinstance(window, ManagerWindow)
    window.select_fact("act-enacted")
    fact_dialog = window.edit_fact()
    source_dialog = window.new_source()
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps(CSL, ensure_ascii=False), encoding="utf-8")
    preview = window.import_references(refs)
    assert fact_dialog is not None and preview is not None
    window.tabs.setCurrentWidget(window.review)
    return [window, fact_dialog, source_dialog, preview]


def test_every_control_of_the_manager_and_its_editors_has_an_accessible_name(
    make_manager: ManagerFactory, library_root: Path, tmp_path: Path
) -> None:
    window = make_manager(library_root)
    missing = [name for w in _all_windows(window, tmp_path) for name in _unnamed(w)]
    window.tabs.setCurrentIndex(1)
    missing += _unnamed(window)
    assert not missing, missing


def test_enter_on_a_fact_opens_its_editor_and_escape_closes_it(
    make_manager: ManagerFactory, library_root: Path
) -> None:
    window = make_manager(library_root)
    window.select_fact("act-enacted")
    window.fact_table.setFocus()
    QTest.keyClick(window.fact_table, Qt.Key.Key_Return)
    dialog = window.dialogs[-1]
    assert dialog.windowTitle() == "Edit fact act-enacted"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_each_field_of_the_fact_editor_has_a_label_with_a_mnemonic(
    make_manager: ManagerFactory, library_root: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_manager(library_root)
    dialog = window.new_fact()
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert len(labels) >= 13
    assert all("&" in label.text() for label in labels)


@pytest.mark.usefixtures("japanese")
def test_the_manager_speaks_japanese_down_to_the_field_messages(
    make_manager: ManagerFactory, library_root: Path
) -> None:
    window = make_manager(library_root, "ja")
    assert window.tabs.tabText(0) == "ファクト(&F)"
    assert window.menuBar().actions()[0].text() == "ライブラリ(&L)"
    assert window.facts.headerData(0, Qt.Orientation.Horizontal) == "ID"
    dialog = window.new_fact()
    assert dialog.windowTitle() == "新しいファクト"
    dialog.editor.date.setText("2025-13")
    message = dialog.editor.messages["date"].text()
    assert "日付" in message or "date" in message
    assert "is not" not in message
