"""Validators work on plain values: an edit is checked as `library check` checks the files."""

from __future__ import annotations

import datetime as dt
import re

import msgspec
import pytest

from briefgen.cli import main
from briefgen.core.library.dates import PartialDate
from briefgen.core.library.model import Bilingual, Fact, Origin, SourceRef, Status
from briefgen.core.library.problems import Problem, ProblemCode, Severity
from briefgen.core.library.store import load_library
from briefgen.core.library.validate import check_fact
from tests.conftest import FACTS_YAML, SOURCES_YAML, LibraryFactory

TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("change", "line_change", "code", "words"),
    [
        (
            {"date_end": PartialDate(2025, 1)},
            ("    sources: [jiji, cao]", "    date_end: 2025-01\n    sources: [jiji, cao]"),
            ProblemCode.DATE_END_BEFORE_DATE,
            "fact 'act-enacted': 'date_end' 2025-01 is before 'date' 2025-05-28",
        ),
        (
            {"sources": (SourceRef("jiji"), SourceRef("nowhere"))},
            ("    sources: [jiji, cao]", "    sources: [jiji, nowhere]"),
            ProblemCode.UNKNOWN_SOURCE,
            "fact 'act-enacted': cites unknown source 'nowhere'",
        ),
    ],
)
def test_an_edited_fact_gets_the_problem_library_check_reports_for_it(
    change: dict[str, object],
    line_change: tuple[str, str],
    code: ProblemCode,
    words: str,
    make_library: LibraryFactory,
    capsys: pytest.CaptureFixture[str],
) -> None:
    library = load_library(make_library(), today=TODAY)
    edited = msgspec.structs.replace(library.facts["act-enacted"], **change)
    (problem,) = library.check_fact(edited, TODAY)
    assert problem.code is code
    assert problem.message == words
    # The same edit written to the file: the same problem, in the same words.
    body = FACTS_YAML.replace(*line_change)
    root = make_library({"facts/facts.yaml": body}, name="edited")
    assert main(["library", "check", "--library", str(root)]) == 1
    assert re.search(rf"^facts/facts.yaml:\d+: {re.escape(words)}$", capsys.readouterr().out, re.M)


def test_problems_are_typed_values() -> None:
    problem = next(
        iter(
            check_fact(
                Fact(
                    id="x",
                    text=Bilingual(en="E", ja="J"),
                    topic="act",
                    as_of=TODAY,
                    status=Status.CONFIRMED,
                    sources=(SourceRef("s"),),
                    origin=Origin("facts/a.yaml", 3),
                    date=PartialDate(2025, 5, 2),
                    date_end=PartialDate(2025, 5, 1),
                )
            )
        )
    )
    assert problem == Problem(
        ProblemCode.DATE_END_BEFORE_DATE,
        "facts/a.yaml",
        3,
        field="date_end",
        params={"date_end": "2025-05-01", "date": "2025-05-02"},
        entry="fact",
        entry_id="x",
    )


def test_a_good_edit_has_no_problems_and_a_missing_translation_only_warns(
    make_library: LibraryFactory,
) -> None:
    library = load_library(make_library(), today=TODAY)
    fact = library.facts["hq-established"]
    assert library.check_fact(msgspec.structs.replace(fact, tags=("new",)), TODAY) == []
    untranslated = msgspec.structs.replace(fact, text=msgspec.structs.replace(fact.text, ja=""))
    (warning,) = library.check_fact(untranslated, TODAY)
    assert warning.code is ProblemCode.MISSING_TRANSLATION
    assert warning.severity is Severity.WARNING
    assert warning.params == {"language": "ja"}


def test_an_edit_that_supersedes_checks_the_successor_and_the_day(
    make_library: LibraryFactory,
) -> None:
    library = load_library(make_library(), today=TODAY)
    fact = library.facts["act-no-penalties"]
    superseded = msgspec.structs.replace(
        fact, status=Status.SUPERSEDED, superseded_by="act-enacted"
    )
    assert library.check_fact(superseded, TODAY) == []
    wrong = msgspec.structs.replace(superseded, superseded_by="no-such-fact", as_of=TODAY)
    assert [p.code for p in library.check_fact(wrong, TODAY - dt.timedelta(days=2))] == [
        ProblemCode.IN_THE_FUTURE,
        ProblemCode.UNKNOWN_SUCCESSOR,
    ]
    orphan = msgspec.structs.replace(fact, status=Status.SUPERSEDED)
    assert [p.code for p in library.check_fact(orphan, TODAY)] == [
        ProblemCode.SUPERSEDED_WITHOUT_SUCCESSOR
    ]


def test_sources_carry_authors_doi_and_container(make_library: LibraryFactory) -> None:
    extra = SOURCES_YAML + (
        "  - id: paper\n"
        "    title: 人工知能戦略本部の設置について\n"
        "    authors: [山田 太郎, Jane Smith]\n"
        "    container: Journal of Japanese Policy\n"
        "    doi: 10.1234/jjp.2025.001\n"
        "    publisher: Example Press\n"
        "    language: ja\n"
        "    kind: commentary\n"
    )
    library = load_library(make_library({"sources/sources.yaml": extra}), today=TODAY)
    assert library.errors == ()
    paper = library.sources["paper"]
    assert paper.authors == ("山田 太郎", "Jane Smith")
    assert paper.container == "Journal of Japanese Policy"
    assert paper.doi == "10.1234/jjp.2025.001"
    bad = msgspec.structs.replace(paper, doi="https://doi.org/10.1234/x")
    (problem,) = library.check_source(bad)
    assert problem.code is ProblemCode.NOT_A_DOI
    assert problem.message.startswith("source 'paper': 'doi'")


def test_a_file_problem_is_placed_at_the_line_of_its_field(
    make_library: LibraryFactory,
) -> None:
    body = SOURCES_YAML.replace("    language: en\n", "    language: English!\n")
    library = load_library(make_library({"sources/sources.yaml": body}), today=TODAY)
    (problem,) = [p for p in library.errors if p.path == "sources/sources.yaml"]
    assert (problem.code, problem.path, problem.line, problem.field) == (
        ProblemCode.NOT_A_LANGUAGE_CODE,
        "sources/sources.yaml",
        body.splitlines().index("    language: English!") + 1,
        "language",
    )
    assert problem.entry == "source" and problem.entry_id == "jiji"


def test_every_problem_code_has_english_wording() -> None:
    from briefgen.core.library.problem_text import ENGLISH

    assert set(ENGLISH) == set(ProblemCode)


def test_a_date_a_day_ahead_is_accepted_as_another_time_zones_today(
    make_library: LibraryFactory,
) -> None:
    library = load_library(make_library(), today=TODAY)
    fact = library.facts["act-no-penalties"]
    tomorrow = msgspec.structs.replace(fact, as_of=TODAY + dt.timedelta(days=1))
    assert library.check_fact(tomorrow, TODAY) == []
    later = msgspec.structs.replace(fact, as_of=TODAY + dt.timedelta(days=2))
    assert [p.code for p in library.check_fact(later, TODAY)] == [ProblemCode.IN_THE_FUTURE]
