"""Every interface string has a Japanese translation, and the Japanese interface shows it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from tests.gui.conftest import WindowFactory

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "translations" / "briefgen_ja.ts"
GUI_SOURCES = sorted(str(p) for p in (ROOT / "briefgen" / "gui").rglob("*.py"))


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    """Return the messages of a .ts file by (context, source text)."""
    found: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def test_every_message_in_the_ts_file_is_translated() -> None:
    problems = []
    for (context, source), message in messages(TS_FILE).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is not finished")
        elif not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_every_string_in_the_gui_source_is_in_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-silent", *GUI_SOURCES, "-ts", str(fresh)], check=True, capture_output=True
    )
    in_source = set(messages(fresh))
    assert len(in_source) > 100
    missing = sorted(in_source - set(messages(TS_FILE)))
    assert not missing, f"run pyside6-lupdate and translate: {missing}"


@pytest.mark.usefixtures("japanese")
def test_the_japanese_interface_shows_japanese(make_window: WindowFactory) -> None:
    window = make_window("ja")
    wizard = window.wizard
    assert "次へ" in wizard.buttonText(QWizard.WizardButton.NextButton)
    assert wizard.start_page.title() == "ブリーフの作成"
    assert window.menuBar().actions()[0].text() == "ファイル(&F)"
    wizard.start_page.select_template("policy-brief")
    wizard.next()
    assert wizard.currentPage().title() == "ブリーフの設定"
    assert "件のファクトを読み込みました" in window.library_status.text()
