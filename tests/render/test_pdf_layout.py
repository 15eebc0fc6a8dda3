"""Page layout for the PDF: spacing, splitting, keep-with-next and tables across pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from briefgen.render.fonts import LATIN, register_fonts
from briefgen.render.pdf_layout import (
    Block,
    Frame,
    LayoutError,
    PageBreak,
    Table,
    TableLook,
    paginate,
)
from briefgen.render.pdf_lines import Ink, tokenize
from briefgen.render.pdf_paragraph import BlockStyle, TextBlock, measure

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
        if self.lines < 2 or fit < 1:
            return None
        first = Box(self.name + "a", fit * 10.0, self.space_before, 0.0, lines=fit)
        rest = Box(self.name + "b", self.height - fit * 10, 0.0, self.space_after, lines=0)
        return first, rest

    def lead(self, avail_width: float) -> float:
        return min(self.height, 20.0)

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
    paginate(blocks, canvas, FRAME, start_page=lambda c: None, placed=lambda b: None)
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
    paginate([table], canvas, frame, start_page=lambda c: None, placed=lambda b: None)
    assert len(canvas.pages) > 3
    assert all(page[0] == "Head" for page in canvas.pages)
    words = [word for page in canvas.pages for text in page[1:] for word in text.split()]
    assert words == [w for n in range(12) for w in (f"row{n}", *["word"] * 30)]
