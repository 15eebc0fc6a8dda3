"""The one interface every renderer implements, and what renderers share (options, errors).

The renderers are picked by file name in :mod:`briefgen.render.registry`; this
module imports none of them.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Protocol

import msgspec

from briefgen.core.brief.notices import BriefWarning
from briefgen.core.composition.document import Document

MAX_REFERENCE_BYTES = 64 * 1024 * 1024
"""A Word reference document larger than this is refused: it holds styles, not content."""


class RenderError(Exception):
    """Raised when a document cannot be rendered; the message is for the user."""


class CitationStyle(StrEnum):
    """How a brief cites its sources: numbers in brackets, or Word footnotes (DOCX only)."""

    NUMBERS = "numbers"
    FOOTNOTES = "footnotes"


class RenderOptions(msgspec.Struct, frozen=True):
    """Settings a renderer may use.

    ``reference_docx`` restyles a DOCX the way pandoc's ``--reference-doc``
    does: its styles, page setup and headers are used; its content is not.
    ``citations`` FOOTNOTES makes each citation a Word footnote.
    """

    reference_docx: Path | None = None
    citations: CitationStyle = CitationStyle.NUMBERS


class Renderer(Protocol):
    """Turn a composed :class:`Document` into the bytes of one file format."""

    format_name: str  # "DOCX", "PDF"
    extension: str  # ".docx", ".pdf"

    def render(self, document: Document, options: RenderOptions) -> bytes:
        """Return the file's bytes; raise :class:`RenderError` for content it cannot write."""
        ...

    def warnings(self, document: Document) -> tuple[BriefWarning, ...]:
        """Return what the analyst should know about how this format shows ``document``."""
        ...
