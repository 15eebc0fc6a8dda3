"""Curators add and edit sources in the manager; only the intended lines change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefgen.core.library.store import load_library
from tests.gui.manager.conftest import (
    ManagerFactory,
    assert_library_checks,
    changed_lines,
)


def test_a_new_source_goes_to_the_file_of_its_kind_with_an_id_from_its_title(
    make_manager: ManagerFactory, library_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = make_manager(library_root)
    dialog = window.new_source()
    editor = dialog.editor
    editor.title.setText("人工知能基本計画")
    editor.translated.setText("The AI Basic Plan")
    editor.publisher.setText("内閣府")
    editor.url.setText("https://www8.cao.go.jp/cstp/ai/ai_plan/aiplan_20251223.pdf")
    editor.published.setText("2025-12-23")
    editor.accessed.check.setChecked(True)
    editor.kind.setCurrentIndex(editor.kind.findData("government"))
    assert editor.id.text() == "ai-basic-plan"
    file = library_root / "sources" / "sources.yaml"
    before = file.read_text(encoding="utf-8")
    assert dialog.save()
    assert changed_lines(before, file.read_text(encoding="utf-8")) == [
        "+  - id: ai-basic-plan",
        "+    title: 人工知能基本計画",
        "+    title_translated: The AI Basic Plan",
        "+    publisher: 内閣府",
        "+    url: https://www8.cao.go.jp/cstp/ai/ai_plan/aiplan_20251223.pdf",
        "+    published: 2025-12-23",
        "+    accessed: 2026-11-29",
        "+    language: ja",
        "+    kind: government",
    ]
    assert_library_checks(library_root, capsys)
    assert window.selected_source() is not None
    assert load_library(library_root).sources["ai-basic-plan"].accessed == dt.date(2026, 11, 29)


def test_editing_a_source_changes_its_lines_and_lists_the_facts_citing_it(
    make_manager: ManagerFactory, library_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = make_manager(library_root)
    file = library_root / "sources" / "sources.yaml"
    before = file.read_text(encoding="utf-8")
    window.select_source("jiji")
    dialog = window.edit_source()
    assert dialog is not None
    editor = dialog.editor
    cited = sorted(editor.cited_by.item(n).text() for n in range(editor.cited_by.count()))
    assert cited == ["act-enacted", "act-no-penalties"]
    editor.doi.setText("10.1234/jiji.2025")
    assert dialog.save()
    assert changed_lines(before, file.read_text(encoding="utf-8")) == [
        "+    doi: 10.1234/jiji.2025"
    ]
    assert_library_checks(library_root, capsys)


def test_a_bad_address_is_shown_at_the_url_and_blocks_the_save(
    make_manager: ManagerFactory, library_root: Path
) -> None:
    window = make_manager(library_root)
    window.select_source("jiji")
    dialog = window.edit_source()
    assert dialog is not None
    dialog.editor.url.setText("www.nippon.com/en/news")
    assert "http" in dialog.editor.messages["url"].text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.save()
