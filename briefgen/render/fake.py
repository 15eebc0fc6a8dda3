"""A renderer for tests: writes the document's plain text, with no document library."""

from __future__ import annotations

from briefgen.core.brief.notices import BriefWarning
from briefgen.core.composition.document import Document
from briefgen.render.base import RenderError, RenderOptions


class FakeRenderer:
    """Render the visible text as UTF-8, or fail on demand."""

    format_name = "TEXT"
    extension = ".txt"

    def __init__(self, fail_with: str | None = None) -> None:
        self.fail_with = fail_with
        self.rendered: list[Document] = []

    def render(self, document: Document, options: RenderOptions) -> bytes:
        """Return the document's text, or raise the configured :class:`RenderError`."""
        if self.fail_with is not None:
            raise RenderError(self.fail_with)
        self.rendered.append(document)
        return document.text().encode("utf-8")

    def warnings(self, document: Document) -> tuple[BriefWarning, ...]:
        """Return nothing: plain text shows every character."""
        return ()
