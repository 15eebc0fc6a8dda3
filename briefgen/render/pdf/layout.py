"""Lay blocks out down the pages of a PDF: spacing, keep-with-next, splitting, page breaks.

This is the part of a page layout engine a brief needs, written for
:mod:`briefgen.render.pdf.renderer` in place of reportlab's platypus, whose import alone
cost a command-line export 40 ms (its paragraph module compiles large regular
expressions; see ``docs/benchmarks.md``). The rules follow platypus's, so the
pages look as they did:

* Blocks stack from the top of the text area. The space between two blocks is
  the larger of the first's space after and the second's space before; a
  block at the top of a page has no space before.
* A block that does not fit is split if it can (a paragraph between lines, a
  table between rows or inside a row), else moved to the next page.
* A block marked "keep with next" (a heading, a caption) moves to the next
  page unless what follows can start below it (fit, or split with a first
  part on this page).
* Tables (:mod:`briefgen.render.pdf.table`) split between rows or inside a
  row, and repeat their header row on every page.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import msgspec

from briefgen.render.pdf.paragraph import as_colour

FUZZ = 1e-6


class LayoutError(Exception):
    """Raised when a block cannot be split and is taller than a whole page."""


class Block(Protocol):
    """Something laid out down a page: a paragraph, a rule, a table."""

    space_before: float
    space_after: float
    keep_with_next: bool

    def wrap(self, avail_width: float) -> float:
        """Return the block's height at this width."""

    def split(self, avail_width: float, avail_height: float) -> tuple[Block, Block] | None:
        """Return what fits in ``avail_height`` and the rest, or None if it cannot split."""

    def draw(self, canvas: Any, x: float, y: float) -> None:
        """Draw the block, as last wrapped, with its bottom left corner at (x, y)."""


class Rule:
    """A horizontal rule across the text area."""

    keep_with_next = False

    def __init__(self, thickness: float, colour: str, space_before: float, space_after: float):
        self.thickness = thickness
        self.colour = colour
        self.space_before = space_before
        self.space_after = space_after
        self.width = 0.0

    def wrap(self, avail_width: float) -> float:
        """Return the rule's height: its thickness."""
        self.width = avail_width
        return self.thickness

    def split(self, avail_width: float, avail_height: float) -> tuple[Block, Block] | None:
        """Return None: a rule does not split."""
        return None

    def draw(self, canvas: Any, x: float, y: float) -> None:
        """Draw the rule across the text area."""
        canvas.saveState()
        canvas.setStrokeColor(as_colour(self.colour))
        canvas.setLineWidth(self.thickness)
        middle = y + self.thickness / 2
        canvas.line(x, middle, x + self.width, middle)
        canvas.restoreState()


class PageBreak:
    """Start a new page (nothing happens at the top of an empty page)."""

    space_before = 0.0
    space_after = 0.0
    keep_with_next = False


class Frame(msgspec.Struct, frozen=True):
    """The text area of every page, in points from the page's bottom left corner."""

    x: float
    y: float
    width: float
    height: float


def paginate(
    blocks: Sequence[Block | PageBreak],
    canvas: Any,
    frame: Frame,
    *,
    start_page: Callable[[Any], None],
    placed: Callable[[Block, float], None],
) -> None:
    """Draw ``blocks`` down as many pages as they need.

    ``start_page`` draws a new page's furniture; ``placed`` is told of each
    block once drawn, and the height of its bottom edge on the page (for
    bookmarks, and to measure the content). The last page is left open, for the
    caller to finish. Raise :class:`LayoutError` for a block that cannot be
    split and does not fit on an empty page.

    One loop, a little over 60 lines: each branch is one case of where the next
    block goes (page break, kept with the next, fits, splits, moves on), and
    they share the page's state; apart, they would pass it back and forth.
    """
    queue: deque[Block | PageBreak] = deque(blocks)
    top = frame.y + frame.height
    y = top
    at_top = True
    space_after = 0.0
    start_page(canvas)

    def new_page() -> None:
        nonlocal y, at_top, space_after
        canvas.showPage()
        start_page(canvas)
        y, at_top, space_after = top, True, 0.0

    while queue:
        block = queue.popleft()
        if isinstance(block, PageBreak):
            if not at_top and queue:  # never an empty page, nor one at the end
                new_page()
            continue
        gap = 0.0 if at_top else max(block.space_before - space_after, 0.0)
        room = y - gap - frame.y
        keep = block.keep_with_next and queue and not at_top
        if keep and not _starts_here(block, queue, frame.width, room):
            queue.appendleft(block)
            new_page()
            continue
        height = block.wrap(frame.width)
        if height <= room + FUZZ:
            y -= gap + height
            block.draw(canvas, frame.x, y)
            placed(block, y)
            y -= block.space_after
            space_after, at_top = block.space_after, False
            continue
        parts = block.split(frame.width, room) if room > 0 else None
        if parts is not None:
            first, rest = parts
            height = first.wrap(frame.width)
            first.draw(canvas, frame.x, y - gap - height)
            placed(first, y - gap - height)
            queue.appendleft(rest)
            new_page()
            continue
        if at_top:
            raise LayoutError(f"a block {height:.0f} points tall cannot be split across pages")
        queue.appendleft(block)
        new_page()


def _starts_here(block: Block, queue: deque[Block | PageBreak], width: float, room: float) -> bool:
    """Return whether a keep-with-next block, its chain, and the start of what follows fit.

    The start is what the following block would really place in the room left
    (all of it, or the first part of a split): a heading never ends a page alone.
    """
    room -= block.wrap(width)
    previous = block
    for following in queue:
        if isinstance(following, PageBreak):
            return room >= -FUZZ
        room -= max(following.space_before, previous.space_after)
        height = following.wrap(width)
        if not following.keep_with_next:
            return height <= room + FUZZ or (room > 0 and following.split(width, room) is not None)
        room -= height
        previous = following
    return room >= -FUZZ
