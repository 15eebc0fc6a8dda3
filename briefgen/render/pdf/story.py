"""Turn a document's blocks into the PDF's blocks: the type scale, lists, tables, sources.

The blocks are briefgen's own (:mod:`briefgen.render.pdf.paragraph`,
:mod:`briefgen.render.pdf.layout`), not reportlab's flowables; used only by
:mod:`briefgen.render.pdf.renderer`. The look follows Word's built-in
styles, so the PDF and the DOCX read alike: a large title with the marking
above it, blue Heading 1-3, bullets, a ruled note (italic in English, never
in Japanese), small captions, gridded tables with a shaded header row that
repeats on every page, and borderless side-by-side columns for bilingual text.
"""

from __future__ import annotations

import math
from functools import cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from briefgen.core.composition.document import Block as DocBlock
from briefgen.core.composition.document import (
    Cell,
    Document,
    Heading,
    Lang,
    Paragraph,
    ParagraphStyle,
    SourceList,
    Span,
    Table,
)
from briefgen.render.base import RenderError
from briefgen.render.pdf.fonts import LATIN, MINCHO, RegisteredFonts
from briefgen.render.pdf.layout import Block, PageBreak, Rule
from briefgen.render.pdf.lines import Ink, tokenize
from briefgen.render.pdf.looks import LOOKS, metrics
from briefgen.render.pdf.paragraph import BlockStyle, TextBlock, measure
from briefgen.render.pdf.table import Table as LaidTable
from briefgen.render.pdf.table import TableLook
from briefgen.render.pdf.text import anchor_key, clean_for_pdf, paragraph_pieces

ACCENT = "#1F4E79"  # headings and rules, as Word's built-in heading styles
RULE = "#BFBFBF"
GRID = "#A6A6A6"
HEADER_FILL = "#DCE6F1"
STRIPE_FILL = "#F5F8FC"
MIN_COLUMN = 30.0  # points: no table column is narrower


def build_story(
    document: Document, fonts: RegisteredFonts, frame: tuple[float, float]
) -> list[Block | PageBreak]:
    """Return the blocks for ``document`` (title block, then blocks) for a text area ``frame``.

    Raise :class:`RenderError` for a table with more columns than the page can hold.
    """
    return _StoryBuilder(document, fonts, frame).build()


@cache
def _style(kind: str, lang: Lang, context: str = "body", hang: float = 0.0) -> BlockStyle:
    """Return the style for a kind of paragraph in a language and context.

    ``context`` is "body", "cell" (smaller, tighter) or "source" (a hanging
    indent of ``hang`` points for the "[n]" number).
    """
    look = LOOKS.get(kind, LOOKS[ParagraphStyle.BODY])
    size, leading, before, after, indent = metrics(kind, lang, context)
    bullet_indent = max(indent - 10.5, 0.0) if kind == ParagraphStyle.BULLET else 0.0
    if context == "source":
        bullet_indent, indent = indent, indent + hang
    justify = lang == "ja" and kind in (
        ParagraphStyle.BODY,
        ParagraphStyle.BULLET,
        ParagraphStyle.BULLET_CONTINUE,
        ParagraphStyle.NOTE,
    )
    return BlockStyle(
        size=size,
        leading=leading,
        colour=look.colour,
        space_before=before,
        space_after=after,
        indent=indent,
        bullet_indent=bullet_indent,
        bullet_face=LATIN,
        justify=justify,
        keep_with_next=look.keep_with_next,
        ruled=kind == ParagraphStyle.NOTE,
    )


def _family(lang: Lang) -> str:
    """Return the font family a paragraph's style uses for its language."""
    return MINCHO if lang == "ja" else LATIN


class _StoryBuilder:
    """Turn the document's blocks into blocks to lay out on pages."""

    def __init__(
        self, document: Document, fonts: RegisteredFonts, frame: tuple[float, float]
    ) -> None:
        self.document = document
        self.fonts = fonts
        self.frame_width, self.frame_height = frame
        self.anchors = frozenset(_declared_anchors(document.blocks))
        self.placed: set[str] = set()  # anchors given a destination already

    def build(self) -> list[Block | PageBreak]:
        """Return the blocks: the title block, then every block in order."""
        document = self.document
        story: list[Block | PageBreak] = []
        if document.marking:
            marking = Span(document.marking, lang=document.title_lang, bold=True)
            story.extend(self._paragraph((marking,), "marking", document.title_lang))
        if document.title:
            title = Span(document.title, lang=document.title_lang)
            story.extend(self._paragraph((title,), "title", document.title_lang, bold=True))
        blocks = list(document.blocks)
        front = (ParagraphStyle.META, ParagraphStyle.SUBTITLE)
        while blocks and isinstance(blocks[0], Paragraph) and blocks[0].style in front:
            story.extend(self._block(blocks.pop(0)))
        if story:
            story.append(Rule(0.75, RULE, space_before=4, space_after=10))
        for block in blocks:
            story.extend(self._block(block))
        return story

    def _block(self, block: DocBlock) -> list[Block | PageBreak]:
        if isinstance(block, Paragraph):
            return list(self._body_paragraph(block))
        if isinstance(block, Heading):
            return list(self._heading(block))
        if isinstance(block, Table):
            return self._table(block)
        if isinstance(block, SourceList):
            return self._sources(block)
        return [PageBreak()]

    def _paragraph(
        self,
        spans: tuple[Span, ...],
        kind: str,
        lang: Lang,
        *,
        context: str = "body",
        bold: bool = False,
        anchor: str = "",
        bullet: str = "",
        hang: float = 0.0,
    ) -> list[TextBlock]:
        """Return the block of one paragraph (in a list, as every block is returned)."""
        italic = lang == "en" and kind in (ParagraphStyle.NOTE, ParagraphStyle.CAPTION)
        style = _style(kind, lang, context, hang)
        base = Ink("", style.size, style.colour)
        pieces = paragraph_pieces(spans, self.fonts, self.anchors, base, bold=bold, italic=italic)
        destination = self._place(anchor)
        return [
            TextBlock(
                tokenize(pieces, measure),
                style,
                bullet=bullet,
                destination=anchor_key(destination) if destination else "",
            )
        ]

    def _place(self, anchor: str) -> str:
        """Return ``anchor`` the first time it is placed, "" after (a destination is unique)."""
        if not anchor or anchor in self.placed:
            return ""
        self.placed.add(anchor)
        return anchor

    def _body_paragraph(self, paragraph: Paragraph, context: str = "body") -> list[TextBlock]:
        bullet = "\u2022" if paragraph.style == ParagraphStyle.BULLET else ""
        style, lang = paragraph.style, paragraph.lang
        return self._paragraph(paragraph.spans, style, lang, context=context, bullet=bullet)

    def _heading(self, heading: Heading) -> list[TextBlock]:
        level = min(max(heading.level, 1), 3)
        title = " ".join(clean_for_pdf(heading.text).split())[:200]
        bookmarked = level <= 2 and bool(title)
        anchor = heading.anchor if heading.anchor not in self.placed else ""
        if bookmarked and not anchor:
            anchor = self._new_anchor()  # the bookmark needs a destination of its own
        blocks = self._paragraph(
            (Span(heading.text, lang=heading.lang),),
            f"h{level}",
            heading.lang,
            bold=True,
            anchor=anchor,
        )
        if bookmarked:
            blocks[0].outline = (title, anchor_key(anchor), level - 1)
        return blocks

    def _new_anchor(self) -> str:
        number = len(self.placed)
        while f"briefgen-heading-{number}" in self.anchors | self.placed:
            number += 1
        return f"briefgen-heading-{number}"

    def _cell(self, cell: Cell | None, header: bool) -> list[TextBlock]:
        if cell is None or not cell.paragraphs:
            return []
        blocks: list[TextBlock] = []
        for p in cell.paragraphs:
            if header:
                kind = ParagraphStyle.BODY
                blocks += self._paragraph(p.spans, kind, p.lang, context="cell", bold=True)
            else:
                blocks += self._body_paragraph(p, context="cell")
        return blocks

    def _table(self, table: Table) -> list[Block | PageBreak]:
        columns = max([len(table.header), *(len(row) for row in table.rows)])
        if columns == 0:
            return []
        col_widths = self._column_widths(table.widths, columns)
        rows: list[tuple[Cell, ...]] = [table.header] if table.header else []
        rows.extend(table.rows)
        data = [
            [
                self._cell(row[i] if i < len(row) else None, bool(table.header) and n == 0)
                for i in range(columns)
            ]
            for n, row in enumerate(rows)
        ]
        look = _table_look(table.borderless, bool(table.header), columns)
        header = ""
        if table.header:
            header = "repeat" if self._fits_as_header(data[0], col_widths, look) else "once"
        story: list[Block | PageBreak] = []
        if table.caption is not None:
            caption = table.caption
            story += self._paragraph(caption.spans, ParagraphStyle.CAPTION, caption.lang)
        story.append(
            LaidTable.of(data, col_widths, look, header=header, page_height=self.frame_height)
        )
        return story

    def _column_widths(self, relative: tuple[float, ...], columns: int) -> list[float]:
        """Return column widths in points from relative widths, each at least MIN_COLUMN."""
        if columns * MIN_COLUMN > self.frame_width:
            raise RenderError(f"a table has {columns} columns, too many to fit across the page")
        widths = relative
        if len(widths) != columns or not all(math.isfinite(w) and w > 0 for w in widths):
            widths = (1.0,) * columns
        largest = max(widths)
        shares = [w / largest for w in widths]  # scaled first: huge widths must not overflow
        total = sum(shares)
        points = [max(self.frame_width * share / total, MIN_COLUMN) for share in shares]
        spare = self.frame_width - MIN_COLUMN * columns
        wide = sum(p - MIN_COLUMN for p in points)
        return [MIN_COLUMN + (p - MIN_COLUMN) * spare / wide if wide else p for p in points]

    def _fits_as_header(
        self, row: list[list[TextBlock]], widths: list[float], look: TableLook
    ) -> bool:
        """Return whether the header row is short enough to repeat on every page.

        A header row that repeats must fit on each page with room to spare.
        """
        limit = self.frame_height / 3
        for column, (cell, width) in enumerate(zip(row, widths, strict=True)):
            left, right = look.padding(column)
            height = 0.0
            for block in cell:
                height += block.wrap(max(width - left - right, 1.0)) + block.space_after
                if height > limit:
                    return False
        return True

    def _sources(self, sources: SourceList) -> list[Block | PageBreak]:
        story: list[Block | PageBreak] = []
        if not sources.entries:
            return story
        # One look for every entry, like Word's Bibliography style, with the
        # hanging indent as wide as the widest "[n]".
        numbers = [_number(entry.number) for entry in sources.entries]
        size = LOOKS["source"].size
        widest = max(len(number) for number in numbers)
        hang = math.ceil(stringWidth("[" + "0" * widest + "]", LATIN, size) + 6)
        hang = min(hang, math.floor(self.frame_width / 3))
        for entry, number in zip(sources.entries, numbers, strict=True):
            # An entry with no text still shows its number and is a link target.
            for index, paragraph in enumerate(entry.paragraphs or (Paragraph(()),)):
                story += self._paragraph(
                    paragraph.spans,
                    "source",
                    paragraph.lang,
                    context="source",
                    hang=hang,
                    anchor=entry.anchor if index == 0 else "",
                    bullet=f"[{number}]" if index == 0 else "",
                )
        return story


def _number(number: int) -> str:
    """Return a source number as text; absurdly long ones are cut short."""
    try:
        text = str(number)
    except ValueError:  # more digits than Python will convert
        return "\u2026"
    return text if len(text) <= 12 else text[:11] + "\u2026"


def _declared_anchors(blocks: tuple[DocBlock, ...]) -> set[str]:
    """Return every anchor a link may point to: headings' and sources'.

    Each of them gets a destination (every heading and every source entry
    makes a block), so no link is left pointing nowhere.
    """
    anchors: set[str] = set()
    for block in blocks:
        if isinstance(block, Heading) and block.anchor:
            anchors.add(block.anchor)
        elif isinstance(block, SourceList):
            anchors.update(entry.anchor for entry in block.entries if entry.anchor)
    return anchors


def _table_look(borderless: bool, header: bool, columns: int) -> TableLook:
    """Return a grid with a shaded, repeated header row, or aligned columns with no lines."""
    if borderless:
        # Text aligned with the text area's edges, 18 points between columns.
        inner = (9.0,) * (columns - 1)
        return TableLook(left=(0.0, *inner), right=(*inner, 0.0))
    if not header:
        return TableLook(grid=GRID)
    return TableLook(
        grid=GRID, header_fill=HEADER_FILL, header_rule=ACCENT, stripes=("", STRIPE_FILL)
    )
