"""Curators add, edit and supersede facts in the manager; only the intended lines change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from briefgen.core.library.model import SourceRef, Status
from briefgen.core.library.store import load_library
from briefgen.gui.manager.fact_dialog import FactEditorDialog
from tests.gui.manager.conftest import (
    ManagerFactory,
    assert_library_checks,
    changed_lines,
)


def _fill_new_fact(dialog: FactEditorDialog) -> None:
    editor = dialog.editor
    editor.topic.setCurrentIndex(editor.topic.findData("headquarters"))
    editor.en.setPlainText("The Headquarters met for the first time on 12 September 2025.")
    editor.ja.setPlainText("本部は2025年9月12日に初会合を開いた。")
    editor.tags.setText("timeline")
    editor.date.setText("2025-09-12")
    editor.status.setCurrentIndex(editor.status.findData("confirmed"))
    editor.citations.add(SourceRef("cao"))


def test_a_new_fact_is_proposed_an_id_and_appended_to_the_file_of_its_topic(
    make_manager: ManagerFactory, library_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = make_manager(library_root)
    file = library_root / "facts" / "facts.yaml"
    before = file.read_text(encoding="utf-8")
    dialog = window.new_fact()
    _fill_new_fact(dialog)
    assert dialog.editor.id.text() == "headquarters-met-first-time-12-september"
    assert dialog.save_button.isEnabled()
    assert dialog.save()
    assert changed_lines(before, file.read_text(encoding="utf-8")) == [
        "+  - id: headquarters-met-first-time-12-september",
        "+    topic: headquarters",
        "+    tags:",
        "+      - timeline",
        "+    en: The Headquarters met for the first time on 12 September 2025.",
        "+    ja: 本部は2025年9月12日に初会合を開いた。",
        "+    date: 2025-09-12",
        "+    as_of: 2026-11-29",
        "+    status: confirmed",
        "+    sources:",
        "+      - cao",
    ]
    assert_library_checks(library_root, capsys)
    assert window.facts.rowCount() == 4
    assert window.selected_fact() is not None
    assert window.selected_fact().id == "headquarters-met-first-time-12-september"  # type: ignore[union-attr]


def test_editing_a_fact_changes_only_the_edited_line(
    make_manager: ManagerFactory, library_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = make_manager(library_root)
    file = library_root / "facts" / "facts.yaml"
    before = file.read_text(encoding="utf-8")
    window.select_fact("act-no-penalties")
    dialog = window.edit_fact()
    assert dialog is not None
    assert dialog.editor.id.isReadOnly()
    dialog.editor.en.setPlainText("The Act has no penalty provisions at all.")
    assert dialog.save()
    assert changed_lines(before, file.read_text(encoding="utf-8")) == [
        "-    en: The Act has no penalty provisions.",
        "+    en: The Act has no penalty provisions at all.",
    ]
    assert_library_checks(library_root, capsys)


def test_superseding_a_fact_adds_its_successor_and_marks_it(
    make_manager: ManagerFactory, library_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = make_manager(library_root)
    file = library_root / "facts" / "facts.yaml"
    before = file.read_text(encoding="utf-8")
    window.select_fact("act-no-penalties")
    dialog = window.supersede_fact()
    assert dialog is not None
    editor = dialog.editor
    assert editor.en.toPlainText() == "The Act has no penalty provisions."
    editor.en.setPlainText("The Act still has no penalty provisions after its 2026 review.")
    editor.ja.setPlainText("本法は2026年の見直し後も罰則規定を設けていない。")
    assert editor.id.text() == "act-still-no-penalty-provisions-after"
    assert dialog.save()
    lines = changed_lines(before, file.read_text(encoding="utf-8"))
    assert lines[:3] == [
        "-    status: single-source",
        "+    status: superseded",
        "+    superseded_by: act-still-no-penalty-provisions-after",
    ]
    assert "+  - id: act-still-no-penalty-provisions-after" in lines
    assert all(line.startswith("+") for line in lines[1:])
    library = load_library(library_root)
    assert library.facts["act-no-penalties"].status is Status.SUPERSEDED
    assert library.facts["act-still-no-penalty-provisions-after"].sources[0].locator == "para. 3"
    assert_library_checks(library_root, capsys)


def test_a_validation_error_is_shown_at_its_field_and_blocks_the_save(
    make_manager: ManagerFactory, library_root: Path
) -> None:
    window = make_manager(library_root)
    file = library_root / "facts" / "facts.yaml"
    before = file.read_bytes()
    dialog = window.new_fact()
    _fill_new_fact(dialog)
    editor = dialog.editor
    editor.date.setText("2025-13")
    message = editor.messages["date"]
    assert message.isVisibleTo(dialog)
    assert "2025-13" in message.text()
    assert not dialog.save_button.isEnabled()
    editor.date.setText("2025-09-12")
    editor.review_by.check.setChecked(True)
    editor.review_by.edit.setDate(editor.as_of.date().addDays(-1))
    assert "is before" in editor.messages["review_by"].text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.save()
    assert file.read_bytes() == before
    editor.review_by.check.setChecked(False)
    editor.ja.setPlainText("")
    assert "Japanese" in editor.messages["ja"].text()  # a warning: the save is allowed
    assert dialog.save_button.isEnabled()


def test_an_id_in_use_is_an_error_at_the_id(
    make_manager: ManagerFactory, library_root: Path
) -> None:
    window = make_manager(library_root)
    dialog = window.new_fact()
    _fill_new_fact(dialog)
    dialog.editor.id.setText("act-enacted")
    assert "already used" in dialog.editor.messages["id"].text()
    assert not dialog.save_button.isEnabled()


def test_tags_are_completed_from_the_tags_in_use(
    make_manager: ManagerFactory, library_root: Path, qtbot: QtBot
) -> None:
    window = make_manager(library_root)
    dialog = window.new_fact()
    completer = dialog.editor.tags.completer()
    assert completer is not None
    model = completer.model()
    assert sorted(model.index(n, 0).data() for n in range(model.rowCount())) == [
        "key",
        "timeline",
    ]
    dialog.editor.tags.setText("key, time")
    assert completer.splitPath("key, time") == ["time"]
    assert completer.pathFromIndex(model.index(1, 0)) == "key, timeline"


def test_the_fact_list_is_searched_with_the_apps_search_and_sorted_by_date(
    make_manager: ManagerFactory, library_root: Path
) -> None:
    window = make_manager(library_root)
    window.fact_search.setText("本部")
    assert window.fact_filter.rowCount() == 1
    window.fact_search.clear()
    assert window.fact_filter.rowCount() == 3
    window.fact_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first = window.fact_filter.index(0, 0).data()
    assert first == "hq-established"


def test_the_fact_list_opens_in_library_order_with_no_sort_arrow(
    make_manager: ManagerFactory, library_root: Path
) -> None:
    window = make_manager(library_root)
    header = window.fact_table.horizontalHeader()
    assert header.sortIndicatorSection() == -1
    shown = [
        window.fact_filter.index(row, 0).data() for row in range(window.fact_filter.rowCount())
    ]
    model = window.fact_filter.sourceModel()
    in_library = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert shown == in_library
    window.fact_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == 0
    ids = [window.fact_filter.index(row, 0).data() for row in range(window.fact_filter.rowCount())]
    assert ids == sorted(ids)
