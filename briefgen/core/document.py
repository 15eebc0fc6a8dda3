"""The composed brief as a tree of blocks: no DOCX or PDF types, only what to say.

:func:`briefgen.core.compose.compose` builds it; each renderer turns it into one
file format. Everything a reader sees is decided here (wording, labels, dates
already formatted for the language, citation numbers, flags), so the DOCX, the
PDF and the preview cannot disagree about content. Renderers decide only how
it looks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from briefgen.core.model import Lang

__all__ = ["Lang"]


class SpanRole(StrEnum):
    """What a run of text is, for renderers that style roles differently."""

    TEXT = "text"
    CITATION = "citation"  # superscript citation numbers, e.g. "[1, 3]"
    FLAG = "flag"  # a status badge, e.g. "UNVERIFIED" / 「未確認」
    MUTED = "muted"  # secondary text: dates, locators
    LABEL = "label"  # a field label in the colophon or a table


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with one set of attributes; ``url`` makes it a hyperlink."""

    text: str
    lang: Lang = "en"
    bold: bool = False
    italic: bool = False
    role: SpanRole = SpanRole.TEXT
    url: str | None = None


class ParagraphStyle(StrEnum):
    """The kinds of paragraph a brief uses; each renderer maps them to its styles."""

    BODY = "body"  # Word: Normal
    BULLET = "bullet"  # Word: List Bullet
    BULLET_CONTINUE = "bullet-continue"  # the same item in its second language; Word: List Continue
    NOTE = "note"  # an analyst's note; Word: Quote
    SUBTITLE = "subtitle"  # Word: Subtitle
    META = "meta"  # author, organisation, date under the title
    CAPTION = "caption"  # Word: Caption
    SMALL = "small"  # colophon and fine print


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of spans. ``lang`` is the paragraph's main language."""

    spans: tuple[Span, ...]
    style: ParagraphStyle = ParagraphStyle.BODY
    lang: Lang = "en"


@dataclass(frozen=True, slots=True)
class Heading:
    """A section heading; ``level`` 1 to 3. Renderers make level 1-2 into bookmarks."""

    text: str
    level: int = 1
    lang: Lang = "en"
    anchor: str = ""  # a stable id (e.g. "sec-background") for bookmarks and links


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell: one or more paragraphs."""

    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row that repeats on every page.

    ``widths`` are relative column widths (they need not sum to 1). A
    ``borderless`` table lays content out in aligned columns (the side-by-side
    bilingual layout) rather than showing a grid.
    """

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]
    borderless: bool = False
    caption: Paragraph | None = None


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One numbered entry of the Sources section."""

    number: int
    paragraphs: tuple[Paragraph, ...]
    anchor: str = ""  # e.g. "src-3": citation spans may link to "#src-3"


@dataclass(frozen=True, slots=True)
class SourceList:
    """The numbered list of sources cited in the brief."""

    entries: tuple[SourceEntry, ...]


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Start a new page."""


Block = Paragraph | Heading | Table | SourceList | PageBreak


class PageSize(StrEnum):
    """Paper sizes."""

    A4 = "A4"
    LETTER = "Letter"


@dataclass(frozen=True, slots=True)
class PageSetup:
    """Paper and margins (millimetres)."""

    size: PageSize = PageSize.A4
    landscape: bool = False
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    margin_left_mm: float = 20.0
    margin_right_mm: float = 20.0


@dataclass(frozen=True, slots=True)
class Running:
    """Header and footer text.

    ``page_label`` is a pattern with ``{page}`` and ``{pages}`` placeholders, in
    the brief's language ("Page {page} of {pages}" / "{page} / {pages} ページ"):
    renderers put live page-number fields there.
    """

    header_left: str = ""
    header_right: str = ""  # the classification marking
    footer_left: str = ""
    page_label: str = "Page {page} of {pages}"
    lang: Lang = "en"


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """Document properties: what Word shows under File > Info and PDF viewers in Properties."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en-GB"  # BCP 47 tag of the main language: "en-GB" or "ja-JP"
    created: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A composed brief, ready for any renderer."""

    info: DocumentInfo
    blocks: tuple[Block, ...]
    running: Running = field(default_factory=Running)
    page: PageSetup = field(default_factory=PageSetup)
    title: str = ""  # shown as the Title paragraph (Word: Title style)
    title_lang: Lang = "en"
    marking: str = ""  # classification marking, also shown above the title

    def text(self) -> str:
        """Return all visible text, one block per line (for tests and previews)."""
        lines = [self.marking, self.title] if self.marking else [self.title]
        for block in self.blocks:
            lines.extend(_block_text(block))
        return "\n".join(line for line in lines if line)


def _paragraph_text(paragraph: Paragraph) -> str:
    return "".join(span.text for span in paragraph.spans)


def _block_text(block: Block) -> list[str]:
    if isinstance(block, Paragraph):
        return [_paragraph_text(block)]
    if isinstance(block, Heading):
        return [block.text]
    if isinstance(block, Table):
        rows = [block.header, *block.rows]
        return [
            " | ".join(" ".join(_paragraph_text(p) for p in cell.paragraphs) for cell in row)
            for row in rows
        ]
    if isinstance(block, SourceList):
        return [
            f"[{entry.number}] " + " ".join(_paragraph_text(p) for p in entry.paragraphs)
            for entry in block.entries
        ]
    return []
