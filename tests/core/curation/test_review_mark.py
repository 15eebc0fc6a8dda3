"""Mark reviewed: as-of today, review-by moved by the library's interval, the reviewer recorded."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import pytest

from briefgen.cli import main
from briefgen.core.curation.edit import LibraryEditor
from briefgen.core.curation.review_mark import (
    add_months,
    mark_fact_reviewed,
    mark_source_reviewed,
)
from briefgen.core.library.review import ReviewReason, review
from briefgen.core.library.store import load_library
from tests.conftest import FACTS_YAML, LIBRARY_YAML, LibraryFactory

STALE_FACTS = FACTS_YAML.replace(
    "    as_of: 2025-10-03\n", "    as_of: 2025-10-03\n    review_by: 2026-01-01\n", 1
)


def _changed(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def test_months_are_added_keeping_the_day_where_the_month_has_it() -> None:
    assert add_months(dt.date(2026, 11, 29), 6) == dt.date(2027, 5, 29)
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2026, 1, 15), 12) == dt.date(2027, 1, 15)


def test_the_review_interval_is_read_from_library_yaml(make_library: LibraryFactory) -> None:
    assert load_library(make_library()).info.review_interval == 6
    custom = LIBRARY_YAML.replace("topics:", "review_interval: 3\ntopics:")
    assert load_library(make_library({"library.yaml": custom}, "b")).info.review_interval == 3


def test_a_review_interval_that_is_not_a_number_of_months_is_an_error(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = LIBRARY_YAML.replace("topics:", "review_interval: soon\ntopics:")
    root = make_library({"library.yaml": bad})
    assert main(["library", "check", "--library", str(root)]) != 0
    assert "review_interval" in capsys.readouterr().out


def test_marking_a_stale_fact_reviewed_takes_it_off_the_review_list(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_library({"facts/facts.yaml": STALE_FACTS})
    today = dt.date(2026, 11, 29)
    library = load_library(root, today)
    assert [i.entry_id for i in review(library, today).groups[ReviewReason.REVIEW_DUE]] == [
        "hq-established"
    ]
    file = root / "facts" / "facts.yaml"
    before = file.read_text(encoding="utf-8")
    fact = library.facts["hq-established"]
    reviewed = mark_fact_reviewed(fact, today, library.info.review_interval, "Sato Hanako")
    LibraryEditor(library).edit_fact(reviewed)
    assert _changed(before, file.read_text(encoding="utf-8")) == [
        "-    as_of: 2025-10-03",
        "-    review_by: 2026-01-01",
        "+    as_of: 2026-11-29",
        "+    review_by: 2027-05-29",
        "+    reviewed_by: Sato Hanako",
    ]
    again = load_library(root, today)
    assert again.facts["hq-established"].reviewed_by == "Sato Hanako"
    assert ReviewReason.REVIEW_DUE not in review(again, today).groups
    assert main(["library", "check", "--library", str(root)]) == 0, capsys.readouterr().out


def test_a_fact_without_review_date_gets_none_and_keeps_its_reviewer_when_none_is_set(
    make_library: LibraryFactory,
) -> None:
    library = load_library(make_library())
    fact = library.facts["act-enacted"]
    first = mark_fact_reviewed(fact, dt.date(2026, 1, 2), 6, "Sato")
    assert (first.as_of, first.review_by, first.reviewed_by) == (dt.date(2026, 1, 2), None, "Sato")
    assert mark_fact_reviewed(first, dt.date(2026, 2, 1), 6, " ").reviewed_by == "Sato"


def test_marking_a_source_reviewed_sets_its_access_date(make_library: LibraryFactory) -> None:
    root: Path = make_library()
    library = load_library(root)
    source = mark_source_reviewed(library.sources["jiji"], dt.date(2026, 11, 29))
    LibraryEditor(library).edit_source(source)
    assert load_library(root).sources["jiji"].accessed == dt.date(2026, 11, 29)
