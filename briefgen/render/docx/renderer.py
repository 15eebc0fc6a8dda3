"""Write a composed brief as a Word document, styled by a reference document.

Like pandoc's ``--reference-doc``, every brief starts from a reference .docx
(``RenderOptions.reference_docx``, else ``templates/reference.docx``, made by
``scripts/make_reference_docx.py``): its styles, page setup, headers and footers
are kept and its body is thrown away. Which Word style shows what is in
:mod:`briefgen.render.docx.word_styles`. Missing styles in a custom reference
document are copied from the shipped one. The prepared reference is cached
per process as bytes and parsed per render.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

import docx
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Twips

from briefgen.core.brief.notices import BriefWarning
from briefgen.core.composition.document import (
    Block,
    Document,
    Heading,
    Lang,
    PageBreak,
    Paragraph,
    ParagraphStyle,
    SourceList,
    Span,
    SpanRole,
    Table,
)
from briefgen.core.system.paths import templates_dir
from briefgen.render.base import CitationStyle, RenderOptions
from briefgen.render.docx import links, tables
from briefgen.render.docx import wordml as xml
from briefgen.render.docx.footnotes import Footnotes, cited_sources, split_citations
from briefgen.render.docx.page_setup import column_widths, set_page, text_width_twips
from briefgen.render.docx.properties import language_tag, write_properties
from briefgen.render.docx.reference import Reference, reference
from briefgen.render.docx.word_styles import (
    FOOTER,
    FOOTNOTE_MARK,
    FOOTNOTE_TEXT,
    GRID_TABLE,
    HEADER,
    HEADINGS,
    HYPERLINK,
    JAPANESE,
    JUSTIFIED,
    MARKING,
    PARAGRAPH_STYLES,
    PLAIN_TABLE,
    REQUIRED_STYLES,
    ROLE_STYLES,
    SOURCE,
    STRONG,
    TITLE,
)
from briefgen.render.safe_text import clean_text

Element = Any  # python-docx's lxml elements are untyped

_PAGE_FIELDS = re.compile(r"(\{page\}|\{pages\})")
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~-._"
# WORD JOINER: Word and LibreOffice may break a line before an opening bracket,
# which left a citation alone on a line ("use'." / "[3–7]"); the PDF keeps it on.
_GLUE = "\u2060"


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
        self.language = language_tag(document.info.language)
        self.english = self.language if self.language.lower().startswith("en") else "en-GB"
        self.text_width = text_width_twips(document.page)
        self.bookmarks = links.bookmark_names(document.blocks)
        self.placed: set[str] = set()
        self.runs = xml.Runs()
        self.web_links = links.WebLinks()
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
        write_properties(self.word, self.document.info, self.language)
        for section in self.word.sections:
            set_page(section, self.document.page)
            self.write_running(section)
        doc = self.document
        if clean_text(doc.marking):
            self.paragraph((Span(doc.marking, lang=doc.title_lang),), MARKING)
        if clean_text(doc.title):
            self.paragraph((Span(doc.title, lang=doc.title_lang),), TITLE)
        for block in doc.blocks:
            self.block(block)

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
            tables.set_right_tab(p, self.text_width, tabs)
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
                self.runs.field(p, instruction, "1", self.look(Span("", lang=lang)))
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
        if span.role is SpanRole.CITATION and text.startswith("["):
            text = _GLUE + text  # a citation never starts a line of its own
        container = p
        url = clean_text(span.url or "").strip()
        if url.lower().startswith(("http://", "https://")):
            rel_id = self.web_links.rel_id(part or self.word.part, quote(url, safe=_URL_SAFE))
            container = links.add_hyperlink(p, rel_id=rel_id)
            style = HYPERLINK
        elif url.startswith("#") and url[1:] in self.bookmarks:
            container = links.add_hyperlink(p, anchor=self.bookmarks[url[1:]])
        self.runs.add(container, text, self.look(span, style, bold=bold))

    def bookmark(self, p: Element, anchor: str) -> None:
        name = self.bookmarks.get(anchor)
        if name is None or name in self.placed:
            return
        self.placed.add(name)
        links.wrap_in_bookmark(p, name, len(self.placed))

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
        tables.set_table_width(tbl, column_widths(table.widths, columns, self.text_width))
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
            tables.repeat_as_header_row(tbl.find(qn("w:tr")))

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
