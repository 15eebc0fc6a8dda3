"""The facts list as a researcher's tool: marked matches, sorting, a context menu, keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from briefgen.gui.highlight_html import MARK_STYLE
from briefgen.gui.main_window import MainWindow
from briefgen.gui.models.fact_table_model import COLUMN_DATE, COLUMN_FACT
from briefgen.gui.pages.facts_page import FactsPage
from briefgen.gui.wizard import PageId
from tests.gui.conftest import WindowFactory


def facts_page(window: MainWindow) -> FactsPage:
    wizard = window.wizard
    wizard.start_page.select_template("policy-brief")
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PageId.FACTS
    return wizard.facts_page


def search(page: FactsPage, text: str) -> None:
    page.search.setText(text)
    page.apply_filters()


def test_the_best_match_comes_first_and_its_words_are_marked(
    make_window: WindowFactory,
) -> None:
    page = facts_page(make_window())
    assert page.model is not None
    search(page, "Onoda")
    first = page.model.fact_at(0)
    assert first is not None and "Onoda" in first.text.en
    page.table.selectRow(0)
    html = page.detail.toHtml()
    assert "Onoda" in page.detail.toPlainText()
    assert "background-color:#ffe27a" in html.replace(" ", "")
    assert page.delegate.query is not None
    assert page.delegate.query.highlights == ("onoda",)
    assert MARK_STYLE


def test_a_column_sorts_up_then_down_then_back_to_best_first(
    make_window: WindowFactory,
) -> None:
    page = facts_page(make_window())
    model = page.model
    assert model is not None
    search(page, "Takaichi")
    best_first = model.fact_ids()
    page.table_actions.sort_by(COLUMN_DATE)

    def dates() -> list[tuple[int, int, int]]:
        days = [model.fact_at(row).date for row in range(model.rowCount())]  # type: ignore[union-attr]
        return [day.sort_key() for day in days if day is not None]

    assert dates() == sorted(dates()) and len(set(dates())) > 1
    page.table_actions.sort_by(COLUMN_DATE)
    assert dates() == sorted(dates(), reverse=True)
    page.table_actions.sort_by(COLUMN_DATE)
    assert model.fact_ids() == best_first
    page.table_actions.sort_by(COLUMN_FACT)
    texts = [model.fact_at(r).text.en.casefold() for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert texts == sorted(texts)
    search(page, "Onoda")  # a new search keeps the chosen sort
    texts = [model.fact_at(r).text.en.casefold() for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert texts == sorted(texts)


def test_the_context_menu_copies_the_text_with_or_without_citation_and_opens_sources(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    page = facts_page(window)
    assert page.model is not None
    search(page, "Onoda")
    page.table.setCurrentIndex(page.model.index(0, COLUMN_FACT))
    fact = page.model.fact_at(0)
    assert fact is not None
    menu = page.table_actions.build_menu()
    assert menu is not None
    actions = [a for a in menu.actions() if not a.isSeparator()]
    names = [a.text() for a in actions]
    assert names[:2] == ["&Copy text", "Copy with &citation"]
    assert names[-1] == "Show in the library &manager"
    assert all(name.startswith("Open source: ") for name in names[2:-1]) and names[2:-1]
    actions[0].trigger()
    assert QGuiApplication.clipboard().text() == fact.text.en
    actions[1].trigger()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(fact.text.en + " [") and "https://" in copied
    assert actions[2].toolTip().startswith("http")
    actions[-1].trigger()
    manager = window.library_link.manager
    assert manager is not None
    selected = manager.selected_fact()
    assert selected is not None and selected.id == fact.id
    manager.close()


def test_enter_in_the_table_checks_the_fact_and_stays_on_the_page(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    page = facts_page(window)
    assert page.model is not None and window.session.brief is not None
    outside = next(i for i in page.model.fact_ids() if i not in window.session.brief.fact_ids())
    page.table.setFocus()
    page.table.selectRow(page.model.row_of(outside))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert window.wizard.currentId() == PageId.FACTS
    assert outside in window.session.brief.fact_ids()
    QTest.keyClick(page.table, Qt.Key.Key_Enter)
    assert outside not in window.session.brief.fact_ids()
    assert window.wizard.currentId() == PageId.FACTS


def test_ctrl_f_goes_to_the_search_and_one_tab_from_there_to_the_facts(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    page = facts_page(window)
    page.search.setText("Onoda")
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    QTest.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.search.hasFocus)
    assert page.search.selectedText() == "Onoda"
    QTest.keyClick(page.search, Qt.Key.Key_Tab)
    qtbot.waitUntil(page.table.hasFocus)
