"""The fact filter: each criterion narrows the facts; a partial date spans the days it covers."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.core.library.fact_filter import FactFilter
from briefgen.core.library.model import SourceKind, Status
from briefgen.core.library.store import load_library
from tests.conftest import FACTS_YAML, LibraryFactory

ALL = ["hq-established", "act-no-penalties", "act-enacted"]


def _filtered(
    make_library: LibraryFactory, fact_filter: FactFilter, facts: str = FACTS_YAML
) -> list[str]:
    library = load_library(make_library({"facts/facts.yaml": facts}))
    return fact_filter.apply(list(library.facts), library)


def test_an_empty_filter_keeps_every_fact_in_order(make_library: LibraryFactory) -> None:
    assert _filtered(make_library, FactFilter()) == ALL


@pytest.mark.parametrize(
    ("fact_filter", "expected"),
    [
        (FactFilter(topic="act"), ["act-no-penalties", "act-enacted"]),
        (FactFilter(tag="timeline"), ["hq-established", "act-enacted"]),
        (FactFilter(status=Status.SINGLE_SOURCE), ["act-no-penalties"]),
        (FactFilter(source_kind=SourceKind.GOVERNMENT), ["hq-established", "act-enacted"]),
        (FactFilter(only=frozenset({"act-enacted"})), ["act-enacted"]),
        (FactFilter(topic="act", tag="timeline"), ["act-enacted"]),
        (FactFilter(date_from=dt.date(2025, 6, 1)), ["hq-established"]),
        (FactFilter(date_to=dt.date(2025, 5, 28)), ["act-no-penalties", "act-enacted"]),
        (FactFilter(date_to=dt.date(2025, 5, 27)), []),
    ],
)
def test_each_criterion_keeps_only_the_facts_that_meet_it(
    make_library: LibraryFactory, fact_filter: FactFilter, expected: list[str]
) -> None:
    assert _filtered(make_library, fact_filter) == expected


@pytest.mark.parametrize(
    ("date", "date_from", "date_to", "kept"),
    [
        ("2025", dt.date(2025, 12, 31), None, True),  # a year reaches its last day
        ("2025", None, dt.date(2025, 1, 1), True),  # and starts on its first
        ("2025", dt.date(2026, 1, 1), None, False),
        ("2024-02", dt.date(2024, 2, 29), None, True),  # a leap February ends on the 29th
        ("2025-02", dt.date(2025, 3, 1), None, False),
        ("2025-12", dt.date(2025, 12, 31), dt.date(2025, 12, 31), True),
        ("2025-12", None, dt.date(2025, 11, 30), False),
    ],
)
def test_a_partial_date_is_kept_when_its_span_touches_the_range(
    make_library: LibraryFactory,
    date: str,
    date_from: dt.date | None,
    date_to: dt.date | None,
    kept: bool,
) -> None:
    facts = FACTS_YAML.replace("date: 2025-09-01", f"date: {date}").replace(
        "as_of: 2025-10-03", "as_of: 2026-01-01"
    )
    result = _filtered(
        make_library,
        FactFilter(only=frozenset({"hq-established"}), date_from=date_from, date_to=date_to),
        facts,
    )
    assert result == (["hq-established"] if kept else [])


def test_a_fact_without_a_date_is_left_out_by_a_date_range(make_library: LibraryFactory) -> None:
    facts = FACTS_YAML.replace("    date: 2025-09-01\n", "")
    result = _filtered(make_library, FactFilter(date_to=dt.date(2030, 1, 1)), facts)
    assert result == ["act-no-penalties", "act-enacted"]


def test_an_id_the_library_does_not_hold_is_dropped(make_library: LibraryFactory) -> None:
    library = load_library(make_library())
    assert FactFilter(topic="act").apply(["gone", "act-enacted"], library) == ["act-enacted"]
