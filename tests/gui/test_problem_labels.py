"""Library problems in the app come from the structured types, worded in the interface language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefgen.core.library.problems import Problem, ProblemCode, Severity
from briefgen.core.library.store import StoreWarning, StoreWarningKind
from briefgen.core.templates.catalog import load_templates
from briefgen.gui.jobs import wait_for_background_jobs
from briefgen.gui.library_state import LibraryState
from briefgen.gui.problem_labels import problem_text, store_warning_text
from tests.conftest import LibraryFactory
from tests.gui.conftest import WindowFactory

BROKEN = """\
facts:
  - id: orphan
    topic: act
    en: A fact that cites nothing known.
    ja: 出典不明のファクト。
    as_of: 2025-05-28
    status: confirmed
    sources: [no-such-source]
  - id: untranslated
    topic: act
    en: Only in English.
    as_of: 2025-05-28
    status: confirmed
    sources: [cao]
"""


@pytest.mark.usefixtures("japanese")
def test_the_japanese_status_bar_lists_problems_in_japanese(
    make_window: WindowFactory, make_library: LibraryFactory
) -> None:
    window = make_window("ja", library_root=make_library({"facts/broken.yaml": BROKEN}))
    details = window.library_status.toolTip().splitlines()
    assert details == [
        "facts/broken.yaml の 2 行目: ファクト orphan: "
        "存在しない出典 no-such-source を引用しています",
        "警告: facts/broken.yaml の 9 行目: ファクト untranslated: 日本語の本文がありません",
    ]


def test_the_english_interface_words_them_in_english() -> None:
    problem = Problem(
        ProblemCode.REVIEW_DUE,
        "facts/a.yaml",
        4,
        field="review_by",
        params={"review_by": "2026-01-01"},
        entry="fact",
        entry_id="x",
        severity=Severity.WARNING,
    )
    assert problem_text(problem) == (
        "Warning: facts/a.yaml, line 4: fact x: review was due on 2026-01-01"
    )
    full = StoreWarning(StoreWarningKind.CACHE_DISK_FULL, "/c/index/x.sqlite3")
    assert "full" in store_warning_text(full)


def test_every_problem_code_has_wording_in_the_app() -> None:
    for code in ProblemCode:
        text = problem_text(Problem(code, "a.yaml", 1, params={"detail": "d"}))
        assert text.startswith("a.yaml, line 1: ") and len(text) > len("a.yaml, line 1: ")


BROKEN_TEMPLATE = """\
name: {en: Broken, ja: 壊れたテンプレート}
pages: 1.5
page: {size: B5}
sections:
  - id: one
    heading: {en: One}
    display: cards
    suggest: [act]
  - id: two
    heading: {en: Two, ja: 二}
  - id: two
    heading: {en: Again, ja: 再び}
"""


@pytest.mark.usefixtures("japanese")
def test_template_problems_are_worded_in_japanese_from_their_codes(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(BROKEN_TEMPLATE, encoding="utf-8")
    templates, problems = load_templates(tmp_path)
    assert templates == []
    lines = [problem_text(problem) for problem in problems]
    assert len(lines) == 6
    for line in lines:
        assert line.startswith("broken.yaml の "), line
        # Only names from the file (field names, values) are left in Latin letters.
        words = set(re.findall(r"[A-Za-z]{3,}", line))
        assert words <= {
            "yaml",
            "broken",
            "pages",
            "size",
            "Letter",
            "display",
            "cards",
            "bullets",
            "table",
            "heading",
            "one",
            "suggest",
        }, line


@pytest.mark.usefixtures("japanese")
def test_a_missing_library_folder_is_reported_in_japanese(qtbot: QtBot, tmp_path: Path) -> None:
    state = LibraryState(tmp_path / "nowhere")
    messages: list[str] = []
    state.failed.connect(messages.append)
    state.load()
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    wait_for_background_jobs()
    (message,) = messages
    folder = tmp_path / "nowhere"
    assert message == f"ライブラリのフォルダー {folder} が存在しないか、フォルダーではありません。"
