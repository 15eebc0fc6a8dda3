"""Ranked search on the shipped library: own text first, phrases, OR, exclusions, one letter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Status
from briefgen.core.library.store import LibraryStore, open_library
from briefgen.core.search.normalize import normalize
from briefgen.core.search.ranking import ONE_LETTER_RESULTS, SCORED_AT_MOST
from tests.conftest import LibraryFactory


@pytest.fixture(scope="module")
def shipped() -> Iterator[LibraryStore]:
    from briefgen.core.system.paths import default_library_dir

    with open_library(default_library_dir(), in_memory=True) as store:
        yield store


def own_text(library: Library, fact_id: str) -> str:
    fact = library.facts[fact_id]
    return normalize(f"{fact.text.en} {fact.text.ja}")


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("Basic Plan", ("basic plan",)),
        ("Onoda", ("onoda",)),
        ("小野田", ("小野田",)),
        ("Takaichi OR Ishiba", ("takaichi", "ishiba")),
        ("高市 OR 石破", ("高市", "石破")),
    ],
)
def test_top_results_mention_the_query_in_their_own_text(
    shipped: LibraryStore, query: str, wanted: tuple[str, ...]
) -> None:
    found = shipped.search(query)
    assert len(found) >= 5
    for fact_id in found[:5]:
        text = own_text(shipped.library, fact_id)
        assert any(word in text for word in wanted), (fact_id, text[:120])


def test_facts_found_only_through_their_sources_come_after_those_that_say_it(
    shipped: LibraryStore,
) -> None:
    found = shipped.search("Basic Plan")
    mentions = ["basic plan" in own_text(shipped.library, fact_id) for fact_id in found]
    assert not all(mentions), "the query should also find facts through source titles"
    first_other = mentions.index(False)
    assert all(mentions[:first_other]) and not any(mentions[first_other:])


def test_or_finds_either_word(shipped: LibraryStore) -> None:
    either = set(shipped.search("Takaichi OR Ishiba"))
    assert either == set(shipped.search("Takaichi")) | set(shipped.search("Ishiba"))
    assert set(shipped.search("Takaichi Ishiba")) < either
    assert set(shipped.search("高市 または 石破")) == set(shipped.search("高市 OR 石破"))
    assert set(shipped.search("高市 | 石破")) == set(shipped.search("高市 OR 石破"))


def test_a_minus_leaves_out_the_facts_with_that_word(shipped: LibraryStore) -> None:
    plan = set(shipped.search("基本計画"))
    cabinet = set(shipped.search("閣議"))
    assert plan & cabinet
    assert set(shipped.search("基本計画 -閣議")) == plan - cabinet
    assert set(shipped.search("基本計画 －閣議")) == plan - cabinet  # full-width minus
    assert set(shipped.search("Onoda -Takaichi")) == set(shipped.search("Onoda")) - set(
        shipped.search("Takaichi")
    )
    assert shipped.search("-Takaichi") == []  # an exclusion alone looks for nothing


def test_quotes_keep_the_words_of_a_phrase_together(make_library: LibraryFactory) -> None:
    with open_library(make_library(), in_memory=True) as store:
        assert store.search("strategy AI") == ["hq-established"]  # both words, any order
        assert store.search('"strategy AI"') == []  # not next to each other in that order
        assert store.search('"AI Strategy"') == ["hq-established"]
        assert store.search("“AI Strategy”") == ["hq-established"]
        assert store.search("「戦略本部」") == ["hq-established"]
        assert len(store.search('"ai"')) == 3


def test_one_letter_answers_with_a_few_best_matches(shipped: LibraryStore) -> None:
    library = shipped.library
    with_b = [
        f for f in library.facts if any(w.startswith("b") for w in own_text(library, f).split())
    ]
    found = shipped.search("B")
    assert len(with_b) > 3 * ONE_LETTER_RESULTS
    assert 0 < len(found) <= ONE_LETTER_RESULTS
    for fact_id in found:
        words = own_text(shipped.library, fact_id).split()
        assert any(word.startswith("b") for word in words), fact_id


def test_hits_carry_a_relevance_that_orders_each_group(shipped: LibraryStore) -> None:
    hits = shipped.hits("Onoda")
    scores = [score for _, score in hits]
    assert scores[0] > 0
    said = [fact_id for fact_id, _ in hits if "onoda" in own_text(shipped.library, fact_id)]
    said_scores = [score for fact_id, score in hits if fact_id in said]
    assert said_scores == sorted(said_scores, reverse=True)


def many_facts(prefix: str, count: int, text: str) -> str:
    """Return a facts file of ``count`` facts saying ``text``, ids ``prefix``-000 on."""
    entries = "".join(
        f"""  - id: {prefix}-{n:03d}
    topic: act
    en: Fact {n} says {text}.
    ja: 事実{n}。
    date: 2025-05-28
    as_of: 2025-05-28
    status: confirmed
    sources: [cao]
"""
        for n in range(count)
    )
    return "facts:\n" + entries


def test_a_query_matching_too_many_to_score_lists_them_in_library_order(
    make_library: LibraryFactory,
) -> None:
    # Two files, so that row ids run past a power of ten within and across files:
    # an order by text ("10" before "9") would show.
    files = {
        "facts/facts.yaml": many_facts("first", SCORED_AT_MOST, "alpha"),
        "facts/more.yaml": many_facts("second", 150, "alpha"),
    }
    with open_library(make_library(files), in_memory=True) as store:
        found = store.search("alpha")
        assert len(found) == SCORED_AT_MOST + 150
        assert found == list(store.library.facts)
        assert store.search("alpha -Fact") == []
        without_7 = store.search('alpha -"Fact 7 says"')
        # Left out of the leading facts too, not only of the rest.
        assert without_7 == [f for f in store.library.facts if not f.endswith("-007")]


@pytest.mark.parametrize("query", ["Takaichi OR Ishiba", "石破", "Ishiba"])
def test_current_facts_come_before_superseded_ones(shipped: LibraryStore, query: str) -> None:
    found = shipped.search(query)
    assert len(found) <= SCORED_AT_MOST  # every match ranked
    replaced = [shipped.library.facts[f].status is Status.SUPERSEDED for f in found]
    assert any(replaced), "the query should also find superseded facts (they are history)"
    first = replaced.index(True)
    assert not any(replaced[:first]) and all(replaced[first:]), found
