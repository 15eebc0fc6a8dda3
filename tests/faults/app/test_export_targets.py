"""The app asks before it replaces a read-only export, and exports nothing from no facts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from briefgen.core.brief.model import FactItem
from briefgen.gui.wizard import PageId
from tests.gui.conftest import ScriptedPrompter, WindowFactory
from tests.gui.test_wizard_flow import start_policy_brief

PREVIOUS = b"%PDF a read-only export"


def test_a_read_only_export_is_replaced_only_when_the_user_says_so(
    make_window: WindowFactory, qtbot: QtBot, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    target = tmp_path / "kept.pdf"
    target.write_bytes(PREVIOUS)
    target.chmod(0o444)
    window = make_window()
    start_policy_brief(window)
    window.wizard.go_to(PageId.EXPORT)
    export = window.wizard.export_page
    export.docx.setChecked(False)
    export.pdf_path.setText(str(target))

    prompter.replace_read_only = False
    export.export_button.click()
    assert "replace read-only" in prompter.asked
    assert target.read_bytes() == PREVIOUS
    assert export.export_button.isEnabled()

    prompter.replace_read_only = True
    export.export_button.click()
    qtbot.waitUntil(lambda: export.exported == [target], timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.pdf"]


def test_a_brief_whose_facts_all_left_the_library_is_not_exported(
    make_window: WindowFactory, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    window = make_window()
    start_policy_brief(window)
    window.session.edit(
        lambda b: replace(
            b,
            sections=tuple(
                replace(s, items=(FactItem("deleted-from-the-library"),)) for s in b.sections
            ),
        ),
        "replace the facts",
    )
    window.wizard.go_to(PageId.EXPORT)
    export = window.wizard.export_page
    export.docx.setChecked(False)
    export.pdf_path.setText(str(tmp_path / "empty.pdf"))
    export.export_button.click()
    assert prompter.errors == [
        (
            "Nothing to export",
            "No fact of the brief (1 in all) is in the library any more: "
            "add facts before exporting.",
        )
    ]
    assert list(tmp_path.iterdir()) == []
