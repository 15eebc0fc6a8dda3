"""Compose and render a brief through the export path (used by preview and export jobs)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the document path is imported when first used, off the start-up path
    from briefgen.core.brief.model import Brief
    from briefgen.core.brief.notices import BriefWarning
    from briefgen.core.library.assembly import Library
    from briefgen.core.templates.model import Template
    from briefgen.render.export import ExportResult


@dataclass(frozen=True, slots=True)
class RenderedFiles:
    """The files one job wrote and the brief's warnings."""

    results: tuple[ExportResult, ...]
    warnings: tuple[BriefWarning, ...]


def render_brief(
    brief: Brief,
    library: Library,
    template: Template | None,
    targets: list[Path],
    replace_read_only: frozenset[Path] = frozenset(),
    *,
    footnotes: bool = False,
) -> RenderedFiles:
    """Compose ``brief`` once and render it to every path in ``targets`` (.pdf or .docx).

    Files in ``replace_read_only`` are replaced even if read-only (the user said so).
    ``footnotes`` cites sources as Word footnotes in a DOCX (a PDF cites by number).
    Raises :class:`~briefgen.render.export.ExportError` for the first file that fails.
    """
    from briefgen.core.brief.notices import WarningKind
    from briefgen.core.composition.compose import compose
    from briefgen.render.base import CitationStyle, RenderOptions
    from briefgen.render.export import render_composition

    composition = compose(brief, library, template)
    in_footnotes = RenderOptions(citations=CitationStyle.FOOTNOTES)
    results = tuple(
        render_composition(
            composition,
            target,
            options=in_footnotes if footnotes and target.suffix.lower() == ".docx" else None,
            replace_read_only=target in replace_read_only,
        )
        for target in targets
    )
    # Each file also says whether the brief runs past its template's length (a
    # PDF measured, a DOCX estimated: the PDF's is the one kept), and a PDF
    # names the characters no bundled font draws.
    warnings = dict.fromkeys(composition.warnings)
    pdf_first = sorted(results, key=lambda result: result.path.suffix.lower() != ".pdf")
    for result in pdf_first:
        for warning in result.warnings:
            if warning.kind is WarningKind.TOO_LONG and any(
                w.kind is WarningKind.TOO_LONG for w in warnings
            ):
                continue
            warnings[warning] = None
    return RenderedFiles(results, tuple(warnings))
