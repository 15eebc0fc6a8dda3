"""Tables and tab stops in WordprocessingML: fixed column widths, repeating header rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from docx.oxml.ns import qn

from briefgen.render.docx.wordml import W_PPR, W_PSTYLE, add_child

# lxml elements from python-docx carry no type information.
Element = Any


def set_table_width(table: Element, column_twips: list[int]) -> None:
    """Give a table made by ``CT_Tbl.new_tbl`` fixed column widths (twips) and their total.

    Word reads the cell widths and LibreOffice the grid, so both are set.
    """
    tblpr = table.find(qn("w:tblPr"))
    tblw = tblpr.find(qn("w:tblW"))
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(sum(column_twips)))
    tblw.addnext(tblpr.makeelement(qn("w:tblLayout"), {qn("w:type"): "fixed"}))
    columns = len(column_twips)
    for index, grid_col in enumerate(table.find(qn("w:tblGrid")).iterchildren(qn("w:gridCol"))):
        grid_col.set(qn("w:w"), str(column_twips[index % columns]))
    for index, cell_width in enumerate(table.iter(qn("w:tcW"))):
        cell_width.set(qn("w:type"), "dxa")
        cell_width.set(qn("w:w"), str(column_twips[index % columns]))


def repeat_as_header_row(row: Element) -> None:
    """Mark a new table row as a header row that Word repeats at the top of every page.

    The row is also kept on one page: a header split over a page break looks broken.
    """
    trpr = row.makeelement(qn("w:trPr"), {})
    row.insert(0, trpr)  # a new row has no w:tblPrEx
    add_child(trpr, qn("w:cantSplit"))
    add_child(trpr, qn("w:tblHeader"))


def set_right_tab(paragraph: Element, position_twips: int, clear_twips: Iterable[int]) -> None:
    """Give a styled paragraph one right tab stop, clearing its style's stops at ``clear_twips``."""
    tabs = paragraph.makeelement(qn("w:tabs"), {})
    paragraph.find(W_PPR).find(W_PSTYLE).addnext(tabs)  # w:tabs follows w:pStyle
    stops = dict.fromkeys(clear_twips, "clear")
    stops[position_twips] = "right"
    for position, kind in sorted(stops.items()):
        add_child(tabs, qn("w:tab"), val=kind, pos=str(position))


def style_tab_positions(style: Element | None) -> list[int]:
    """Return the tab-stop positions (twips) a paragraph ``w:style`` element defines."""
    if style is None:
        return []
    positions: list[int] = []
    for tab in style.iter(qn("w:tab")):
        value = tab.get(qn("w:pos"))
        if value is not None and value.lstrip("-").isdigit():
            positions.append(int(value))
    return positions
