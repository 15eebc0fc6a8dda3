"""Flowables that work around reportlab's limits, for :mod:`briefgen.render.pdf_story`.

Each class exists because reportlab's own does something a brief cannot live
with: :class:`KeepWithNext` because reportlab moves a whole table to the next
page to keep a heading with it; :class:`TextBlock` because reportlab's
``Paragraph`` breaks Japanese lines one character at a time (most of a brief's
render time), breaks a long paragraph's lines again on every page (quadratic
time), and lets an opening bracket end a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.flowables import _listWrapOn

from briefgen.render.pdf_lines import Ink, Line, Token, break_lines, rejoin

NOTE_RULE = colors.HexColor("#9DB3CE")
KEEP_LEAD = 42.0  # points of what follows a heading that must fit on the heading's page


class KeepWithNext(KeepTogether):  # type: ignore[misc]  # reportlab is untyped
    """Keep a heading (and a caption) with the start of what follows, like Word's "keep with next".

    reportlab's KeepTogether moves the whole group to the next page when it
    does not fit, which leaves half a page blank before a long table. Here only
    the heading and the first lines or rows of what follows must fit.
    """

    def __init__(self, flowables: list[Flowable]) -> None:
        super().__init__(flowables)
        # reportlab clears "keep with next" on all but the last flowable; a
        # heading at the very end keeps it and would be regrouped for ever.
        for flowable in self._content:
            flowable.__dict__["keepWithNext"] = 0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Measure the group, remembering the height of what follows the heading."""
        dims: list[tuple[float, float]] = []
        width, height = _listWrapOn(self._content, avail_width, self.canv, dims=dims)
        self._H = height
        self._H0 = dims[0][1] if dims else 0
        self._last = dims[-1][1] if dims else 0
        self._wrapInfo = avail_width, avail_height
        return width, 0xFFFFFF  # force a split, as KeepTogether does

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """Return the group to lay out here if its start fits, else reportlab's page break."""
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        lead = self._H - self._last + min(self._last, KEEP_LEAD)
        if len(self._content) > 1 and avail_height < self._H and lead <= avail_height:
            return list(self._content)  # start here; the last flowable splits across pages
        parts: list[Any] = super().split(avail_width, avail_height)
        return parts


@dataclass(frozen=True, slots=True)
class BlockStyle:
    """How a paragraph is set: its type size and leading, spacing, indents and alignment.

    ``indent`` is the left indent of every line; a bullet (or a source's
    "[n]") hangs at ``bullet_indent``. ``justify`` spreads all but a
    paragraph's last line to the full width (Japanese text, as Word does).
    """

    size: float
    leading: float
    colour: str
    space_before: float = 0.0
    space_after: float = 0.0
    indent: float = 0.0
    bullet_indent: float = 0.0
    bullet_face: str = ""
    justify: bool = False
    keep_with_next: bool = False
    ruled: bool = False  # a rule down the left side: an analyst's note


@lru_cache(maxsize=65536)
def _units(face: str, text: str) -> float:
    """Return the advance width of ``text`` in ``face``, in thousandths of the type size."""
    metrics = getFont(face).face
    widths, default = metrics.charWidths, metrics.defaultWidth
    return float(sum([widths.get(code, default) for code in map(ord, text)]))


def measure(text: str, ink: Ink) -> float:
    """Return the width of ``text`` drawn in ``ink``, in points."""
    return _units(ink.face, text) * ink.size / 1000.0


class TextBlock(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph of styled text, laid out by :mod:`briefgen.render.pdf_lines`.

    Lines are broken once per width, however often reportlab wraps the
    paragraph; the rest of a paragraph split at a page end keeps the lines
    already broken, so a paragraph running over many pages costs time linear
    in its length. ``destination`` names the top of the paragraph (a link
    target) and ``outline`` is (title, destination, level) for a bookmark.
    """

    def __init__(
        self,
        tokens: list[Token],
        style: BlockStyle,
        *,
        bullet: str = "",
        destination: str = "",
        outline: tuple[str, str, int] | None = None,
    ) -> None:
        super().__init__()
        self.tokens = tokens
        self.style = style
        self.bullet = bullet
        self.destination = destination
        self.outline = outline
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.keepWithNext = int(style.keep_with_next)
        self._lines: tuple[float, list[Line]] | None = None  # (text width, lines)

    def lines_for(self, avail_width: float) -> list[Line]:
        """Return the lines for a frame ``avail_width`` wide, breaking them if the width is new."""
        width = max(avail_width - self.style.indent, 1.0)
        if self._lines is None or self._lines[0] != width:
            self._lines = (width, break_lines(self.tokens, width, measure))
        return self._lines[1]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the paragraph's size in a frame ``avail_width`` wide."""
        self.width = avail_width
        self.height = len(self.lines_for(avail_width)) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """Return the lines that fit in ``avail_height`` and the rest, or [] if it cannot split.

        Neither part is a single line of a longer paragraph: no orphans, no widows.
        """
        # As reportlab's Paragraph does, split the lines of the last wrap: a table
        # asks for a split at its column's width but wraps cells without padding.
        if self._lines is None:
            self.lines_for(avail_width)
        assert self._lines is not None
        width, lines = self._lines
        fit = int((avail_height + 1e-6) // self.style.leading)
        # All of it fitting means the caller's rounding differs: a split cannot help.
        fit = min(fit, len(lines) - 2)
        if fit < 2:
            return []
        first = self._part(lines[:fit], width)
        first.bullet, first.destination, first.outline = self.bullet, self.destination, self.outline
        first.spaceAfter = 0.0
        rest = self._part(lines[fit:], width)
        rest.spaceBefore = 0.0
        return [first, rest]

    def _part(self, lines: list[Line], width: float) -> TextBlock:
        """Return a paragraph of some of these lines, already broken for this text width."""
        part = TextBlock(rejoin(lines), self.style)
        part._lines = (width, lines)
        return part

    def draw(self) -> None:
        """Draw the lines, the bullet, links, underlines and flag backgrounds."""
        canvas = self.canv
        style = self.style
        lines = self._lines[1] if self._lines is not None else []
        if self.destination:
            canvas.bookmarkHorizontal(self.destination, 0, self.height)
        if style.ruled:
            canvas.saveState()
            canvas.setStrokeColor(NOTE_RULE)
            canvas.setLineWidth(2)
            x = style.indent - 7
            canvas.line(x, 1, x, self.height + 1)
            canvas.restoreState()
        baseline = self.height - style.size
        text = canvas.beginText()
        face, size, colour, spacing = "", 0.0, "", 0.0
        links: list[tuple[str, float, float, float, float]] = []
        underlines: list[tuple[str, float, float, float]] = []
        if self.bullet and lines:
            text.setFont(style.bullet_face, style.size)
            text.setFillColor(_colour(style.colour))
            text.setTextOrigin(style.bullet_indent, baseline)
            text._textOut(self.bullet)  # textOut would measure it again
            face, size, colour = style.bullet_face, style.size, style.colour
        for line in lines:
            extra = self._justification(line)
            if extra != spacing:
                text.setCharSpace(extra)
                spacing = extra
            x = style.indent
            for chunk, ink, width in _segments(line, extra):
                y = baseline + ink.rise
                if ink.back:
                    canvas.setFillColor(_colour(ink.back))
                    canvas.rect(x - 1, y - ink.size * 0.22, width + 2, ink.size * 1.12, 0, 1)
                if ink.face != face or ink.size != size:
                    face, size = ink.face, ink.size
                    text.setFont(face, size)
                if ink.colour != colour:
                    colour = ink.colour
                    text.setFillColor(_colour(colour))
                text.setTextOrigin(x, y)
                text._textOut(chunk)  # textOut would measure it again
                if ink.href:
                    links.append((ink.href, x, y - ink.size * 0.2, x + width, y + ink.size * 0.85))
                if ink.underline:
                    underlines.append((ink.colour, x, x + width, y - ink.size * 0.12))
                x += width
            baseline -= style.leading
        canvas.drawText(text)
        for line_colour, x1, x2, y in underlines:
            canvas.setStrokeColor(_colour(line_colour))
            canvas.setLineWidth(0.5)
            canvas.line(x1, y, x2, y)
        for href, x1, y1, x2, y2 in _merged(links):
            if href.startswith("#"):
                canvas.linkRect("", href[1:], (x1, y1, x2, y2), relative=1, thickness=0)
            else:
                canvas.linkURL(href, (x1, y1, x2, y2), relative=1, thickness=0)

    def _justification(self, line: Line) -> float:
        """Return the space to add after each character to fill a justified line, or 0."""
        if not self.style.justify or line.hard_end:
            return 0.0
        room = self.width - self.style.indent - line.width
        chars = sum(len(token.text) for token in line.tokens) - 1
        if room <= 0 or chars <= 0:
            return 0.0
        extra = room / chars
        # A line cut short by a long word that follows is left ragged, not spread thin.
        return extra if extra <= self.style.size * 0.5 else 0.0


def _segments(line: Line, extra: float) -> list[tuple[str, Ink, float]]:
    """Return the line's text in runs of one ink, each with its drawn width."""
    segments: list[tuple[str, Ink, float]] = []
    texts: list[str] = []
    ink: Ink | None = None
    width = 0.0
    for token in line.tokens:
        if token.ink is not ink:
            if ink is not None:
                segments.append(("".join(texts), ink, width))
            texts, ink, width = [], token.ink, 0.0
        texts.append(token.text)
        width += token.width + extra * len(token.text)
    if ink is not None:
        segments.append(("".join(texts), ink, width))
    return segments


def _merged(
    links: list[tuple[str, float, float, float, float]],
) -> list[tuple[str, float, float, float, float]]:
    """Return link rectangles with neighbours on one line to the same place joined."""
    merged: list[tuple[str, float, float, float, float]] = []
    for link in links:
        if merged:
            href, x1, y1, x2, y2 = merged[-1]
            if href == link[0] and abs(y1 - link[2]) < 0.01 and abs(x2 - link[1]) < 0.01:
                merged[-1] = (href, x1, y1, link[3], max(y2, link[4]))
                continue
        merged.append(link)
    return merged


@lru_cache(maxsize=256)
def _colour(hex_colour: str) -> Any:
    return colors.HexColor(hex_colour)
