"""Messages that told the user something untrue, and exports that succeeded when they should not."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefgen.core.brief.file import BriefFileError, encode_brief, load_brief, save_brief
from briefgen.core.brief.model import Brief, FactItem, NoteItem, Section
from briefgen.core.library.model import Bilingual
from tests.conftest import LibraryFactory
from tests.faults.conftest import run_briefgen


def test_a_reference_document_that_is_a_folder_is_called_a_folder(tmp_path: Path) -> None:
    (tmp_path / "styles.docx").mkdir()
    outcome = run_briefgen(
        "export", "--template", "chronology", "--reference-doc", str(tmp_path / "styles.docx"),
        "-o", str(tmp_path / "out.docx"),
    )  # fmt: skip
    assert outcome.code == 2
    assert f"{tmp_path / 'styles.docx'}: is a folder, not a file" in outcome.error_line
    assert "does not exist" not in outcome.error_line


@pytest.mark.parametrize("date", ["20261101", "2026-W44-7", "2026-305", "2026-11-01T00:00"])
def test_a_brief_date_must_be_written_yyyy_mm_dd(date: str, tmp_path: Path) -> None:
    brief = Brief(template="policy-brief", title=Bilingual("T", ""), date=dt.date(2026, 11, 1))
    data = json.loads(encode_brief(brief))
    data["date"] = date
    path = tmp_path / "b.brief"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BriefFileError, match=r"brief\.date: must be a YYYY-MM-DD date"):
        load_brief(path)


def test_the_date_option_must_be_written_yyyy_mm_dd(tmp_path: Path) -> None:
    outcome = run_briefgen(
        "export", "--template", "chronology", "--date", "20261101", "-o", str(tmp_path / "b.pdf")
    )
    assert outcome.code == 2
    assert "--date '20261101' is not a YYYY-MM-DD date" in outcome.error_line


def test_a_brief_whose_facts_all_left_the_library_is_an_error(
    tmp_path: Path, make_library: LibraryFactory
) -> None:
    brief = Brief(
        template="policy-brief",
        title=Bilingual("Gone", ""),
        date=dt.date(2026, 11, 1),
        sections=(
            Section(
                "summary",
                Bilingual("Summary", "概要"),
                (FactItem("deleted-one"), FactItem("deleted-two"), NoteItem("n", Bilingual("x"))),
            ),
        ),
    )
    path = tmp_path / "gone.brief"
    save_brief(path, brief, expected=None)
    target = tmp_path / "gone.pdf"
    outcome = run_briefgen("export", str(path), "--library", str(make_library()), "-o", str(target))
    assert outcome.code == 2
    assert (
        "none of the brief's 2 facts is in the library any more (all were removed)"
        in outcome.error_line
    )
    assert not target.exists()
