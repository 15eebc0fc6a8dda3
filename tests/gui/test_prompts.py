"""The real dialogs behind the prompter: which button means what, and the suffix a file gets."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from briefgen.gui.prompts import ConflictChoice, Prompter, UnsavedChoice


def _when_a_dialog_shows(act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the next modal dialog once it is shown."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        act(dialog)

    QTimer.singleShot(0, look)


def _close(dialog: QWidget) -> None:
    dialog.close()


def _click_standard(button: QMessageBox.StandardButton) -> Callable[[QWidget], None]:
    def click(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        dialog.button(button).click()

    return click


def _click_role(role: QMessageBox.ButtonRole) -> Callable[[QWidget], None]:
    def click(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        (button,) = [b for b in dialog.buttons() if dialog.buttonRole(b) is role]
        button.click()

    return click


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        (QMessageBox.StandardButton.Save, UnsavedChoice.SAVE),
        (QMessageBox.StandardButton.Discard, UnsavedChoice.DISCARD),
        (QMessageBox.StandardButton.Cancel, UnsavedChoice.CANCEL),
    ],
)
def test_each_button_of_the_unsaved_changes_question_means_its_choice(
    qtbot: QtBot, button: QMessageBox.StandardButton, choice: UnsavedChoice
) -> None:
    _when_a_dialog_shows(_click_standard(button))
    assert Prompter().ask_unsaved_changes("Brief") is choice


def test_escape_on_the_unsaved_changes_question_cancels(qtbot: QtBot) -> None:
    _when_a_dialog_shows(_close)
    assert Prompter().ask_unsaved_changes("Brief") is UnsavedChoice.CANCEL


@pytest.mark.parametrize(
    ("role", "choice"),
    [
        (QMessageBox.ButtonRole.DestructiveRole, ConflictChoice.OVERWRITE),
        (QMessageBox.ButtonRole.AcceptRole, ConflictChoice.SAVE_AS),
        (QMessageBox.ButtonRole.RejectRole, ConflictChoice.CANCEL),
    ],
)
def test_each_button_of_the_conflict_question_means_its_choice(
    qtbot: QtBot, role: QMessageBox.ButtonRole, choice: ConflictChoice
) -> None:
    _when_a_dialog_shows(_click_role(role))
    assert Prompter().ask_conflict(Path("brief.brief")) is choice


def _type_and_accept(name: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None, "not Qt's own file dialog"
        edit.setText(name)
        dialog.accept()

    return act


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("week 48", "week 48.brief"),
        ("week 48.brief", "week 48.brief"),
        ("Week 48 v1.2", "Week 48 v1.2.brief"),  # the dialog itself would keep ".2"
    ],
)
def test_a_brief_saved_without_its_suffix_gets_it(
    qtbot: QtBot, tmp_path: Path, typed: str, written: str
) -> None:
    _when_a_dialog_shows(_type_and_accept(typed))
    chosen = Prompter().choose_brief_save_path(tmp_path / "Untitled.brief")
    assert chosen == tmp_path / written


@pytest.mark.parametrize(("suggested", "written"), [("b.pdf", "out.pdf"), ("b.docx", "out.docx")])
def test_an_export_gets_the_suffix_of_the_format_chosen(
    qtbot: QtBot, tmp_path: Path, suggested: str, written: str
) -> None:
    _when_a_dialog_shows(_type_and_accept("out"))
    chosen = Prompter().choose_export_path(tmp_path / suggested, "PDF (*.pdf);;Word (*.docx)")
    assert chosen == tmp_path / written


@pytest.mark.parametrize("replace", [True, False])
def test_a_suffix_added_after_the_dialog_asks_before_replacing_that_file(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, replace: bool
) -> None:
    (tmp_path / "v1.2.brief").write_text("{}")
    asked: list[list[Path]] = []

    def ask(self: Prompter, paths: list[Path]) -> bool:
        asked.append(paths)
        return replace

    monkeypatch.setattr(Prompter, "ask_replace_files", ask)
    _when_a_dialog_shows(_type_and_accept("v1.2"))
    chosen = Prompter().choose_brief_save_path(tmp_path / "Untitled.brief")
    assert asked == [[tmp_path / "v1.2.brief"]]
    assert chosen == (tmp_path / "v1.2.brief" if replace else None)


def test_a_cancelled_save_dialog_chooses_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    _when_a_dialog_shows(_close)
    assert Prompter().choose_brief_save_path(tmp_path / "Untitled.brief") is None
