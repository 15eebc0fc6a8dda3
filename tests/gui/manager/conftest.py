"""Fixtures for the library manager: a window over a small library, a scripted prompter."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefgen.cli import main
from briefgen.gui.manager.library_session import ConflictAnswer, ManagerPrompter
from briefgen.gui.manager.window import ManagerWindow
from briefgen.gui.settings import Settings
from tests.conftest import LibraryFactory

TODAY = dt.date(2026, 11, 29)


@dataclass
class ScriptedManagerPrompter(ManagerPrompter):
    """Answer the manager's questions from fields; record what was asked and shown."""

    conflict: ConflictAnswer = ConflictAnswer.CANCEL
    import_file: Path | None = None
    library_folder: Path | None = None
    reviewer: str | None = "Sato Hanako"
    recover: bool = True
    errors: list[tuple[str, str]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(None)

    def ask_conflict(self, path: str) -> ConflictAnswer:
        self.asked.append(f"conflict {path}")
        return self.conflict

    def show_error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def choose_import_file(self, folder: Path | None) -> Path | None:
        return self.import_file

    def choose_library_folder(self, current: Path | None) -> Path | None:
        return self.library_folder

    def ask_reviewer_name(self) -> str | None:
        self.asked.append("reviewer")
        return self.reviewer

    def ask_recover_draft(self, description: str) -> bool:
        self.asked.append(f"recover {description}")
        return self.recover


ManagerFactory = Callable[..., ManagerWindow]


@pytest.fixture
def manager_prompter() -> ScriptedManagerPrompter:
    return ScriptedManagerPrompter()


@pytest.fixture
def make_manager(
    qtbot: QtBot, manager_prompter: ScriptedManagerPrompter
) -> Iterator[ManagerFactory]:
    """Return a function that opens a manager window over a library folder."""
    windows: list[ManagerWindow] = []

    def make(root: Path, language: str = "en") -> ManagerWindow:
        window = ManagerWindow(root, Settings(), language, manager_prompter, today=lambda: TODAY)
        qtbot.addWidget(window)
        assert window.open_library()
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.close()


@pytest.fixture
def library_root(make_library: LibraryFactory) -> Path:
    return make_library()


def changed_lines(before: str, after: str) -> list[str]:
    """Return the lines a unified diff adds or removes, as git shows them."""
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def assert_library_checks(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Assert that ``briefgen library check`` passes on ``root``."""
    code = main(["library", "check", "--library", str(root)])
    out = capsys.readouterr().out
    assert code == 0, out
