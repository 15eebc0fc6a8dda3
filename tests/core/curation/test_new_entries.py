"""New entries get an unused id made from their text, and the file of their topic or kind."""

from __future__ import annotations

from pathlib import Path

from briefgen.core.curation.new_entries import (
    fact_file_for,
    is_id_free,
    propose_fact_id,
    propose_source_id,
    slug,
    source_file_for,
    unique_id,
)
from briefgen.core.library.model import SourceKind
from briefgen.core.library.store import load_library
from tests.conftest import FACTS_YAML, LibraryFactory


def test_an_id_is_made_of_the_meaningful_words_of_the_text() -> None:
    assert slug("The Headquarters met for the first time on 12 September 2025.") == (
        "headquarters-met-first-time-12-september"
    )
    assert slug("Café «déjà» vu") == "cafe-deja-vu"
    assert slug("人工知能戦略本部") == ""


def test_an_id_in_use_gets_the_first_free_number() -> None:
    assert unique_id("act", set()) == "act"
    assert unique_id("act", {"act", "act-2"}) == "act-3"


def test_a_proposed_fact_id_is_not_used_by_any_fact(make_library: LibraryFactory) -> None:
    library = load_library(make_library())
    assert propose_fact_id(library, "act", "Act enacted") == "act-enacted-2"
    assert propose_fact_id(library, "act", "") == "act-fact"
    assert propose_fact_id(library, "act", "本法は成立した") == "act-fact"


def test_an_id_held_by_an_entry_left_out_for_errors_is_not_free(
    make_library: LibraryFactory,
) -> None:
    broken = FACTS_YAML + "  - id: act-broken\n    topic: act\n    en: x\n    as_of: 2025-05-28\n"
    library = load_library(make_library({"facts/facts.yaml": broken}))
    assert "act-broken" not in library.facts
    assert not is_id_free(library, "fact", "act-broken")
    assert propose_fact_id(library, "act", "Act broken") == "act-broken-2"
    assert is_id_free(library, "source", "new-source")
    assert not is_id_free(library, "source", "cao")


def test_a_proposed_source_id_comes_from_the_title_or_its_translation(
    make_library: LibraryFactory,
) -> None:
    library = load_library(make_library())
    assert propose_source_id(library, "AI法 全面施行", "The AI Act in force") == "ai-act-force"
    assert propose_source_id(library, "人工知能基本計画", "The AI Basic Plan") == "ai-basic-plan"
    assert propose_source_id(library, "人工知能基本計画") == "source"
    assert propose_source_id(library, "AI法") == "ai"


def test_a_new_fact_goes_to_the_file_holding_its_topic(make_library: LibraryFactory) -> None:
    library = load_library(make_library())
    assert fact_file_for(library, "act") == "facts/facts.yaml"
    assert fact_file_for(library, "people") == "facts/people.yaml"


def test_a_new_source_goes_to_the_file_holding_its_kind(tmp_path: Path) -> None:
    library = load_library(Path(__file__).resolve().parents[3] / "resources" / "library")
    assert source_file_for(library, SourceKind.GOVERNMENT) == "sources/government.yaml"
    assert source_file_for(library, SourceKind.NEWS) == "sources/news.yaml"
