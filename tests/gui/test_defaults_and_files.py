"""Defaults that follow the user, and files named and pointed at correctly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefgen.core.brief.model import LanguageMode
from briefgen.core.library.model import Bilingual
from briefgen.gui.wizard import PageId
from tests.gui.conftest import ScriptedPrompter, WindowFactory


@pytest.mark.usefixtures("japanese")
def test_a_new_brief_in_the_japanese_interface_is_japanese(make_window: WindowFactory) -> None:
    window = make_window("ja")
    window.wizard.start_page.select_template("policy-brief")
    window.wizard.next()
    assert window.session.brief is not None
    assert window.session.brief.language is LanguageMode.JAPANESE


def test_fields_a_language_does_not_print_are_disabled(make_window: WindowFactory) -> None:
    window = make_window()
    window.wizard.start_page.select_template("policy-brief")
    window.wizard.next()
    page = window.wizard.setup_page
    assert window.session.brief is not None
    assert window.session.brief.language is LanguageMode.ENGLISH
    assert page.title_en.isEnabled() and not page.title_ja.isEnabled()
    assert not page.author_ja.isEnabled() and not page.date_style.isEnabled()
    page.language_buttons.buttons()[1].click()  # Japanese
    assert page.title_ja.isEnabled() and not page.title_en.isEnabled()
    page.language_buttons.buttons()[2].click()  # both
    assert page.title_ja.isEnabled() and page.title_en.isEnabled()
    assert page.layout_combo.isEnabled()


def test_save_suggests_the_same_safe_name_as_export(
    make_window: WindowFactory, prompter: ScriptedPrompter, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.wizard.start_page.select_template("policy-brief")
    window.wizard.next()
    title = Bilingual("Japan's AI Strategy Headquarters: key points", "")
    window.session.edit(lambda b: replace(b, title=title), "title")
    suggested: list[Path] = []

    def choose(path: Path) -> Path | None:
        suggested.append(path)
        return None  # cancelled: only the suggestion matters here

    monkeypatch.setattr(prompter, "choose_brief_save_path", choose)
    window.session.save_as()
    assert suggested[0].name == "Japan's AI Strategy Headquarters_ key points.brief"
    window.wizard.go_to(PageId.EXPORT)
    export = window.wizard.export_page
    assert Path(export.pdf_path.text()).stem == suggested[0].stem


def test_after_a_failed_export_nothing_points_at_the_earlier_files(
    make_window: WindowFactory, qtbot: QtBot, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window = make_window()
    window.wizard.start_page.select_template("policy-brief")
    window.wizard.next()
    window.wizard.go_to(PageId.EXPORT)
    export = window.wizard.export_page
    export.docx.setChecked(False)
    export.pdf_path.setText(str(tmp_path / "first.pdf"))
    export.export_button.click()
    qtbot.waitUntil(lambda: len(export.exported) == 1, timeout=30_000)
    assert export.open_file.isEnabled()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    export.pdf_path.setText(str(blocker / "second.pdf"))
    export.export_button.click()
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=30_000)
    assert export.exported == []
    assert not export.open_file.isEnabled() and not export.open_folder.isEnabled()


@pytest.mark.usefixtures("japanese")
def test_a_failed_export_is_explained_in_japanese(
    make_window: WindowFactory, qtbot: QtBot, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window = make_window("ja")
    window.wizard.start_page.select_template("policy-brief")
    window.wizard.next()
    window.wizard.go_to(PageId.EXPORT)
    export = window.wizard.export_page
    export.docx.setChecked(False)
    missing = tmp_path / "nowhere"
    export.pdf_path.setText(str(missing / "x.pdf"))
    export.export_button.click()
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=30_000)
    title, message = prompter.errors[0]
    assert title == "エクスポートの失敗"
    assert message == f"{missing / 'x.pdf'} に書き込めません。フォルダー {missing} が存在しません。"


def test_the_last_template_language_and_export_folder_are_remembered(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    first = make_window()
    first.wizard.start_page.select_template("chronology")
    first.wizard.next()
    first.wizard.setup_page.language_buttons.buttons()[1].click()  # Japanese
    first.wizard.go_to(PageId.EXPORT)
    export = first.wizard.export_page
    export.docx.setChecked(False)
    folder = tmp_path / "exports"
    folder.mkdir()
    export.pdf_path.setText(str(folder / "chronology.pdf"))
    export.export_button.click()
    qtbot.waitUntil(lambda: len(export.exported) == 1, timeout=30_000)
    first.session.close()

    again = make_window()  # a later run: the same settings file
    start = again.wizard.start_page
    assert start.selected_template() is not None
    assert start.selected_template().template_id == "chronology"  # type: ignore[union-attr]
    again.wizard.next()
    assert again.session.brief is not None
    assert again.session.brief.language is LanguageMode.JAPANESE
    again.wizard.go_to(PageId.EXPORT)
    assert Path(again.wizard.export_page.pdf_path.text()).parent == folder


def test_a_japanese_brief_is_named_by_its_japanese_title(make_window: WindowFactory) -> None:
    window = make_window()
    window.wizard.start_page.select_template("policy-brief")
    window.wizard.next()
    window.wizard.setup_page.language_buttons.buttons()[1].click()  # Japanese
    brief = window.session.brief
    assert brief is not None and brief.title.ja
    assert window.session.title() == brief.title.ja
    assert window.windowTitle().startswith(brief.title.ja)


@pytest.mark.usefixtures("japanese")
def test_a_failed_save_is_explained_in_japanese(
    make_window: WindowFactory, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window = make_window("ja")
    window.wizard.start_page.select_template("policy-brief")
    window.wizard.next()
    missing = tmp_path / "nowhere"
    prompter.save_path = missing / "資料.brief"
    assert not window.session.save_as()
    title, message = prompter.errors[-1]
    assert title != "Cannot save brief"
    assert (
        message
        == f"{missing / '資料.brief'} に書き込めません。フォルダー {missing} が存在しません。"
    )
