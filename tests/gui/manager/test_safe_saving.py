"""Safe saving: a change on disk is put to the curator, drafts survive a crash, no edit is lost."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefgen.core.curation.edit import LibraryEditor
from briefgen.core.library.model import SourceRef
from briefgen.core.library.store import load_library
from briefgen.gui.manager.library_session import ConflictAnswer
from tests.gui.manager.conftest import (
    ManagerFactory,
    ScriptedManagerPrompter,
    assert_library_checks,
    changed_lines,
)

ROOT = Path(__file__).resolve().parents[3]


def _edit_elsewhere(root: Path) -> None:
    """Change another fact of the same file, as another copy of briefgen would."""
    library = load_library(root)
    fact = library.facts["act-enacted"]
    import msgspec

    LibraryEditor(library).edit_fact(msgspec.structs.replace(fact, notes="Checked elsewhere."))


@pytest.mark.parametrize(
    "answer", [ConflictAnswer.APPLY_AGAIN, ConflictAnswer.DISCARD_MINE, ConflictAnswer.CANCEL]
)
def test_a_change_on_disk_since_loading_is_put_to_the_curator(
    make_manager: ManagerFactory,
    library_root: Path,
    manager_prompter: ScriptedManagerPrompter,
    answer: ConflictAnswer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = make_manager(library_root)
    file = library_root / "facts" / "facts.yaml"
    window.select_fact("act-no-penalties")
    dialog = window.edit_fact()
    assert dialog is not None
    dialog.editor.en.setPlainText("The Act has no penalty provisions at all.")
    _edit_elsewhere(library_root)
    after_other = file.read_text(encoding="utf-8")
    manager_prompter.conflict = answer
    saved = dialog.save()
    assert manager_prompter.asked == ["conflict facts/facts.yaml"]
    text = file.read_text(encoding="utf-8")
    assert "notes: Checked elsewhere." in text  # the other edit is never lost
    if answer is ConflictAnswer.APPLY_AGAIN:
        assert saved
        assert changed_lines(after_other, text) == [
            "-    en: The Act has no penalty provisions.",
            "+    en: The Act has no penalty provisions at all.",
        ]
    else:
        assert not saved
        assert text == after_other
        assert dialog.isVisible()  # the curator's edit is still in the editor
    if answer is ConflictAnswer.DISCARD_MINE:
        assert window.session.library.facts["act-enacted"].notes == "Checked elsewhere."
    assert_library_checks(library_root, capsys)


CRASHING_MANAGER = """
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from briefgen.gui.manager.window import ManagerWindow
from briefgen.gui.settings import Settings
app = QApplication([])
window = ManagerWindow(Path(sys.argv[1]), Settings(), "en")
assert window.open_library()
dialog = window.new_fact()
dialog.editor.en.setPlainText("A fact typed before the crash.")
dialog.editor.ja.setPlainText("クラッシュ前に入力したファクト。")
dialog.drafts.flush()
os._exit(9)
"""


def test_an_unsaved_edit_is_offered_again_after_the_manager_crashed(
    make_manager: ManagerFactory,
    library_root: Path,
    manager_prompter: ScriptedManagerPrompter,
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_MANAGER, str(library_root)], env=env, check=False
    )
    assert done.returncode == 9
    window = make_manager(library_root)
    assert manager_prompter.asked == ["recover fact fact-typed-before-crash"]
    dialog = window.dialogs[-1]
    editor = dialog.editor  # type: ignore[attr-defined]
    assert editor.en.toPlainText() == "A fact typed before the crash."
    assert editor.ja.toPlainText() == "クラッシュ前に入力したファクト。"
    editor.citations.add(SourceRef("cao"))
    assert dialog.save()  # type: ignore[attr-defined]
    assert "fact-typed-before-crash" in load_library(library_root).facts
    window.close()
    second = make_manager(library_root)  # a saved edit is not offered again
    assert manager_prompter.asked == ["recover fact fact-typed-before-crash"]
    assert second.dialogs == []


def test_closing_the_manager_with_an_editor_open_keeps_the_edit(
    make_manager: ManagerFactory,
    library_root: Path,
    manager_prompter: ScriptedManagerPrompter,
) -> None:
    window = make_manager(library_root)
    window.select_source("jiji")
    dialog = window.edit_source()
    assert dialog is not None
    dialog.editor.doi.setText("10.1234/kept")
    window.close()
    manager_prompter.recover = False
    make_manager(library_root)
    assert manager_prompter.asked == ["recover source jiji"]
    assert make_manager(library_root).dialogs == []  # declined: gone


OTHER_PROCESS = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import msgspec
    from briefgen.core.library.model import Bilingual, Fact, Origin, SourceRef, Status
    from briefgen.gui.manager.library_session import ConflictAnswer, LibrarySession
    from briefgen.gui.manager.library_session import ManagerPrompter
    import datetime as dt

    class Again(ManagerPrompter):
        def ask_conflict(self, path):
            return ConflictAnswer.APPLY_AGAIN
        def show_error(self, title, message):
            raise SystemExit(f"{title}: {message}")

    session = LibrarySession(Path(sys.argv[1]), Again())
    assert session.open()
    for n in range(int(sys.argv[2])):
        fact = Fact(id=f"other-{n}", text=Bilingual(en=f"Other {n}.", ja=f"他 {n}。"),
                    topic="act", as_of=dt.date(2026, 1, 1), status=Status.CONFIRMED,
                    sources=(SourceRef("jiji"),), origin=Origin("", 0))
        assert session.apply(lambda e: e.add_fact(fact, "facts/facts.yaml"))
    """
)


def test_the_app_and_another_process_editing_one_file_lose_no_edit(
    make_manager: ManagerFactory,
    library_root: Path,
    manager_prompter: ScriptedManagerPrompter,
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rounds = 12
    manager_prompter.conflict = ConflictAnswer.APPLY_AGAIN
    window = make_manager(library_root)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_PROCESS, str(library_root), str(rounds)], env=env
    )
    for n in range(rounds):
        dialog = window.new_fact()
        editor = dialog.editor
        editor.topic.setCurrentIndex(editor.topic.findData("act"))
        editor.en.setPlainText(f"App fact number {n}.")
        editor.ja.setPlainText(f"アプリのファクト {n}。")
        editor.citations.add(SourceRef("cao"))
        assert dialog.save(), manager_prompter.errors
    assert other.wait(timeout=120) == 0
    facts = load_library(library_root).facts
    assert {f"other-{n}" for n in range(rounds)} <= set(facts)
    assert {f"app-fact-number-{n}" for n in range(rounds)} <= set(facts)
    assert_library_checks(library_root, capsys)


def test_an_id_another_process_took_meanwhile_is_reported_not_duplicated(
    make_manager: ManagerFactory,
    library_root: Path,
    manager_prompter: ScriptedManagerPrompter,
) -> None:
    window = make_manager(library_root)
    dialog = window.new_fact()
    editor = dialog.editor
    editor.topic.setCurrentIndex(editor.topic.findData("act"))
    editor.en.setPlainText("The Act was reviewed.")
    editor.citations.add(SourceRef("cao"))
    assert editor.id.text() == "act-reviewed"
    library = load_library(library_root)
    import msgspec

    taken = msgspec.structs.replace(library.facts["act-enacted"], id="act-reviewed")
    LibraryEditor(library).add_fact(taken, "facts/elsewhere.yaml")
    manager_prompter.conflict = ConflictAnswer.APPLY_AGAIN
    assert not dialog.save()
    assert manager_prompter.asked == ["conflict facts/elsewhere.yaml"]
    assert manager_prompter.errors[-1][1].startswith("The id act-reviewed was taken meanwhile")
    assert "act-reviewed" not in (library_root / "facts" / "facts.yaml").read_text("utf-8")
