"""Pick the renderer for a file name: the one place that knows every format."""

from __future__ import annotations

from pathlib import Path

from briefgen.render.base import Renderer, RenderError


def renderer_for(path: Path) -> Renderer:
    """Return the renderer for ``path``'s extension (.docx or .pdf)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from briefgen.render.docx.renderer import DocxRenderer

        return DocxRenderer()
    if suffix == ".pdf":
        from briefgen.render.pdf.renderer import PdfRenderer

        return PdfRenderer()
    shown = suffix or "no extension"
    raise RenderError(f"cannot export to {shown}: the file name must end in .docx or .pdf")
