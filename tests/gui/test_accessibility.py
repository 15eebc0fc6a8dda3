"""Screen readers and keyboards: every control is named, and the flow works without a mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from briefgen.gui.wizard import PageId
from tests.gui.conftest import WindowFactory

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the editor inside a combo box or date field: the outer widget is named
        if isinstance(widget, QHeaderView):
            continue  # a table's header is announced as part of its (named) table
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} on {root.objectName()!r}"
            )
    return missing


def test_every_interactive_widget_on_every_page_has_an_accessible_name(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    wizard = window.wizard
    wizard.start_page.select_template("policy-brief")
    missing: list[str] = []
    for page_id in PageId:
        wizard.go_to(page_id)
        assert wizard.currentId() == page_id
        page = wizard.currentPage()
        page.setObjectName(page_id.name)
        missing.extend(_unnamed(page))
    assert missing == []


def _tab_to(target: QWidget, start: QWidget) -> None:
    """Press Tab, as a keyboard user would, until ``target`` has the focus."""
    start.setFocus()
    for _ in range(80):
        if QApplication.focusWidget() is target:
            return
        QTest.keyClick(QApplication.focusWidget() or start, Qt.Key.Key_Tab)
    raise AssertionError(f"{target!r} cannot be reached with the Tab key")


def _press_next(wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    _tab_to(button, wizard.currentPage())
    QTest.keyClick(button, Qt.Key.Key_Space)


def test_the_flow_works_by_keyboard_alone(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wizard = window.wizard
    # Start page: arrows choose a template; Tab reaches Next; Space presses it.
    templates = wizard.start_page.templates
    _tab_to(templates, wizard.start_page)
    QTest.keyClick(templates, Qt.Key.Key_End)
    _press_next(wizard)
    assert wizard.currentId() == PageId.SETUP
    _press_next(wizard)
    assert wizard.currentId() == PageId.FACTS
    # Facts page: type a search, move into the list, toggle a fact with the space bar.
    facts = wizard.facts_page
    _tab_to(facts.search, facts)
    QTest.keyClicks(facts.search, "AI Safety Institute")
    facts.apply_filters()
    _tab_to(facts.table, facts.search)
    QTest.keyClick(facts.table, Qt.Key.Key_Down)
    chosen = facts.selected_fact_id()
    assert chosen is not None
    brief = window.session.brief
    assert brief is not None
    before = chosen in brief.fact_ids()
    QTest.keyClick(facts.table, Qt.Key.Key_Space)
    brief = window.session.brief
    assert brief is not None and (chosen in brief.fact_ids()) is not before
    # Undo with the standard shortcut's action puts it back.
    window.session.undo_stack.undo()
    brief = window.session.brief
    assert brief is not None and (chosen in brief.fact_ids()) is before
    for expected in (PageId.ARRANGE, PageId.PREVIEW, PageId.EXPORT):
        _press_next(wizard)
        assert wizard.currentId() == expected


def test_qt_own_dialog_buttons_are_japanese_with_the_japanese_interface(
    japanese: None,
) -> None:
    # qtbase_ja.qm, shipped inside PySide6, translates the standard buttons and dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    assert QCoreApplication.translate("QFileDialog", "&Open") != "&Open"
