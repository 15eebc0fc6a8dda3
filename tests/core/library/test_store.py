"""One library store: the search index holds what the assembled library accepted, nothing else."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

from briefgen.core.library.store import open_library
from tests.conftest import FACTS_YAML, LibraryFactory

DUPLICATE = """\
facts:
  - id: act-enacted
    topic: act
    en: A second copy that mentions a zeppelin.
    ja: 飛行船に触れる二つ目の写し。
    as_of: 2025-05-28
    status: confirmed
    sources: [jiji]
"""

UNKNOWN_SOURCE = """\
facts:
  - id: orphan
    topic: act
    en: A fact about a walrus that cites nothing known.
    ja: セイウチの事実。
    as_of: 2025-05-28
    status: confirmed
    sources: [no-such-source]
"""


def _touch_later(path: Path, seconds: float = 5) -> None:
    later = time.time() + seconds
    os.utime(path, (later, later))


def test_a_duplicate_id_is_never_a_search_result(make_library: LibraryFactory) -> None:
    root = make_library({"facts/zz-duplicate.yaml": DUPLICATE})
    with open_library(root) as store:
        assert any("duplicate fact id" in p.message for p in store.library.errors)
        assert store.search("zeppelin") == []
        assert store.search("飛行船") == []
        assert store.search("Diet enacted") == ["act-enacted"]


def test_a_fact_citing_an_unknown_source_is_never_a_search_result(
    make_library: LibraryFactory,
) -> None:
    root = make_library({"facts/orphan.yaml": UNKNOWN_SOURCE})
    with open_library(root) as store:
        assert "orphan" not in store.library.facts
        assert store.search("walrus") == []
    with open_library(root) as warm:  # and not from the cache either
        assert warm.report.parsed == ()
        assert warm.search("walrus") == []


def test_removing_the_first_copy_makes_the_duplicate_searchable(
    make_library: LibraryFactory,
) -> None:
    root = make_library({"facts/zz-duplicate.yaml": DUPLICATE})
    open_library(root).close()
    facts_file = root / "facts" / "facts.yaml"
    facts_file.write_text(FACTS_YAML.split("  - id: act-enacted")[0], encoding="utf-8")
    _touch_later(facts_file)
    with open_library(root) as store:
        assert store.report.parsed == ("facts/facts.yaml",)
        assert store.library.errors == ()
        assert store.search("zeppelin") == ["act-enacted"]
        assert store.search("Diet enacted") == []


def test_a_fact_accepted_on_a_later_day_becomes_searchable_without_parsing(
    make_library: LibraryFactory,
) -> None:
    # Two days ahead of the first day: one day ahead passes (validate.CALENDAR_SLACK).
    body = FACTS_YAML.replace("    as_of: 2025-10-03", "    as_of: 2025-10-05")
    root = make_library({"facts/facts.yaml": body})
    with open_library(root, today=dt.date(2025, 10, 3)) as before:
        assert before.search("本部") == []
    with open_library(root, today=dt.date(2025, 10, 4)) as after:
        assert after.report.parsed == ()
        assert after.search("本部") == ["hq-established"]
    with open_library(root, today=dt.date(2025, 10, 3)) as again:
        assert again.search("本部") == []


def test_search_results_are_always_facts_of_the_library(make_library: LibraryFactory) -> None:
    root = make_library({"facts/zz-duplicate.yaml": DUPLICATE, "facts/orphan.yaml": UNKNOWN_SOURCE})
    with open_library(root) as store:
        for query in ("a", "the", "事実", "AI", "2025", "法"):
            assert set(store.search(query)) <= set(store.library.facts)


def test_a_file_name_that_is_not_utf8_is_read_and_searched(tmp_path: Path) -> None:
    root = tmp_path / os.fsdecode(b"lib-\x93\xfa\x96\x7b")  # 日本 in Shift-JIS
    for relative, body in {
        "library.yaml": (
            "name: {en: L, ja: L}\nversion: '1'\ntopics:\n  - {id: act, en: A, ja: A}\n"
        ),
        "sources/s.yaml": (
            "sources:\n  - {id: s, title: T, publisher: P, language: en, kind: law}\n"
        ),
        os.fsdecode(b"facts/\x8e\x96\x8e\xc0.yaml"): (
            "facts:\n  - id: f\n    topic: act\n    en: Quokka.\n    ja: クオッカ。\n"
            "    as_of: 2025-01-01\n    status: confirmed\n    sources: [s]\n"
        ),
    }.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body, encoding="utf-8")
    for _ in range(2):  # building the cache, then reading it
        with open_library(root) as store:
            assert store.library.errors == ()
            assert store.search("quokka") == ["f"]
            assert store.warnings == ()
