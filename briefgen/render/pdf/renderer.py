"""Write a composed :class:`~briefgen.core.composition.document.Document` as a PDF, with reportlab.

Everything the reader sees comes from the document tree; this module decides
only how it looks: the page, the running header and footer, the type scale,
tables and lists. Every font is one of the bundled TrueType files, embedded as
a subset (see :mod:`briefgen.render.pdf.fonts`); character-level font choice and
escaping live in :mod:`briefgen.render.pdf.text`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import threading
from functools import partial
from io import BytesIO
from typing import Any

import msgspec
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from briefgen.core.brief.notices import BriefWarning, WarningKind
from briefgen.core.composition.document import (
    SOURCES_ANCHOR,
    Document,
    Heading,
    PageSetup,
    PageSize,
    Running,
)
from briefgen.render.base import CitationStyle, RenderError, RenderOptions
from briefgen.render.pdf.fonts import LATIN, RegisteredFonts, face_for, register_fonts
from briefgen.render.pdf.layout import Block, Frame, LayoutError, paginate
from briefgen.render.pdf.looks import FLAG_COLOUR
from briefgen.render.pdf.paragraph import TextBlock
from briefgen.render.pdf.reportlab_private import binary_streams, page_has_marks, set_timestamp
from briefgen.render.pdf.story import RULE, build_story
from briefgen.render.pdf.text import (
    Run,
    anchor_key,
    clean_for_pdf,
    fit_runs,
    font_runs,
    missing_characters,
)

GREY = colors.HexColor("#595959")
# Saving subsets the fonts, and reportlab's subsetter reads the shared font face
# through a file position stored on it: two renders on two threads (a preview
# and a thumbnail) must not subset at once.
_SUBSETTING = threading.Lock()
RUNNING_SIZE = 8.0  # points, header and footer
LABEL_CHARS = 1000  # characters of a header or footer text worth laying out
MIN_TEXT_MM = 20.0  # the narrowest text area the margins may leave, as for DOCX


class PdfRenderer:
    """Render a document to PDF with embedded, subset TrueType fonts."""

    format_name = "PDF"
    extension = ".pdf"

    def __init__(self) -> None:
        # Pages of content before the Sources heading in the last render (see _Extent).
        self.content_pages: float | None = None

    def warnings(self, document: Document) -> tuple[BriefWarning, ...]:
        """Return one warning for each character that no bundled font draws (shown as □)."""
        return tuple(
            BriefWarning(WarningKind.MISSING_GLYPH, "", character=char)
            for char in missing_characters(document.text(), register_fonts())
        )

    def render(self, document: Document, options: RenderOptions) -> bytes:
        """Return the PDF's bytes; raise :class:`RenderError` for content it cannot lay out."""
        if options.citations is CitationStyle.FOOTNOTES:
            raise RenderError("Word footnotes are for a DOCX; a PDF cites its sources by number")
        with binary_streams():
            canvas, buffer = self._lay_out(document)
            with _SUBSETTING:
                canvas.save()
        return buffer.getvalue()

    def measure(self, document: Document) -> float:
        """Return how many pages the content before the Sources heading fills (e.g. 1.4)."""
        with binary_streams():
            self._lay_out(document)
        assert self.content_pages is not None
        return self.content_pages

    def _lay_out(self, document: Document) -> tuple[Canvas, BytesIO]:
        """Lay ``document`` out on a canvas, every page drawn, and measure its content."""
        fonts = register_fonts()
        page_size, margins = _page_geometry(document.page)
        frame = (
            page_size[0] - margins.left - margins.right,
            page_size[1] - margins.top - margins.bottom,
        )
        story = build_story(document, fonts, frame)
        furniture = _Furniture(document.running, fonts, page_size, margins)
        buffer = BytesIO()
        canvas = _LabelledCanvas(
            buffer,
            furniture=furniture,
            pagesize=page_size,
            pageCompression=1,
            initialFontName=LATIN,  # reportlab's default would put Helvetica in every page
            initialFontSize=10,
            lang=_language_tag(document.info.language, document.title_lang),
        )
        _describe(canvas, document)
        outline = _Outline(canvas)
        text_area = Frame(margins.left, margins.bottom, frame[0], frame[1])
        extent = _Extent(canvas, text_area)

        def placed(block: Block, y: float) -> None:
            outline.add(block)
            extent.add(block, y)

        try:
            paginate(
                story,
                canvas,
                text_area,
                start_page=lambda c: furniture.draw_page(c, c.getPageNumber()),
                placed=placed,
            )
        except LayoutError as exc:
            raise RenderError(
                "part of the brief is too large to fit on one page (a very long table cell?)"
            ) from exc
        canvas.showPage()
        self.content_pages = extent.pages()
        return canvas, buffer


class _Extent:
    """Measure how far the content reaches before the Sources heading, in pages.

    Templates promise a length ("one page, sources may follow"); this is what
    the promise is checked against.
    """

    def __init__(self, canvas: Canvas, frame: Frame) -> None:
        self.canvas = canvas
        self.frame = frame
        self.sources = anchor_key(SOURCES_ANCHOR)
        self.page, self.bottom = 1, frame.y + frame.height
        self.done = False

    def add(self, block: Block, y: float) -> None:
        """Note a block just placed with its bottom edge at ``y``."""
        if self.done:
            return
        if isinstance(block, TextBlock) and block.destination == self.sources:
            self.done = True
            return
        self.page, self.bottom = self.canvas.getPageNumber(), y

    def pages(self) -> float:
        """Return the pages of content: whole pages, and the part of the last one used."""
        top = self.frame.y + self.frame.height
        return self.page - 1 + (top - self.bottom) / self.frame.height


class _Margins(msgspec.Struct, frozen=True):
    top: float
    bottom: float
    left: float
    right: float


def _page_geometry(setup: PageSetup) -> tuple[tuple[float, float], _Margins]:
    """Return the page size and margins in points; refuse margins that leave no text area."""
    size: tuple[float, float] = LETTER if setup.size == PageSize.LETTER else A4
    if setup.landscape:
        size = landscape(size)
    values = (
        setup.margin_top_mm,
        setup.margin_bottom_mm,
        setup.margin_left_mm,
        setup.margin_right_mm,
    )
    if not all(math.isfinite(value) and value >= 0 for value in values):
        raise RenderError("page margins must be zero or more millimetres")
    margins = _Margins(*(value * mm for value in values))
    # Compare in millimetres, as the user gave them (A4 is 210 x 297, Letter 215.9 x 279.4).
    width = round(size[0] / mm, 1) - setup.margin_left_mm - setup.margin_right_mm
    height = round(size[1] / mm, 1) - setup.margin_top_mm - setup.margin_bottom_mm
    if width < MIN_TEXT_MM or height < MIN_TEXT_MM:
        raise RenderError("the page margins leave no room for text: make them smaller")
    return size, margins


# --- the page: running header and footer, page numbers, metadata -------------------------------


class _Furniture:
    """Draw the running header and footer; the page label waits for the page count."""

    def __init__(
        self,
        running: Running,
        fonts: RegisteredFonts,
        page_size: tuple[float, float],
        margins: _Margins,
    ) -> None:
        self.running = running
        self.fonts = fonts
        self.left = margins.left
        self.right = page_size[0] - margins.right
        width = self.right - self.left
        # Header and footer sit in the margins, close to the text area but never off the page.
        self.header_y = page_size[1] - max(margins.top - 7 * mm, 5 * mm)
        self.footer_y = max(margins.bottom - 9 * mm, 4 * mm)
        self.header_right = self._fit(running.header_right, width * 0.45, bold=True)
        used = self._width(self.header_right, bold=True)
        self.header_left = self._fit(running.header_left, width - used - 12)
        self.footer_left = self._fit(running.footer_left, width * 0.6)

    def _fit(self, text: str, max_width: float, *, bold: bool = False) -> list[Run]:
        # A line of the running head holds far fewer characters than LABEL_CHARS.
        runs = font_runs(text[:LABEL_CHARS], self.running.lang, self.fonts, bold=bold)
        measure = partial(self._run_width, bold=bold)
        return fit_runs(runs, max(max_width, 0.0), measure)

    def _run_width(self, run: Run, *, bold: bool) -> float:
        return float(stringWidth(run.text, face_for(run.family, bold=bold), RUNNING_SIZE))

    def _width(self, runs: list[Run], *, bold: bool = False) -> float:
        return sum(self._run_width(run, bold=bold) for run in runs)

    def _draw(
        self, canvas: Canvas, runs: list[Run], x: float, y: float, *, bold: bool = False
    ) -> None:
        for run in runs:
            face = face_for(run.family, bold=bold)
            canvas.setFont(face, RUNNING_SIZE)
            canvas.drawString(x, y, run.text)
            x += stringWidth(run.text, face, RUNNING_SIZE)

    def draw_page(self, canvas: Canvas, page: int) -> None:
        """Draw the header, the footer's left part and a reference to the page label."""
        canvas.saveState()
        canvas.setFillColor(GREY)
        self._draw(canvas, self.header_left, self.left, self.header_y)
        canvas.setFillColor(colors.HexColor(FLAG_COLOUR))
        width = self._width(self.header_right, bold=True)
        self._draw(canvas, self.header_right, self.right - width, self.header_y, bold=True)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(self.left, self.header_y - 2.5 * mm, self.right, self.header_y - 2.5 * mm)
        canvas.line(self.left, self.footer_y + 4 * mm, self.right, self.footer_y + 4 * mm)
        canvas.setFillColor(GREY)
        self._draw(canvas, self.footer_left, self.left, self.footer_y)
        canvas.restoreState()
        canvas.doForm(_label_form(page))

    def draw_label(self, canvas: Canvas, page: int, pages: int) -> None:
        """Draw "Page X of Y" (in the brief's wording) at the right of the footer."""
        pattern = self.running.page_label[:LABEL_CHARS] or "{page} / {pages}"
        text = pattern.replace("{page}", str(page)).replace("{pages}", str(pages))
        runs = self._fit(text, (self.right - self.left) * 0.35)
        canvas.setFillColor(GREY)
        self._draw(canvas, runs, self.right - self._width(runs), self.footer_y)


def _label_form(page: int) -> str:
    return f"briefgenPageLabel{page}"


class _LabelledCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that writes each page's "Page X of Y" label once the page count is known.

    Each page shows a form XObject; the forms are filled in just before the
    file is written. Unlike re-building the document or deferring whole pages,
    this keeps bookmarks and links pointing at the right pages.
    """

    def __init__(self, *args: Any, furniture: _Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture

    def save(self) -> None:
        marked = page_has_marks(self)
        pages = self.getPageNumber() if marked else self.getPageNumber() - 1
        if marked:
            self.showPage()
        for page in range(1, pages + 1):
            self.beginForm(_label_form(page))
            self._furniture.draw_label(self, page, pages)
            self.endForm()
        super().save()


def _describe(canvas: Canvas, document: Document) -> None:
    """Set the PDF's metadata, open its bookmarks pane if it has bookmarks, date it."""
    info = document.info
    canvas.setTitle(_one_line(info.title))
    canvas.setAuthor(_one_line(info.author))
    canvas.setSubject(_one_line(info.subject))
    keywords = [*info.keywords]
    if info.library_version:  # PDF has no version property: the keywords name the library
        keywords.append(f"library {info.library_version}")
    canvas.setKeywords(", ".join(_one_line(keyword) for keyword in keywords))
    canvas.setCreator("briefgen")
    canvas.setViewerPreference("DisplayDocTitle", "true")
    if any(isinstance(block, Heading) and block.level <= 2 for block in document.blocks):
        canvas.showOutline()
    if info.created is not None:
        _set_creation_date(canvas, info.created)


class _Outline:
    """Add a bookmark for each heading placed, nested by level."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.level = -1

    def add(self, block: Block) -> None:
        """Add the bookmark of a heading just drawn."""
        outline = block.outline if isinstance(block, TextBlock) else None
        if outline is None:
            return
        title, key, level = outline
        level = min(level, self.level + 1)  # a PDF outline cannot skip a level
        self.canvas.addOutlineEntry(title, key, level=level, closed=False)
        self.level = level


def _one_line(text: str) -> str:
    return " ".join(clean_for_pdf(text).split())


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")


def _language_tag(tag: str, fallback: str) -> str:
    """Return ``tag`` for the catalog's /Lang if it looks like a BCP 47 tag, else ``fallback``."""
    tag = tag.strip()
    return tag if _LANGUAGE_TAG.fullmatch(tag) else fallback


def _set_creation_date(canvas: Canvas, created: dt.datetime) -> None:
    """Stamp the PDF's CreationDate and ModDate with the brief's creation time."""
    try:
        local = created.astimezone() if created.tzinfo is None else created
        offset = local.utcoffset() or dt.timedelta(0)
    except (OverflowError, ValueError, OSError):  # a naive date the platform cannot localise
        return
    set_timestamp(canvas, tuple(local.timetuple()[:6]), int(offset.total_seconds() // 60))
