"""About says which briefgen and library this is; the Licences view lists every component."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMenu
from pytestqt.qtbot import QtBot

from briefgen import licences
from briefgen._version import __version__
from briefgen.core.system import paths as core_paths
from briefgen.gui.about_dialog import AboutDialog, LicencesDialog
from briefgen.gui.app import SYMBOLS_FAMILY, app_icon
from briefgen.licences import FILE_NAME, environment_components, render
from tests.gui.conftest import WindowFactory


def test_about_names_the_version_and_the_library(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    library = window.library.library
    dialog = AboutDialog(library, "en", window)
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert f"briefgen {__version__}" in text
    assert library.info.version in text
    assert f"{len(library.facts)} facts" in text
    assert "LGPL" in text


def test_about_before_the_library_has_loaded_says_so(qtbot: QtBot) -> None:
    dialog = AboutDialog(None, "en")
    qtbot.addWidget(dialog)
    assert "still loading" in dialog.summary.text()


def test_the_help_menu_opens_about(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AboutDialog)
        seen.append(dialog.summary.text())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    about = next(a for a in help_menu.actions() if a.text() == "&About briefgen")
    about.trigger()
    assert seen and __version__ in seen[0]


def test_licences_list_every_component_and_show_its_text(qtbot: QtBot) -> None:
    components = environment_components()
    dialog = LicencesDialog(components)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(components)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    qt_row = next(i for i, row in enumerate(rows) if row.startswith("Qt "))
    dialog.list.setCurrentRow(qt_row)
    assert "LGPL-3.0-only" in dialog.note.text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    assert "download.qt.io" in dialog.note.text()
    ipa = next(i for i, row in enumerate(rows) if row.startswith("IPAex"))
    dialog.list.setCurrentRow(ipa)
    assert "IPA" in dialog.text.toPlainText()


def test_a_bundle_shows_its_generated_licence_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path
    shipped = environment_components()[:2]
    (root / FILE_NAME).write_text(render(shipped), encoding="utf-8")
    monkeypatch.setattr(core_paths, "data_root", lambda: root)
    assert licences.shipped_components() == shipped


@pytest.mark.usefixtures("japanese")
def test_about_and_licences_are_japanese_in_the_japanese_interface(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window("ja")
    dialog = AboutDialog(window.library.library, "ja", window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "briefgenについて"
    assert "ファクトライブラリ" in dialog.summary.text()
    assert dialog.licences_button.text() == "ライセンス(&L)…"
    licences = LicencesDialog(environment_components()[:1], dialog)
    qtbot.addWidget(licences)
    assert licences.windowTitle() == "ライセンス"
    assert licences.result() == QDialog.DialogCode.Rejected


def test_the_app_icon_and_symbol_font_ship() -> None:
    assert len(app_icon().availableSizes()) == 8
    assert SYMBOLS_FAMILY in QFontDatabase.families()
