"""Export a brief: compose it, render it in the format its name asks for, write it atomically."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import msgspec

from briefgen.core.brief.model import Brief
from briefgen.core.brief.notices import BriefWarning, WarningKind
from briefgen.core.composition.compose import Composition, compose
from briefgen.core.composition.document import Document
from briefgen.core.library.assembly import Library
from briefgen.core.system.atomic import ReadOnlyTargetError, WriteError, check_target, write_atomic
from briefgen.core.templates.model import Template
from briefgen.render.base import Renderer, RenderError, RenderOptions
from briefgen.render.pdf.estimate import estimate_content_pages
from briefgen.render.registry import renderer_for

_FUZZ = 1e-3  # of a page
# An estimate this close to the length a template promises (a share of it) is
# measured by a layout instead: estimates of the shipped templates and of a
# 60-fact brief in every language mode came within 4 % of the layout.
_CLOSE = 0.1
# Lines of body text on a page, to say how far a brief runs over in terms an analyst
# can act on: an A4 text area (about 750 points tall) over 14.5-point English lines.
_LINES_PER_PAGE = 50


class ExportError(Exception):
    """Raised when an export fails; the message says why, in English.

    ``cause`` is the typed error behind it (a :class:`WriteError` says why a
    file could not be written), for an interface that words it itself.
    """

    def __init__(self, message: str, cause: Exception | None = None) -> None:
        super().__init__(message)
        self.cause = cause


class ReadOnlyExportError(ExportError):
    """Raised when the file to replace is read-only and replacing it was not asked for."""

    def __init__(self, message: str, path: Path, cause: Exception | None = None) -> None:
        super().__init__(message, cause)
        self.path = path


class ExportResult(msgspec.Struct, frozen=True):
    """What an export wrote and what the analyst should know about the brief."""

    path: Path
    size: int
    warnings: tuple[BriefWarning, ...]


def render_composition(
    composition: Composition,
    path: Path,
    *,
    renderer: Renderer | None = None,
    options: RenderOptions | None = None,
    replace_read_only: bool = False,
) -> ExportResult:
    """Render an already composed brief to ``path``; raise :class:`ExportError` on failure.

    The target is checked before rendering, so a path that cannot be written
    fails at once; an existing read-only file raises :class:`ReadOnlyExportError`
    unless ``replace_read_only``.
    """
    try:
        renderer = renderer or renderer_for(path)
        check_target(path, replace_read_only=replace_read_only)
        data = renderer.render(composition.document, options or RenderOptions())
        write_atomic(path, data, replace_read_only=replace_read_only)
    except ReadOnlyTargetError as exc:
        raise ReadOnlyExportError(str(exc), exc.path or path, exc) from None
    except (RenderError, WriteError) as exc:
        raise ExportError(str(exc), exc) from None
    warnings = composition.warnings + renderer.warnings(composition.document)
    over = length_warning(composition.document, content_pages(composition.document, renderer))
    if over is not None:
        warnings = (*warnings, over)
    return ExportResult(path, len(data), warnings)


def content_pages(document: Document, renderer: Renderer) -> float | None:
    """Return the pages of content before the Sources a file of ``document`` fills.

    A PDF renderer has just laid the pages out and knows. A DOCX is paginated
    by Word, on the reader's machine: its length is judged by the PDF layout of
    the same document (the preview's), estimated from character counts when
    clearly shorter or longer than the template's length, laid out and
    measured when close to it, so that a brief cut to fit is never warned about.
    None for a document whose template promises no length.
    """
    measured = getattr(renderer, "content_pages", None)
    budget = document.page_budget
    if measured is not None or not budget:
        return measured if budget else None
    estimate = estimate_content_pages(document)
    if abs(estimate - budget) > _CLOSE * budget:
        return estimate
    from briefgen.render.pdf.renderer import PdfRenderer  # loads fonts: only when needed

    return PdfRenderer().measure(document)


def length_warning(document: Document, content_pages: float | None) -> BriefWarning | None:
    """Return a warning when the content runs past the pages its template promises."""
    budget = document.page_budget
    if not budget or content_pages is None or content_pages <= budget + _FUZZ:
        return None
    lines = math.ceil((content_pages - budget) * _LINES_PER_PAGE)
    return BriefWarning(WarningKind.TOO_LONG, "", budget=budget, over_lines=lines)


def export_brief(
    brief: Brief,
    library: Library,
    template: Template | None,
    path: Path,
    *,
    renderer: Renderer | None = None,
    options: RenderOptions | None = None,
    today: dt.date | None = None,
    generated: dt.datetime | None = None,
    replace_read_only: bool = False,
) -> ExportResult:
    """Compose ``brief`` and write it to ``path`` (.docx or .pdf) all at once, or not at all."""
    composition = compose(brief, library, template, today=today, generated=generated)
    return render_composition(
        composition, path, renderer=renderer, options=options, replace_read_only=replace_read_only
    )
