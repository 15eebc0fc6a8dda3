"""Export a brief: compose it, render it in the format its name asks for, write it atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import msgspec

from briefgen.core.atomic import ReadOnlyTargetError, WriteError, check_target, write_atomic
from briefgen.core.brief import Brief
from briefgen.core.brief_warnings import BriefWarning
from briefgen.core.compose import Composition, compose
from briefgen.core.library import Library
from briefgen.core.templates import Template
from briefgen.render.base import Renderer, RenderError, RenderOptions, renderer_for


class ExportError(Exception):
    """Raised when an export fails; the message says why, for the user."""


class ReadOnlyExportError(ExportError):
    """Raised when the file to replace is read-only and replacing it was not asked for."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
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
        raise ReadOnlyExportError(str(exc), exc.path) from None
    except (RenderError, WriteError) as exc:
        raise ExportError(str(exc)) from None
    return ExportResult(
        path, len(data), composition.warnings + renderer.warnings(composition.document)
    )


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
