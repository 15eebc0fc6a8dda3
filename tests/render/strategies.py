"""Hypothesis strategies for documents full of awkward text, shared by the renderer tests."""

from __future__ import annotations

import math

from hypothesis import strategies as st

from briefgen.core.composition.document import (
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

# Every code point, surrogates and control characters included, plus the awkward cases by name.
any_char = st.characters(exclude_categories=())
awkward = st.sampled_from(
    [
        "<",
        "&",
        "<b>",
        "</font>",
        "]]>",
        "\x00",
        "\x0c",
        "\x85",
        "\ud800",
        "\udfff",
        "\ufffe",
        "😀",
        "👨\u200d👩\u200d👧",
        "𠮷",
        "e\u0301\u0308",
        "שלום עולם",
        "مرحبا",
        "\u202e",
        "\r\n",
        "\t",
        "、。」",
        "w" * 10_000,
        "あ" * 10_000,
    ]
)
texts = st.one_of(
    st.text(any_char, max_size=30), awkward, st.lists(awkward, max_size=4).map("".join)
)
urls = st.one_of(
    st.none(),
    texts.map(lambda t: "https://example.org/" + t),
    texts.map(lambda t: "#" + t),
    st.sampled_from(["#src-1", "#sec-a", "javascript:alert(1)", "mailto:a@b.c"]),
    texts,
)
langs = st.sampled_from(["en", "ja"])
spans = st.builds(
    Span,
    text=texts,
    lang=langs,
    bold=st.booleans(),
    italic=st.booleans(),
    role=st.sampled_from(list(SpanRole)),
    url=urls,
)
paragraphs = st.builds(
    Paragraph,
    spans=st.lists(spans, max_size=4).map(tuple),
    style=st.sampled_from(list(ParagraphStyle)),
    lang=langs,
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
    lang=langs,
    anchor=st.one_of(texts, st.sampled_from(["src-1", "sec-a"])),
)
sources = st.builds(
    SourceList,
    entries=st.lists(
        st.builds(
            SourceEntry,
            number=st.integers(-(10**30), 10**30),
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
        lang=langs,
    ),
    title=texts,
    title_lang=langs,
    marking=texts,
)

page_setups = st.builds(
    PageSetup,
    size=st.sampled_from(list(PageSize)),
    landscape=st.booleans(),
    margin_top_mm=floats,
    margin_bottom_mm=floats,
    margin_left_mm=floats,
    margin_right_mm=floats,
)


def expected_page(page: PageSetup) -> tuple[float, float, bool]:
    """Return the paper's width and height in mm, and whether its margins leave room to write."""
    width, height = (210.0, 297.0) if page.size is PageSize.A4 else (215.9, 279.4)
    if page.landscape:
        width, height = height, width
    margins = (page.margin_left_mm, page.margin_right_mm, page.margin_top_mm, page.margin_bottom_mm)
    sensible = all(math.isfinite(m) and m >= 0 for m in margins) and (
        min(width - margins[0] - margins[1], height - margins[2] - margins[3]) >= 20
    )
    return width, height, sensible
