"""What a template sets for a whole document: its page, and the form of its sources list."""

from __future__ import annotations

from enum import StrEnum

import msgspec


class SourceForm(StrEnum):
    """How a brief lists its sources: in full, or short (title, publisher, year) to condense."""

    FULL = "full"
    SHORT = "short"


class PageSize(StrEnum):
    """Paper sizes."""

    A4 = "A4"
    LETTER = "Letter"


class PageSetup(msgspec.Struct, frozen=True):
    """Paper and margins (millimetres)."""

    size: PageSize = PageSize.A4
    landscape: bool = False
    margin_top_mm: float = 20.0
    margin_bottom_mm: float = 20.0
    margin_left_mm: float = 20.0
    margin_right_mm: float = 20.0
