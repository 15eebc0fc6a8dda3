"""The DOCX renderer: read the output back with python-docx and check what Word would show."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Any

import docx
import msgspec
import pytest
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import RGBColor

from briefgen.core.composition.document import (
    Cell,
    Document,
    DocumentInfo,
    Lang,
    PageBreak,
    PageSetup,
    PageSize,
    Paragraph,
    Span,
    SpanRole,
    Table,
)
from briefgen.core.system.paths import templates_dir
from briefgen.render.base import RenderError, RenderOptions
from briefgen.render.docx import links as docx_links
from briefgen.render.docx.renderer import DocxRenderer
from briefgen.render.registry import renderer_for
from tests.render.sample import EN_FACT, EN_FACT_2, JA_FACT, JA_FACT_2, URL, sample_document

W_LANG = qn("w:lang")
W_VAL = qn("w:val")
W_EAST_ASIA = qn("w:eastAsia")
REPO = Path(__file__).resolve().parents[3]


def render(document: Document, reference: Path | None = None) -> bytes:
    return DocxRenderer().render(document, RenderOptions(reference_docx=reference))


def reopen(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


@pytest.fixture(scope="module", params=["en", "ja"])
def lang(request: pytest.FixtureRequest) -> Lang:
    value: Lang = request.param
    return value


@pytest.fixture(scope="module")
def rendered(lang: Lang) -> Any:
    return reopen(render(sample_document(lang)))


def body_paragraphs(word: Any) -> list[Any]:
    """Return every paragraph of the body, including those inside table cells, in order."""
    paragraphs = []
    for block in word.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                for cell in row.cells:
                    paragraphs.extend(cell.paragraphs)
        else:
            paragraphs.append(block)
    return paragraphs


def runs_with(word: Any, text: str) -> list[Any]:
    body = word.element.body
    return [
        r for r in body.iter(qn("w:r")) if text in "".join(t.text or "" for t in r.iter(qn("w:t")))
    ]


# -- styles and text ------------------------------------------------------------------------------


def test_output_uses_word_built_in_styles(rendered: Any) -> None:
    paragraph_styles = {p.style.name for p in body_paragraphs(rendered)}
    assert {
        "Title",
        "Heading 1",
        "Heading 2",
        "List Bullet",
        "Quote",
        "Caption",
    } <= paragraph_styles
    assert {"Message Header", "Bibliography", "Note Heading", "Body Text 3"} <= paragraph_styles
    assert {t.style.name for t in rendered.tables} == {"Table Grid", "Normal Table"}


def test_english_and_japanese_text_is_present(rendered: Any) -> None:
    text = "\n".join(p.text for p in body_paragraphs(rendered))
    assert JA_FACT in text
    assert EN_FACT in text
    assert JA_FACT_2 in text
    assert EN_FACT_2 in text
    assert "<markup> & ampersands" in text


def test_marking_appears_above_the_title(rendered: Any, lang: Lang) -> None:
    marking, title = rendered.paragraphs[:2]
    assert marking.text == sample_document(lang).marking
    assert marking.style.name == "Note Heading"
    assert title.style.name == "Title"
    assert title.text == sample_document(lang).title


def test_styles_name_east_asian_fonts_without_theme_fonts(rendered: Any) -> None:
    styles = rendered.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert defaults.find(qn("w:rFonts")).get(W_EAST_ASIA) == "Yu Mincho"
    for name, font in (("Normal", "Yu Mincho"), ("Heading 1", "Yu Gothic"), ("Title", "Yu Gothic")):
        fonts = rendered.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(W_EAST_ASIA) == font, name
        assert fonts.get(qn("w:ascii")), name
    theme_attributes = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
    for fonts in styles.iter(qn("w:rFonts")):
        assert not any(fonts.get(qn(f"w:{a}")) for a in theme_attributes)


def test_japanese_runs_carry_east_asian_language(rendered: Any) -> None:
    runs = runs_with(rendered, JA_FACT)
    assert runs
    for run in runs:
        lang = run.rPr.find(W_LANG)
        assert lang.get(W_EAST_ASIA) == "ja-JP"
        assert lang.get(W_VAL) == "ja-JP"


def test_english_runs_carry_the_document_english_language(rendered: Any) -> None:
    runs = runs_with(rendered, EN_FACT)
    assert runs
    assert {run.rPr.find(W_LANG).get(W_VAL) for run in runs} == {"en-GB"}


def test_document_default_language_follows_document_info(rendered: Any, lang: Lang) -> None:
    styles = rendered.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    expected = sample_document(lang).info.language
    assert defaults.find(W_LANG).get(W_VAL) == expected
    assert defaults.find(W_LANG).get(W_EAST_ASIA) == "ja-JP"


# -- page, header and footer ----------------------------------------------------------------------


def test_page_is_a4_with_the_page_setup_margins(rendered: Any) -> None:
    for section in rendered.sections:
        assert section.page_width.mm == pytest.approx(210, abs=0.5)
        assert section.page_height.mm == pytest.approx(297, abs=0.5)
        for margin in ("top", "bottom", "left", "right"):
            assert getattr(section, f"{margin}_margin").mm == pytest.approx(20, abs=0.1)


def test_page_setup_letter_landscape_is_honoured() -> None:
    page = PageSetup(size=PageSize.LETTER, landscape=True, margin_left_mm=30, margin_top_mm=15)
    word = reopen(render(msgspec.structs.replace(sample_document("en"), page=page)))
    section = word.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width.mm == pytest.approx(279.4, abs=0.5)
    assert section.page_height.mm == pytest.approx(215.9, abs=0.5)
    assert section.left_margin.mm == pytest.approx(30, abs=0.1)
    assert section.top_margin.mm == pytest.approx(15, abs=0.1)


def test_margins_that_leave_no_room_raise_render_error() -> None:
    page = PageSetup(margin_left_mm=100, margin_right_mm=100)
    with pytest.raises(RenderError):
        render(msgspec.structs.replace(sample_document("en"), page=page))


def test_header_shows_title_and_marking(rendered: Any, lang: Lang) -> None:
    header = rendered.sections[0].header
    text = "\n".join(p.text for p in header.paragraphs)
    running = sample_document(lang).running
    assert text == f"{running.header_left}\t{running.header_right}"
    assert header.paragraphs[-1].style.name == "Header"
    marking = [r for r in header.paragraphs[-1].runs if r.text == running.header_right]
    assert marking[0].style.name == "Strong"


def test_footer_has_live_page_and_page_count_fields(rendered: Any, lang: Lang) -> None:
    footer = rendered.sections[0].footer._element
    instructions = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [c.get(qn("w:fldCharType")) for c in footer.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    text = "".join(t.text for t in footer.iter(qn("w:t")))
    expected = "briefgen" + ("Page 1 of 1" if lang == "en" else "1 / 1 ページ")
    assert text == expected


# -- links and bookmarks --------------------------------------------------------------------------


def test_web_links_are_hyperlinks_with_external_relationships(rendered: Any) -> None:
    part = rendered.part
    links = [h for h in rendered.element.body.iter(qn("w:hyperlink")) if h.get(qn("r:id"))]
    assert links
    rel = part.rels[links[0].get(qn("r:id"))]
    assert rel.reltype == RT.HYPERLINK
    assert rel.is_external
    assert rel.target_ref == URL
    style_id = links[0].find(qn("w:r")).rPr.find(qn("w:rStyle")).get(W_VAL)
    assert rendered.styles.element.get_by_id(style_id).name_val == "Hyperlink"


def test_each_web_address_has_one_relationship_and_every_link_its_own_address() -> None:
    urls = [f"https://example.org/{n}" for n in range(30)]
    spans = tuple(Span(f"link {n} ", url=url) for n, url in enumerate(urls + urls[:5]))
    document = Document(info=DocumentInfo(title="t"), blocks=(Paragraph(spans),))
    word = reopen(render(document))
    rels = word.part.rels
    shown = [rels[h.get(qn("r:id"))].target_ref for h in word.element.body.iter(qn("w:hyperlink"))]
    assert shown == urls + urls[:5]
    external = [r for r in rels.values() if r.reltype == RT.HYPERLINK]
    assert sorted(r.target_ref for r in external) == sorted(urls)
    # The reference document's own relationships (styles, headers ...) are all still there.
    assert word.styles.element is not None
    assert all(r.target_part is not None for r in rels.values() if not r.is_external)


def test_citations_link_to_bookmarked_sources(rendered: Any) -> None:
    body = rendered.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert {"sec_summary", "sec_bilingual", "sec_chronology", "sec_sources"} <= bookmarks
    assert {"src_1", "src_2"} <= bookmarks
    anchors = {h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink")) if h.get(qn("w:anchor"))}
    assert anchors == {"src_1"}
    starts = [b.get(qn("w:id")) for b in body.iter(qn("w:bookmarkStart"))]
    ends = [b.get(qn("w:id")) for b in body.iter(qn("w:bookmarkEnd"))]
    assert sorted(starts) == sorted(ends)
    assert len(set(starts)) == len(starts)


def test_links_to_unknown_anchors_and_other_schemes_stay_plain_text() -> None:
    spans = (
        Span("nowhere", url="#missing"),
        Span("script", url="javascript:alert(1)"),
        Span("file", url="file:///etc/passwd"),
    )
    document = Document(info=DocumentInfo(title="t"), blocks=(Paragraph(spans),))
    word = reopen(render(document))
    assert not list(word.element.body.iter(qn("w:hyperlink")))
    assert word.paragraphs[0].text == "nowherescriptfile"


def test_bookmark_names_are_valid_word_bookmark_names() -> None:
    assert docx_links.bookmark_name("sec-summary") == "sec_summary"
    assert docx_links.bookmark_name("#src-3") == "src_3"
    assert docx_links.bookmark_name("12 angry men") == "b_12_angry_men"
    assert docx_links.bookmark_name("概要") == "b_"
    assert len(docx_links.bookmark_name("a" * 100)) == 40
    taken: set[str] = set()
    names = [docx_links.unique_bookmark_name(a, taken) for a in ("a-b", "a_b", "A-B", "x" * 50)]
    assert names[:3] == ["a_b", "a_b_2", "A_B_3"]
    assert all(len(n) <= 40 and n[0].isalpha() for n in names)


# -- tables and sources ---------------------------------------------------------------------------


def test_table_header_rows_repeat_on_every_page_and_are_bold(rendered: Any) -> None:
    for table in rendered.tables:
        header = table.rows[0]._tr
        assert header.trPr.find(qn("w:tblHeader")) is not None
        assert all(row._tr.trPr is None for row in table.rows[1:])
        runs = [r for cell in table.rows[0].cells for p in cell.paragraphs for r in p.runs]
        assert runs
        assert all(r.bold for r in runs)


def test_column_widths_follow_relative_widths_across_the_text_width(rendered: Any) -> None:
    chronology = rendered.tables[1]
    widths = [int(c.get(qn("w:w"))) for c in chronology._tbl.tblGrid.gridCol_lst]
    text_width_twips = round(170 / 25.4 * 1440)
    assert sum(widths) == pytest.approx(text_width_twips, abs=2)
    assert widths[1] / widths[0] == pytest.approx(4, rel=0.01)
    assert chronology.autofit is False
    cell_widths = {int(c._tc.tcPr.tcW.get(qn("w:w"))) for c in chronology.columns[0].cells}
    assert cell_widths == {widths[0]}


def _grid_widths(weights: tuple[float, float]) -> list[int]:
    row = (Cell((Paragraph((Span("Left"),)),)), Cell((Paragraph((Span("Right"),)),)))
    table = Table(header=(), rows=(row,), widths=weights)
    document = reopen(render(Document(info=DocumentInfo(title="t"), blocks=(table,))))
    return [int(c.get(qn("w:w"))) for c in document.tables[0]._tbl.tblGrid.gridCol_lst]


@pytest.mark.parametrize("weights", [(1.0, 3.0), (1e305, 3e305), (0.25, 0.75)])
def test_relative_column_widths_of_any_scale_give_proportional_columns(
    weights: tuple[float, float],
) -> None:
    widths = _grid_widths(weights)
    assert sum(widths) == round(170 / 25.4 * 1440)
    assert widths[1] / widths[0] == pytest.approx(3, rel=0.01)


def test_column_weights_too_far_apart_for_floats_still_fill_the_text_width() -> None:
    # Found by hypothesis: total * 1.8e304 overflowed to infinity.
    widths = _grid_widths((1.0, 1.8e304))
    assert sum(widths) == round(170 / 25.4 * 1440)
    assert widths[0] >= 0


def test_borderless_table_has_no_borders(rendered: Any) -> None:
    side_by_side = rendered.tables[0]
    assert side_by_side.style.name == "Normal Table"
    assert not list(side_by_side._tbl.iter(qn("w:tblBorders")))
    assert not list(side_by_side.style.element.iter(qn("w:tblBorders")))
    cells = side_by_side.rows[1].cells
    assert cells[0].paragraphs[0].style.name == "List Bullet"
    assert EN_FACT in cells[0].text
    assert JA_FACT in cells[1].text


def test_table_caption_precedes_its_table_in_caption_style(rendered: Any) -> None:
    caption = rendered.tables[1]._tbl.getprevious()
    assert caption.tag == qn("w:p")
    assert caption.style == rendered.styles["Caption"].style_id
    assert "".join(t.text for t in caption.iter(qn("w:t"))) == "Table 1: events"


def test_sources_are_numbered_in_the_bibliography_style(rendered: Any) -> None:
    sources = [p for p in rendered.paragraphs if p.style.name == "Bibliography"]
    assert [p.text.split("\t")[0] for p in sources] == ["[1]", "[2]"]
    assert URL in sources[0].text


def test_span_roles_become_superscript_bold_and_character_styles(rendered: Any) -> None:
    bullets = [p for p in rendered.paragraphs if p.style.name == "List Bullet"]
    runs = [r for p in bullets for r in p.iter_inner_content() if hasattr(r, "runs")]
    citations = [r for link in runs for r in link.runs]
    assert citations
    assert all(r.font.superscript for r in citations)
    flag = next(r for p in bullets for r in p.runs if r.text == "UNVERIFIED")
    assert flag.bold
    assert flag.style.name == "Intense Emphasis"
    muted = Paragraph((Span("as of 2025", role=SpanRole.MUTED), Span("Date", role=SpanRole.LABEL)))
    word = reopen(render(Document(info=DocumentInfo(title="t"), blocks=(muted,))))
    assert [r.style.name for r in word.paragraphs[0].runs] == ["Subtle Emphasis", "Strong"]


def test_cited_web_link_keeps_superscript_in_the_hyperlink_style() -> None:
    span = Span("[3]", role=SpanRole.CITATION, url="https://example.org/a b?q=1&r=2")
    word = reopen(render(Document(info=DocumentInfo(title="t"), blocks=(Paragraph((span,)),))))
    link = next(word.element.body.iter(qn("w:hyperlink")))
    run = word.paragraphs[0].hyperlinks[0].runs[0]
    assert run.font.superscript
    assert run.style.name == "Hyperlink"
    assert word.part.rels[link.get(qn("r:id"))].target_ref == "https://example.org/a%20b?q=1&r=2"


def test_page_break_starts_a_new_page() -> None:
    document = Document(info=DocumentInfo(title="t"), blocks=(PageBreak(),))
    word = reopen(render(document))
    breaks = list(word.element.body.iter(qn("w:br")))
    assert [b.get(qn("w:type")) for b in breaks] == ["page"]


def test_core_properties_are_set(rendered: Any, lang: Lang) -> None:
    info = sample_document(lang).info
    props = rendered.core_properties
    assert props.title == info.title
    assert props.author == "A. Analyst"
    assert props.subject == "AI Strategy Headquarters"
    assert props.keywords == "AI, Japan"
    assert props.language == info.language
    assert info.created is not None
    assert props.created == info.created.astimezone(dt.UTC)  # naive times are local times
    assert props.comments == ""  # the reference document's own description is not carried over


# -- the reference document -----------------------------------------------------------------------


def make_red_reference(path: Path) -> Path:
    reference = docx.Document(str(templates_dir() / "reference.docx"))
    reference.styles["Heading 1"].font.color.rgb = RGBColor(0xFF, 0x00, 0x00)
    reference.add_paragraph("Reference body text that must not appear")
    reference.save(str(path))
    return path


def test_custom_reference_document_restyles_the_output(tmp_path: Path) -> None:
    reference = make_red_reference(tmp_path / "red.docx")
    word = reopen(render(sample_document("en"), reference))
    assert word.styles["Heading 1"].font.color.rgb == RGBColor(0xFF, 0x00, 0x00)
    text = "\n".join(p.text for p in word.paragraphs)
    assert "must not appear" not in text
    assert "Reference document: house styles" not in text  # the shipped showcase
    assert EN_FACT in "\n".join(p.text for p in body_paragraphs(word))


def test_replaced_reference_document_is_read_again(tmp_path: Path) -> None:
    reference = make_red_reference(tmp_path / "ref.docx")
    render(sample_document("en"), reference)
    changed = docx.Document(str(reference))
    changed.styles["Heading 1"].font.color.rgb = RGBColor(0x00, 0x80, 0x00)
    changed.save(str(reference))
    word = reopen(render(sample_document("en"), reference))
    assert word.styles["Heading 1"].font.color.rgb == RGBColor(0x00, 0x80, 0x00)


def test_reference_lacking_house_styles_gets_them_copied(tmp_path: Path) -> None:
    """A reference made from another template still renders, with the missing styles added."""
    plain = docx.Document()  # python-docx's template: no Hyperlink, Bibliography, Message Header
    plain.add_paragraph("Their body", style="Heading 1")
    for name in ("List Bullet", "Normal Table"):
        style = plain.styles[name].element
        style.getparent().remove(style)
    plain.save(str(tmp_path / "plain.docx"))
    word = reopen(render(sample_document("en"), tmp_path / "plain.docx"))
    paragraph_styles = {p.style.name for p in body_paragraphs(word)}
    assert {"List Bullet", "Bibliography", "Message Header"} <= paragraph_styles
    bullet = word.styles["List Bullet"].element
    num_id = int(bullet.pPr.numPr.numId.val)
    numbering = word.part.numbering_part.element
    assert numbering.num_having_numId(num_id) is not None
    assert word.tables[0].style.name == "Normal Table"
    assert "Their body" not in "\n".join(p.text for p in word.paragraphs)


def tiny_png() -> bytes:
    """Return a valid 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_reference_headers_keep_their_logo_and_get_the_running_text(tmp_path: Path) -> None:
    reference = docx.Document(str(templates_dir() / "reference.docx"))
    section = reference.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].add_run().add_picture(io.BytesIO(tiny_png()))
    section.header.add_paragraph("Old header text")
    section.first_page_header.paragraphs[0].text = "Old first-page header"
    reference.save(str(tmp_path / "logo.docx"))
    word = reopen(render(sample_document("en"), tmp_path / "logo.docx"))
    header, first = word.sections[0].header, word.sections[0].first_page_header
    assert list(header._element.iter(qn("w:drawing")))
    for part in (header, first):
        text = "\n".join(p.text for p in part.paragraphs)
        assert "Old" not in text
        assert "AI Strategy Headquarters: policy brief\tINTERNAL" in text
    assert "briefgen" in "".join(p.text for p in word.sections[0].first_page_footer.paragraphs)


def test_reference_that_is_not_a_docx_raises_render_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip file")
    with pytest.raises(RenderError, match="not a valid"):
        render(sample_document("en"), broken)
    with pytest.raises(RenderError, match="cannot read"):
        render(sample_document("en"), tmp_path / "missing.docx")


def test_reference_body_pictures_and_links_are_not_carried_over(tmp_path: Path) -> None:
    reference = docx.Document(str(templates_dir() / "reference.docx"))
    rel_id = reference.part.relate_to("https://example.org/old", RT.HYPERLINK, is_external=True)
    reference.save(str(tmp_path / "links.docx"))
    word = reopen(render(sample_document("en"), tmp_path / "links.docx"))
    assert rel_id
    targets = {r.target_ref for r in word.part.rels.values() if r.is_external}
    assert targets == {URL}


def test_shipped_reference_document_matches_its_script(tmp_path: Path) -> None:
    script = REPO / "scripts" / "make_reference_docx.py"
    out = tmp_path / "reference.docx"
    subprocess.run([sys.executable, str(script), str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (templates_dir() / "reference.docx").read_bytes()


def test_shipped_reference_is_a4_with_east_asian_defaults() -> None:
    reference = reopen((templates_dir() / "reference.docx").read_bytes())
    assert reference.sections[0].page_width.mm == pytest.approx(210, abs=0.5)
    defaults = reference.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    assert defaults.find(qn("w:rPr")).find(W_LANG).get(W_EAST_ASIA) == "ja-JP"


def test_renderer_is_registered_for_docx_files() -> None:
    renderer = renderer_for(Path("brief.DOCX"))
    assert isinstance(renderer, DocxRenderer)
    assert (renderer.format_name, renderer.extension) == ("DOCX", ".docx")


def test_output_is_a_valid_package_with_every_part_parseable(rendered: Any) -> None:
    data = render(sample_document("ja"))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.testzip() is None
        names = package.namelist()
    assert "word/document.xml" in names
    assert not any("thumbnail" in name or "media/" in name for name in names)


# -- LibreOffice ----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("language", ["en", "ja"])
def test_libreoffice_converts_the_docx_to_pdf_with_japanese_text(
    tmp_path: Path, language: Lang
) -> None:
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    # No skipping: `make system-deps` installs both, and this is the DOCX's check against Word.
    assert soffice is not None and pdftotext is not None, "run `make system-deps`"
    source = tmp_path / f"brief-{language}.docx"
    source.write_bytes(render(sample_document(language)))
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pdf = tmp_path / f"brief-{language}.pdf"
    assert pdf.is_file()
    result = subprocess.run([pdftotext, str(pdf), "-"], check=True, capture_output=True, timeout=60)
    # Lines wrap in table columns, and spacing between kana/kanji and digits comes out as spaces.
    text = "".join(result.stdout.decode("utf-8").split())
    assert "".join(JA_FACT.split()) in text
    assert "".join(EN_FACT.split()) in text
    assert "Page2of2" in text or "2/2ページ" in text
