"""The composed brief as a tree of blocks: no DOCX or PDF types, only what to say.

:func:`briefgen.core.composition.compose.compose` builds it; each renderer turns it into one
file format. Everything a reader sees is decided here (wording, labels, dates
already formatted for the language, citation numbers, flags), so the DOCX, the
PDF and the preview cannot disagree about content. Renderers decide only how
it looks.

The nodes are immutable msgspec structs rather than dataclasses: they behave
alike (fields, equality, hashing, ``msgspec.structs.replace``), but a struct
class is made in C, and the 12 dataclasses here took 6 ms of every export's
start-up generating their methods.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import msgspec

from briefgen.core.library.model import Lang

# The page a template asks for, part of every document: defined with the templates.
from briefgen.core.templates.page import PageSetup as PageSetup
from briefgen.core.templates.page import PageSize as PageSize
from briefgen.core.templates.page import SourceForm as SourceForm

__all__ = ["Lang"]


SOURCES_ANCHOR = "sec-sources"  # the anchor of the Sources heading: content ends there


class SpanRole(StrEnum):
    """What a run of text is, for renderers that style roles differently."""

    TEXT = "text"
    CITATION = "citation"  # superscript citation numbers, e.g. "[1, 3]"
    FLAG = "flag"  # a status badge, e.g. "UNVERIFIED" / 「未確認」
    MUTED = "muted"  # secondary text: dates, locators
    LABEL = "label"  # a field label in the colophon or a table


class Span(msgspec.Struct, frozen=True):
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


class Paragraph(msgspec.Struct, frozen=True):
    """A paragraph of spans. ``lang`` is the paragraph's main language."""

    spans: tuple[Span, ...]
    style: ParagraphStyle = ParagraphStyle.BODY
    lang: Lang = "en"


class Heading(msgspec.Struct, frozen=True):
    """A section heading; ``level`` 1 to 3. Renderers make level 1-2 into bookmarks."""

    text: str
    level: int = 1
    lang: Lang = "en"
    anchor: str = ""  # a stable id (e.g. "sec-background") for bookmarks and links


class Cell(msgspec.Struct, frozen=True):
    """A table cell: one or more paragraphs."""

    paragraphs: tuple[Paragraph, ...]


class Table(msgspec.Struct, frozen=True):
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


class SourceEntry(msgspec.Struct, frozen=True):
    """One numbered entry of the Sources section."""

    number: int
    paragraphs: tuple[Paragraph, ...]
    anchor: str = ""  # e.g. "src-3": citation spans may link to "#src-3"


class SourceList(msgspec.Struct, frozen=True):
    """The numbered list of sources cited in the brief."""

    entries: tuple[SourceEntry, ...]


class PageBreak(msgspec.Struct, frozen=True):
    """Start a new page."""


Block = Paragraph | Heading | Table | SourceList | PageBreak


class Running(msgspec.Struct, frozen=True):
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


class DocumentInfo(msgspec.Struct, frozen=True):
    """Document properties: what Word shows under File > Info and PDF viewers in Properties."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    language: str = "en-GB"  # BCP 47 tag of the main language: "en-GB" or "ja-JP"
    created: dt.datetime | None = None
    library_version: str = ""  # the library's version and revision (git commit or digest)


class Document(msgspec.Struct, frozen=True):
    """A composed brief, ready for any renderer."""

    info: DocumentInfo
    blocks: tuple[Block, ...]
    running: Running = msgspec.field(default_factory=Running)
    page: PageSetup = msgspec.field(default_factory=PageSetup)
    title: str = ""  # shown as the Title paragraph (Word: Title style)
    title_lang: Lang = "en"
    marking: str = ""  # classification marking, also shown above the title
    # The template's promise: pages of content before the Sources heading (0: none).
    page_budget: int = 0

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
