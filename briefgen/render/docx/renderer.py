"""Write a composed brief as a Word document, styled by a reference document.

Like pandoc's ``--reference-doc``, every brief starts from a reference .docx
(``RenderOptions.reference_docx``, else ``templates/reference.docx``, made by
``scripts/make_reference_docx.py``): its styles, page setup, headers and footers
are kept and its body is thrown away. Everything is styled through Word's
built-in styles, so an organisation restyles every brief by editing one file:

=====================  ========================================================
Tree                   Word style
=====================  ========================================================
title / marking        Title / Note Heading (the marking also in the header)
Heading level 1-3      Heading 1-3 (other levels clamped), bookmarked by ``anchor``
BODY, BULLET, NOTE     Normal, List Bullet, Quote
BULLET_CONTINUE        List Continue (a bullet's second language, no bullet)
SUBTITLE, CAPTION      Subtitle, Caption (also for table captions)
META                   Message Header (author, organisation, date lines)
SMALL                  Body Text 3 (Word's small-print style; the colophon)
SourceList entries     Bibliography ("[n]" and a tab, hanging indent)
Table                  Table Grid, or Normal Table when borderless
header / footer        Header / Footer; the marking in Strong
=====================  ========================================================

Span roles use built-in character styles: MUTED is Subtle Emphasis, FLAG is
Intense Emphasis (and bold), LABEL is Strong. The few direct properties are the
ones the tree asks for (bold, italic, superscript citations), tab stops and
column widths that follow the page setup, and languages: Japanese runs are
tagged ja-JP (East Asian) so Word picks the East Asian font the style names.
Web links use the Hyperlink style; links to "#anchor" are clickable but keep
the look of their role (citation numbers are not blue in print).

Missing styles in a custom reference document are copied from the shipped one.
The prepared reference is cached per process as bytes and parsed per render.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import docx
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Mm, Twips

from briefgen.core.brief.notices import BriefWarning
from briefgen.core.composition.document import (
    Block,
    Document,
    Heading,
    Lang,
    PageBreak,
    PageSetup,
    PageSize,
    Paragraph,
    ParagraphStyle,
    SourceList,
    Span,
    SpanRole,
    Table,
)
from briefgen.core.system.paths import templates_dir
from briefgen.render.base import CitationStyle, RenderError, RenderOptions
from briefgen.render.docx import wordml as xml
from briefgen.render.docx.footnotes import Footnotes, cited_sources, split_citations
from briefgen.render.docx.reference import Reference, reference
from briefgen.render.safe_text import clean_text

Element = Any  # python-docx's lxml elements are untyped

PARAGRAPH_STYLES: Mapping[ParagraphStyle, str] = {
    ParagraphStyle.BODY: "Normal",
    ParagraphStyle.BULLET: "List Bullet",
    ParagraphStyle.BULLET_CONTINUE: "List Continue",
    ParagraphStyle.NOTE: "Quote",
    ParagraphStyle.SUBTITLE: "Subtitle",
    ParagraphStyle.META: "Message Header",
    ParagraphStyle.CAPTION: "caption",
    ParagraphStyle.SMALL: "Body Text 3",
}
ROLE_STYLES: Mapping[SpanRole, str] = {
    SpanRole.MUTED: "Subtle Emphasis",
    SpanRole.FLAG: "Intense Emphasis",
    SpanRole.LABEL: "Strong",
}
TITLE, MARKING, SOURCE, HEADER, FOOTER = "Title", "Note Heading", "Bibliography", "header", "footer"
HEADINGS = ("heading 1", "heading 2", "heading 3")
HYPERLINK, STRONG = "Hyperlink", "Strong"
FOOTNOTE_TEXT, FOOTNOTE_MARK = "footnote text", "footnote reference"
# Paragraphs set justified in Japanese, as the PDF sets them (Word's East Asian justification).
JUSTIFIED = frozenset(
    (
        ParagraphStyle.BODY,
        ParagraphStyle.BULLET,
        ParagraphStyle.BULLET_CONTINUE,
        ParagraphStyle.NOTE,
    )
)
GRID_TABLE, PLAIN_TABLE = "Table Grid", "Normal Table"
# Style names as stored in styles.xml (Word keeps some built-in names in lower case), by type.
REQUIRED_STYLES: tuple[tuple[str, str], ...] = (
    *(("paragraph", name) for name in PARAGRAPH_STYLES.values()),
    *(("paragraph", name) for name in (TITLE, MARKING, SOURCE, HEADER, FOOTER, *HEADINGS)),
    ("paragraph", FOOTNOTE_TEXT),
    *(("character", name) for name in (*ROLE_STYLES.values(), HYPERLINK, FOOTNOTE_MARK)),
    ("table", GRID_TABLE),
    ("table", PLAIN_TABLE),
)
PAGE_MM: Mapping[PageSize, tuple[float, float]] = {
    PageSize.A4: (210.0, 297.0),
    PageSize.LETTER: (215.9, 279.4),
}
MIN_TEXT_MM = 20.0
JAPANESE = "ja-JP"
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_PAGE_FIELDS = re.compile(r"(\{page\}|\{pages\})")
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~-._"


class DocxRenderer:
    """Render a :class:`Document` as a Word (.docx) file."""

    format_name = "DOCX"
    extension = ".docx"

    def warnings(self, document: Document) -> tuple[BriefWarning, ...]:
        """Return nothing: Word finds a font for every character on the reader's machine."""
        return ()

    def render(self, document: Document, options: RenderOptions) -> bytes:
        """Return the .docx bytes of ``document``, styled by the reference document."""
        path = options.reference_docx or templates_dir() / "reference.docx"
        template = reference(path, REQUIRED_STYLES, HEADER, FOOTER)
        word = docx.Document(io.BytesIO(template.data))
        _Writer(word, template, document, options).write()
        out = io.BytesIO()
        word.save(out)
        return out.getvalue()


# -- writing ---------------------------------------------------------------------------------------


class _Writer:
    """Write one brief into an opened, prepared reference document."""

    def __init__(
        self, word: Any, template: Reference, document: Document, options: RenderOptions
    ) -> None:
        self.word = word
        self.footnoted = options.citations is CitationStyle.FOOTNOTES
        self.footnotes: Footnotes | None = None
        self.footnoted_sources: set[int] = set()
        self.entries = {
            entry.number: entry
            for block in document.blocks
            if isinstance(block, SourceList)
            for entry in block.entries
        }
        self.template = template
        self.document = document
        self.language = _language_tag(document.info.language)
        self.english = self.language if self.language.lower().startswith("en") else "en-GB"
        self.text_width = _text_width_twips(document.page)
        self.bookmarks = _bookmark_names(document.blocks)
        self.placed: set[str] = set()
        self.links: dict[tuple[str, Any], str] = {}  # (web address, part) -> relationship id
        self.body = word.element.body
        self.end = self.body.sectPr  # blocks go before the section properties

    def style(self, name: str) -> str:
        return self.template.style_ids[name.lower()]

    def write(self) -> None:
        """Write properties, page setup, header and footer, title and every block."""
        xml.set_language(
            xml.default_run_properties(self.word.styles.element),
            val=self.language,
            east_asia=JAPANESE,
        )
        self.write_properties()
        for section in self.word.sections:
            _set_page(section, self.document.page)
            self.write_running(section)
        doc = self.document
        if clean_text(doc.marking):
            self.paragraph((Span(doc.marking, lang=doc.title_lang),), MARKING)
        if clean_text(doc.title):
            self.paragraph((Span(doc.title, lang=doc.title_lang),), TITLE)
        for block in doc.blocks:
            self.block(block)

    def write_properties(self) -> None:
        info = self.document.info
        props = self.word.core_properties
        props.title = _property(info.title)
        props.author = props.last_modified_by = _property(info.author)
        props.subject = _property(info.subject)
        props.keywords = _property(", ".join(info.keywords))
        props.language = self.language
        for unused in ("category", "comments", "content_status", "identifier"):
            setattr(props, unused, "")
        props.version = _property(info.library_version)
        props.revision = 1
        # Word stores UTC; a naive time is taken as local time, as datetime.astimezone does.
        created = (info.created or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
        props.created = props.modified = created.replace(tzinfo=None)

    def write_running(self, section: Any) -> None:
        """Fill the header (title, marking) and footer (label, page x of y) of ``section``."""
        running = self.document.running
        first = section.different_first_page_header_footer
        even = self.word.settings.odd_and_even_pages_header_footer
        for part, active, is_header in (
            (section.header, True, True),
            (section.first_page_header, first, True),
            (section.even_page_header, even, True),
            (section.footer, True, False),
            (section.first_page_footer, first, False),
            (section.even_page_footer, even, False),
        ):
            if not active and part.is_linked_to_previous:
                continue
            part.is_linked_to_previous = False
            root = part._element
            for empty in [p for p in root.iterchildren(xml.W_P) if p.find(xml.W_R) is None]:
                root.remove(empty)  # python-docx starts a new header with an empty paragraph
            p = xml.add_paragraph(root, self.style(HEADER if is_header else FOOTER))
            tabs = self.template.header_tabs if is_header else self.template.footer_tabs
            xml.set_right_tab(p, self.text_width, tabs)
            left = running.header_left if is_header else running.footer_left
            self.span(p, Span(f"{left}\t", lang=running.lang))
            if is_header:
                self.span(p, Span(running.header_right, lang=running.lang), style=STRONG)
            else:
                self.page_label(p, running.page_label, running.lang)

    def page_label(self, p: Element, label: str, lang: Lang) -> None:
        """Write ``label`` with live PAGE and NUMPAGES fields for "{page}" and "{pages}"."""
        for piece in _PAGE_FIELDS.split(label):
            if piece in ("{page}", "{pages}"):
                instruction = "PAGE" if piece == "{page}" else "NUMPAGES"
                xml.add_field(p, instruction, "1", self.look(Span("", lang=lang)))
            else:
                self.span(p, Span(piece, lang=lang))

    def block(self, block: Block) -> None:
        if isinstance(block, Paragraph):
            p = self.paragraph(block.spans, PARAGRAPH_STYLES[block.style])
            self.justify(p, block)
        elif isinstance(block, Heading):
            level = min(max(block.level, 1), len(HEADINGS))
            p = self.paragraph((Span(block.text, lang=block.lang),), HEADINGS[level - 1])
            self.bookmark(p, block.anchor)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, SourceList):
            self.sources(block)
        elif isinstance(block, PageBreak):
            xml.add_break(xml.add_paragraph(self.body, before=self.end), page=True)

    def paragraph(
        self,
        spans: Iterable[Span],
        style: str,
        *,
        parent: Element | None = None,
        bold: bool = False,
    ) -> Element:
        """Add a paragraph of ``spans`` in ``style`` to ``parent`` (default: the body)."""
        style_id = "" if style == "Normal" else self.style(style)
        if parent is None:
            p = xml.add_paragraph(self.body, style_id, before=self.end)
        else:
            p = xml.add_paragraph(parent, style_id)
        if not self.footnoted:
            for span in spans:
                self.span(p, span, bold=bold)
            return p
        for piece in split_citations(spans):
            if isinstance(piece, Span):
                self.span(p, piece, bold=bold)
            else:
                self.footnote(p, piece)
        return p

    def justify(self, p: Element, paragraph: Paragraph) -> None:
        """Set a Japanese body paragraph justified, as the PDF sets it."""
        if paragraph.lang == "ja" and paragraph.style in JUSTIFIED:
            xml.set_justified(p)

    def footnote(self, p: Element, citation: list[Span]) -> None:
        """Write a citation as a footnote mark, and a footnote listing the sources it cites."""
        if self.footnotes is None:
            self.footnotes = Footnotes(
                self.word.part, self.style(FOOTNOTE_TEXT), self.style(FOOTNOTE_MARK)
            )
        footnote = self.footnotes.add(p)
        lang: Lang = citation[0].lang
        for number, locator in cited_sources(citation):
            line = self.footnotes.line(footnote)
            head = f"[{number}] " + (f"{locator} — " if locator else "")
            self.span(line, Span(head, lang=lang), part=self.footnotes.part)
            entry = self.entries.get(number)
            paragraphs = entry.paragraphs if entry is not None else ()
            # A source in full the first time, by its title after that (Word users'
            # short form: the Sources list has every entry in full).
            spans = [s for p in paragraphs for s in p.spans]
            if number in self.footnoted_sources:
                spans = spans[:1]
            self.footnoted_sources.add(number)
            for span in spans:
                self.span(line, span, part=self.footnotes.part)

    def look(self, span: Span, style: str = "", *, bold: bool = False) -> xml.RunLook:
        style = style or ROLE_STYLES.get(span.role, "")  # an explicit style wins over the role's
        return xml.RunLook(
            style_id=self.style(style) if style else "",
            bold=span.bold or bold or span.role is SpanRole.FLAG,
            italic=span.italic,
            superscript=span.role is SpanRole.CITATION,
            language=JAPANESE if span.lang == "ja" else self.english,
            east_asia=JAPANESE if span.lang == "ja" else "",
        )

    def span(
        self, p: Element, span: Span, *, style: str = "", bold: bool = False, part: Any = None
    ) -> None:
        """Append ``span`` to paragraph ``p`` as a run, inside a hyperlink if it has a URL.

        ``part`` is the package part ``p`` is in, when not the document's (a footnote).
        """
        text = clean_text(span.text)
        if not text:
            return
        container = p
        url = clean_text(span.url or "").strip()
        if url.lower().startswith(("http://", "https://")):
            container = xml.add_hyperlink(p, rel_id=self.link(url, part or self.word.part))
            style = HYPERLINK
        elif url.startswith("#") and url[1:] in self.bookmarks:
            container = xml.add_hyperlink(p, anchor=self.bookmarks[url[1:]])
        xml.add_run(container, text, self.look(span, style, bold=bold))

    def link(self, url: str, part: Any) -> str:
        """Return the relationship id of web address ``url`` from ``part``, adding it once."""
        key = (url, part)
        if key not in self.links:
            target = quote(url, safe=_URL_SAFE)
            self.links[key] = part.relate_to(target, RT.HYPERLINK, is_external=True)
        return self.links[key]

    def bookmark(self, p: Element, anchor: str) -> None:
        name = self.bookmarks.get(anchor)
        if name is None or name in self.placed:
            return
        self.placed.add(name)
        xml.wrap_in_bookmark(p, name, len(self.placed))

    def table(self, table: Table) -> None:
        """Write an optional caption above the table, then the table with a repeating header row."""
        if table.caption is not None:
            self.paragraph(table.caption.spans, PARAGRAPH_STYLES[ParagraphStyle.CAPTION])
        rows = ([table.header] if table.header else []) + list(table.rows)
        columns = max((len(row) for row in rows), default=0)
        if not columns:
            return
        tbl = CT_Tbl.new_tbl(len(rows), columns, Twips(self.text_width))
        self.end.addprevious(tbl)
        tbl.tblStyle_val = self.style(PLAIN_TABLE if table.borderless else GRID_TABLE)
        xml.set_table_width(tbl, _column_widths(table.widths, columns, self.text_width))
        for index, (tr, cells) in enumerate(zip(tbl.iterchildren(qn("w:tr")), rows, strict=True)):
            is_header = index == 0 and bool(table.header)
            for tc, cell in zip(tr.iterchildren(qn("w:tc")), cells, strict=False):
                if cell.paragraphs:
                    tc.remove(tc.find(xml.W_P))  # a cell needs a paragraph only when empty
                for paragraph in cell.paragraphs:
                    style = PARAGRAPH_STYLES[paragraph.style]
                    p = self.paragraph(paragraph.spans, style, parent=tc, bold=is_header)
                    self.justify(p, paragraph)
        if table.header:
            xml.repeat_as_header_row(tbl.find(qn("w:tr")))

    def sources(self, sources: SourceList) -> None:
        """Write each source as "[n]<tab>text" (Bibliography style), bookmarked by its anchor."""
        for entry in sources.entries:
            lang: Lang = entry.paragraphs[0].lang if entry.paragraphs else "en"
            p = self.paragraph((Span(f"[{entry.number}]\t", lang=lang),), SOURCE)
            for number, paragraph in enumerate(entry.paragraphs):
                if number:
                    xml.add_break(p)
                for span in paragraph.spans:
                    self.span(p, span)
            self.bookmark(p, entry.anchor)


# -- small pure helpers ----------------------------------------------------------------------------


def _bookmark_names(blocks: Iterable[Block]) -> dict[str, str]:
    """Return a unique, valid bookmark name for every heading and source anchor, in order."""
    anchors: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            anchors.append(block.anchor)
        elif isinstance(block, SourceList):
            anchors.extend(entry.anchor for entry in block.entries)
    taken: set[str] = set()
    names: dict[str, str] = {}
    for anchor in anchors:
        if anchor and anchor not in names:
            names[anchor] = xml.unique_bookmark_name(clean_text(anchor), taken)
    return names


def _language_tag(tag: str) -> str:
    """Return ``tag`` if it looks like a BCP 47 tag ("en-GB"), else "en-GB"."""
    return tag if _LANGUAGE_TAG.fullmatch(tag) else "en-GB"


def _property(value: str) -> str:
    """Return ``value`` cleaned and cut to the 255 characters a core property may hold."""
    return clean_text(value)[:255]


def _page_mm(page: PageSetup) -> tuple[float, float]:
    width, height = PAGE_MM[page.size]
    return (height, width) if page.landscape else (width, height)


def _text_width_twips(page: PageSetup) -> int:
    """Return the width between the margins, or raise RenderError if margins leave no room."""
    width, height = _page_mm(page)
    margins = (page.margin_left_mm, page.margin_right_mm, page.margin_top_mm, page.margin_bottom_mm)
    if not all(math.isfinite(margin) and margin >= 0 for margin in margins):
        raise RenderError("page margins must be zero or more millimetres")
    text_width = width - page.margin_left_mm - page.margin_right_mm
    text_height = height - page.margin_top_mm - page.margin_bottom_mm
    if min(text_width, text_height) < MIN_TEXT_MM:
        raise RenderError("the page margins leave too little room for text")
    return int(Mm(text_width).twips)


def _set_page(section: Any, page: PageSetup) -> None:
    width, height = _page_mm(page)
    section.orientation = WD_ORIENT.LANDSCAPE if page.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(page.margin_top_mm), Mm(page.margin_bottom_mm)
    section.left_margin, section.right_margin = Mm(page.margin_left_mm), Mm(page.margin_right_mm)


def _column_widths(weights: tuple[float, ...], columns: int, total: int) -> list[int]:
    """Return ``columns`` widths (twips) summing to ``total``, in proportion to ``weights``."""
    usable = len(weights) == columns and all(math.isfinite(w) and w > 0 for w in weights)
    shares = list(weights) if usable else [1.0] * columns
    largest = max(shares)
    shares = [share / largest for share in shares]  # scaled first: huge weights must not overflow
    whole = sum(shares)
    widths = [int(total * share / whole) for share in shares]
    widths[-1] += total - sum(widths)
    return widths
