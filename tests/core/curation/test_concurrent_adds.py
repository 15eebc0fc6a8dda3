"""Two editors add one id to different files: the second sees a conflict, never a duplicate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec
import pytest

from briefgen.core.curation.edit import (
    EditConflictError,
    EditIdTakenError,
    LibraryEditor,
)
from briefgen.core.library.model import (
    Bilingual,
    Fact,
    Origin,
    Source,
    SourceKind,
    SourceRef,
    Status,
)
from briefgen.core.library.store import load_library
from tests.conftest import LibraryFactory


def _fact(fact_id: str) -> Fact:
    return Fact(
        id=fact_id,
        text=Bilingual(en="The Headquarters met again.", ja="本部は再び会合を開いた。"),
        topic="headquarters",
        as_of=dt.date(2026, 1, 5),
        status=Status.CONFIRMED,
        sources=(SourceRef("cao"),),
        origin=Origin("", 0),
    )


def test_an_id_added_in_another_file_meanwhile_is_a_conflict_then_taken(
    make_library: LibraryFactory,
) -> None:
    root = make_library()
    mine, theirs = LibraryEditor(load_library(root)), LibraryEditor(load_library(root))
    theirs.add_fact(_fact("hq-met-again"), "facts/other.yaml")
    with pytest.raises(EditConflictError) as raised:
        mine.add_fact(_fact("hq-met-again"), "facts/facts.yaml")
    assert raised.value.path == "facts/other.yaml"
    with pytest.raises(EditIdTakenError) as taken:
        LibraryEditor(load_library(root)).add_fact(_fact("hq-met-again"), "facts/facts.yaml")
    assert (taken.value.entry, taken.value.entry_id) == ("fact", "hq-met-again")
    assert "hq-met-again" not in (root / "facts" / "facts.yaml").read_text(encoding="utf-8")


def test_a_source_file_created_meanwhile_is_a_conflict_for_an_added_source(
    make_library: LibraryFactory,
) -> None:
    root = make_library()
    mine = LibraryEditor(load_library(root))
    source = Source(
        id="new-source", title="A title", publisher="A publisher", language="en",
        kind=SourceKind.NEWS, origin=Origin("", 0),
    )  # fmt: skip
    LibraryEditor(load_library(root)).add_source(source, "sources/imported.yaml")
    with pytest.raises(EditConflictError):
        mine.add_source(msgspec.structs.replace(source, id="other"), "sources/sources.yaml")


def test_edits_of_an_existing_entry_ignore_changes_to_other_files(
    make_library: LibraryFactory, tmp_path: Path
) -> None:
    root = make_library()
    mine = LibraryEditor(load_library(root))
    LibraryEditor(load_library(root)).add_fact(_fact("hq-met-again"), "facts/other.yaml")
    fact = mine.library.facts["act-enacted"]
    mine.edit_fact(msgspec.structs.replace(fact, notes="Still true."))
    assert load_library(root).facts["act-enacted"].notes == "Still true."
