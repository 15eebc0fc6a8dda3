"""Arrange by keyboard, status badges on arranged facts, and glyphs for every badge."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QRawFont
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from briefgen.core.brief.model import FactItem
from briefgen.core.library.model import Bilingual, Status
from briefgen.core.system import paths
from briefgen.core.templates.selection import add_fact
from briefgen.gui.app import UI_FONT_FILES
from briefgen.gui.pages.arrange_page import ArrangePage
from briefgen.gui.value_names import fact_badge
from briefgen.gui.wizard import PageId
from tests.gui.conftest import ScriptedPrompter, WindowFactory


def arrange(make_window: WindowFactory) -> tuple[ArrangePage, object]:
    window = make_window()
    window.wizard.start_page.select_template("policy-brief")
    window.wizard.next()
    window.wizard.go_to(PageId.ARRANGE)
    assert window.wizard.currentId() == PageId.ARRANGE
    return window.wizard.arrange_page, window


def test_delete_f2_and_enter_act_on_the_selected_item(
    make_window: WindowFactory, prompter: ScriptedPrompter
) -> None:
    page, window = arrange(make_window)
    brief = page.brief
    assert brief is not None
    section = next(s for s in brief.sections if len(s.items) >= 2)
    first = section.items[0]
    assert isinstance(first, FactItem)
    page.select_item(section.section_id, 0)
    page.tree.setFocus()
    QTest.keyClick(page.tree, Qt.Key.Key_Delete)
    after = page.brief.section(section.section_id)  # type: ignore[union-attr]
    assert after is not None and first not in after.items

    prompter.reword = Bilingual("Said for this brief.", "この資料向けの表現。")
    page.select_item(section.section_id, 0)
    QTest.keyClick(page.tree, Qt.Key.Key_F2)
    item = page.brief.section(section.section_id).items[0]  # type: ignore[union-attr]
    assert isinstance(item, FactItem) and item.reword == prompter.reword

    prompter.reword = Bilingual("Said again.", "再び。")
    page.select_item(section.section_id, 0)
    QTest.keyClick(page.tree, Qt.Key.Key_Return)
    item = page.brief.section(section.section_id).items[0]  # type: ignore[union-attr]
    assert isinstance(item, FactItem) and item.reword == prompter.reword
    assert window.wizard.currentId() == PageId.ARRANGE  # type: ignore[attr-defined]


def test_arranged_facts_show_their_badge_and_whole_text(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    page, window = arrange(make_window)
    library = window.library.library  # type: ignore[attr-defined]
    flagged = next(f for f in library.facts.values() if f.status is Status.UNVERIFIED)
    brief = page.brief
    assert brief is not None
    section_id = brief.sections[0].section_id
    page.session.edit(lambda b: add_fact(b, None, library, flagged), "add")
    brief = page.brief
    assert brief is not None
    where = next(
        (s.section_id, n)
        for s in brief.sections
        for n, item in enumerate(s.items)
        if isinstance(item, FactItem) and item.fact_id == flagged.id
    )
    index = page.model.item_index(*where)
    text = str(index.data())
    assert text.startswith("⚠ ")
    assert flagged.text.en in text  # the whole statement, not cut
    page.tree.resize(360, 600)
    qtbot.waitUntil(lambda: page.tree.viewport().width() < 400)
    qtbot.wait(50)
    line = page.tree.fontMetrics().lineSpacing()
    assert page.tree.visualRect(index).height() >= 2 * line  # wrapped, not elided
    assert section_id


def test_every_badge_glyph_is_in_a_bundled_interface_font() -> None:
    fonts = [QRawFont(str(paths.resources_dir() / "fonts" / name), 12) for name in UI_FONT_FILES]
    assert all(font.isValid() for font in fonts)
    today = dt.date(2026, 11, 29)
    from briefgen.core.library.store import load_library

    library = load_library(paths.default_library_dir())
    badges = {fact_badge(fact, today) for fact in library.facts.values()} - {""}
    badges |= {fact_badge(fact, dt.date(2100, 1, 1)) for fact in library.facts.values()}
    symbols = {char for badge in badges for char in badge if not char.isalnum() and char != " "}
    assert {"⚠", "⏱", "·"} <= symbols
    for char in symbols:
        # Glyph 0 is the font's "missing" box (QRawFont.supportsCharacter is not reliable).
        found = [font.familyName() for font in fonts if font.glyphIndexesForString(char) != [0]]
        assert found, f"no bundled interface font draws {char!r}"
