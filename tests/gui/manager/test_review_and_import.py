"""The review view and "Mark reviewed"; importing CSL-JSON and BibTeX with a preview, twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.core.library.review import ReviewReason
from briefgen.core.library.store import load_library
from briefgen.gui.settings import Settings
from tests.cli.test_library_import import BIBTEX, CSL
from tests.conftest import FACTS_YAML, LibraryFactory
from tests.gui.manager.conftest import (
    ManagerFactory,
    ScriptedManagerPrompter,
    assert_library_checks,
    changed_lines,
)

STALE = FACTS_YAML.replace(
    "    as_of: 2025-10-03\n", "    as_of: 2025-10-03\n    review_by: 2026-01-01\n", 1
)


def test_the_review_view_lists_what_needs_attention_and_mark_reviewed_records_the_check(
    make_manager: ManagerFactory,
    make_library: LibraryFactory,
    manager_prompter: ScriptedManagerPrompter,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = make_library({"facts/facts.yaml": STALE})
    window = make_manager(root)
    view = window.review
    headings = [view.tree.topLevelItem(n).text(0) for n in range(view.tree.topLevelItemCount())]  # type: ignore[union-attr]
    assert headings == [
        "Past their review-by date (re-check against the sources) (1)",
        "Sources with no access date (2)",
    ]
    file = root / "facts" / "facts.yaml"
    before = file.read_text(encoding="utf-8")
    assert view.select(ReviewReason.REVIEW_DUE, "hq-established")
    assert window.mark_reviewed()
    assert manager_prompter.asked == ["reviewer"]
    assert Settings().reviewer_name() == "Sato Hanako"
    assert changed_lines(before, file.read_text(encoding="utf-8")) == [
        "-    as_of: 2025-10-03",
        "-    review_by: 2026-01-01",
        "+    as_of: 2026-11-29",
        "+    review_by: 2027-05-29",
        "+    reviewed_by: Sato Hanako",
    ]
    assert not view.select(ReviewReason.REVIEW_DUE, "hq-established")
    assert view.select(ReviewReason.NO_ACCESS_DATE, "jiji")
    assert window.mark_reviewed()
    assert manager_prompter.asked == ["reviewer"]  # the name is asked once
    assert load_library(root).sources["jiji"].accessed is not None
    assert_library_checks(root, capsys)


def test_open_in_the_review_view_edits_the_entry(
    make_manager: ManagerFactory, make_library: LibraryFactory
) -> None:
    window = make_manager(make_library({"facts/facts.yaml": STALE}))
    assert window.review.select(ReviewReason.REVIEW_DUE, "hq-established")
    window.review.open_selected()
    dialog = window.dialogs[-1]
    assert dialog.windowTitle() == "Edit fact hq-established"


@pytest.mark.parametrize("kind", ["csl-json", "bibtex"])
def test_an_import_previews_adds_and_duplicates_and_a_second_import_adds_nothing(
    make_manager: ManagerFactory,
    library_root: Path,
    tmp_path: Path,
    kind: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = tmp_path / ("refs.json" if kind == "csl-json" else "refs.bib")
    if kind == "csl-json":
        file.write_text(json.dumps(CSL, ensure_ascii=False), encoding="utf-8")
    else:
        file.write_text(BIBTEX, encoding="utf-8")
    window = make_manager(library_root)
    sources_before = (library_root / "sources" / "sources.yaml").read_bytes()
    preview = window.import_references(file)
    assert preview is not None
    added = [preview.added.item(n, 0).text() for n in range(preview.added.rowCount())]  # type: ignore[union-attr]
    skipped = [preview.skipped.item(n, 1).text() for n in range(preview.skipped.rowCount())]  # type: ignore[union-attr]
    if kind == "csl-json":
        assert added == ["yamada2025", "kantei-page"]
        assert skipped == [
            "already in the library (same address http://nippon.com/en/news/yjj2025052800116)"
        ]
    else:
        assert added == ["same-doi-other-key", "mueller2025", "sato"]
        assert skipped == []
    assert not (library_root / "sources" / "imported.yaml").exists()  # nothing before Import
    assert preview.run_import()
    imported = load_library(library_root).sources
    assert set(added) <= set(imported)
    assert (library_root / "sources" / "sources.yaml").read_bytes() == sources_before
    if kind == "csl-json":
        assert imported["yamada2025"].title == "人工知能戦略本部の設置と今後の課題"
    assert_library_checks(library_root, capsys)
    text_after_first = (library_root / "sources" / "imported.yaml").read_bytes()
    again = window.import_references(file)
    assert again is not None
    assert again.added.rowCount() == 0
    assert again.skipped.rowCount() == len(added) + len(skipped)
    assert not again.import_button.isEnabled()
    assert not again.run_import()
    assert (library_root / "sources" / "imported.yaml").read_bytes() == text_after_first


def test_a_file_that_is_not_references_is_reported(
    make_manager: ManagerFactory,
    library_root: Path,
    tmp_path: Path,
    manager_prompter: ScriptedManagerPrompter,
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    window = make_manager(library_root)
    assert window.import_references(broken) is None
    assert manager_prompter.errors and "broken.json" in manager_prompter.errors[0][1]


def test_the_reviewers_name_can_be_changed_from_the_library_menu(
    make_manager: ManagerFactory,
    library_root: Path,
    manager_prompter: ScriptedManagerPrompter,
) -> None:
    window = make_manager(library_root)
    manager_prompter.reviewer = "Suzuki Ichiro"
    window.name_action.trigger()
    assert Settings().reviewer_name() == "Suzuki Ichiro"
    assert window.reviewer_name() == "Suzuki Ichiro"
    assert manager_prompter.asked == ["reviewer"]


def test_entries_left_out_for_errors_head_the_review_list_with_their_place(
    make_manager: ManagerFactory, make_library: LibraryFactory
) -> None:
    broken = FACTS_YAML + "  - id: act-broken\n    topic: act\n    en: x\n    as_of: 2025-05-28\n"
    window = make_manager(make_library({"facts/facts.yaml": broken}))
    group = window.review.tree.topLevelItem(0)
    assert group is not None
    assert group.text(0).startswith("Left out for errors")
    row = group.child(0)
    assert row is not None
    assert row.text(0) == "act-broken"
    assert row.text(2).startswith("facts/facts.yaml:")
    window.review.tree.setCurrentItem(row)
    assert window.review.selected() is None  # it cannot be opened or marked here
    assert not window.review.mark_button.isEnabled()
