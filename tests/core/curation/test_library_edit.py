"""Edits through the core API change only their own lines, pass `library check`, lose nothing."""

from __future__ import annotations

import datetime as dt
import difflib
import subprocess
import sys
import time
from pathlib import Path

import msgspec
import pytest

from briefgen.cli import main
from briefgen.core.curation.edit import (
    EditConflictError,
    EditError,
    EditRejectedError,
    LibraryEditor,
)
from briefgen.core.library.dates import PartialDate
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

ROOT = Path(__file__).resolve().parents[3]

COMMENTED_FACTS = """\
# Facts about the Act. Keep this header.
facts:
  # The enactment, from two sources.
  - id: act-enacted
    topic: act
    tags: [timeline]      # shown in the chronology
    en: "The Diet enacted the AI Promotion Act on 28 May 2025."
    ja: 'AI推進法は2025年5月28日に成立した。'
    date: 2025-05-28
    as_of: 2025-05-28
    status: confirmed
    sources: [jiji, cao]

  - id: act-no-penalties
    topic: act
    en: The Act has no penalty provisions.
    ja: 本法は罰則規定を設けていない。
    as_of: 2025-05-28
    status: single-source
    sources:
      - source: jiji
        locator: para. 3   # the third paragraph
  - id: hq-established
    topic: headquarters
    en: The AI Strategy Headquarters was established on 1 September 2025.
    ja: 人工知能戦略本部は2025年9月1日に設置された。
    date: 2025-09-01
    as_of: 2025-10-03
    status: confirmed
    sources: [cao]
# The end of the file.
"""


@pytest.fixture
def root(make_library: LibraryFactory) -> Path:
    return make_library({"facts/facts.yaml": COMMENTED_FACTS})


def _diff(before: str, after: str) -> list[str]:
    """Return the changed lines of a unified diff (no context), as git shows them."""
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def _check_passes(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["library", "check", "--library", str(root)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "0 errors" in out


def _new_fact(fact_id: str = "hq-first-meeting", **changes: object) -> Fact:
    fact = Fact(
        id=fact_id,
        text=Bilingual(
            en="The Headquarters met for the first time on 12 September 2025.",
            ja="本部は2025年9月12日に初会合を開いた。",
        ),
        topic="headquarters",
        as_of=dt.date(2025, 10, 3),
        status=Status.CONFIRMED,
        sources=(SourceRef("cao", locator="p. 2"),),
        origin=Origin("", 0),
        tags=("timeline",),
        date=PartialDate(2025, 9, 12),
    )
    return msgspec.structs.replace(fact, **changes)


def test_adding_a_fact_appends_it_and_touches_no_other_line(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = root / "facts" / "facts.yaml"
    before = file.read_text(encoding="utf-8")
    LibraryEditor(load_library(root)).add_fact(_new_fact(), "facts/facts.yaml")
    after = file.read_text(encoding="utf-8")
    assert after.startswith(before)  # the existing lines, comments and all, are untouched
    assert _diff(before, after) == [
        "+  - id: hq-first-meeting",
        "+    topic: headquarters",
        "+    tags:",
        "+      - timeline",
        "+    en: The Headquarters met for the first time on 12 September 2025.",
        "+    ja: 本部は2025年9月12日に初会合を開いた。",
        "+    date: 2025-09-12",
        "+    as_of: 2025-10-03",
        "+    status: confirmed",
        "+    sources:",
        "+      - source: cao",
        "+        locator: p. 2",
    ]
    _check_passes(root, capsys)
    assert load_library(root).facts["hq-first-meeting"].sources[0].locator == "p. 2"


def test_editing_a_fact_changes_only_its_changed_lines(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = root / "facts" / "facts.yaml"
    before = file.read_text(encoding="utf-8")
    library = load_library(root)
    fact = library.facts["act-enacted"]
    edited = msgspec.structs.replace(
        fact,
        text=msgspec.structs.replace(fact.text, en="The Diet passed the AI Promotion Act."),
        review_by=dt.date(2026, 5, 28),
    )
    LibraryEditor(library).edit_fact(edited)
    after = file.read_text(encoding="utf-8")
    assert _diff(before, after) == [
        '-    en: "The Diet enacted the AI Promotion Act on 28 May 2025."',
        '+    en: "The Diet passed the AI Promotion Act."',
        "+    review_by: 2026-05-28",
    ]
    _check_passes(root, capsys)


def test_superseding_a_fact_adds_the_new_one_and_marks_the_old(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = root / "facts" / "facts.yaml"
    before = file.read_text(encoding="utf-8")
    new = _new_fact(
        "act-no-penalties-2026",
        topic="act",
        text=Bilingual(en="The Act still has no penalties.", ja="本法には依然として罰則がない。"),
        tags=(),
        date=None,
        sources=(SourceRef("jiji"),),
    )
    LibraryEditor(load_library(root)).supersede_fact("act-no-penalties", new)
    after = file.read_text(encoding="utf-8")
    changed = _diff(before, after)
    assert changed[:3] == [
        "-    status: single-source",
        "+    status: superseded",
        "+    superseded_by: act-no-penalties-2026",
    ]
    assert changed[3] == "+  - id: act-no-penalties-2026"
    assert all(line.startswith("+") for line in changed[3:])
    assert "        locator: para. 3   # the third paragraph" in after
    _check_passes(root, capsys)
    library = load_library(root)
    assert library.latest_version_of("act-no-penalties") == library.facts["act-no-penalties-2026"]


def test_adding_a_source_appends_it(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = root / "sources" / "sources.yaml"
    before = file.read_text(encoding="utf-8")
    source = Source(
        id="paper",
        title="人工知能戦略本部の設置について",
        publisher="Example Press",
        language="ja",
        kind=SourceKind.COMMENTARY,
        origin=Origin("", 0),
        authors=("山田 太郎",),
        doi="10.1234/x.1",
        accessed=dt.date(2025, 10, 1),
    )
    LibraryEditor(load_library(root)).add_source(source, "sources/sources.yaml")
    after = file.read_text(encoding="utf-8")
    assert after.startswith(before)
    assert "+    title: 人工知能戦略本部の設置について" in _diff(before, after)
    _check_passes(root, capsys)
    assert load_library(root).sources["paper"].authors == ("山田 太郎",)


def test_a_text_that_yaml_1_1_reads_as_another_type_is_quoted(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = load_library(root)
    fact = library.facts["act-enacted"]
    for text in ("yes", "off", "010", "1:20", "null", "2025-01-01", "~", "0x1F"):
        edited = msgspec.structs.replace(fact, notes=text)
        editor = LibraryEditor(library)
        editor.edit_fact(edited)
        library = load_library(root)
        assert library.facts["act-enacted"].notes == text
    _check_passes(root, capsys)


def test_a_change_on_disk_since_loading_is_never_overwritten(root: Path) -> None:
    file = root / "facts" / "facts.yaml"
    library = load_library(root)
    someone_else = file.read_text(encoding="utf-8").replace("para. 3", "para. 4")
    file.write_text(someone_else, encoding="utf-8")
    fact = library.facts["act-enacted"]
    with pytest.raises(EditConflictError, match=r"facts/facts\.yaml changed on disk"):
        LibraryEditor(library).edit_fact(msgspec.structs.replace(fact, notes="mine"))
    assert file.read_text(encoding="utf-8") == someone_else


def test_an_edit_that_breaks_a_rule_is_refused_before_writing(root: Path) -> None:
    file = root / "facts" / "facts.yaml"
    before = file.read_text(encoding="utf-8")
    library = load_library(root)
    bad = msgspec.structs.replace(library.facts["act-enacted"], sources=(SourceRef("nowhere"),))
    with pytest.raises(EditRejectedError, match="cites unknown source 'nowhere'"):
        LibraryEditor(library).edit_fact(bad)
    assert file.read_text(encoding="utf-8") == before


_EDITING_CHILD = """
import sys, datetime as dt
from pathlib import Path
import msgspec
from briefgen.core.curation.edit import EditConflictError, LibraryEditor
from briefgen.core.library.model import Bilingual, Fact, Origin, SourceRef, Status
from briefgen.core.library.store import load_library
root, name, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
retries = 0
for n in range(count):
    fact = Fact(id=f"{name}-{n}", text=Bilingual(en=f"Edit {n} by {name}.", ja="編集。"),
                topic="act", as_of=dt.date(2025, 5, 28), status=Status.CONFIRMED,
                sources=(SourceRef("jiji"),), origin=Origin("", 0))
    while True:  # compare and retry: reload when someone else saved first
        try:
            LibraryEditor(load_library(root)).add_fact(fact, "facts/facts.yaml")
            break
        except EditConflictError:
            retries += 1
print(retries)
"""


@pytest.mark.slow
def test_two_processes_editing_one_file_lose_no_edit(root: Path) -> None:
    count = 12
    children = [
        subprocess.Popen(
            [sys.executable, "-c", _EDITING_CHILD, str(root), name, str(count)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("alice", "bob")
    ]
    started = time.monotonic()
    for child in children:
        _, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
    assert time.monotonic() - started < 300
    library = load_library(root)
    assert library.errors == ()
    for name in ("alice", "bob"):
        assert all(f"{name}-{n}" in library.facts for n in range(count))
    assert len(library.facts) == 3 + 2 * count


def test_retiring_a_fact_removes_only_its_lines(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = root / "facts" / "facts.yaml"
    before = file.read_text(encoding="utf-8")
    LibraryEditor(load_library(root)).retire_fact("hq-established")
    changed = _diff(before, file.read_text(encoding="utf-8"))
    assert changed[0] == "-  - id: hq-established"
    assert all(line.startswith("-") for line in changed)
    assert "# The end of the file." in file.read_text(encoding="utf-8")
    _check_passes(root, capsys)


def test_merging_sources_moves_citations_then_removes_the_duplicate(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    LibraryEditor(load_library(root)).merge_sources(keep="cao", drop="jiji")
    _check_passes(root, capsys)
    library = load_library(root)
    assert "jiji" not in library.sources
    assert [ref.source for ref in library.facts["act-enacted"].sources] == ["cao"]
    assert library.facts["act-no-penalties"].sources[0] == SourceRef("cao", "para. 3")


def _edit_en(root: Path, fact_id: str, en: str) -> None:
    library = load_library(root)
    fact = library.facts[fact_id]
    LibraryEditor(library).edit_fact(
        msgspec.structs.replace(fact, text=msgspec.structs.replace(fact.text, en=en))
    )


def test_a_comment_ending_an_entry_after_a_flow_list_survives_an_edit_of_it(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    text = COMMENTED_FACTS.replace(
        "    sources: [jiji, cao]\n", "    sources: [jiji, cao]\n    # Check the Diet record.\n"
    )
    root = make_library({"facts/facts.yaml": text})
    _edit_en(root, "act-enacted", "The Diet passed the Act.")
    after = (root / "facts" / "facts.yaml").read_text(encoding="utf-8")
    assert _diff(text, after) == [
        '-    en: "The Diet enacted the AI Promotion Act on 28 May 2025."',
        '+    en: "The Diet passed the Act."',
    ]
    _check_passes(root, capsys)


def test_an_edit_keeps_windows_line_endings_and_a_byte_order_mark(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    data = b"\xef\xbb\xbf" + COMMENTED_FACTS.replace("\n", "\r\n").encode("utf-8")
    root = make_library({"facts/facts.yaml": data})
    _edit_en(root, "act-no-penalties", "The Act has no penalties at all.")
    after = (root / "facts" / "facts.yaml").read_bytes()
    assert after.startswith(b"\xef\xbb\xbf")
    assert after.count(b"\n") == after.count(b"\r\n") == data.count(b"\r\n")
    assert _diff(data.decode("utf-8-sig"), after.decode("utf-8-sig")) == [
        "-    en: The Act has no penalty provisions.",
        "+    en: The Act has no penalties at all.",
    ]
    _check_passes(root, capsys)


def test_a_file_in_flow_style_is_refused_with_a_message_naming_it(
    make_library: LibraryFactory,
) -> None:
    text = (
        "facts: [{id: act-enacted, topic: act, en: The Diet enacted the Act., ja: 成立した。,"
        " as_of: 2025-05-28, status: confirmed, sources: [cao]}]\n"
    )
    root = make_library({"facts/facts.yaml": text})
    with pytest.raises(EditError, match=r"^facts/facts.yaml cannot be edited: write each"):
        _edit_en(root, "act-enacted", "The Diet passed the Act.")
    assert (root / "facts" / "facts.yaml").read_text(encoding="utf-8") == text


def test_fields_an_edit_leaves_alone_keep_their_block_style_and_quoting(
    make_library: LibraryFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    text = COMMENTED_FACTS.replace(
        "    en: The Act has no penalty provisions.\n",
        "    en: |\n      The Act has no\n      penalty provisions.\n",
    ).replace(
        "    as_of: 2025-05-28\n    status: single-source",
        "    as_of: '2025-05-28'\n    status: single-source",
    )
    root = make_library({"facts/facts.yaml": text})
    library = load_library(root)
    fact = library.facts["act-no-penalties"]
    edited = msgspec.structs.replace(
        fact, text=msgspec.structs.replace(fact.text, ja="本法には罰則規定がない。")
    )
    LibraryEditor(library).edit_fact(edited)
    after = (root / "facts" / "facts.yaml").read_text(encoding="utf-8")
    assert _diff(text, after) == [
        "-    ja: 本法は罰則規定を設けていない。",
        "+    ja: 本法には罰則規定がない。",
    ]
    _check_passes(root, capsys)


def test_a_text_with_a_unicode_line_separator_is_saved_as_it_is(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Pasted from a PDF: U+0085 (NEL) and U+2028. Written raw, the reader took
    # them for line breaks and read "a b" back.
    text = "The Act\x85was enacted\u2028in May 2025."
    LibraryEditor(load_library(root)).add_fact(_new_fact(text=Bilingual(en=text, ja="成立")))
    _check_passes(root, capsys)
    assert load_library(root).facts["hq-first-meeting"].text.en == text
    _edit_en(root, "hq-first-meeting", text + "\u2028Edited.")
    assert load_library(root).facts["hq-first-meeting"].text.en == text + "\u2028Edited."


def test_a_file_holding_a_raw_unicode_line_separator_is_refused_with_a_message(
    make_library: LibraryFactory,
) -> None:
    text = COMMENTED_FACTS.replace(
        "en: The Act has no penalty provisions.", "en: 'The Act has no\u2028penalty provisions.'"
    )
    root = make_library({"facts/facts.yaml": text})
    with pytest.raises(EditError, match=r"holds the line break U\+2028 as it is"):
        _edit_en(root, "hq-established", "The Headquarters was set up on 1 September 2025.")
    assert (root / "facts" / "facts.yaml").read_text(encoding="utf-8") == text


def test_an_editor_made_from_the_library_an_edit_returned_sees_no_conflict(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = load_library(root)
    fact = library.facts["act-no-penalties"]
    first = LibraryEditor(library)
    first.edit_fact(msgspec.structs.replace(fact, notes="First note."))
    second = LibraryEditor(first.library)  # as a window does after each save
    second.edit_fact(msgspec.structs.replace(fact, notes="Second note."))
    assert load_library(root).facts["act-no-penalties"].notes == "Second note."
    with pytest.raises(EditConflictError):  # the library as first loaded is out of date
        LibraryEditor(library).edit_fact(msgspec.structs.replace(fact, notes="Lost?"))
    _check_passes(root, capsys)


def test_a_supersede_whose_old_file_changed_on_disk_writes_nothing(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = load_library(root)
    file = root / "facts" / "facts.yaml"
    file.write_text(file.read_text(encoding="utf-8") + "# another editor saved\n", encoding="utf-8")
    new = _new_fact("act-no-penalties-2026", topic="act", tags=(), date=None)
    with pytest.raises(EditConflictError):
        LibraryEditor(library).supersede_fact("act-no-penalties", new, "facts/act-2026.yaml")
    assert not (root / "facts" / "act-2026.yaml").exists()  # not half done
    _check_passes(root, capsys)


def test_a_merge_whose_sources_file_changed_on_disk_writes_nothing(root: Path) -> None:
    library = load_library(root)
    facts_before = (root / "facts" / "facts.yaml").read_bytes()
    sources = root / "sources" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8") + "# saved meanwhile\n", "utf-8")
    with pytest.raises(EditConflictError):
        LibraryEditor(library).merge_sources(keep="cao", drop="jiji")
    assert (root / "facts" / "facts.yaml").read_bytes() == facts_before  # no fact re-pointed
