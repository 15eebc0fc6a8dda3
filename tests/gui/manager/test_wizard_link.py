"""The wizard opens the manager and other libraries, and refreshes after a save."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QToolBar
from pytestqt.qtbot import QtBot

from briefgen.core.library.model import SourceRef
from briefgen.core.system import paths
from briefgen.gui.settings import Settings
from tests.conftest import LibraryFactory
from tests.gui.conftest import ScriptedPrompter, WindowFactory
from tests.gui.manager.conftest import ScriptedManagerPrompter


def _menu_titles(window: object) -> list[str]:
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    return [action.text() for action in window.menuBar().actions()]


def test_the_library_menu_and_toolbar_button_open_the_manager_on_the_wizards_library(
    make_window: WindowFactory, make_library: LibraryFactory
) -> None:
    root = make_library()
    window = make_window(library_root=root)
    assert "&Library" in _menu_titles(window)
    link = window.library_link
    toolbars = window.findChildren(QToolBar)
    toolbar_actions = [action for toolbar in toolbars for action in toolbar.actions()]
    assert link.manage_action in toolbar_actions
    manager = link.open_manager()
    assert manager.session.root == root
    assert manager.facts.rowCount() == 3
    assert link.open_manager() is manager  # one manager window, raised
    manager.close()


def test_a_save_in_the_manager_refreshes_the_facts_page_and_offers_the_brief_an_update(
    make_window: WindowFactory,
    make_library: LibraryFactory,
    prompter: ScriptedPrompter,
    qtbot: QtBot,
) -> None:
    root = make_library()
    window = make_window(library_root=root)
    window.wizard.start_page.select_template("policy-brief")
    window.wizard.next()
    window.wizard.next()
    facts_page = window.wizard.currentPage()
    brief = window.session.brief
    assert brief is not None
    from briefgen.core.templates.selection import add_fact

    library = window.library.library
    fact = library.facts["act-no-penalties"]
    window.session.edit(lambda b: add_fact(b, None, library, fact), "add")
    assert "act-no-penalties" in window.session.brief.fact_ids()  # type: ignore[union-attr]
    manager = window.library_link.open_manager()
    manager.select_fact("act-no-penalties")
    dialog = manager.edit_fact()
    assert dialog is not None
    dialog.editor.en.setPlainText("The Act provides no penalties.")
    dialog.editor.citations.add(SourceRef("cao"))
    prompter.update = True
    with qtbot.waitSignal(window.library.loaded, timeout=20_000):
        assert dialog.save()
    assert "update" in prompter.asked
    assert window.library.library.facts["act-no-penalties"].text.en == (
        "The Act provides no penalties."
    )
    assert facts_page is not None
    manager.close()


def test_open_library_opens_another_library_and_remembers_it(
    make_window: WindowFactory, make_library: LibraryFactory, qtbot: QtBot
) -> None:
    window = make_window()
    other = make_library(name="other")
    answers = ScriptedManagerPrompter(library_folder=other)
    window.library_link.prompter = answers
    with qtbot.waitSignal(window.library.loaded, timeout=20_000):
        assert window.library_link.open_other_library()
    assert len(window.library.library.facts) == 3
    assert Settings().library_to_open() == other
    shutil.rmtree(other)
    assert Settings().library_to_open() == paths.default_library_dir()


def test_a_folder_without_library_yaml_is_refused(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    answers = ScriptedManagerPrompter(library_folder=tmp_path)
    window.library_link.prompter = answers
    assert not window.library_link.open_other_library()
    assert answers.errors and "library.yaml" in answers.errors[0][1]


def test_the_status_bar_names_the_library_in_use_and_its_version(
    make_window: WindowFactory, make_library: LibraryFactory
) -> None:
    root = make_library()
    window = make_window(library_root=root)
    label = window.library_link.library_label
    assert label.text() == "Test library, version test-1"
    assert label.toolTip() == str(root)
