"""The page of a DOCX: size, orientation, margins, and widths measured from them."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.shared import Mm

from briefgen.core.composition.document import PageSetup, PageSize
from briefgen.render.base import RenderError

PAGE_MM: Mapping[PageSize, tuple[float, float]] = {
    PageSize.A4: (210.0, 297.0),
    PageSize.LETTER: (215.9, 279.4),
}
MIN_TEXT_MM = 20.0


def page_mm(page: PageSetup) -> tuple[float, float]:
    """Return the page's width and height in millimetres, turned for landscape."""
    width, height = PAGE_MM[page.size]
    return (height, width) if page.landscape else (width, height)


def text_width_twips(page: PageSetup) -> int:
    """Return the width between the margins, or raise RenderError if margins leave no room."""
    width, height = page_mm(page)
    margins = (page.margin_left_mm, page.margin_right_mm, page.margin_top_mm, page.margin_bottom_mm)
    if not all(math.isfinite(margin) and margin >= 0 for margin in margins):
        raise RenderError("page margins must be zero or more millimetres")
    text_width = width - page.margin_left_mm - page.margin_right_mm
    text_height = height - page.margin_top_mm - page.margin_bottom_mm
    if min(text_width, text_height) < MIN_TEXT_MM:
        raise RenderError("the page margins leave too little room for text")
    return int(Mm(text_width).twips)


def set_page(section: Any, page: PageSetup) -> None:
    """Give python-docx ``section`` the size, orientation and margins of ``page``."""
    width, height = page_mm(page)
    section.orientation = WD_ORIENT.LANDSCAPE if page.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(page.margin_top_mm), Mm(page.margin_bottom_mm)
    section.left_margin, section.right_margin = Mm(page.margin_left_mm), Mm(page.margin_right_mm)


def column_widths(weights: tuple[float, ...], columns: int, total: int) -> list[int]:
    """Return ``columns`` widths (twips) summing to ``total``, in proportion to ``weights``."""
    usable = len(weights) == columns and all(math.isfinite(w) and w > 0 for w in weights)
    shares = list(weights) if usable else [1.0] * columns
    largest = max(shares)
    shares = [share / largest for share in shares]  # scaled first: huge weights must not overflow
    whole = sum(shares)
    widths = [int(total * share / whole) for share in shares]
    widths[-1] += total - sum(widths)
    return widths
