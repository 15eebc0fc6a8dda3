"""Thumbnails of each template's first page, rendered through the real PDF path and cached.

The cache is keyed by content (the template, the language and the library's
digest) and holds one thumbnail per template and language: a thumbnail of an
older library is deleted when the new one is written.

Imported on the UI thread once the library has loaded (it brings in Qt PDF,
which the first window does not need), before the first thumbnail job starts.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from briefgen.core.system import paths

if TYPE_CHECKING:
    from briefgen.core.library.assembly import Library
    from briefgen.core.templates.model import Template

_SAMPLE_DAY = dt.date(2025, 10, 3)


def thumbnail_path(template: Template, library: Library, language: str = "en") -> Path:
    """Return where the thumbnail of ``template`` over ``library`` is cached."""
    folder = paths.cache_dir() / "thumbnails"
    return folder / f"{template.template_id}-{language}-{library.content_digest}.png"


def render_thumbnail(template: Template, library: Library, language: str, size: QSize) -> Path:
    """Return the cached thumbnail of ``template``, rendering it first if needed.

    Runs in a background job: composes a sample brief, renders it to a
    temporary PDF and draws its first page to fit twice ``size``, the icon
    size it is shown at.
    """
    target = thumbnail_path(template, library, language)
    if target.exists():
        return target
    from briefgen.core.brief.model import LanguageMode
    from briefgen.core.composition.compose import compose
    from briefgen.core.templates.model import new_brief
    from briefgen.render.export import render_composition

    mode = LanguageMode.JAPANESE if language == "ja" else LanguageMode.ENGLISH
    brief = new_brief(template, library, language=mode, date=_SAMPLE_DAY)
    composition = compose(brief, library, template, today=_SAMPLE_DAY)
    with tempfile.TemporaryDirectory(prefix="briefgen-thumb-") as folder:
        pdf = Path(folder) / "thumb.pdf"
        render_composition(composition, pdf)
        document = QPdfDocument()
        document.load(str(pdf))
        page = document.pagePointSize(0).toSize()
        scaled = page.scaled(size * 2, Qt.AspectRatioMode.KeepAspectRatio)
        image: QImage = document.render(0, scaled)
        document.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(".tmp.png")
    image.save(str(temporary))
    temporary.replace(target)
    for older in target.parent.glob(f"{template.template_id}-{language}-*.png"):
        if older != target:
            older.unlink(missing_ok=True)
    return target
