"""Library problems in the app come from the structured types, worded in the interface language."""

from __future__ import annotations

import pytest

from briefgen.core.library.problems import Problem, ProblemCode, Severity
from briefgen.core.library.store import StoreWarning, StoreWarningKind
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
