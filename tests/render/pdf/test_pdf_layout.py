"""Page layout for the PDF: spacing, splitting, keep-with-next and tables across pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from briefgen.render.pdf.fonts import LATIN, register_fonts
from briefgen.render.pdf.layout import Block, Frame, LayoutError, PageBreak, paginate
from briefgen.render.pdf.lines import Ink, tokenize
from briefgen.render.pdf.paragraph import BlockStyle, TextBlock, measure
from briefgen.render.pdf.table import Cell, Table, TableLook

FRAME = Frame(x=10, y=0, width=100, height=100)


@dataclass
class Box:
    """A block of fixed height; ``lines`` > 1 makes it splittable into lines of 10 points."""

    name: str
    height: float
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False
    lines: int = 1

    def wrap(self, avail_width: float) -> float:
        return self.height

    def split(self, avail_width: float, avail_height: float) -> tuple[Block, Block] | None:
        fit = int(avail_height // 10)
        if self.lines < 2 or fit < 2:  # no orphans, as a paragraph
            return None
        first = Box(self.name + "a", fit * 10.0, self.space_before, 0.0, lines=fit)
        rest = Box(self.name + "b", self.height - fit * 10, 0.0, self.space_after, lines=0)
        return first, rest

    def draw(self, canvas: Any, x: float, y: float) -> None:
        canvas.drawn.append((canvas.page, self.name, y + self.height, y))


@dataclass
class Canvas:
    page: int = 1
    drawn: list[tuple[int, str, float, float]] = field(default_factory=list)

    def showPage(self) -> None:
        self.page += 1


def lay_out(blocks: list[Block | PageBreak]) -> list[tuple[int, str, float, float]]:
    """Return (page, name, top, bottom) of everything drawn."""
    canvas = Canvas()
    paginate(blocks, canvas, FRAME, start_page=lambda c: None, placed=lambda b, y: None)
    return canvas.drawn


def test_blocks_stack_with_the_larger_of_the_spaces_between_them() -> None:
    drawn = lay_out([Box("a", 20, space_after=6), Box("b", 20, space_before=10, space_after=3)])
    assert drawn == [(1, "a", 100, 80), (1, "b", 70, 50)]


def test_a_block_at_the_top_of_a_page_has_no_space_before() -> None:
    drawn = lay_out([Box("a", 90), Box("b", 20, space_before=10)])
    assert drawn[1] == (2, "b", 100, 80)


def test_a_block_that_does_not_fit_splits_or_moves_to_the_next_page() -> None:
    drawn = lay_out([Box("a", 70), Box("b", 50, lines=5), Box("c", 50)])
    assert drawn == [
        (1, "a", 100, 30),
        (1, "ba", 30, 0),
        (2, "bb", 100, 80),
        (2, "c", 80, 30),
    ]


def test_a_heading_moves_to_the_next_page_unless_the_start_of_what_follows_fits() -> None:
    heading = Box("h", 10, keep_with_next=True)
    drawn = lay_out([Box("a", 75), heading, Box("b", 50, lines=5)])
    assert [(page, name) for page, name, *_ in drawn] == [(1, "a"), (2, "h"), (2, "b")]
    drawn = lay_out([Box("a", 60), heading, Box("b", 50, lines=5)])
    assert [(page, name) for page, name, *_ in drawn] == [(1, "a"), (1, "h"), (1, "ba"), (2, "bb")]


def test_a_page_break_starts_a_page_but_never_an_empty_one() -> None:
    drawn = lay_out([PageBreak(), Box("a", 10), PageBreak(), PageBreak(), Box("b", 10)])
    assert [(page, name) for page, name, *_ in drawn] == [(1, "a"), (2, "b")]


def test_a_block_taller_than_a_page_that_cannot_split_is_an_error() -> None:
    with pytest.raises(LayoutError):
        lay_out([Box("a", 150)])


def _paragraph(text: str) -> TextBlock:
    register_fonts()
    ink = Ink(LATIN, 10.0, "#000000")
    return TextBlock(tokenize([(text, ink)], measure), BlockStyle(size=10, leading=12, colour=""))


class RecordingCanvas:
    """Enough of reportlab's canvas to record which text each page shows."""

    def __init__(self) -> None:
        self.pages: list[list[str]] = [[]]

    def showPage(self) -> None:
        self.pages.append([])

    def beginText(self) -> Any:
        pages = self.pages

        class Text:
            def _textOut(self, text: str) -> None:
                pages[-1].append(text)

            def __getattr__(self, name: str) -> Any:
                return lambda *args, **kwargs: None

        return Text()

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


def test_a_table_repeats_its_header_row_on_every_page_and_splits_inside_rows() -> None:
    rows = [[[_paragraph("Head")]]]
    rows += [[[_paragraph(f"row{n} " + "word " * 30)]] for n in range(12)]
    table = Table.of(rows, [100.0], TableLook(grid="#000000"), header="repeat")
    canvas = RecordingCanvas()
    frame = Frame(x=0, y=0, width=100, height=200)
    paginate([table], canvas, frame, start_page=lambda c: None, placed=lambda b, y: None)
    assert len(canvas.pages) > 3
    assert all(page[0] == "Head" for page in canvas.pages)
    words = [word for page in canvas.pages for text in page[1:] for word in text.split()]
    assert words == [w for n in range(12) for w in (f"row{n}", *["word"] * 30)]


def test_a_page_break_at_the_end_adds_no_empty_page() -> None:
    canvas = Canvas()
    paginate(
        [Box("a", 10), PageBreak()],
        canvas,
        FRAME,
        start_page=lambda c: None,
        placed=lambda b, y: None,
    )
    assert canvas.page == 1


def _table(rows: list[list[Cell]], header: str = "", page: float = 200) -> Table:
    return Table.of(
        rows, [100.0, 100.0], TableLook(grid="#000000"), header=header, page_height=page
    )


def test_a_row_is_not_split_if_a_cell_would_start_only_on_the_next_page() -> None:
    long = _paragraph(" ".join(["word"] * 80))  # many lines in a 90-point column
    three = _paragraph("one two three four five six seven eight nine")
    assert three.wrap(90) == 36  # three lines: too short to split
    table = _table([[[long], [three]]], page=1000)
    table.wrap(200)
    # Padding takes 7 points: room for two lines, which the long cell could use
    # but the three-line cell cannot (it does not split).
    assert table.split(200, 32) is None
    parts = table.split(200, 50)
    assert parts is not None  # three lines of room: both cells start on this page


def test_a_header_printed_once_is_not_left_alone_at_the_foot_of_a_page() -> None:
    header = [[_paragraph("Head " * 30)], [_paragraph("Head")]]
    table = _table([header, [[_paragraph("body")], [_paragraph("x")]]], header="once")
    header_height = table.wrap(200) - table.rows[1].height
    assert table.split(200, header_height + 2) is None
    assert table.split(200, table.wrap(200) - 1) is None  # the body row is too short to split


def test_each_row_of_a_long_table_is_measured_once_however_many_pages_it_takes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from briefgen.render.pdf import table as pdf_table

    counted: list[int] = []
    real = pdf_table._cell_height

    def counting(cell: Cell, width: float) -> float:
        counted.append(1)
        return real(cell, width)

    monkeypatch.setattr(pdf_table, "_cell_height", counting)
    rows = [[[_paragraph(f"row {n}")], [_paragraph("x")]] for n in range(300)]
    table = _table(rows)
    canvas = RecordingCanvas()
    frame = Frame(x=0, y=0, width=200, height=200)
    paginate([table], canvas, frame, start_page=lambda c: None, placed=lambda b, y: None)
    assert len(canvas.pages) > 10
    assert len(counted) <= 2 * 300 + 2 * len(canvas.pages)  # two cells a row, once each
