"""Saving and opening .brief files; conflicts; reviewing a brief against a newer library."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefgen.core.brief.file import (
    BriefFileError,
    ChangeKind,
    ConflictError,
    FileStamp,
    decode_brief,
    encode_brief,
    load_brief,
    review_brief,
    save_brief,
    update_brief,
)
from briefgen.core.brief.model import (
    Brief,
    FactItem,
    LanguageMode,
    NoteItem,
    Section,
    move_item,
    reword_fact,
)
from briefgen.core.library.model import Bilingual
from briefgen.core.library.store import load_library
from tests.conftest import FACTS_YAML, LibraryFactory


def sample_brief() -> Brief:
    return Brief(
        template="policy-brief",
        title=Bilingual("Brief", "ブリーフ"),
        language=LanguageMode.BILINGUAL,
        date=dt.date(2026, 11, 25),
        sections=(
            Section(
                "summary",
                Bilingual("Summary", "概要"),
                (
                    FactItem("hq-established", "abc", Bilingual("Reworded", "")),
                    NoteItem("note-1", Bilingual("Note <&>", "メモ")),
                ),
            ),
            Section("timeline", Bilingual("Timeline", "経緯"), (FactItem("act-enacted"),), "table"),
        ),
        library_version="test-1",
        library_digest="d1",
    )


def test_brief_survives_a_save_and_open(tmp_path: Path) -> None:
    path = tmp_path / "b.brief"
    stamp = save_brief(path, sample_brief(), expected=None)
    loaded, loaded_stamp = load_brief(path)
    assert loaded == sample_brief()
    assert loaded_stamp == stamp


def test_brief_file_is_versioned_json_referencing_facts_by_id(tmp_path: Path) -> None:
    data = json.loads(encode_brief(sample_brief()))
    assert data["format"] == "briefgen-brief"
    assert data["format_version"] == 2
    assert data["library"] == {"version": "test-1", "digest": "d1"}
    assert data["sections"][0]["items"][0] == {
        "fact": "hq-established",
        "fingerprint": "abc",
        "reword": {"en": "Reworded", "ja": ""},
    }


def test_a_brief_saved_before_names_were_bilingual_opens_with_english_names() -> None:
    data = json.loads(encode_brief(sample_brief()))
    data["format_version"] = 1
    data["author"], data["organisation"] = "A. Analyst", "Policy Unit"
    brief = decode_brief(json.dumps(data).encode("utf-8"))
    assert brief.author == Bilingual("A. Analyst", "")
    assert brief.organisation == Bilingual("Policy Unit", "")


def test_saving_over_a_file_changed_by_someone_else_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "b.brief"
    stamp = save_brief(path, sample_brief(), expected=None)
    path.write_text(path.read_text(encoding="utf-8").replace("Brief", "Theirs"), encoding="utf-8")
    with pytest.raises(ConflictError, match="changed by someone else"):
        save_brief(path, sample_brief(), expected=stamp)
    assert "Theirs" in path.read_text(encoding="utf-8")
    save_brief(path, sample_brief(), expected=stamp, overwrite=True)
    assert "Theirs" not in path.read_text(encoding="utf-8")


def test_save_as_onto_an_existing_file_needs_consent(tmp_path: Path) -> None:
    path = tmp_path / "b.brief"
    path.write_text("something else")
    with pytest.raises(ConflictError, match="already exists"):
        save_brief(path, sample_brief(), expected=None)


def test_unwritable_folder_gives_a_clear_error_and_keeps_the_old_file(tmp_path: Path) -> None:
    with pytest.raises(BriefFileError, match="does not exist"):
        save_brief(tmp_path / "missing" / "b.brief", sample_brief(), expected=None)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not valid JSON"),
        (b"{", "b.brief:1: not valid JSON"),
        (b'{"format": "other"}', "not a briefgen brief file"),
        (b"\xff\xfe", "not UTF-8"),
        (b'{"format": "briefgen-brief", "format_version": 99}', "newer briefgen"),
        (
            b'{"format": "briefgen-brief", "format_version": 1, "template": "x", '
            b'"date": "2025-13-01"}',
            "brief.date: must be a YYYY-MM-DD date",
        ),
        (
            b'{"format": "briefgen-brief", "format_version": 1, "template": "x", '
            b'"date": "2025-01-01", "sections": [{"id": "s", "items": [{"x": 1}]}]}',
            r"sections\[0\].items\[0\]: must be a fact or a note",
        ),
        (b"[" * 100_000, "b.brief"),
        (b'{"format_version": ' + b"9" * 5000 + b"}", "not a briefgen brief file"),
    ],
)
def test_broken_brief_files_give_one_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(BriefFileError, match=message):
        decode_brief(data, "b.brief")


def test_opening_a_folder_or_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BriefFileError, match="no such file"):
        load_brief(tmp_path / "none.brief")
    with pytest.raises(BriefFileError, match="is a folder"):
        load_brief(tmp_path)


def test_edits_return_new_briefs_and_leave_the_old_one_alone() -> None:
    brief = sample_brief()
    moved = move_item(brief, ("summary", 0), ("timeline", 1))
    assert moved.section("timeline") is not None
    assert moved.fact_ids() == ["act-enacted", "hq-established"]
    assert brief.fact_ids() == ["hq-established", "act-enacted"]
    restored = reword_fact(brief, "summary", 0, None)
    item = restored.sections[0].items[0]
    assert isinstance(item, FactItem) and item.reword is None


def test_review_flags_changed_superseded_and_removed_facts(make_library: LibraryFactory) -> None:
    old = load_library(make_library(name="old"))
    brief = Brief(
        template="policy-brief",
        title=Bilingual("B", "B"),
        sections=(
            Section(
                "s",
                Bilingual("S", "S"),
                tuple(FactItem(f.id, f.fingerprint()) for f in old.facts.values()),
            ),
        ),
    )
    newer_facts = (
        FACTS_YAML.replace("罰則規定を設けていない", "罰則規定を置いていない")
        .replace(
            "    status: confirmed\n    sources: [cao]\n",
            "    status: superseded\n    superseded_by: successor\n    sources: [cao]\n",
            1,
        )
        .replace("  - id: act-enacted", "  - id: act-enacted-renamed")
        + "  - id: successor\n    topic: headquarters\n    en: New.\n    ja: 新。\n"
        "    as_of: 2025-10-03\n    status: confirmed\n    sources: [cao]\n"
    )
    new = load_library(make_library({"facts/facts.yaml": newer_facts}, name="new"))
    changes = {(c.fact_id, c.kind, c.successor) for c in review_brief(brief, new)}
    assert changes == {
        ("hq-established", ChangeKind.SUPERSEDED, "successor"),
        ("act-no-penalties", ChangeKind.CHANGED, None),
        ("act-enacted", ChangeKind.REMOVED, None),
    }
    updated = update_brief(brief, new)
    assert updated.fact_ids() == ["successor", "act-no-penalties"]
    assert review_brief(updated, new) == []
    assert updated.library_digest == new.content_digest


def test_stamp_of_missing_file_is_none(tmp_path: Path) -> None:
    assert FileStamp.of_file(tmp_path / "none") is None


def test_text_that_utf8_cannot_hold_is_saved_as_a_replacement_character(tmp_path: Path) -> None:
    brief = sample_brief()
    broken = Brief(template=brief.template, title=Bilingual("A\ud800B", ""), date=brief.date)
    save_brief(tmp_path / "b.brief", broken, expected=None)
    loaded, _ = load_brief(tmp_path / "b.brief")
    assert loaded.title.en == "A\ufffdB"
