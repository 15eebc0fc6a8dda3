"""Property tests: any text in any place gives a valid DOCX, or a RenderError, never a crash."""

from __future__ import annotations

import io
import math
import zipfile
from typing import Any
from xml.etree import ElementTree

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.core.document import (
    Block,
    Cell,
    Document,
    DocumentInfo,
    Heading,
    PageBreak,
    PageSetup,
    PageSize,
    Paragraph,
    ParagraphStyle,
    Running,
    SourceEntry,
    SourceList,
    Span,
    SpanRole,
    Table,
)
from briefgen.render.base import RenderError, RenderOptions
from briefgen.render.docx import DocxRenderer
from briefgen.render.safe_text import clean_text

SETTINGS = settings(max_examples=30, deadline=None)

# Every code point, surrogates and control characters included, plus the awkward cases by name.
any_char = st.characters(exclude_categories=())
awkward = st.sampled_from(
    [
        "<",
        "&",
        "]]>",
        "\x00",
        "\x0c",
        "\ud800",
        "\udfff",
        "\ufffe",
        "😀",
        "𠮷",
        "\r\n",
        "\t",
        "w" * 10_000,
    ]
)
texts = st.one_of(
    st.text(any_char, max_size=30), awkward, st.lists(awkward, max_size=4).map("".join)
)
urls = st.one_of(
    st.none(),
    texts.map(lambda t: "https://example.org/" + t),
    texts.map(lambda t: "#" + t),
    texts,
)
spans = st.builds(
    Span,
    text=texts,
    lang=st.sampled_from(["en", "ja"]),
    bold=st.booleans(),
    italic=st.booleans(),
    role=st.sampled_from(list(SpanRole)),
    url=urls,
)
paragraphs = st.builds(
    Paragraph,
    spans=st.lists(spans, max_size=4).map(tuple),
    style=st.sampled_from(list(ParagraphStyle)),
    lang=st.sampled_from(["en", "ja"]),
)
cells = st.builds(Cell, paragraphs=st.lists(paragraphs, max_size=2).map(tuple))
floats = st.floats(allow_nan=True, allow_infinity=True)
tables = st.builds(
    Table,
    header=st.lists(cells, max_size=3).map(tuple),
    rows=st.lists(st.lists(cells, max_size=3).map(tuple), max_size=3).map(tuple),
    widths=st.lists(floats, max_size=3).map(tuple),
    borderless=st.booleans(),
    caption=st.one_of(st.none(), paragraphs),
)
headings = st.builds(
    Heading,
    text=texts,
    level=st.integers(-3, 9),
    lang=st.sampled_from(["en", "ja"]),
    anchor=st.one_of(texts, st.sampled_from(["src-1", "sec-a"])),
)
sources = st.builds(
    SourceList,
    entries=st.lists(
        st.builds(
            SourceEntry,
            number=st.integers(-(10**6), 10**6),
            paragraphs=st.lists(paragraphs, max_size=2).map(tuple),
            anchor=st.one_of(texts, st.just("src-1")),
        ),
        max_size=3,
    ).map(tuple),
)
blocks: st.SearchStrategy[Block] = st.one_of(
    paragraphs, headings, tables, sources, st.just(PageBreak())
)
documents = st.builds(
    Document,
    info=st.builds(
        DocumentInfo,
        title=texts,
        author=texts,
        subject=texts,
        keywords=st.lists(texts, max_size=3).map(tuple),
        language=st.one_of(st.sampled_from(["en-GB", "ja-JP", "en-US"]), texts),
    ),
    blocks=st.lists(blocks, max_size=6).map(tuple),
    running=st.builds(
        Running,
        header_left=texts,
        header_right=texts,
        footer_left=texts,
        page_label=st.one_of(
            st.just("{page} / {pages} ページ"), texts, texts.map("{page}{{".__add__)
        ),
        lang=st.sampled_from(["en", "ja"]),
    ),
    title=texts,
    title_lang=st.sampled_from(["en", "ja"]),
    marking=texts,
)


def assert_valid_docx(data: bytes) -> None:
    """Check that python-docx reopens ``data`` and that every XML part parses."""
    word = docx.Document(io.BytesIO(data))
    assert word.element.body is not None
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(package.read(name))


@SETTINGS
@given(documents)
def test_any_document_renders_to_a_valid_docx_or_a_render_error(document: Document) -> None:
    try:
        data = DocxRenderer().render(document, RenderOptions())
    except RenderError:
        return
    assert_valid_docx(data)


@SETTINGS
@given(texts, st.sampled_from(["en", "ja"]))
def test_paragraph_text_survives_as_cleaned_text(text: str, lang: str) -> None:
    span = Span(text, lang="ja" if lang == "ja" else "en")
    document = Document(info=DocumentInfo(title="t"), blocks=(Paragraph((span,)),))
    word = docx.Document(io.BytesIO(DocxRenderer().render(document, RenderOptions())))
    expected = clean_text(text).replace("\r", "\n")
    assert word.paragraphs[0].text == expected


@SETTINGS
@given(
    st.builds(
        PageSetup,
        size=st.sampled_from(list(PageSize)),
        landscape=st.booleans(),
        margin_top_mm=floats,
        margin_bottom_mm=floats,
        margin_left_mm=floats,
        margin_right_mm=floats,
    )
)
def test_any_page_setup_renders_or_raises_render_error(page: PageSetup) -> None:
    document = Document(info=DocumentInfo(title="t"), blocks=(), page=page)
    width, height = (210.0, 297.0) if page.size is PageSize.A4 else (215.9, 279.4)
    if page.landscape:
        width, height = height, width
    margins = (page.margin_left_mm, page.margin_right_mm, page.margin_top_mm, page.margin_bottom_mm)
    sensible = all(math.isfinite(m) and m >= 0 for m in margins) and (
        min(width - margins[0] - margins[1], height - margins[2] - margins[3]) >= 20
    )
    try:
        data = DocxRenderer().render(document, RenderOptions())
    except RenderError:
        assert not sensible
        return
    assert sensible
    section: Any = docx.Document(io.BytesIO(data)).sections[0]
    assert section.page_width.mm == pytest.approx(width, abs=0.1)
    assert section.left_margin.mm == pytest.approx(page.margin_left_mm, abs=0.1)
    assert section.bottom_margin.mm == pytest.approx(page.margin_bottom_mm, abs=0.1)
