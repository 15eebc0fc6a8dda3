"""Saving, reopening, conflicts, autosave and recovery after a crash."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from briefgen.core.brief.autosave import find_autosave
from briefgen.core.brief.file import load_brief
from briefgen.core.library.model import Bilingual
from briefgen.gui.prompts import ConflictChoice, UnsavedChoice
from briefgen.gui.settings import Settings
from briefgen.gui.wizard import PageId
from tests.gui.conftest import ScriptedPrompter, WindowFactory


def retitle(window_title: str) -> object:
    return lambda b: replace(b, title=Bilingual(window_title, b.title.ja))


def test_save_and_reopen_gives_the_same_brief(
    make_window: WindowFactory, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window = make_window()
    window.wizard.start_page.select_template("executive-one-pager")
    window.wizard.next()
    window.session.edit(retitle("Saved brief"), "retitle")  # type: ignore[arg-type]
    prompter.save_path = tmp_path / "mine.brief"
    assert window.session.save()
    assert not window.session.is_dirty
    saved = window.session.brief
    assert load_brief(tmp_path / "mine.brief")[0] == saved
    assert Settings().recent_files()[0] == tmp_path / "mine.brief"

    other = make_window()
    assert other.open_path(tmp_path / "mine.brief")
    assert other.session.brief == saved
    assert other.wizard.currentId() == PageId.SETUP
    assert "update" not in prompter.asked  # nothing changed in the library


def test_saving_over_a_file_changed_elsewhere_asks_first(
    make_window: WindowFactory, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window = make_window()
    window.wizard.next()
    prompter.save_path = tmp_path / "shared.brief"
    assert window.session.save()
    (tmp_path / "shared.brief").write_text("someone else's edit", encoding="utf-8")
    window.session.edit(retitle("Mine"), "retitle")  # type: ignore[arg-type]
    prompter.conflict = ConflictChoice.CANCEL
    assert not window.session.save()
    assert "conflict" in prompter.asked
    assert (tmp_path / "shared.brief").read_text(encoding="utf-8") == "someone else's edit"
    prompter.conflict = ConflictChoice.OVERWRITE
    assert window.session.save()
    assert load_brief(tmp_path / "shared.brief")[0].title.en == "Mine"


def test_closing_with_unsaved_changes_asks_and_can_cancel(
    make_window: WindowFactory, prompter: ScriptedPrompter
) -> None:
    window = make_window()
    window.wizard.next()
    prompter.unsaved = UnsavedChoice.CANCEL
    assert not window.close()
    assert window.isVisible()
    prompter.unsaved = UnsavedChoice.DISCARD
    assert window.close()
    assert prompter.asked.count("unsaved") == 2


def test_opening_a_broken_file_shows_an_error(
    make_window: WindowFactory, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window = make_window()
    broken = tmp_path / "broken.brief"
    broken.write_text("{ not json", encoding="utf-8")
    assert not window.open_path(broken)
    assert prompter.errors and "broken.brief" in prompter.errors[0][1]


def test_autosaved_brief_is_offered_and_recovered_after_a_crash(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    crashed = make_window()
    crashed.wizard.next()
    crashed.session.edit(retitle("Unsaved work"), "retitle")  # type: ignore[arg-type]
    crashed.session.autosave()
    expected = crashed.session.brief
    assert crashed.session.autosave_path.exists()
    # While the session runs, its autosave is its own: nobody else is offered it.
    assert find_autosave() is None
    # Simulate a crash: the process dies without closing (its lock goes with it);
    # a new window starts.
    crashed.session.release_autosave_lock()
    found = find_autosave()
    assert found is not None and found.brief == expected

    restarted = make_window()
    start = restarted.wizard.start_page
    start.refresh_recovery()
    assert not start.recovery.isHidden()
    assert "Unsaved work" in start.recovery_label.text()
    start.recover_button.click()
    assert restarted.session.brief == expected
    assert restarted.session.is_dirty
    assert restarted.wizard.currentId() == PageId.SETUP
    assert not found.path.exists()


def test_clean_save_deletes_the_autosave(
    make_window: WindowFactory, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window = make_window()
    window.wizard.next()
    window.session.autosave()
    assert window.session.autosave_path.exists()
    prompter.save_path = tmp_path / "clean.brief"
    assert window.session.save()
    assert not window.session.autosave_path.exists()


def test_undo_and_redo_walk_the_edits_back_and_forth(make_window: WindowFactory) -> None:
    window = make_window()
    window.wizard.next()
    original = window.session.brief
    window.session.edit(retitle("One"), "one")  # type: ignore[arg-type]
    window.session.edit(retitle("Two"), "two")  # type: ignore[arg-type]
    window.undo_action.trigger()
    assert window.session.brief is not None and window.session.brief.title.en == "One"
    window.undo_action.trigger()
    assert window.session.brief == original
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert window.session.brief.title.en == "Two"
    assert window.undo_action.shortcut().toString()
