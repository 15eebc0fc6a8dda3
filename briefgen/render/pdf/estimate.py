"""Estimate how far a brief's content runs before its Sources, in pages, without loading fonts.

A DOCX is paginated by Word on the reader's machine, with fonts briefgen does
not ship; the only page layout briefgen has is the PDF's (the preview's). So a
DOCX's length is judged by the PDF layout of the same document: the same page
setup, the same type scale (:mod:`briefgen.render.pdf.looks`). Laying it out
costs the fonts and the whole layout (about 300 ms for a 60-fact brief, more
than the DOCX export itself), so it is first estimated here from character
counts: a Japanese character is one em wide, Latin text about half an em per
character on average. Only when the estimate is close to the template's length
is the document laid out to measure it (:func:`briefgen.render.export.content_pages`).
"""

from __future__ import annotations

import math

from briefgen.core.composition.document import (
    SOURCES_ANCHOR,
    Document,
    Heading,
    Lang,
    PageSetup,
    PageSize,
    Paragraph,
    ParagraphStyle,
    Table,
)
from briefgen.render.pdf.looks import metrics

POINTS_PER_MM = 72 / 25.4
PAGE_MM = {PageSize.A4: (210.0, 297.0), PageSize.LETTER: (215.9, 279.4)}
LATIN_EM = 0.5  # the average advance of a Latin character (Noto Serif, mixed text), in em
SPACE_EM = 0.25
WIDE_FROM = 0x2E80  # CJK radicals onwards: full-width characters
# A Latin line breaks between words, leaving on average half a word unused.
LATIN_LINE_LOSS_EM = 3.0
CELL_PADDING = (3.0 + 4.0, 10.0)  # points: top + bottom, left + right of a table cell
TITLE_RULE = 4 + 0.75 + 10  # points: the rule below the title block


def text_area(page: PageSetup) -> tuple[float, float]:
    """Return the width and height of the text area of ``page``, in points."""
    width, height = PAGE_MM[page.size]
    if page.landscape:
        width, height = height, width
    width -= page.margin_left_mm + page.margin_right_mm
    height -= page.margin_top_mm + page.margin_bottom_mm
    return max(width, 1.0) * POINTS_PER_MM, max(height, 1.0) * POINTS_PER_MM


def estimate_content_pages(document: Document) -> float:
    """Return an estimate of the pages the content before the Sources heading fills."""
    width, height = text_area(document.page)
    used = 0.0
    if document.marking:
        used += _text_height(document.marking, "marking", document.title_lang, width)
    if document.title:
        used += _text_height(document.title, "title", document.title_lang, width)
    if document.marking or document.title:
        used += TITLE_RULE
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.anchor == SOURCES_ANCHOR:
                break
            level = min(max(block.level, 1), 3)
            used += _text_height(block.text, f"h{level}", block.lang, width)
        elif isinstance(block, Paragraph):
            used += _paragraph_height(block, width)
        elif isinstance(block, Table):
            used += _table_height(block, width)
    return used / height


def _paragraph_height(paragraph: Paragraph, width: float, context: str = "body") -> float:
    text = "".join(span.text for span in paragraph.spans)
    return _text_height(text, paragraph.style, paragraph.lang, width, context)


def _table_height(table: Table, width: float) -> float:
    rows = ([table.header] if table.header else []) + list(table.rows)
    columns = max((len(row) for row in rows), default=0)
    if not columns:
        return 0.0
    weights = table.widths if len(table.widths) == columns else (1.0,) * columns
    total = sum(weights) or 1.0
    widths = [width * weight / total - CELL_PADDING[1] for weight in weights]
    height = 0.0
    for row in rows:
        tallest = 0.0
        for cell, cell_width in zip(row, widths, strict=False):
            tallest = max(
                tallest,
                sum(_paragraph_height(p, cell_width, "cell") for p in cell.paragraphs),
            )
        height += tallest + CELL_PADDING[0]
    return height


def _text_height(text: str, kind: str, lang: Lang, width: float, context: str = "body") -> float:
    """Return the height of ``text`` set as a paragraph of ``kind``, lines counted by width."""
    size, leading, before, after, indent = metrics(kind, lang, context)
    if kind == ParagraphStyle.BULLET and context == "body":
        indent = max(indent, 0.0)
    line_em = max((width - indent) / size, 4.0)
    ems = 0.0
    latin = 0
    for char in text:
        if ord(char) >= WIDE_FROM:
            ems += 1.0
        elif char == " ":
            ems += SPACE_EM
        else:
            ems += LATIN_EM
            latin += 1
    loss = LATIN_LINE_LOSS_EM if latin * 2 > len(text) else 0.5
    lines = max(1, math.ceil(ems / max(line_em - loss, 1.0)))
    return before + lines * leading + after
