"""Search in both languages, short Japanese queries, and the incremental cache."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

import pytest

from briefgen.core.library.store import open_library
from briefgen.core.search import cache_db
from briefgen.core.search.cache_db import cache_path_for
from briefgen.core.search.index import FactIndex
from briefgen.core.search.query import Index, Query
from tests.conftest import FACTS_YAML, LibraryFactory


@pytest.fixture
def search(make_library: LibraryFactory) -> FactIndex:
    return open_library(make_library()).index


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("本", ["hq-established", "act-no-penalties"]),  # one character: 本部, 本法
        (
            "法",
            ["hq-established", "act-no-penalties", "act-enacted"],
        ),  # 本法, 推進法, AI法 (a source)
        ("本部", ["hq-established"]),  # two characters
        ("罰則", ["act-no-penalties"]),  # two characters
        ("戦略本部", ["hq-established"]),  # three or more: substring
        ("推進法", ["act-enacted"]),
        ("設置された", ["hq-established"]),
    ],
)
def test_japanese_queries_of_any_length_find_their_facts(
    search: FactIndex, query: str, expected: list[str]
) -> None:
    assert set(search.search(query)) == set(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("penalty", ["act-no-penalties"]),
        ("AI Strategy", ["hq-established"]),
        ("enact", ["act-no-penalties", "act-enacted"]),  # by prefix: "enacted", "Enacts" (a source)
        ('"AI Promotion Act"', ["act-enacted"]),  # quoted phrase
        ("Diet 2025", ["act-enacted"]),
        ("ai", ["hq-established", "act-no-penalties", "act-enacted"]),  # two letters
    ],
)
def test_english_queries_find_their_facts(
    search: FactIndex, query: str, expected: list[str]
) -> None:
    assert set(search.search(query)) == set(expected)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("AI 本部", ["hq-established"]),
        ("AI推進法", ["act-enacted"]),
        ("Diet 成立", ["act-enacted"]),
        ("penalty 法", ["act-no-penalties"]),
    ],
)
def test_mixed_japanese_and_english_queries_need_every_term(
    search: FactIndex, query: str, expected: list[str]
) -> None:
    assert set(search.search(query)) == set(expected)


def test_full_width_and_case_variants_match_like_the_user_expects(search: FactIndex) -> None:
    assert (
        search.search("ＡＩ　ｓｔｒａｔｅｇｙ")
        == search.search("ai strategy")
        == ["hq-established"]
    )
    assert search.search("PENALTY") == ["act-no-penalties"]


def test_source_titles_and_tags_are_searchable(search: FactIndex) -> None:
    assert set(search.search("全面施行")) == {"hq-established", "act-enacted"}  # a source title
    assert set(search.search("nippon.com")) == {"act-no-penalties", "act-enacted"}  # publisher
    assert set(search.search("timeline")) == {"hq-established", "act-enacted"}  # a tag


@pytest.mark.parametrize(
    ("query", "found"),
    [
        # As FTS5 syntax these would find act-enacted and both facts; taken
        # literally, "not" and "near" are words no fact holds. OR is briefgen's own
        # operator (either word), not FTS5's, and is tested with the query syntax.
        ("Act NOT penalty", []),
        ("NEAR(act diet)", []),
        ("AND", []),
        # Punctuation around a word is not syntax either: the word is searched.
        ("(本部", ["hq-established"]),
        ("^ai", ["hq-established", "act-no-penalties", "act-enacted"]),
        ("provisions*", ["act-no-penalties"]),
        ("col:x", []),
        ('"', []),
        ("*", []),
        ("-", []),
        ("", []),
        ("   ", []),
    ],
)
def test_queries_with_fts_syntax_are_taken_literally(
    search: FactIndex, query: str, found: list[str]
) -> None:
    # Which facts, not their order: ranking is tested on its own.
    assert sorted(search.search(query)) == sorted(found)


def test_words_that_are_fts_operators_are_found_as_words(make_library: LibraryFactory) -> None:
    facts = FACTS_YAML.replace(
        "en: The Act has no penalty provisions.",
        "en: The Act does NOT set penalties OR fines (see NEAR-term plans).",
    )
    index = open_library(make_library({"facts/facts.yaml": facts})).index
    for query in ("act NOT penal", "penalties OR fines", "not or", "NEAR-term", "AND not"):
        expected = [] if query == "AND not" else ["act-no-penalties"]
        assert index.search(query) == expected, query


def test_limit_returns_the_best_results_first(search: FactIndex) -> None:
    everything = search.search("the")
    assert len(everything) == 3
    assert search.search("the", limit=2) == everything[:2]


def test_query_terms_are_split_by_script() -> None:
    query = Query.parse("AI 本部 戦略本部 「法」")
    atoms = [atom for clause in query.clauses for term in clause.terms for atom in term.atoms]
    assert [(atom.index, atom.text, atom.prefix) for atom in atoms] == [
        (Index.WORDS, "ai", True),
        (Index.WORDS, "本部", False),
        (Index.LONG, "戦略本部", False),
        (Index.WORDS, "法", False),
    ]


def test_warm_start_with_nothing_changed_parses_nothing(make_library: LibraryFactory) -> None:
    root = make_library()
    first = open_library(root)
    first.index.close()
    assert set(first.report.parsed) == {"library.yaml", "sources/sources.yaml", "facts/facts.yaml"}

    second = open_library(root)
    assert second.report.parsed == ()
    assert second.report.reindexed_facts == 0
    assert set(second.library.facts) == set(first.library.facts)
    assert second.index.search("本部") == ["hq-established"]


def test_changed_file_alone_is_parsed_again_and_reindexed(make_library: LibraryFactory) -> None:
    root = make_library({"facts/other.yaml": "facts:\n"})
    open_library(root).index.close()
    facts_file = root / "facts" / "facts.yaml"
    facts_file.write_text(FACTS_YAML.replace("罰則規定", "処罰規定"), encoding="utf-8")
    later = time.time() + 5
    os.utime(facts_file, (later, later))

    reopened = open_library(root)
    assert reopened.report.parsed == ("facts/facts.yaml",)
    assert reopened.index.search("処罰") == ["act-no-penalties"]
    assert reopened.index.search("罰則") == []


def test_removed_and_added_files_are_reflected(make_library: LibraryFactory) -> None:
    root = make_library()
    open_library(root).index.close()
    (root / "facts" / "facts.yaml").rename(root / "facts" / "renamed.yaml")
    reopened = open_library(root)
    assert reopened.report.removed == ("facts/facts.yaml",)
    assert reopened.report.parsed == ("facts/renamed.yaml",)
    assert reopened.index.search("本部") == ["hq-established"]


def test_changed_source_title_is_found_without_reparsing_facts(
    make_library: LibraryFactory,
) -> None:
    root = make_library()
    open_library(root).index.close()
    sources = root / "sources" / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8").replace("全面施行", "完全施行"), encoding="utf-8"
    )
    later = time.time() + 5
    os.utime(sources, (later, later))
    reopened = open_library(root)
    assert reopened.report.parsed == ("sources/sources.yaml",)
    assert set(reopened.index.search("完全施行")) == {"hq-established", "act-enacted"}


def test_corrupt_cache_is_rebuilt(make_library: LibraryFactory) -> None:
    root = make_library()
    open_library(root).index.close()
    cache = cache_path_for(root)
    for suffix in ("-wal", "-shm"):
        Path(str(cache) + suffix).unlink(missing_ok=True)
    cache.write_bytes(b"this is not a database" * 100)
    reopened = open_library(root)
    assert reopened.index.search("本部") == ["hq-established"]
    assert len(reopened.report.parsed) == 3


def test_a_sound_cache_is_opened_without_waiting_for_its_lock(
    make_library: LibraryFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading a warm cache takes no lock: a command that only exports does not
    # wait for another process writing, nor pay for locking (docs/benchmarks.md).
    root = make_library()
    open_library(root).index.close()

    def locked(path: Path) -> None:
        raise AssertionError("the cache's lock was taken")

    monkeypatch.setattr(cache_db, "cache_lock", locked)
    reopened = open_library(root)
    assert reopened.index.path == cache_path_for(root)
    assert reopened.index.search("本部") == ["hq-established"]
    assert reopened.report.parsed == ()


def test_a_cache_of_another_schema_is_made_again(make_library: LibraryFactory) -> None:
    root = make_library()
    open_library(root).index.close()
    with sqlite3.connect(cache_path_for(root)) as conn:
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
    reopened = open_library(root)
    assert reopened.index.path == cache_path_for(root)
    assert reopened.index.search("本部") == ["hq-established"]
    assert len(reopened.report.parsed) == 3
    reopened.index.close()
    with sqlite3.connect(cache_path_for(root)) as conn:
        (schema,) = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    assert schema == cache_db.SCHEMA_VERSION


def test_unwritable_cache_folder_falls_back_to_memory(
    make_library: LibraryFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(blocker))
    indexed = open_library(make_library())
    assert indexed.index.path is None
    assert indexed.index.search("本部") == ["hq-established"]


def test_broken_file_does_not_stop_search_over_the_rest(make_library: LibraryFactory) -> None:
    root = make_library({"facts/broken.yaml": "facts: [unclosed"})
    indexed = open_library(root)
    assert indexed.index.search("本部") == ["hq-established"]
    assert any(p.path == "facts/broken.yaml" for p in indexed.library.errors)


def test_search_stays_right_after_another_process_rebuilds_the_shared_cache(
    make_library: LibraryFactory,
) -> None:
    root = make_library()
    ours = open_library(root)
    assert ours.index.search("penalty") == ["act-no-penalties"]
    # Another process (a second window, the CLI) sees a new file that shifts
    # every row id, and rebuilds the cache the two share.
    (root / "facts" / "aaa.yaml").write_text(
        "facts:\n  - id: first\n    topic: act\n    en: Zebra.\n    ja: 縞馬。\n"
        "    as_of: 2025-01-01\n    status: confirmed\n    sources: [cao]\n",
        encoding="utf-8",
    )
    open_library(root).index.close()
    assert ours.index.search("penalty") == ["act-no-penalties"]
    # Ours holds the library as it was: a fact it does not hold is not a result.
    assert ours.index.search("zebra") == []


def test_checks_that_depend_on_the_day_are_not_frozen_in_the_cache(
    make_library: LibraryFactory,
) -> None:
    # Two days ahead: a day ahead is accepted (time zones; see validate.CALENDAR_SLACK).
    body = FACTS_YAML.replace("    as_of: 2025-10-03", "    as_of: 2025-10-05")
    root = make_library({"facts/facts.yaml": body})
    before = open_library(root, today=dt.date(2025, 10, 3))
    assert "hq-established" not in before.library.facts
    assert any("in the future" in p.message for p in before.library.errors)
    before.index.close()
    next_day = open_library(root, today=dt.date(2025, 10, 4))  # now only a day ahead
    assert next_day.report.parsed == ()
    assert "hq-established" in next_day.library.facts


def test_a_repeated_or_warmed_query_is_answered_from_the_kept_results(
    search: FactIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    search.warm(["a"])
    first = search.search("penalty")
    calls: list[object] = []
    real = search._search

    def counting(query: Query) -> tuple[list[str], dict[str, float], bool]:
        calls.append(query)
        return real(query)

    monkeypatch.setattr(search, "_search", counting)
    again = search.search("Penalty")  # the same query once normalised
    assert again == first == ["act-no-penalties"]
    again.append("changed by the caller")
    assert search.search("penalty") == first  # callers get copies
    assert search.search("a")  # warmed
    assert calls == []
    assert search.search("penalty", limit=1) == first  # a limit cuts the kept results
    assert calls == []
    search.search("penalties")
    assert len(calls) == 1


def test_kept_results_are_dropped_when_the_library_changes(make_library: LibraryFactory) -> None:
    root = make_library()
    indexed = open_library(root)
    assert indexed.index.search("罰則") == ["act-no-penalties"]
    facts_file = root / "facts" / "facts.yaml"
    facts_file.write_text(FACTS_YAML.replace("罰則規定", "処罰規定"), encoding="utf-8")
    later = time.time() + 5
    os.utime(facts_file, (later, later))
    indexed.index.sync(root)
    assert indexed.index.search("罰則") == []
    assert indexed.index.search("処罰") == ["act-no-penalties"]
