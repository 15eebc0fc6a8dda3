"""Every template in every language mode, exported to DOCX and PDF and read back.

The exports are made once per test session from the bundled library; each
test then checks one property across all of them. LibreOffice converts every
DOCX in one run, standing in for Word.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

import docx
import pytest

from briefgen.core.brief.model import Brief, LanguageMode, Layout
from briefgen.core.composition.compose import compose
from briefgen.core.composition.document import SOURCES_ANCHOR, Heading, Paragraph, Table
from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Bilingual, Fact
from briefgen.core.library.store import load_library
from briefgen.core.system.paths import default_library_dir
from briefgen.core.templates.catalog import find_template
from briefgen.core.templates.model import Template, new_brief
from briefgen.render.export import export_brief
from briefgen.render.fit import fit_to_length

# The bundled library's curation date: its facts were last checked on this day.
TODAY = dt.date(2026, 11, 29)
NOW = dt.datetime(2026, 11, 29, 10, 0)
TEMPLATES = ("executive-one-pager", "policy-brief", "chronology")
MODES = {
    "en": (LanguageMode.ENGLISH, Layout.SIDE_BY_SIDE),
    "ja": (LanguageMode.JAPANESE, Layout.SIDE_BY_SIDE),
    "bilingual-side-by-side": (LanguageMode.BILINGUAL, Layout.SIDE_BY_SIDE),
    "bilingual-stacked": (LanguageMode.BILINGUAL, Layout.STACKED),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Export:
    """One exported brief and what went into it."""

    template: Template
    mode: str
    brief: Brief
    facts: tuple[Fact, ...]
    docx: Path
    pdf: Path

    @property
    def languages(self) -> tuple[str, ...]:
        return self.brief.languages


def _tool(*args: str | Path) -> str:
    result = subprocess.run([str(a) for a in args], check=True, capture_output=True, timeout=120)
    return result.stdout.decode("utf-8", errors="replace")


def _squeeze(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_library_dir(), today=TODAY)


@pytest.fixture(scope="module")
def exports(library: Library, tmp_path_factory: pytest.TempPathFactory) -> list[Export]:
    folder = tmp_path_factory.mktemp("exports")
    made: list[Export] = []
    for template_id in TEMPLATES:
        template = find_template(template_id)
        for mode, (language, layout) in MODES.items():
            brief = new_brief(template, library, language=language, layout=layout, date=TODAY)
            brief = replace(
                brief,
                author=Bilingual("A. Analyst", "分析 太郎"),
                organisation=Bilingual("Policy Unit", "政策分析室"),
            )
            # The template's suggestions, cut to its length as the command line does.
            brief = fit_to_length(brief, library, template, today=TODAY)
            facts = tuple(f for i in brief.fact_ids() if (f := library.fact(i)) is not None)
            stem = folder / f"{template_id}-{mode}"
            for suffix in (".docx", ".pdf"):
                export_brief(
                    brief, library, template, stem.with_suffix(suffix), today=TODAY, generated=NOW
                )
            made.append(
                Export(
                    template,
                    mode,
                    brief,
                    facts,
                    stem.with_suffix(".docx"),
                    stem.with_suffix(".pdf"),
                )
            )
    return made


def _each(exports: list[Export]) -> Iterator[Export]:
    assert len(exports) == len(TEMPLATES) * len(MODES)
    yield from exports


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def test_docx_holds_every_fact_in_each_language_of_the_brief(exports: list[Export]) -> None:
    for export in _each(exports):
        text = _squeeze(_docx_text(export.docx))
        for fact in export.facts:
            for language in export.languages:
                wanted = _squeeze(fact.text.get_or_other(language))
                assert wanted in text, (export.docx.name, fact.id, language)
        if "ja" not in export.languages:
            body = text.split("Sources")[0]
            assert not any(_squeeze(f.text.ja) in body for f in export.facts), export.docx.name


def test_docx_uses_word_built_in_styles(exports: list[Export]) -> None:
    for export in _each(exports):
        document = docx.Document(str(export.docx))
        used = {p.style.name for p in document.paragraphs if p.style is not None}
        assert {"Title", "Heading 1"} <= used, (export.docx.name, used)
        tables = {t.style.name for t in document.tables if t.style is not None}
        if export.template.template_id == "chronology":
            assert "Table Grid" in tables, export.docx.name
        elif export.mode in ("en", "ja", "bilingual-stacked"):
            assert "List Bullet" in used, export.docx.name
        if export.mode == "bilingual-stacked" and export.template.template_id != "chronology":
            assert "List Continue" in used, export.docx.name


def test_docx_sets_east_asian_fonts_and_language(exports: list[Export]) -> None:
    for export in _each(exports):
        with zipfile.ZipFile(export.docx) as package:
            styles = package.read("word/styles.xml").decode("utf-8")
            body = package.read("word/document.xml").decode("utf-8")
        assert re.search(r'w:rFonts [^>]*w:eastAsia="[^"]+"', styles), export.docx.name
        assert 'w:eastAsia="ja-JP"' in styles, export.docx.name
        assert "w:asciiTheme" not in styles and "w:eastAsiaTheme" not in styles
        if "ja" in export.languages:
            assert 'w:eastAsia="ja-JP"' in body, export.docx.name


def test_docx_is_a4_with_page_number_fields_and_the_marking(exports: list[Export]) -> None:
    for export in _each(exports):
        document = docx.Document(str(export.docx))
        for section in document.sections:
            assert section.page_width is not None and section.page_height is not None
            assert abs(section.page_width.mm - 210) < 1 and abs(section.page_height.mm - 297) < 1
        with zipfile.ZipFile(export.docx) as package:
            footers = "".join(
                package.read(n).decode("utf-8") for n in package.namelist() if "footer" in n
            )
            headers = "".join(
                package.read(n).decode("utf-8") for n in package.namelist() if "header" in n
            )
        assert "PAGE" in footers and "NUMPAGES" in footers, export.docx.name
        marking = "取扱注意" if export.brief.language is LanguageMode.JAPANESE else "INTERNAL"
        assert marking in headers, export.docx.name
        assert document.core_properties.title
        assert document.core_properties.author == _author(export)


def _author(export: Export) -> str:
    """Return the author as the brief's main language writes it."""
    return "分析 太郎" if export.brief.language is LanguageMode.JAPANESE else "A. Analyst"


def test_docx_sources_are_clickable_links(exports: list[Export]) -> None:
    for export in _each(exports):
        document = docx.Document(str(export.docx))
        targets = {
            rel.target_ref
            for rel in document.part.rels.values()
            if rel.reltype.endswith("/hyperlink")
        }
        assert any(t.startswith("https://") for t in targets), export.docx.name


def test_pdf_text_gives_back_the_facts_in_each_language(exports: list[Export]) -> None:
    for export in _each(exports):
        # -raw keeps content-stream order, so a table cell's lines stay together.
        text = _squeeze(_tool("pdftotext", "-raw", export.pdf, "-"))
        for fact in export.facts[:6]:
            for language in export.languages:
                # pdftotext may break a line inside a word; compare without spaces.
                wanted = _squeeze(fact.text.get_or_other(language))[:40]
                assert wanted in text, (export.pdf.name, fact.id, language)


def test_pdf_embeds_every_font(exports: list[Export]) -> None:
    for export in _each(exports):
        rows = _tool("pdffonts", export.pdf).splitlines()[2:]
        assert rows, export.pdf.name
        for row in rows:
            name, embedded = row.split()[0], row.split()[-5]
            assert embedded == "yes", (export.pdf.name, row)
            assert re.match(r"^[A-Z]{6}\+", name), (export.pdf.name, row)  # subset
            assert not any(base in name for base in ("Helvetica", "Times", "Courier")), row


def test_pdf_has_bookmarks_links_and_metadata(exports: list[Export]) -> None:
    for export in _each(exports):
        data = export.pdf.read_bytes()
        assert b"/Outlines" in data, export.pdf.name
        assert b"/URI" in data, export.pdf.name
        info = _tool("pdfinfo", export.pdf)
        assert re.search(r"^Title:\s+\S", info, re.MULTILINE), export.pdf.name
        assert re.search(rf"^Author:\s+{_author(export)}", info, re.MULTILINE), export.pdf.name
        assert "A4" in info, export.pdf.name


@pytest.mark.slow
def test_libreoffice_converts_every_docx_and_keeps_the_japanese(
    exports: list[Export], tmp_path: Path
) -> None:
    soffice = shutil.which("soffice")
    assert soffice is not None, "LibreOffice is needed: run `make system-deps`"
    profile = (tmp_path / "profile").as_uri()
    out = tmp_path / "converted"
    files = [str(e.docx) for e in exports]
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *files],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    for export in _each(exports):
        pdf = out / export.docx.with_suffix(".pdf").name
        assert pdf.is_file(), f"LibreOffice did not convert {export.docx.name}"
        text = _squeeze(_tool("pdftotext", pdf, "-"))
        if "ja" in export.languages:
            sample = _squeeze(export.facts[0].text.ja)[:20]
            assert sample in text, (export.docx.name, sample)
        sample_en = _squeeze(export.facts[0].text.en)[:20]
        if "en" in export.languages:
            assert sample_en in text, (export.docx.name, sample_en)


def _japanese(exports: list[Export]) -> list[Export]:
    return [e for e in _each(exports) if e.mode == "ja"]


def _citation_links(export: Export, library: Library) -> int:
    """Return how many citation numbers the composed brief links to a source entry."""
    document = compose(export.brief, library, export.template, today=TODAY, generated=NOW)
    return sum(
        1
        for block in document.document.blocks
        for paragraph in _paragraphs(block)
        for span in paragraph.spans
        if span.url and span.url.startswith("#src-")
    )


def _paragraphs(block: object) -> list[Paragraph]:
    if isinstance(block, Paragraph):
        return [block]
    if isinstance(block, Table):
        rows = [block.header, *block.rows]
        return [p for row in rows for cell in row for p in cell.paragraphs]
    return []


def test_each_citation_number_is_a_link_of_its_own_in_pdf_and_docx(
    exports: list[Export], library: Library
) -> None:
    for export in _each(exports):
        wanted = _citation_links(export, library)
        assert wanted > 0, export.pdf.name
        links = re.findall(rb"/Dest \[[^\]]*\] /Rect", export.pdf.read_bytes())
        assert len(links) == wanted, export.pdf.name
        with zipfile.ZipFile(export.docx) as package:
            body = package.read("word/document.xml").decode("utf-8")
        anchored = re.findall(r'<w:hyperlink w:anchor="[^"]+"[^>]*>(.*?)</w:hyperlink>', body)
        texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", link)) for link in anchored]
        assert len(texts) == wanted, export.docx.name
        assert all(text.isdigit() for text in texts), (export.docx.name, texts[:5])


def test_japanese_briefs_have_no_english_word_outside_titles_names_and_addresses(
    exports: list[Export], library: Library
) -> None:
    for export in _japanese(exports):
        text = _docx_text(export.docx)
        # What the library and the template give (facts, titles, publishers, headings,
        # web addresses) is printed as written; every other word must be Japanese.
        given = [fact.text.ja for fact in export.facts]
        for source in library.sources.values():
            given += [source.title, source.title_translated, source.publisher, source.url]
        given += [s.heading.ja for s in export.template.sections]
        given += [export.brief.title.ja, library.info.name.get_or_other("ja"), "briefgen"]
        for known in sorted(filter(None, given), key=len, reverse=True):
            text = text.replace(known, "")
        text = re.sub(r"内容識別子 [0-9a-f]+|バージョン\S+（", "", text)
        assert re.findall(r"[A-Za-z]{2,}", text) == [], export.docx.name
        for english in ("undated", "approx.", "Art.", "Chapter", "Prepared by", "作成:"):
            assert english not in text, (export.docx.name, english)


_UNITS = "年月日時分秒条項号章節編款回名人万億兆%％円件歳社国"


_URL_PIECE = re.compile(r"https?:|%[0-9a-fA-F]{2}|/[^/\s]*[0-9]$")


def test_japanese_pdfs_never_separate_a_number_from_its_unit(exports: list[Export]) -> None:
    for export in _japanese(exports):
        if export.template.template_id == "executive-one-pager":
            continue
        lines = _tool("pdftotext", export.pdf, "-").splitlines()
        for before, after in pairwise(lines):
            # A web address in the sources breaks at any character: "%e3" is no unit.
            if before and after and not _URL_PIECE.search(before + after):
                split = (before[-1].isdigit() and after[0] in _UNITS) or (
                    before[-1] in "第年月" and after[0].isdigit()
                )
                assert not split, (export.pdf.name, before[-10:], after[:10])


def _pdf_pages(pdf: Path, *options: str) -> list[str]:
    """Return each page's text squeezed, and without hyphens: pdftotext joins a word
    hyphenated at a line's end ("1-" / "10" reads "110")."""
    text = _tool("pdftotext", *options, pdf, "-")
    return [_squeeze(page).replace("-", "") for page in text.split("\f")]


def test_side_by_side_pdfs_give_each_cell_whole_and_in_order(exports: list[Export]) -> None:
    for export in _each(exports):
        if export.mode != "bilingual-side-by-side":
            continue

        # pdftotext's own reading order, as a viewer's copy and paste uses (not -raw),
        # page by page; a cell torn across two pages is left out.
        read, raw = _pdf_pages(export.pdf), _pdf_pages(export.pdf, "-raw")
        checked = 0
        for fact in export.facts:
            for language in ("en", "ja"):
                wanted = _squeeze(fact.text.get(language)).replace("-", "")
                found = [n for n, page in enumerate(raw) if wanted in page]
                if found:
                    checked += 1
                    assert wanted in read[found[0]], (export.pdf.name, fact.id, language)
        assert checked >= len(export.facts), export.pdf.name


def test_the_one_pagers_content_is_all_on_page_one_in_every_mode(
    exports: list[Export], library: Library
) -> None:
    for export in _each(exports):
        if export.template.template_id != "executive-one-pager":
            continue
        first = _pdf_pages(export.pdf)[0]
        document = compose(export.brief, library, export.template, today=TODAY, generated=NOW)
        blocks = document.document.blocks
        end = next(
            n for n, b in enumerate(blocks) if isinstance(b, Heading) and b.anchor == SOURCES_ANCHOR
        )
        headings = [b.text for b in blocks[:end] if isinstance(b, Heading)]
        assert len(headings) == 2, export.pdf.name  # Key points, Outlook
        for heading in headings:
            assert _squeeze(heading) in first, (export.pdf.name, heading)
        assert export.facts, export.pdf.name
        for fact in export.facts:
            for language in export.languages:
                wanted = _squeeze(fact.text.get(language)).replace("-", "")[:30]
                assert wanted in first, (export.pdf.name, fact.id, language)


def test_the_policy_briefs_suggestions_come_to_four_to_six_pages_in_every_mode(
    exports: list[Export],
) -> None:
    for export in _each(exports):
        if export.template.template_id == "policy-brief":
            pages = _pdf_pages(export.pdf)
            assert 4 <= len([p for p in pages if p]) <= 6, export.pdf.name
