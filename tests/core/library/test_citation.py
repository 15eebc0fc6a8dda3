"""A fact copied with its citation."""

from __future__ import annotations

from briefgen.core.library.citation import fact_with_citation
from briefgen.core.library.store import open_library
from tests.conftest import LibraryFactory


def test_a_fact_is_followed_by_its_sources_title_publisher_and_address(
    make_library: LibraryFactory,
) -> None:
    with open_library(make_library(), in_memory=True) as store:
        library = store.library
        fact = library.facts["hq-established"]
        english = fact_with_citation(fact, library, "en")
        japanese = fact_with_citation(fact, library, "ja")
    assert english == (
        "The AI Strategy Headquarters was established on 1 September 2025. "
        "[The AI Act in full force, 内閣府, 2025-10-03, "
        "https://www.cao.go.jp/press/new_wave/20251003.html]"
    )
    assert japanese.startswith("人工知能戦略本部は2025年9月1日に設置された。 [AI法 全面施行")
