"""The shipped library: current, self-standing facts, cited like a professional's.

These tests read the library that ships in ``resources/library`` and hold its content to the rules
in docs/library-format.md. Dates are judged against the library's own ``as_of`` (the curation
date), never against the clock, so the tests give the same answer on any day.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

import pytest

from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact, Source, Status
from briefgen.core.library.review import ReviewReason, review
from briefgen.core.library.store import load_library
from briefgen.core.system.paths import default_library_dir

EGOV_ACT = "egov-act53"
EGOV_URL = "https://laws.e-gov.go.jp/law/507AC0000000053"

# Tags of statements true only for a time: people in office, plans in force, counts, outlooks.
TIME_BOUND_TAGS = frozenset({"current", "outlook"})

# Facts whose review date has passed at the curation date, because no source newer than their
# as_of date was found: each says so in its notes.
EXPECTED_STALE = frozenset(
    {
        "role-hq-head-takaichi",
        "role-ai-minister-onoda",
        "role-deputy-ccs-kihara",
        "expert-panel-chair",
    }
)

JAPANESE = "\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f"
HALF_WIDTH_NEXT_TO_JAPANESE = re.compile(rf"[{JAPANESE}]\s?[():]|[():]\s?[{JAPANESE}]")
PLACEHOLDER_TITLE = re.compile(
    r"not captured|title from|url slug|approximate|headline|page heading|title not"
    r"|見出し未取得|題名未取得",
    re.IGNORECASE,
)
OPENINGS_THAT_POINT_ELSEWHERE_EN = (
    "At the same", "The same", "It ", "Its ", "This ", "These ", "That ", "The Act ",
    "The Headquarters", "The plan", "The Basic Plan", "The interim summary", "The guidelines",
    "The meeting",
)  # fmt: skip
OPENINGS_THAT_POINT_ELSEWHERE_JA = ("同", "この", "本法", "本部", "当該", "その")
TRACES_OF_PRODUCTION = re.compile(
    r"/work/|/home/|/tmp/|/Users/|[A-Z]:\\|file://|shared/research|research folder|fact sheet"
    r"|ai-strategy-hq-facts",
    re.IGNORECASE,
)
ARTICLE_OPENING = re.compile(
    r"^(Under )?(Article|Chapter) [IVX\d]+ of the (Supplementary Provisions of the )?"
    r"AI Promotion Act|^Under the AI Promotion Act"
)


@cache
def shipped() -> Library:
    return load_library(default_library_dir())


def curation_date() -> dt.date:
    as_of = shipped().info.as_of
    assert as_of is not None
    return as_of


def test_shipped_library_loads_without_errors() -> None:
    library = shipped()
    assert not library.errors, "\n".join(map(str, library.errors))
    assert len(library.facts) >= 120
    assert all(fact.text.en and fact.text.ja for fact in library.facts.values())


def test_library_date_and_version_are_the_curation_date() -> None:
    library = shipped()
    newest_check = max(fact.as_of for fact in library.facts.values())
    assert curation_date() == newest_check
    assert library.info.version == curation_date().strftime("%Y.%m.%d")


def test_every_source_has_a_real_title_and_an_access_date() -> None:
    for source in shipped().sources.values():
        for title in (source.title, source.title_translated):
            assert not PLACEHOLDER_TITLE.search(title), f"{source.id}: placeholder title {title!r}"
        bracketed = source.title.startswith("[") and source.title.endswith("]")
        if source.title_devised:
            assert bracketed, source.id
        assert source.accessed is not None, f"{source.id}: no access date"
        assert source.accessed <= curation_date(), source.id


def _cited(fact: Fact, source_id: str) -> list[str]:
    return [ref.locator for ref in fact.sources if ref.source == source_id]


def _is_about_a_provision(fact: Fact) -> bool:
    return fact.topic == "provisions" or bool(ARTICLE_OPENING.match(fact.text.en))


def test_every_fact_on_a_provision_of_the_act_cites_e_gov_with_the_article() -> None:
    library = shipped()
    egov = library.sources[EGOV_ACT]
    assert egov.url == EGOV_URL
    provisions = [fact for fact in library.facts.values() if _is_about_a_provision(fact)]
    assert len(provisions) >= 20
    for fact in provisions:
        locators = _cited(fact, EGOV_ACT)
        assert locators, f"{fact.id} does not cite the e-Gov text"
        assert all(
            re.search(r"Art|Chapter|title|contents|promulgation", loc) for loc in locators
        ), fact.id


def _japanese_texts(library: Library) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = [(f"fact {f.id}", f.text.ja) for f in library.facts.values()]
    info = library.info
    texts += [("library name", info.name.ja), ("library description", info.description.ja)]
    texts += [(f"topic {topic.id}", topic.label.ja) for topic in info.topics]
    for source in library.sources.values():
        fields = [source.title, source.title_translated, source.publisher, source.published_note]
        texts += [
            (f"source {source.id}", text) for text in fields if re.search(f"[{JAPANESE}]", text)
        ]
    return texts


def test_japanese_text_has_no_half_width_brackets_or_colons_next_to_japanese() -> None:
    offending = [
        f"{where}: {match.group()!r} in {text[:60]!r}"
        for where, text in _japanese_texts(shipped())
        if (match := HALF_WIDTH_NEXT_TO_JAPANESE.search(text))
    ]
    assert not offending, "\n".join(offending)


def test_japanese_text_follows_the_naming_rule_for_the_headquarters_and_the_act() -> None:
    for fact in shipped().facts.values():
        if fact.id == "act-short-names":  # the one fact that lists the other names
            continue
        assert "AI戦略本部" not in fact.text.ja, fact.id
        assert "AI推進法" not in fact.text.ja, fact.id


def test_no_fact_begins_with_a_reference_to_another_fact() -> None:
    for fact in shipped().facts.values():
        assert not fact.text.en.startswith(OPENINGS_THAT_POINT_ELSEWHERE_EN), fact.id
        assert not fact.text.ja.startswith(OPENINGS_THAT_POINT_ELSEWHERE_JA), fact.id


def test_every_time_bound_fact_carries_a_review_date() -> None:
    for fact in shipped().facts.values():
        if fact.status is not Status.SUPERSEDED and TIME_BOUND_TAGS & set(fact.tags):
            assert fact.review_by is not None, f"{fact.id} is time-bound but has no review date"


def test_unverified_facts_say_so_in_both_languages() -> None:
    for fact in shipped().facts.values():
        if fact.status is Status.UNVERIFIED:
            assert fact.text.en.startswith("Unverified:"), fact.id
            assert fact.text.ja.startswith("未確認："), fact.id


def test_superseded_facts_point_to_a_successor_that_is_not_superseded() -> None:
    library = shipped()
    for fact in library.facts.values():
        if fact.status is Status.SUPERSEDED:
            assert fact.superseded_by is not None
            successor = library.facts[fact.superseded_by]
            assert successor.status is not Status.SUPERSEDED, fact.id
            assert successor.date is not None and fact.date is not None
            assert successor.date.first_day() >= fact.date.first_day(), fact.id


def test_only_facts_whose_review_date_has_truly_passed_are_stale() -> None:
    library = load_library(default_library_dir(), today=curation_date())
    stale = {fact.id for fact in library.facts.values() if fact.is_stale(curation_date())}
    assert stale == EXPECTED_STALE
    # The same list `briefgen library stale` prints.
    listed = review(library, today=curation_date()).groups
    assert {item.entry_id for item in listed[ReviewReason.REVIEW_DUE]} == EXPECTED_STALE
    assert not listed.get(ReviewReason.NO_ACCESS_DATE)
    for fact_id in stale:
        fact = library.facts[fact_id]
        # Not re-confirmed at curation: the last check is older than the library's date.
        assert fact.as_of < curation_date(), fact_id
        assert "review date has passed" in fact.notes, fact_id


@pytest.mark.parametrize(
    "path", sorted(default_library_dir().rglob("*.yaml")), ids=lambda p: p.name
)
def test_no_file_names_a_research_folder_or_a_machine_path(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    match = TRACES_OF_PRODUCTION.search(text)
    assert match is None, f"{path.name}: {match.group() if match else ''}"
    assert not any(line.lstrip().startswith("#") for line in text.splitlines()), path.name


def test_the_seed_article_claim_about_article_7_is_recorded_as_wrong() -> None:
    library = shipped()
    correction = library.facts["seed-claim-art7"]
    assert correction.status is Status.CONFIRMED
    assert _cited(correction, EGOV_ACT) == ["Art. 7"]
    assert "says nothing about" in correction.text.en
    assert "is correct" not in library.facts["art7-operators"].notes


def _source(source_id: str) -> Source:
    return shipped().sources[source_id]


def test_sources_read_in_archived_copies_say_so() -> None:
    for source in shipped().sources.values():
        if source.url and source.id != EGOV_ACT:
            assert "2026-11-29" in source.notes, source.id
    assert "could not be opened" in _source(EGOV_ACT).notes
