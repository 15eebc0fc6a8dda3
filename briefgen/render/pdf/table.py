"""Tables in the PDF: padded cells, a grid, a header row repeated on every page.

Tables have padded cells, an optional grid, a shaded header row that repeats
on every page, striped rows, and rows that split across pages (every cell
starting on the first page). Row heights are measured once. Laid out by
:func:`briefgen.render.pdf.layout.paginate` like any other block.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import msgspec

from briefgen.render.pdf.layout import FUZZ, Block
from briefgen.render.pdf.paragraph import TextBlock, as_colour


class TableLook(msgspec.Struct, frozen=True):
    """How a table is drawn: a grid with a shaded header, or borderless aligned columns."""

    grid: str = ""  # the grid's colour; "" for no lines
    grid_width: float = 0.5
    header_fill: str = ""
    header_rule: str = ""  # a heavier line below the header row
    stripes: tuple[str, ...] = ()  # body row fills, repeating
    top: float = 3.0  # cell padding, points
    bottom: float = 4.0
    left: tuple[float, ...] = (5.0,)  # per column; the last value repeats
    right: tuple[float, ...] = (5.0,)

    def padding(self, column: int) -> tuple[float, float]:
        """Return the left and right padding of a column."""
        return (
            self.left[min(column, len(self.left) - 1)],
            self.right[min(column, len(self.right) - 1)],
        )


Cell = list[TextBlock]


class _Row(msgspec.Struct):
    cells: list[Cell]
    index: int  # the row's number among the body rows (for stripes); -1 for the header
    height: float = -1.0  # measured once: column widths are fixed


class Table(msgspec.Struct):
    """A table of paragraphs in fixed columns; the header row (if any) repeats on every page."""

    rows: list[_Row]
    widths: list[float]
    look: TableLook
    header: _Row | None = None
    space_before: float = 4.0
    space_after: float = 10.0
    keep_with_next: bool = False
    page_height: float = float("inf")  # the text area's height: a taller row must split
    _body: float = -1.0  # the body rows' height, once measured

    @classmethod
    def of(
        cls,
        rows: Sequence[list[Cell]],
        widths: list[float],
        look: TableLook,
        *,
        header: str = "",
        page_height: float = float("inf"),
    ) -> Table:
        """Return a table of ``rows``; its first row is a header if ``header`` is "repeat"
        (shaded, and repeated on every page) or "once" (shaded, on the first page only)."""
        body = [_Row(list(cells), n - bool(header)) for n, cells in enumerate(rows)]
        if header == "repeat" and body:
            return cls(body[1:], widths, look, body[0], page_height=page_height)
        return cls(body, widths, look, page_height=page_height)

    def wrap(self, avail_width: float) -> float:
        """Return the table's height (its column widths are fixed, whatever the frame)."""
        if self._body < 0:
            self._body = sum(self._measure(row) for row in self.rows)
        return self._body + (self._measure(self.header) if self.header else 0.0)

    def _measure(self, row: _Row) -> float:
        if row.height < 0:
            tallest = 0.0
            for column, cell in enumerate(row.cells):
                tallest = max(tallest, _cell_height(cell, self._inner(column)))
            row.height = tallest + self.look.top + self.look.bottom
        return row.height

    def _inner(self, column: int) -> float:
        left, right = self.look.padding(column)
        return max(self.widths[column] - left - right, 1.0)

    def split(self, avail_width: float, avail_height: float) -> tuple[Block, Block] | None:
        """Return the rows that fit (the last perhaps split inside) and the rest, or None.

        A header row printed once stays with the start of the first body row.
        """
        used = self._measure(self.header) if self.header else 0.0
        count = 0  # rows that fit whole
        while count < len(self.rows) and used + self._measure(self.rows[count]) <= (
            avail_height + FUZZ
        ):
            used += self.rows[count].height
            count += 1
        fitted, rest = self.rows[:count], self.rows[count:]
        taken = used - (self.header.height if self.header else 0.0)
        if rest:
            parts = self._split_row(rest[0], avail_height - used)
            if parts is not None:
                taken += rest[0].height
                fitted = [*fitted, parts[0]]
                rest = [parts[1], *rest[1:]]
                taken -= self._measure(parts[1])
        if not rest or not fitted:
            return None
        if all(row.index < 0 for row in fitted) and any(row.index >= 0 for row in rest):
            return None  # a header alone at the foot of a page: start on the next one
        first = msgspec.structs.replace(self, rows=fitted, space_after=0.0, _body=-1.0)
        second = msgspec.structs.replace(self, rows=rest, space_before=0.0)
        second._body = self.wrap(avail_width) - (self.header.height if self.header else 0.0) - taken
        return first, second

    def _split_row(self, row: _Row, avail_height: float) -> tuple[_Row, _Row] | None:
        """Split a row's cells at the same height, or return None.

        Every cell with content must start in the first part (a row is not torn
        into an empty cell beside the start of another), and a header row is
        not split, unless the row is taller than a whole page.
        """
        room = avail_height - self.look.top - self.look.bottom
        taller_than_a_page = row.height > self.page_height
        if room <= 0 or (row.index < 0 and not taller_than_a_page):
            return None
        tops: list[Cell] = []
        bottoms: list[Cell] = []
        for column, cell in enumerate(row.cells):
            top, bottom = _split_cell(cell, self._inner(column), room)
            if cell and not top and not taller_than_a_page:
                return None
            tops.append(top)
            bottoms.append(bottom)
        if not any(bottoms):
            return None
        return _Row(tops, row.index), _Row(bottoms, row.index)

    def draw(self, canvas: Any, x: float, y: float) -> None:
        """Draw the rows from the top down, then the grid over them."""
        rows = ([self.header] if self.header else []) + self.rows
        top = y + sum(row.height for row in rows)
        look = self.look
        lines: list[float] = [top]
        for row in rows:
            bottom = top - row.height
            fill = look.header_fill if row.index < 0 else ""
            if row.index >= 0 and look.stripes:
                fill = look.stripes[row.index % len(look.stripes)]
            if fill:
                canvas.saveState()
                canvas.setFillColor(as_colour(fill))
                canvas.rect(x, bottom, sum(self.widths), row.height, stroke=0, fill=1)
                canvas.restoreState()
            left = x
            for column, cell in enumerate(row.cells):
                pad_left, _ = look.padding(column)
                _draw_cell(canvas, cell, left + pad_left, top - look.top, self._inner(column))
                left += self.widths[column]
            top = bottom
            lines.append(top)
        self._draw_grid(canvas, x, lines, header=bool(rows) and rows[0].index < 0)

    def _draw_grid(self, canvas: Any, x: float, lines: list[float], *, header: bool) -> None:
        look = self.look
        right = x + sum(self.widths)
        canvas.saveState()
        if look.grid:
            canvas.setStrokeColor(as_colour(look.grid))
            canvas.setLineWidth(look.grid_width)
            for y in lines:
                canvas.line(x, y, right, y)
            edge = x
            for width in [0.0, *self.widths]:
                edge += width
                canvas.line(edge, lines[0], edge, lines[-1])
        if header and look.header_rule and len(lines) > 1:
            canvas.setStrokeColor(as_colour(look.header_rule))
            canvas.setLineWidth(1)
            canvas.line(x, lines[1], right, lines[1])
        canvas.restoreState()


def _cell_height(cell: Cell, width: float) -> float:
    """Return the height of a cell's paragraphs, spaced as on a page."""
    height = 0.0
    for n, block in enumerate(cell):
        if n:
            height += max(cell[n - 1].space_after, block.space_before)
        height += block.wrap(width)
    return height


def _split_cell(cell: Cell, width: float, room: float) -> tuple[Cell, Cell]:
    """Return the paragraphs of a cell that fit in ``room`` (one perhaps split) and the rest."""
    used = 0.0
    for n, block in enumerate(cell):
        gap = max(cell[n - 1].space_after, block.space_before) if n else 0.0
        height = block.wrap(width)
        if used + gap + height <= room + FUZZ:
            used += gap + height
            continue
        parts = block.split(width, room - used - gap)
        if parts is None:
            return cell[:n], cell[n:]
        return [*cell[:n], parts[0]], [parts[1], *cell[n + 1 :]]
    return cell, []


def _draw_cell(canvas: Any, cell: Cell, x: float, top: float, width: float) -> None:
    for n, block in enumerate(cell):
        if n:
            top -= max(cell[n - 1].space_after, block.space_before)
        height = block.wrap(width)
        block.draw(canvas, x, top - height)
        top -= height


# --- pages -------------------------------------------------------------------------------------
