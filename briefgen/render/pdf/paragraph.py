"""Paragraphs for the PDF: styled text laid out in lines and drawn with reportlab's canvas.

:class:`TextBlock` replaces reportlab's ``Paragraph``, which broke Japanese
lines one character at a time (most of a brief's render time), broke a long
paragraph's lines again on every page (quadratic time), and let an opening
bracket end a line. Line breaking itself is in :mod:`briefgen.render.pdf.lines`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import msgspec
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import getFont

from briefgen.render.pdf.lines import Ink, Line, Token, break_lines, rejoin
from briefgen.render.pdf.reportlab_private import add_link, draw_measured

NOTE_RULE = colors.HexColor("#9DB3CE")
MAX_JUSTIFY = 0.12  # of the type size: the most space a justified line adds between characters


class BlockStyle(msgspec.Struct, frozen=True):
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


class TextBlock:
    """A paragraph of styled text, laid out by :mod:`briefgen.render.pdf.lines`.

    Lines are broken once per width, however often the paragraph is measured;
    the rest of a paragraph split at a page end keeps the lines already
    broken, so a paragraph running over many pages costs time linear in its
    length. ``destination`` names the top of the paragraph (a link target)
    and ``outline`` is (title, destination, level) for a bookmark.
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
        self.tokens = tokens
        self.style = style
        self.bullet = bullet
        self.destination = destination
        self.outline = outline
        self.space_before = style.space_before
        self.space_after = style.space_after
        self.keep_with_next = style.keep_with_next
        self.width = 0.0
        self.height = 0.0
        self._lines: tuple[float, list[Line]] | None = None  # (text width, lines)

    def lines_for(self, avail_width: float) -> list[Line]:
        """Return the lines for a frame ``avail_width`` wide, breaking them if the width is new."""
        width = max(avail_width - self.style.indent, 1.0)
        if self._lines is None or self._lines[0] != width:
            self._lines = (width, break_lines(self.tokens, width, measure))
        return self._lines[1]

    def wrap(self, avail_width: float) -> float:
        """Return the paragraph's height in a frame ``avail_width`` wide."""
        self.width = avail_width
        self.height = len(self.lines_for(avail_width)) * self.style.leading
        return self.height

    def split(self, avail_width: float, avail_height: float) -> tuple[TextBlock, TextBlock] | None:
        """Return the lines that fit in ``avail_height`` and the rest, or None if it cannot split.

        Neither part is a single line of a longer paragraph: no orphans, no widows.
        """
        lines = self.lines_for(avail_width)
        width = max(avail_width - self.style.indent, 1.0)
        fit = int((avail_height + 1e-6) // self.style.leading)
        fit = min(fit, len(lines) - 2)
        if fit < 2:
            return None
        first = self._part(lines[:fit], width)
        first.bullet, first.destination, first.outline = self.bullet, self.destination, self.outline
        first.space_after = 0.0
        rest = self._part(lines[fit:], width)
        rest.space_before = 0.0
        return first, rest

    def _part(self, lines: list[Line], width: float) -> TextBlock:
        """Return a paragraph of some of these lines, already broken for this text width."""
        part = TextBlock(rejoin(lines), self.style)
        part._lines = (width, lines)
        return part

    def draw(self, canvas: Any, x: float, y: float) -> None:
        """Draw the paragraph with its bottom left corner at (x, y), as last wrapped."""
        canvas.saveState()
        canvas.translate(x, y)
        self._draw(canvas)
        canvas.restoreState()

    def _draw(self, canvas: Any) -> None:
        """Draw the lines, the bullet, links, underlines and flag backgrounds."""
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
            text.setFillColor(as_colour(style.colour))
            text.setTextOrigin(style.bullet_indent, baseline)
            draw_measured(text, self.bullet)
            face, size, colour = style.bullet_face, style.size, style.colour
        for line in lines:
            extra = self._justification(line)
            if extra != spacing:
                text.setCharSpace(extra)
                spacing = extra
            x = style.indent
            for chunk, ink, width, hrefs in _segments(line, extra):
                y = baseline + ink.rise
                if ink.back:
                    canvas.setFillColor(as_colour(ink.back))
                    canvas.rect(x - 1, y - ink.size * 0.22, width + 2, ink.size * 1.12, 0, 1)
                if ink.face != face or ink.size != size:
                    face, size = ink.face, ink.size
                    text.setFont(face, size)
                if ink.colour != colour:
                    colour = ink.colour
                    text.setFillColor(as_colour(colour))
                text.setTextOrigin(x, y)
                draw_measured(text, chunk)
                for href, start, end in hrefs:
                    top, bottom = y + ink.size * 0.85, y - ink.size * 0.2
                    links.append((href, x + start, bottom, x + end, top))
                if ink.underline:
                    underlines.append((ink.colour, x, x + width, y - ink.size * 0.12))
                x += width
            baseline -= style.leading
        canvas.drawText(text)
        for line_colour, x1, x2, y in underlines:
            canvas.setStrokeColor(as_colour(line_colour))
            canvas.setLineWidth(0.5)
            canvas.line(x1, y, x2, y)
        for href, x1, y1, x2, y2 in _merged(links):
            add_link(canvas, (x1, y1, x2, y2), href)

    def _justification(self, line: Line) -> float:
        """Return the space to add after each character to fill a justified line, or 0."""
        if not self.style.justify or line.hard_end:
            return 0.0
        room = self.width - self.style.indent - line.width
        chars = sum(len(token.text) for token in line.tokens) - 1
        if room <= 0 or chars <= 0:
            return 0.0
        extra = room / chars
        # A line cut short by a long Latin word that follows is left ragged rather
        # than spaced out: only a little spacing is invisible.
        return extra if extra <= self.style.size * MAX_JUSTIFY else 0.0


def _segments(
    line: Line, extra: float
) -> list[tuple[str, Ink, float, list[tuple[str, float, float]]]]:
    """Return the line's text in runs of one look, each with its drawn width and links.

    Pieces that differ only in where they link (a citation's numbers, each a
    link of its own) are drawn as one run; each link is (href, start, end)
    in points from the run's start.
    """
    segments: list[tuple[str, Ink, float, list[tuple[str, float, float]]]] = []
    texts: list[str] = []
    links: list[tuple[str, float, float]] = []
    ink: Ink | None = None
    width = 0.0
    for token in line.tokens:
        if token.ink is not ink:
            if ink is None or not _same_look(token.ink, ink):
                if ink is not None:
                    segments.append(("".join(texts), ink, width, links))
                texts, links, width = [], [], 0.0
            ink = token.ink
        drawn = token.width + extra * len(token.text)
        if ink.href:
            links.append((ink.href, width, width + drawn))
        texts.append(token.text)
        width += drawn
    if ink is not None:
        segments.append(("".join(texts), ink, width, links))
    return segments


def _same_look(one: Ink, other: Ink) -> bool:
    """Return whether two inks draw alike (they may link to different places)."""
    return (
        one.face == other.face
        and one.size == other.size
        and one.colour == other.colour
        and one.rise == other.rise
        and one.back == other.back
        and one.underline == other.underline
    )


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
def as_colour(hex_colour: str) -> Any:
    """Return the reportlab colour of a "#RRGGBB" string (cached)."""
    return colors.HexColor(hex_colour)
