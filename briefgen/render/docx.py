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
SMALL                  Footnote Text (Word's small-print style)
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
import functools
import io
import math
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

import docx
import msgspec
from docx.enum.section import WD_ORIENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl
from docx.shared import Mm, Twips

from briefgen.core.brief_warnings import BriefWarning
from briefgen.core.document import (
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
from briefgen.core.input_file import InputFileError, read_input_file
from briefgen.core.paths import templates_dir
from briefgen.render import docx_xml as xml
from briefgen.render.base import MAX_REFERENCE_BYTES, RenderError, RenderOptions
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
    ParagraphStyle.SMALL: "footnote text",
}
ROLE_STYLES: Mapping[SpanRole, str] = {
    SpanRole.MUTED: "Subtle Emphasis",
    SpanRole.FLAG: "Intense Emphasis",
    SpanRole.LABEL: "Strong",
}
TITLE, MARKING, SOURCE, HEADER, FOOTER = "Title", "Note Heading", "Bibliography", "header", "footer"
HEADINGS = ("heading 1", "heading 2", "heading 3")
HYPERLINK, STRONG = "Hyperlink", "Strong"
GRID_TABLE, PLAIN_TABLE = "Table Grid", "Normal Table"
# Style names as stored in styles.xml (Word keeps some built-in names in lower case), by type.
REQUIRED_STYLES: tuple[tuple[str, str], ...] = (
    *(("paragraph", name) for name in PARAGRAPH_STYLES.values()),
    *(("paragraph", name) for name in (TITLE, MARKING, SOURCE, HEADER, FOOTER, *HEADINGS)),
    *(("character", name) for name in (*ROLE_STYLES.values(), HYPERLINK)),
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
        template = _template(options.reference_docx or templates_dir() / "reference.docx")
        word = docx.Document(io.BytesIO(template.data))
        _Writer(word, template, document).write()
        out = io.BytesIO()
        word.save(out)
        return out.getvalue()


# -- the reference document, prepared once per process -------------------------------------------


class _Template(msgspec.Struct, frozen=True):
    """A reference document with its body removed, and what the writer needs to know about it."""

    data: bytes
    style_ids: Mapping[str, str]  # lower-case style name -> style id
    header_tabs: tuple[int, ...]  # tab stops (twips) of the Header style, cleared in our header
    footer_tabs: tuple[int, ...]


def _template(path: Path) -> _Template:
    try:
        stat = path.stat()
    except OSError as error:
        raise RenderError(
            f"cannot read the Word reference document {path}: {error.strerror}"
        ) from error
    return _prepare(path.resolve(), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _prepare(path: Path, mtime_ns: int, size: int) -> _Template:
    """Return the prepared reference at ``path`` (cached by modification time and size)."""
    del mtime_ns, size  # part of the cache key only: a replaced file is read again
    word = _open_reference(path)
    xml.remove_body(word.part)
    style_ids = _ensure_styles(word, path)
    styles = xml.style_index(word.styles.element)
    out = io.BytesIO()
    word.save(out)
    return _Template(
        data=out.getvalue(),
        style_ids=style_ids,
        header_tabs=tuple(xml.style_tab_positions(styles.get(("paragraph", HEADER)))),
        footer_tabs=tuple(xml.style_tab_positions(styles.get(("paragraph", FOOTER)))),
    )


def _open_reference(path: Path) -> Any:
    try:
        return docx.Document(io.BytesIO(read_input_file(path, MAX_REFERENCE_BYTES)))
    except InputFileError as error:
        raise RenderError(f"cannot read the Word reference document {error}") from None
    except Exception as error:  # python-docx raises many kinds of error for a damaged package
        raise RenderError(
            f"the Word reference document {path} is not a valid .docx file"
        ) from error


def _ensure_styles(word: Any, path: Path) -> dict[str, str]:
    """Return the ids of the styles the writer uses; copy missing ones from the house reference."""
    styles = word.styles.element
    index = xml.style_index(styles)
    missing = [(kind, name) for kind, name in REQUIRED_STYLES if (kind, name.lower()) not in index]
    if missing:
        house_path = (templates_dir() / "reference.docx").resolve()
        if path == house_path:
            names = ", ".join(name for _, name in missing)
            raise RenderError(f"the shipped Word reference document lacks styles: {names}")
        house = _house_styles(house_path)
        house_index = xml.style_index(house.styles.element)
        for kind, name in missing:
            xml.copy_style(
                house_index[(kind, name.lower())],
                house.styles.element,
                styles,
                source_numbering=lambda: house.part.numbering_part.element,
                target_numbering=lambda: word.part.numbering_part.element,
            )
        index = xml.style_index(styles)
    return {
        name.lower(): index[(kind, name.lower())].get(qn("w:styleId"))
        for kind, name in REQUIRED_STYLES
    }


@functools.lru_cache(maxsize=1)
def _house_styles(path: Path) -> Any:
    return _open_reference(path)


# -- writing ---------------------------------------------------------------------------------------


class _Writer:
    """Write one brief into an opened, prepared reference document."""

    def __init__(self, word: Any, template: _Template, document: Document) -> None:
        self.word = word
        self.template = template
        self.document = document
        self.language = _language_tag(document.info.language)
        self.english = self.language if self.language.lower().startswith("en") else "en-GB"
        self.text_width = _text_width_twips(document.page)
        self.bookmarks = _bookmark_names(document.blocks)
        self.placed: set[str] = set()
        self.links: dict[str, str] = {}  # web address -> relationship id
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
            self.paragraph(block.spans, PARAGRAPH_STYLES[block.style])
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
        for span in spans:
            self.span(p, span, bold=bold)
        return p

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

    def span(self, p: Element, span: Span, *, style: str = "", bold: bool = False) -> None:
        """Append ``span`` to paragraph ``p`` as a run, inside a hyperlink if it has a URL."""
        text = clean_text(span.text)
        if not text:
            return
        container = p
        url = clean_text(span.url or "").strip()
        if url.lower().startswith(("http://", "https://")):
            container = xml.add_hyperlink(p, rel_id=self.link(url))
            style = HYPERLINK
        elif url.startswith("#") and url[1:] in self.bookmarks:
            container = xml.add_hyperlink(p, anchor=self.bookmarks[url[1:]])
        xml.add_run(container, text, self.look(span, style, bold=bold))

    def link(self, url: str) -> str:
        """Return the relationship id of web address ``url``, adding it once per document."""
        if url not in self.links:
            target = quote(url, safe=_URL_SAFE)
            self.links[url] = self.word.part.relate_to(target, RT.HYPERLINK, is_external=True)
        return self.links[url]

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
                    self.paragraph(paragraph.spans, style, parent=tc, bold=is_header)
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
