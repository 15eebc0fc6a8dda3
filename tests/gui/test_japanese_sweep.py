"""Every page, menu, dialog and message box of the Japanese interface has no English left.

The sweep reads what a user sees (labels, buttons, titles, placeholders, list
and header items, menus, tooltips) and fails on any Latin word that is not on
the short list of names and formats that are written in Latin in Japanese too.
Data is left out: fact texts, source titles, paths and the user's own input.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefgen.core.brief.file import ChangeKind, FactChange
from briefgen.core.library.model import Bilingual
from briefgen.gui.about_dialog import AboutDialog
from briefgen.gui.main_window import MainWindow
from briefgen.gui.manual_dialog import ManualDialog
from briefgen.gui.prompts import Prompter, save_dialog
from briefgen.gui.wizard import PageId
from tests.gui.conftest import WindowFactory

# Written in Latin letters in Japanese too: the product, formats, units, keys.
ALLOWED = frozenset(
    {
        "briefgen", "AI", "OK", "PDF", "DOCX", "Word", "A4", "Letter", "Ctrl", "Shift", "Enter",
        "Tab", "Delete", "F1", "F2", "English", "Python", "Qt", "PySide", "YAML", "URL", "DOI",
        "ID", "ja", "en", "brief", "docx", "pdf",
    }
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]+")
# Paths, addresses and identifiers (file names, fact ids) are data.
_PATH_OR_URL = re.compile(r"(https?://|/|[A-Za-z]:\\)\S*|[\w.]+[-./_][\w./-]+")


def english_words(text: str) -> set[str]:
    """Return the Latin words of ``text`` that are not allowed, paths and addresses aside."""
    text = _PATH_OR_URL.sub(" ", text.replace("&", ""))
    return {word for word in _WORD.findall(text) if word not in ALLOWED}


def visible_texts(root: QWidget, data: tuple[QWidget, ...] = ()) -> dict[str, str]:
    """Return what a user reads in ``root`` (text -> where), skipping the ``data`` widgets."""
    found: dict[str, str] = {}

    def add(text: str, where: QWidget) -> None:
        if text:
            found[text] = f"{type(where).__name__} {where.objectName()}"

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or any(w is widget or w.isAncestorOf(widget) for w in data):
            continue
        add(widget.toolTip(), widget)
        add(widget.accessibleName(), widget)
        if widget.isWindow():
            add(widget.windowTitle(), widget)
        if isinstance(widget, QLabel | QAbstractButton):
            add(widget.text(), widget)
        if isinstance(widget, QGroupBox):
            add(widget.title(), widget)
        if isinstance(widget, QLineEdit):
            add(widget.placeholderText(), widget)
        if isinstance(widget, QComboBox):
            for row in range(widget.count()):
                add(widget.itemText(row), widget)
        if isinstance(widget, QTabWidget):
            for tab in range(widget.count()):
                add(widget.tabText(tab), widget)
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            header = (
                widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            )
            for column in range(header.count() if not header.isHidden() else 0):
                add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""), widget)
    return found


def menu_texts(window: MainWindow) -> dict[str, str]:
    found: dict[str, str] = {}
    for action in window.menuBar().actions():
        found[action.text()] = "menu"
        menu = action.menu()
        if isinstance(menu, QMenu):
            for item in menu.actions():
                found[item.text()] = f"menu {action.text()}"
                submenu = item.menu()
                if isinstance(submenu, QMenu):
                    for sub in submenu.actions():
                        found[sub.text()] = f"menu {item.text()}"
    return found


def english_in(texts: dict[str, str]) -> dict[str, set[str]]:
    return {
        f"{where}: {text!r}": words
        for text, where in texts.items()
        if (words := english_words(text))
    }


def modal_texts(open_it: Callable[[], object], qtbot: QtBot) -> dict[str, str]:
    """Open a modal dialog with ``open_it``, read it, close it; return its texts."""
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_and_close)
            return
        seen.update(visible_texts(dialog))
        if isinstance(dialog, QMessageBox):
            seen[dialog.text()] = "message box"
            seen[dialog.informativeText()] = "message box"
        dialog.close()

    QTimer.singleShot(0, read_and_close)
    open_it()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    return seen


@pytest.mark.usefixtures("japanese")
def test_the_japanese_interface_shows_no_english(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window("ja")
    wizard = window.wizard
    problems: dict[str, set[str]] = {}
    problems.update(english_in(menu_texts(window)))
    wizard.start_page.select_template("policy-brief")
    problems.update(english_in(visible_texts(window)))
    wizard.next()
    for page_id in (PageId.SETUP, PageId.FACTS, PageId.ARRANGE, PageId.PREVIEW, PageId.EXPORT):
        wizard.go_to(page_id)
        qtbot.wait(50)
        page = wizard.currentPage()
        data: tuple[QWidget, ...] = ()
        if page_id is PageId.FACTS:
            facts = wizard.facts_page
            data = (facts.table.viewport(), facts.detail, facts.tag)
        if page_id is PageId.ARRANGE:
            data = (wizard.arrange_page.tree.viewport(),)
        if page_id is PageId.SETUP:
            data = (wizard.setup_page.marking,)  # markings are printed in both languages
        if page_id is PageId.PREVIEW:
            data = (wizard.preview_page.warning_list,)
        if page_id is PageId.EXPORT:
            export = wizard.export_page
            data = (export.docx_path, export.pdf_path)
        problems.update(english_in(visible_texts(page, data)))

    about = AboutDialog(window.library.library, "ja", window)
    qtbot.addWidget(about)
    about.show()
    problems.update(english_in(visible_texts(about, (about.summary,))))
    manual = ManualDialog("ja", window)
    qtbot.addWidget(manual)
    manual.show()
    problems.update(english_in(visible_texts(manual, (manual.browser,))))
    problems.update(english_words_of_document(manual.browser.toPlainText()))
    dialog = save_dialog(window, "保存", tmp_path / "資料.brief", "ブリーフ (*.brief)", "brief")
    qtbot.addWidget(dialog)
    dialog.show()
    combo_data = tuple(dialog.findChildren(QComboBox, "lookInCombo"))
    problems.update(english_in(visible_texts(dialog, combo_data)))
    dialog.close()

    prompter = Prompter(window)
    brief_path = tmp_path / "資料.brief"
    for ask in (
        lambda: prompter.ask_unsaved_changes("資料"),
        lambda: prompter.ask_conflict(brief_path),
        lambda: prompter.ask_update([FactChange("x", ChangeKind.REMOVED)]),
        prompter.ask_recover_discard,
        lambda: prompter.ask_replace_files([brief_path]),
        lambda: prompter.ask_replace_read_only([brief_path]),
        lambda: prompter.show_error("エクスポートの失敗", "エラー"),
        lambda: prompter.edit_reword(Bilingual("", "本文"), None),
        lambda: prompter.edit_note(None),
    ):
        problems.update(english_in(modal_texts(ask, qtbot)))
    assert problems == {}


def english_words_of_document(text: str) -> dict[str, set[str]]:
    """Return the English words of the manual's text outside its examples and key names."""
    words = english_words(re.sub(r'"[^"]*"|“[^”]*”|\bOR\b', " ", text))
    return {"manual": words} if words else {}


def test_the_sweep_finds_english_where_there_is_some(make_window: WindowFactory) -> None:
    window = make_window("en")
    window.wizard.start_page.select_template("policy-brief")
    found = english_in({**menu_texts(window), **visible_texts(window)})
    words = set().union(*found.values())
    assert {"File", "Help", "Next"} <= words
