"""The whole wizard, driven like a user would: template to exported DOCX and PDF."""

from __future__ import annotations

import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import docx
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from briefgen.core.brief.model import FactItem
from briefgen.core.library.model import Bilingual
from briefgen.gui.main_window import MainWindow
from briefgen.gui.wizard import PageId
from tests.gui.conftest import ScriptedPrompter, WindowFactory


def start_policy_brief(window: MainWindow) -> None:
    """Pick the policy-brief template on the start page and go to setup."""
    wizard = window.wizard
    wizard.start_page.select_template("policy-brief")
    wizard.next()
    assert wizard.currentId() == PageId.SETUP


def test_new_brief_from_template_fills_its_sections(make_window: WindowFactory) -> None:
    window = make_window()
    start_policy_brief(window)
    brief = window.session.brief
    assert brief is not None
    assert brief.template == "policy-brief"
    assert brief.fact_ids()
    assert window.session.is_dirty


def test_setup_edits_change_the_brief_and_undo_as_one_step(make_window: WindowFactory) -> None:
    window = make_window()
    start_policy_brief(window)
    page = window.wizard.setup_page
    page.title_en.clear()
    for text in ("My", "My brief"):
        page.title_en.setText(text)
        page.title_en.textEdited.emit(text)
    assert window.session.brief is not None
    assert window.session.brief.title.en == "My brief"
    page.language_buttons.buttons()[2].click()  # bilingual
    assert window.session.brief.language.value == "bilingual"
    assert page.layout_combo.isEnabled()
    window.undo_action.trigger()
    assert window.session.brief.language.value == "en"
    window.undo_action.trigger()
    assert window.session.brief.title.en != "My brief"
    window.redo_action.trigger()
    assert window.session.brief.title.en == "My brief"


def test_search_filters_in_english_and_with_two_japanese_characters(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    start_policy_brief(window)
    window.wizard.next()
    page = window.wizard.facts_page
    assert page.model is not None
    total = page.model.rowCount()
    assert total == len(window.library.library.facts)
    model = page.model
    QTest.keyClicks(page.search, "headquarters")
    english = window.library.search("headquarters")
    assert 0 < len(english) < total
    qtbot.waitUntil(lambda: model.fact_ids() == english)
    page.search.clear()
    page.search.setText("本部")
    japanese = window.library.search("本部")
    assert 0 < len(japanese) < total
    qtbot.waitUntil(lambda: model.fact_ids() == japanese)
    shown = model.fact_ids()
    with_term = [f.id for f in window.library.library.facts.values() if "本部" in f.text.ja]
    assert with_term and set(with_term) <= set(shown)


def test_checking_a_fact_adds_it_and_unchecking_removes_it(make_window: WindowFactory) -> None:
    window = make_window()
    start_policy_brief(window)
    window.wizard.next()
    page = window.wizard.facts_page
    assert page.model is not None and window.session.brief is not None
    outside = next(i for i in page.model.fact_ids() if i not in window.session.brief.fact_ids())
    index = page.index_of(outside)
    page.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert outside in window.session.brief.fact_ids()
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    page.model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert outside not in window.session.brief.fact_ids()


def test_suggested_filter_and_add_suggested_facts(make_window: WindowFactory) -> None:
    window = make_window()
    wizard = window.wizard
    start_policy_brief(window)
    wizard.next()
    page = wizard.facts_page
    assert page.model is not None
    page.suggested.setCurrentIndex(1)
    section_id = str(page.suggested.currentData())
    shown = page.model.fact_ids()
    assert shown and len(shown) < len(window.library.library.facts)
    window.session.edit(
        lambda b: replace(b, sections=tuple(replace(s, items=()) for s in b.sections)),
        "clear",
    )
    assert window.session.brief is not None and not window.session.brief.fact_ids()
    page.add_suggested.click()
    section = window.session.brief.section(section_id)
    assert section is not None and section.fact_ids()


def test_arrange_moves_rewords_notes_and_drops(
    make_window: WindowFactory, prompter: ScriptedPrompter
) -> None:
    window = make_window()
    wizard = window.wizard
    start_policy_brief(window)
    wizard.go_to(PageId.ARRANGE)
    page = wizard.arrange_page
    brief = window.session.brief
    assert brief is not None
    first = next(s for s in brief.sections if len(s.items) >= 2)
    a, b = first.items[0], first.items[1]

    page.select_item(first.section_id, 0)
    page.move_selected(1)
    moved = window.session.brief
    assert moved is not None and moved.section(first.section_id).items[:2] == (b, a)  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert window.session.brief.section(first.section_id).items[:2] == (a, b)  # type: ignore[union-attr]

    # Drag the first item of the first section onto the end of the last section.
    model = page.model
    source = model.item_index(first.section_id, 0)
    data = model.mimeData([source])
    last_row = model.rowCount() - 1
    target_parent = model.index(last_row, 0)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target_parent)
    last = window.session.brief.sections[-1]  # type: ignore[union-attr]
    assert last.items[-1] == a

    page.select_item(last.section_id, len(last.items) - 1)
    prompter.reword = Bilingual("Reworded for this brief.", "この資料用の表現。")
    page.reword_selected()
    item = window.session.brief.sections[-1].items[-1]  # type: ignore[union-attr]
    assert isinstance(item, FactItem) and item.reword == prompter.reword

    prompter.note = Bilingual("An analyst note.", "分析者のメモ。")
    page.add_note()
    texts = [
        model.index(r, 0, model.index(last_row, 0)).data()
        for r in range(model.rowCount(model.index(last_row, 0)))
    ]
    assert any("An analyst note." in str(t) for t in texts)
    assert model.rowCount(QModelIndex()) == len(window.session.brief.sections)  # type: ignore[union-attr]


def test_preview_and_export_write_docx_and_pdf(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    wizard = window.wizard
    start_policy_brief(window)
    wizard.go_to(PageId.PREVIEW)
    assert wizard.currentId() == PageId.PREVIEW
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.is_current, timeout=20_000)
    assert preview.document.pageCount() >= 1
    assert preview.warning_list.count() >= 1

    wizard.next()
    export = wizard.export_page
    export.docx_path.setText(str(tmp_path / "out.docx"))
    export.pdf_path.setText(str(tmp_path / "out.pdf"))
    export.export_button.click()
    qtbot.waitUntil(lambda: len(export.exported) == 2, timeout=20_000)
    brief = window.session.brief
    assert brief is not None
    fact = window.library.library.fact(brief.fact_ids()[0])
    assert fact is not None
    words = fact.text.en.split()[:4]
    document = docx.Document(str(tmp_path / "out.docx"))
    body = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        c.text for t in document.tables for r in t.rows for c in r.cells
    )
    assert " ".join(words) in body
    pdf = tmp_path / "out.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True, text=True)
    assert " ".join(words) in " ".join(text.stdout.split())
    assert export.open_file.isEnabled()


def test_export_failure_is_reported_without_a_traceback(
    make_window: WindowFactory, qtbot: QtBot, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window = make_window()
    start_policy_brief(window)
    window.wizard.go_to(PageId.EXPORT)
    export = window.wizard.export_page
    export.docx.setChecked(False)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    export.pdf_path.setText(str(blocker / "out.pdf"))
    export.export_button.click()
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=20_000)
    title, message = prompter.errors[0]
    assert title == "Export failed"
    assert "Traceback" not in message
    assert export.export_button.isEnabled()


def test_export_can_cite_sources_as_word_footnotes(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    wizard = window.wizard
    start_policy_brief(window)
    wizard.go_to(PageId.EXPORT)
    export = wizard.export_page
    export.docx_path.setText(str(tmp_path / "notes.docx"))
    export.pdf.setChecked(False)
    export.footnotes.setChecked(True)
    export.export_button.click()
    qtbot.waitUntil(lambda: len(export.exported) == 1, timeout=20_000)
    with zipfile.ZipFile(tmp_path / "notes.docx") as package:
        assert "<w:footnoteReference " in package.read("word/document.xml").decode("utf-8")
    export.docx.setChecked(False)
    assert not export.footnotes.isEnabled()  # only a Word document has footnotes


def test_a_bilingual_one_pager_keeps_the_suggestions_that_fit_its_page(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    wizard = window.wizard
    wizard.start_page.select_template("executive-one-pager")
    wizard.next()
    brief = window.session.brief
    assert brief is not None
    english = len(brief.fact_ids())
    wizard.setup_page.language_buttons.buttons()[2].click()  # bilingual, side by side
    qtbot.waitUntil(
        lambda: window.session.brief is not None and len(window.session.brief.fact_ids()) < english,
        timeout=20_000,
    )
    fitted = window.session.brief
    assert fitted is not None and fitted.language.value == "bilingual"
    assert all(section.fact_ids() for section in fitted.sections)
    window.undo_action.trigger()  # the cut is a step of its own
    assert window.session.brief is not None
    assert len(window.session.brief.fact_ids()) == english
