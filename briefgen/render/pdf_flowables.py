"""Flowables that work around reportlab's limits, for :mod:`briefgen.render.pdf_story`.

Each class exists because reportlab's own does something a brief cannot live
with: moving a whole table to the next page to keep a heading with it,
breaking a long paragraph's lines again on every page (quadratic time), or
refusing to split a long first word after a link destination.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.flowables import _listWrapOn

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


class BriefParagraph(RLParagraph):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph that breaks its lines once, however often it is wrapped or split.

    reportlab breaks a paragraph's lines again on every ``wrap``, and the rest
    of a paragraph split at a page end is a new paragraph broken again from
    scratch. A paragraph running over many pages (a 10,000-character word in a
    narrow table column) then costs time quadratic in its length: minutes.
    Here the rest keeps the lines already broken, so the cost is linear.
    """

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the size for ``avail_width``, breaking lines only if the width changed."""
        known = self.__dict__.get("_wrapped")
        # split() deletes blPara when the paragraph cannot be split: wrap afresh then.
        if known is not None and known[0] == avail_width and "blPara" in self.__dict__:
            self.width, self.height = known
            return self.width, self.height
        width, height = super().wrap(avail_width, avail_height)
        self._wrapped = (width, height)
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """Split as reportlab does, handing the lines already broken on to the rest."""
        parts: list[Any] = super().split(avail_width, avail_height)
        lines = self.__dict__.get("blPara")
        widths = self.__dict__.get("_wrapWidths")
        if len(parts) == 2 and lines is not None and widths:
            # The rest starts with a line broken to the later-line width, as all of it was.
            rest = lines.lines[len(parts[0].blPara.lines) :]
            if rest and hasattr(rest[0], "sFW"):
                # Lines of several runs index this paragraph's word list (sFW): the
                # rest keeps the whole list, so the indexes stay right without copying.
                parts[1].frags = self.frags
            parts[1]._inherited = ([widths[-1], widths[-1]], lines.clone(lines=rest))
        return parts

    def breakLines(self, width: Any) -> Any:
        """Return the inherited lines if there are any, else break the lines."""
        inherited = self._inherited_lines(width)
        return inherited if inherited is not None else super().breakLines(width)

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N803 - reportlab's name
        """Return the inherited lines if there are any, else break the lines."""
        inherited = self._inherited_lines(maxWidths)
        return inherited if inherited is not None else super().breakLinesCJK(maxWidths)

    def _inherited_lines(self, widths: Any) -> Any:
        """Return the lines this rest of a split paragraph inherited, if still valid."""
        inherited = self.__dict__.get("_inherited")
        if inherited is not None and list(widths) == inherited[0]:
            return inherited[1]
        return None


class AnchoredParagraph(BriefParagraph):
    """A paragraph that is a link destination, and for headings a bookmark.

    ``destination`` names the top of the paragraph; ``outline`` is (title,
    destination, level) for the bookmark. reportlab's ``<a name>`` markup would
    do the first, but it stops a very long first word from being split.
    """

    destination = ""
    outline: tuple[str, str, int] | None = None

    def draw(self) -> None:
        """Mark the destination at the paragraph's top, then draw it."""
        if self.destination:
            self.canv.bookmarkHorizontal(self.destination, 0, self.height)
        super().draw()

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """Split, keeping the destination and bookmark on the first part only."""
        parts: list[Any] = super().split(avail_width, avail_height)
        for index, part in enumerate(parts):
            part.destination = self.destination if index == 0 else ""
            part.outline = self.outline if index == 0 else None
        return parts


class RuledParagraph(BriefParagraph):
    """A paragraph with a rule down its left side: an analyst's note, in any language."""

    def draw(self) -> None:
        """Draw the rule, then the text."""
        x = self.style.leftIndent - 7
        self.canv.saveState()
        self.canv.setStrokeColor(NOTE_RULE)
        self.canv.setLineWidth(2)
        self.canv.line(x, 1, x, self.height + 1)
        self.canv.restoreState()
        super().draw()
