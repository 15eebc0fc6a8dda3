"""Fixtures for GUI tests: a main window over the bundled library, with a scripted prompter."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from briefgen.core.brief.file import FactChange
from briefgen.core.library.model import Bilingual
from briefgen.core.system import paths
from briefgen.gui.app import install_translators, register_fonts, translations_dir
from briefgen.gui.jobs import wait_for_background_jobs
from briefgen.gui.library_state import LibraryState
from briefgen.gui.main_window import MainWindow
from briefgen.gui.prompts import ConflictChoice, Prompter, UnsavedChoice
from briefgen.gui.settings import Settings

WindowFactory = Callable[..., MainWindow]
ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass
class ScriptedPrompter(Prompter):
    """Answer every question from fields the test sets; record errors instead of showing them."""

    unsaved: UnsavedChoice = UnsavedChoice.DISCARD
    conflict: ConflictChoice = ConflictChoice.CANCEL
    update: bool = True
    replace: bool = True
    replace_read_only: bool = False
    save_path: Path | None = None
    open_path: Path | None = None
    reword: Bilingual | None = None
    note: Bilingual | None = None
    errors: list[tuple[str, str]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(None)

    def ask_unsaved_changes(self, title: str) -> UnsavedChoice:
        self.asked.append("unsaved")
        return self.unsaved

    def ask_conflict(self, path: Path) -> ConflictChoice:
        self.asked.append("conflict")
        return self.conflict

    def ask_update(self, changes: list[FactChange]) -> bool:
        self.asked.append("update")
        return self.update

    def ask_recover_discard(self) -> bool:
        return True

    def ask_replace_files(self, paths: list[Path]) -> bool:
        self.asked.append("replace")
        return self.replace

    def ask_replace_read_only(self, paths: list[Path]) -> bool:
        self.asked.append("replace read-only")
        return self.replace_read_only

    def show_error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def choose_brief_to_open(self, folder: Path | None) -> Path | None:
        return self.open_path

    def choose_brief_save_path(self, suggested: Path) -> Path | None:
        return self.save_path

    def choose_export_path(self, suggested: Path, file_filter: str) -> Path | None:
        return None

    def edit_reword(self, library_text: Bilingual, current: Bilingual | None) -> Bilingual | None:
        return self.reword

    def edit_note(self, current: Bilingual | None) -> Bilingual | None:
        return self.note


@pytest.fixture(scope="session", autouse=True)
def _fonts(qapp: QApplication) -> None:
    register_fonts()


@pytest.fixture
def prompter() -> ScriptedPrompter:
    """Return a prompter whose answers the test scripts."""
    return ScriptedPrompter()


@pytest.fixture
def make_window(qtbot: QtBot, prompter: ScriptedPrompter) -> Iterator[WindowFactory]:
    """Return a function that opens a main window over the bundled library and waits for it."""
    windows: list[MainWindow] = []

    def make(language: str = "en", library_root: Path | None = None) -> MainWindow:
        library = LibraryState(library_root or paths.default_library_dir())
        window = MainWindow(library, Settings(), language, prompter)
        library.setParent(window)
        qtbot.addWidget(window)
        window.show()
        library.load()
        qtbot.waitUntil(lambda: library.is_loaded, timeout=20_000)
        windows.append(window)
        return window

    yield make
    wait_for_background_jobs()
    for window in windows:
        window.session.close()


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    """Build the .qm files and install the Japanese translators for one test."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    assert (translations_dir() / "briefgen_ja.qm").exists()
    previous_locale = QLocale()
    translators = install_translators(qapp, "ja")
    yield
    QLocale.setDefault(previous_locale)
    for translator in translators:
        qapp.removeTranslator(translator)
