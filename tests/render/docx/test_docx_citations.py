"""The DOCX of a real brief: Word footnotes as a citation style, justified Japanese, headings."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import docx
import pytest

from briefgen.core.brief.model import LanguageMode
from briefgen.core.composition.compose import compose
from briefgen.core.composition.document import Paragraph, SpanRole, Table
from briefgen.core.library.assembly import Library
from briefgen.core.library.store import load_library
from briefgen.core.system.paths import default_library_dir, templates_dir
from briefgen.core.templates.catalog import find_template
from briefgen.core.templates.model import new_brief
from briefgen.render.base import CitationStyle, RenderOptions
from briefgen.render.export import export_brief

TODAY = dt.date(2026, 11, 29)  # the shipped library's curation date
NOW = dt.datetime(2026, 11, 29, 10, 0)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_library_dir(), today=TODAY)


def _export(
    library: Library, folder: Path, language: LanguageMode, citations: CitationStyle
) -> tuple[Path, int]:
    """Export the policy brief; return the file and how many citations its text holds."""
    template = find_template("policy-brief")
    brief = new_brief(template, library, language=language, date=TODAY)
    out = folder / f"brief-{language.value}-{citations.value}.docx"
    options = RenderOptions(citations=citations)
    export_brief(brief, library, template, out, options=options, today=TODAY, generated=NOW)
    document = compose(brief, library, template, today=TODAY, generated=NOW).document
    groups = 0
    for block in document.blocks:
        cells = [
            p
            for row in (block.rows if isinstance(block, Table) else ())
            for c in row
            for p in c.paragraphs
        ]
        for paragraph in [block] if isinstance(block, Paragraph) else cells:
            roles = [span.role is SpanRole.CITATION for span in paragraph.spans]
            groups += sum(
                1 for i, role in enumerate(roles) if role and (i == 0 or not roles[i - 1])
            )
    return out, groups


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(name).decode("utf-8") if name in package.namelist() else ""


def test_footnotes_replace_bracketed_numbers_one_footnote_per_citation(
    library: Library, tmp_path: Path
) -> None:
    out, groups = _export(library, tmp_path, LanguageMode.JAPANESE, CitationStyle.FOOTNOTES)
    body = _part(out, "word/document.xml")
    notes = _part(out, "word/footnotes.xml")
    assert groups > 10
    assert body.count("<w:footnoteReference ") == groups
    assert len(re.findall(r'<w:footnote w:id="[1-9]', notes)) == groups
    assert 'w:vertAlign w:val="superscript"' not in body  # no bracketed numbers left
    # Each footnote names its sources by their numbers in the Sources list, each
    # linked to its address (the policy brief lists sources in short form).
    assert "[1] " in notes and "<w:hyperlink r:id=" in notes
    assert "https://" in _part(out, "word/_rels/footnotes.xml.rels")
    word = docx.Document(str(out))
    assert any(p.style is not None and p.style.name == "Bibliography" for p in word.paragraphs)


def test_numbered_citations_make_no_footnotes(library: Library, tmp_path: Path) -> None:
    out, _ = _export(library, tmp_path, LanguageMode.ENGLISH, CitationStyle.NUMBERS)
    assert _part(out, "word/footnotes.xml") == ""
    assert "<w:footnoteReference " not in _part(out, "word/document.xml")


def test_japanese_body_text_is_justified_and_english_is_not(
    library: Library, tmp_path: Path
) -> None:
    for language, justified in ((LanguageMode.JAPANESE, True), (LanguageMode.ENGLISH, False)):
        out, _ = _export(library, tmp_path, language, CitationStyle.NUMBERS)
        word = docx.Document(str(out))
        bullets = [
            p for p in word.paragraphs if p.style is not None and p.style.name == "List Bullet"
        ]
        assert bullets
        states = {p._p.find(f"{W}pPr/{W}jc") is not None for p in bullets}
        assert states == {justified}, language


def test_about_this_brief_is_a_heading_of_its_own_and_the_colophon_is_not_footnote_text(
    library: Library, tmp_path: Path
) -> None:
    out, _ = _export(library, tmp_path, LanguageMode.ENGLISH, CitationStyle.NUMBERS)
    word = docx.Document(str(out))
    styles = {p.text: p.style.name for p in word.paragraphs if p.style is not None}
    assert styles["About this brief"] == "Heading 1"
    assert styles["Sources"] == "Heading 1"
    colophon = [p for p in word.paragraphs if p.text.startswith("Generated on")]
    assert [p.style.name if p.style else "" for p in colophon] == ["Body Text 3"]


def test_table_cells_have_room_between_lines_and_paragraphs() -> None:
    word = docx.Document(str(templates_dir() / "reference.docx"))
    grid = word.styles["Table Grid"].element
    spacing = grid.find(f"{W}pPr/{W}spacing")
    assert int(spacing.get(f"{W}line")) >= 264  # 1.1 lines at least, as in the PDF
    assert int(spacing.get(f"{W}after")) >= 60


def test_a_citation_is_joined_to_the_word_before_it(library: Library, tmp_path: Path) -> None:
    # Word and LibreOffice may break before "[": a citation then stood on a line alone.
    out, groups = _export(library, tmp_path, LanguageMode.ENGLISH, CitationStyle.NUMBERS)
    body = _part(out, "word/document.xml")
    assert body.count(">\u2060[</w:t>") == groups > 10
