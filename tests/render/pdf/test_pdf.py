"""The PDF renderer, checked by reading its files back with poppler's tools."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

import msgspec
import pytest

from briefgen.core.composition.document import (
    Block,
    Cell,
    Document,
    DocumentInfo,
    Heading,
    Lang,
    PageSetup,
    PageSize,
    Paragraph,
    Running,
    Span,
    Table,
)
from briefgen.render.base import RenderError, RenderOptions
from briefgen.render.pdf.fonts import LATIN, MINCHO, register_fonts
from briefgen.render.pdf.renderer import PdfRenderer
from briefgen.render.pdf.text import MISSING_GLYPH, Run, clean_for_pdf, font_runs, link_target
from briefgen.render.registry import renderer_for
from tests.render.sample import EN_FACT, JA_FACT, URL, sample_document

# poppler-utils reads the PDFs back; `make system-deps` installs it, and a
# missing tool fails the tests rather than skipping them.
assert shutil.which("pdftotext") is not None, "needs poppler-utils: run `make system-deps`"

BASE_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats", "Heisei")
Render = Callable[[Document], Path]


def _tool(*args: str | Path) -> str:
    result = subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True)
    return result.stdout


def _text(path: Path, *, page: int | None = None, layout: bool = False) -> str:
    args: list[str | Path] = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    if layout:
        args.append("-layout")
    return _tool(*args, path, "-")


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pages(path: Path) -> int:
    match = re.search(r"^Pages:\s+(\d+)$", _tool("pdfinfo", path), re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def _fonts(path: Path) -> list[dict[str, str]]:
    """Return pdffonts' rows as dicts, splitting columns where its dashed rule does."""
    lines = _tool("pdffonts", path).splitlines()
    spans = [m.span() for m in re.finditer(r"-+", lines[1])]
    names = lines[0].split()[:4]  # name, type, encoding, emb (then sub, uni, object ID)
    keys = [*names, "sub", "uni", "object"]
    return [
        {key: line[start:end].strip() for key, (start, end) in zip(keys, spans, strict=False)}
        for line in lines[2:]
    ]


@pytest.fixture
def render(tmp_path: Path) -> Render:
    """Return a function that renders a document to a file and returns its path."""
    counter = iter(range(1_000_000))

    def write(document: Document) -> Path:
        path = tmp_path / f"brief-{next(counter)}.pdf"
        path.write_bytes(PdfRenderer().render(document, RenderOptions()))
        return path

    return write


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[Lang, Path]:
    folder = tmp_path_factory.mktemp("pdf")
    paths: dict[Lang, Path] = {}
    for lang in ("en", "ja"):
        paths[lang] = folder / f"sample-{lang}.pdf"
        paths[lang].write_bytes(PdfRenderer().render(sample_document(lang), RenderOptions()))
    return paths


def test_pdf_renderer_is_chosen_for_pdf_files_and_writes_a_pdf(samples: dict[Lang, Path]) -> None:
    renderer = renderer_for(Path("brief.PDF"))
    assert isinstance(renderer, PdfRenderer)
    assert (renderer.format_name, renderer.extension) == ("PDF", ".pdf")
    assert samples["en"].read_bytes().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", [EN_FACT, "AI Strategy Headquarters: policy brief", "Chronology", "日英対照"]),
        ("ja", [JA_FACT, "人工知能戦略本部 政策ブリーフ", "取扱注意", "概要", "年表", "出典"]),
    ],
)
def test_english_and_japanese_text_can_be_extracted_again(
    samples: dict[Lang, Path], lang: Lang, expected: list[str]
) -> None:
    text = _squeeze(_text(samples[lang]))
    for phrase in expected:
        assert _squeeze(phrase) in text


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_font_is_an_embedded_subset_and_none_is_a_base_14_or_cid_font(
    samples: dict[Lang, Path], lang: Lang
) -> None:
    rows = _fonts(samples[lang])
    assert rows
    for row in rows:
        assert row["emb"] == "yes", row
        assert row["sub"] == "yes", row
        assert re.fullmatch(r"[A-Z]{6}\+\S+", row["name"]), row
        assert not any(base in row["name"] for base in BASE_14), row


def test_japanese_uses_mincho_for_text_and_gothic_for_headings_and_latin_a_real_bold(
    samples: dict[Lang, Path],
) -> None:
    ja = {row["name"].split("+")[1] for row in _fonts(samples["ja"])}
    assert {"IPAexMincho", "IPAexGothic"} <= ja
    en = {row["name"].split("+")[1] for row in _fonts(samples["en"])}
    assert {"NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic"} <= en


def test_pages_are_a4_portrait_by_default(samples: dict[Lang, Path]) -> None:
    assert re.search(
        r"Page size:\s+595\.2\d* x 841\.89\d* pts \(A4\)", _tool("pdfinfo", samples["en"])
    )


def test_letter_landscape_and_margins_in_millimetres_set_the_page(render: Render) -> None:
    setup = PageSetup(size=PageSize.LETTER, landscape=True, margin_left_mm=50.0)
    path = render(msgspec.structs.replace(sample_document("en"), page=setup))
    assert re.search(r"Page size:\s+792 x 612 pts \(letter\)", _tool("pdfinfo", path))
    words = re.findall(
        r'<word xMin="([\d.]+)"[^>]*>Summary<', _tool("pdftotext", "-bbox", path, "-")
    )
    assert words
    assert float(words[0]) == pytest.approx(50 * 72 / 25.4, abs=1.0)


@pytest.mark.parametrize("setup", [PageSetup(margin_left_mm=200.0), PageSetup(margin_top_mm=-1.0)])
def test_margins_that_leave_no_room_for_text_raise_a_render_error(setup: PageSetup) -> None:
    with pytest.raises(RenderError, match="margin"):
        PdfRenderer().render(
            msgspec.structs.replace(sample_document("en"), page=setup), RenderOptions()
        )


def test_metadata_has_title_author_subject_keywords_language_and_date(render: Render) -> None:
    info = msgspec.structs.replace(
        sample_document("ja").info,
        created=dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9))),
    )
    path = render(msgspec.structs.replace(sample_document("ja"), info=info))
    lines = (line.partition(":") for line in _tool("pdfinfo", path).splitlines())
    fields = {key.strip(): value.strip() for key, _, value in lines}
    assert fields["Title"] == "人工知能戦略本部 政策ブリーフ"
    assert fields["Author"] == "A. Analyst"
    assert fields["Subject"] == "AI Strategy Headquarters"
    assert fields["Keywords"] == "AI, Japan"
    data = path.read_bytes()
    assert b"/Lang (ja-JP)" in data
    assert b"/CreationDate (D:20261125093000+09'00')" in data


def test_level_1_and_2_headings_become_nested_bookmarks_shown_on_opening(
    samples: dict[Lang, Path],
) -> None:
    xml = _tool("pdftohtml", "-xml", "-stdout", "-i", "-q", samples["en"])
    outline = re.sub(r"\s+", "", xml[xml.index("<outline>") : xml.rindex("</outline>")])
    assert outline == re.sub(
        r"\s+",
        "",
        """<outline><item page="1">Summary</item>
        <outline><item page="1">Side by side / 日英対照</item></outline>
        <item page="1">Chronology</item>
        <item page="2">Sources</item>""",
    )
    assert b"/PageMode /UseOutlines" in samples["en"].read_bytes()


def test_links_open_web_pages_and_citations_jump_to_their_source(
    samples: dict[Lang, Path],
) -> None:
    data = samples["en"].read_bytes()
    assert f"/URI ({URL})".encode() in data
    xml = _tool("pdftohtml", "-xml", "-stdout", "-i", "-q", samples["en"])
    targets = re.findall(r'<a href="([^"]+)">', xml)
    assert URL in targets
    # Citations link to "#src-1", which is on page 2 with the Sources.
    assert [t for t in targets if t != URL] and all(t.endswith("#2") for t in targets if t != URL)


@pytest.mark.parametrize(
    ("lang", "header", "marking", "label"),
    [
        ("en", "AI Strategy Headquarters: policy brief", "INTERNAL", "Page {page} of {pages}"),
        ("ja", "人工知能戦略本部 政策ブリーフ", "取扱注意", "{page} / {pages} ページ"),
    ],
)
def test_every_page_has_the_running_header_marking_and_page_x_of_y(
    samples: dict[Lang, Path], lang: Lang, header: str, marking: str, label: str
) -> None:
    pages = _pages(samples[lang])
    assert pages >= 2
    for page in range(1, pages + 1):
        text = _text(samples[lang], page=page)
        assert header in text
        assert marking in text
        assert "briefgen" in text
        assert label.format(page=page, pages=pages) in text


def test_page_label_with_unknown_braces_is_printed_as_written(render: Render) -> None:
    running = Running(header_left="{x}", page_label="{page}{pages} {unknown} {{ }")
    path = render(msgspec.structs.replace(sample_document("en"), running=running))
    assert f"1{_pages(path)} {{unknown}} {{{{ }}" in _text(path, page=1)


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_table_header_row_repeats_on_the_next_page(samples: dict[Lang, Path], lang: Lang) -> None:
    last_row = next(
        p for p in range(1, _pages(samples[lang]) + 1) if "(39)" in _text(samples[lang], page=p)
    )
    first_row = next(
        p for p in range(1, _pages(samples[lang]) + 1) if "(0)" in _text(samples[lang], page=p)
    )
    assert last_row > first_row
    text = _text(samples[lang], page=last_row)
    assert "Date" in text
    assert "Event" in text


def test_a_long_japanese_paragraph_keeps_closing_punctuation_off_line_starts(
    render: Render,
) -> None:
    # Each paragraph shifts the text by one character, so 、 and 。 reach the
    # end of a line in every position; without kinsoku some line would start with them.
    paragraphs = tuple(
        Paragraph(
            (Span(("人工知能戦略本部" + "あ" * k + "、設置された。「本部」は") * 12, lang="ja"),),
            lang="ja",
        )
        for k in range(1, 12)
    )
    path = render(Document(info=DocumentInfo(title="kinsoku"), blocks=paragraphs))
    lines = [line.strip() for line in _text(path, layout=True).splitlines() if line.strip()]
    assert len(lines) > 40
    assert not [line for line in lines if line[0] in "、。」）)"]


@pytest.mark.parametrize(
    "block",
    [
        Paragraph((Span("w" * 10_000),)),
        Paragraph((Span("あ" * 10_000, lang="ja"),), lang="ja"),
        Heading("h" * 10_000, level=2),
        Table(header=(Cell((Paragraph((Span("w" * 10_000),)),)),), rows=(), widths=(1.0,)),
        Table(
            header=(Cell((Paragraph((Span("Head"),)),)), Cell(())),
            rows=((Cell((Paragraph((Span("w" * 10_000),)),)), Cell(())),),
            widths=(1.0, 3.0),
        ),
    ],
    ids=["paragraph", "japanese", "heading", "table-header", "table-cell"],
)
def test_a_ten_thousand_character_word_wraps_across_lines_and_pages(
    render: Render, block: Paragraph | Heading | Table
) -> None:
    document = Document(
        info=DocumentInfo(title="long"), blocks=(block,), running=Running(header_left="x" * 10_000)
    )
    path = render(document)
    assert _pages(path) >= 2
    assert len(_squeeze(_text(path))) > 10_000


def test_a_long_japanese_paragraph_with_two_fonts_splits_anywhere_on_the_page(
    render: Render,
) -> None:
    # The rest of a split paragraph reuses the lines already broken; shifting the
    # paragraph down line by line splits it at every position of the page.
    paragraph = Paragraph((Span("あ" * 5000, lang="ja"), Span("x")), lang="ja")
    for filler in range(40):
        blocks = (*(Paragraph((Span("x"),)) for _ in range(filler)), paragraph)
        path = render(Document(info=DocumentInfo(title="split"), blocks=blocks))
        assert _squeeze(_text(path)).count("あ") == 5000


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_paragraph_of_many_runs_split_over_many_pages_keeps_every_word_in_order(
    render: Render, lang: Lang
) -> None:
    # A narrow column makes one paragraph of alternating bold and plain runs run
    # over dozens of pages; the rest of each split reuses the lines already broken.
    spans = tuple(Span(f"w{n} ", lang=lang, bold=n % 2 == 0) for n in range(1500))
    row = (Cell((Paragraph(spans, lang=lang),)), Cell((Paragraph((Span("x"),)),)))
    table = Table(header=(), rows=(row,), widths=(1.0, 10.0))
    path = render(Document(info=DocumentInfo(title="runs"), blocks=(table,)))
    assert _pages(path) > 10
    # Japanese lines may break inside "w12", so compare the text with no spaces,
    # no page labels and no "x" from the other column.
    text = re.sub(r"Page\d+of\d+", "", _squeeze(_text(path))).replace("x", "")
    assert text == "".join(f"w{n}" for n in range(1500))


def test_markup_in_text_is_printed_literally(render: Render, samples: dict[Lang, Path]) -> None:
    assert "An analyst's note with <markup> & ampersands." in _text(samples["en"])
    spans = (Span("<b>not bold</b> &amp; <a href='x'>"), Span(" <font face='Helvetica'>x</font>"))
    path = render(Document(info=DocumentInfo(title="<i>"), blocks=(Paragraph(spans),)))
    assert "<b>not bold</b> &amp; <a href='x'> <font face='Helvetica'>x</font>" in _text(path)
    assert not any("Helvetica" in row["name"] for row in _fonts(path))


def test_characters_missing_from_a_font_fall_back_or_show_a_square(render: Render) -> None:
    spans = (Span("English with 日本語 inside, an emoji 😀 and \x00control\x07 characters"),)
    path = render(Document(info=DocumentInfo(title="fallback"), blocks=(Paragraph(spans),)))
    text = _text(path)
    assert "English with 日本語 inside, an emoji □ and control characters" in text
    assert {"NotoSerif-Regular", "IPAexMincho"} <= {
        row["name"].split("+")[1] for row in _fonts(path)
    }


def test_font_runs_pick_a_font_with_the_glyph_for_every_character() -> None:
    fonts = register_fonts()
    assert font_runs("Plain text", "en", fonts) == [Run(LATIN, "Plain text")]
    assert font_runs("AI法 2025", "ja", fonts) == [Run(MINCHO, "AI法 2025")]
    assert font_runs("The 本部 HQ", "en", fonts) == [
        Run(LATIN, "The "),
        Run(MINCHO, "本部"),
        Run(LATIN, " HQ"),
    ]
    assert font_runs("a😀b", "en", fonts) == [
        Run(LATIN, "a"),
        Run(MINCHO, MISSING_GLYPH),
        Run(LATIN, "b"),
    ]
    assert font_runs("x\u200d\ufe0fy\x00", "en", fonts) == [Run(LATIN, "xy")]


def test_text_is_cleaned_and_decomposed_accents_are_composed() -> None:
    assert clean_for_pdf("e\u0301\tか\u3099\r\nx\ud800") == "é が\nx\ufffd"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a b", "https://example.org/a%20b"),
        ("https://例え.jp/パス", "https://%E4%BE%8B%E3%81%88.jp/%E3%83%91%E3%82%B9"),
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("#src-1", "#src-1"),
        ("#missing", None),
        ("http://[", None),
    ],
)
def test_only_web_links_and_existing_anchors_become_links(url: str, expected: str | None) -> None:
    assert link_target(url, frozenset({"src-1"})) == expected


@pytest.mark.parametrize("widths", [(1.0, 3.0), (1e305, 3e305), (0.25, 0.75)])
def test_relative_column_widths_of_any_scale_give_the_same_columns(
    render: Render, widths: tuple[float, float]
) -> None:
    row = (Cell((Paragraph((Span("Left"),)),)), Cell((Paragraph((Span("Right"),)),)))
    table = Table(header=(), rows=(row,), widths=widths)
    path = render(Document(info=DocumentInfo(title="t"), blocks=(table,)))
    boxes = _tool("pdftotext", "-bbox", path, "-")
    x = re.findall(r'<word xMin="([\d.]+)"[^>]*>Right<', boxes)
    frame = (210 - 40) * 72 / 25.4
    assert float(x[0]) == pytest.approx(20 * 72 / 25.4 + frame / 4 + 5, abs=1.0)


def test_too_many_table_columns_raise_a_render_error() -> None:
    row = tuple(Cell((Paragraph((Span("x"),)),)) for _ in range(100))
    table = Table(header=row, rows=(), widths=(1.0,) * 100)
    with pytest.raises(RenderError, match="100 columns"):
        PdfRenderer().render(
            Document(info=DocumentInfo(title="t"), blocks=(table,)), RenderOptions()
        )


def test_an_empty_document_is_still_a_one_page_pdf(render: Render) -> None:
    assert _pages(render(Document(info=DocumentInfo(title=""), blocks=()))) == 1


def test_renders_in_several_threads_at_once_give_the_same_pdf_as_one_alone(
    tmp_path: Path,
) -> None:
    # The app renders previews and thumbnails on worker threads; fonts, the
    # token cache and reportlab's per-document font subsets are shared state.
    from concurrent.futures import ThreadPoolExecutor

    # Accented letters make the subsetter copy composite glyphs, the slow part
    # where two threads once collided.
    accents = Paragraph((Span("éèêëàâäçñøåœæ ÉÈÊËÀ naïve café façade Ångström " * 5),))
    samples = {
        lang: msgspec.structs.replace(document, blocks=(*document.blocks, accents))
        for lang in ("en", "ja")
        if (document := sample_document(lang))
    }
    documents = [samples[lang] for lang in ("en", "ja") * 48]
    alone = {lang: _squeeze(_text(_written(tmp_path, f"alone-{lang}", samples[lang])))
             for lang in ("en", "ja")}  # fmt: skip
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads very often, so that races show
    try:
        with ThreadPoolExecutor(max_workers=16) as pool:
            render = partial(PdfRenderer().render, options=RenderOptions())
            results = list(pool.map(render, documents))
    finally:
        sys.setswitchinterval(interval)
    for n, (document, data) in enumerate(zip(documents, results, strict=True)):
        path = tmp_path / f"thread-{n}.pdf"
        path.write_bytes(data)
        assert _squeeze(_text(path)) == alone[document.running.lang]


def test_fonts_are_subset_under_one_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    # The stress test above catches a race only when the threads happen to meet;
    # this checks, every time, that saving (which subsets the shared fonts) holds
    # the renderer's lock, so two threads never subset at once.
    from reportlab.pdfgen.canvas import Canvas

    from briefgen.render.pdf import renderer as pdf_renderer

    held: list[bool] = []
    save = Canvas.save

    def checked_save(canvas: Canvas) -> None:
        held.append(pdf_renderer._SUBSETTING.locked())
        save(canvas)

    monkeypatch.setattr(Canvas, "save", checked_save)
    PdfRenderer().render(sample_document("ja"), RenderOptions())
    assert held == [True]


def _written(folder: Path, name: str, document: Document) -> Path:
    path = folder / f"{name}.pdf"
    path.write_bytes(PdfRenderer().render(document, RenderOptions()))
    return path


def test_a_heading_never_ends_a_page_without_the_start_of_what_follows(render: Render) -> None:
    # From review: a 3-line paragraph cannot split, so room for two lines under
    # a heading is not enough; shifting the text down line by line tries every
    # position at the foot of the page.
    body = Paragraph((Span(" ".join(["lorem ipsum dolor sit amet"] * 9)),))
    for filler in range(26, 40):
        blocks: tuple[Block, ...] = (
            *(Paragraph((Span(f"filler {n}"),)) for n in range(filler)),
            Heading("THE HEADING", level=1),
            body,
        )
        path = render(Document(info=DocumentInfo(title="keep"), blocks=blocks))
        for page in range(1, _pages(path) + 1):
            text = _text(path, page=page)
            if "THE HEADING" in text:
                assert "lorem" in text, f"{filler} fillers: the heading ends page {page} alone"


def test_reportlab_formats_numbers_and_strings_with_its_c_accelerator() -> None:
    # rl_accel (a briefgen dependency) does in C what reportlab otherwise does in
    # Python for every number and string it writes: half of a PDF render.
    from reportlab.lib import rl_accel

    assert getattr(rl_accel.fp_str, "__module__", "") == "_rl_accel"
    assert getattr(rl_accel.escapePDF, "__module__", "") == "_rl_accel"
