"""Every use briefgen makes of reportlab's private API, in one place, for one reportlab version.

reportlab has no public way to do these five things, each worth doing:

* draw text already measured (``PDFTextObject._textOut``): ``textOut`` measures
  every chunk again, and briefgen's line breaker has measured it;
* tell whether the current page has marks (``Canvas._code``), to count pages
  before the last ``showPage``;
* date the PDF with the brief's creation time (``Canvas._doc._timeStamp``);
* write a ToUnicode map that is right beyond the BMP (replacing
  ``ttfonts.makeToUnicodeCMap``; see :mod:`briefgen.render.pdf.cmap`);
* write compressed streams as binary rather than ASCII85 (``rl_config.useA85``,
  a process-wide setting): a quarter smaller, and reportlab's pure-Python
  ASCII85 encoder was a quarter of the render time.

pyproject.toml pins reportlab to :data:`WRITTEN_FOR`; :func:`problems` says
what no longer holds in the installed reportlab, and a test fails with its
words when a new reportlab changes any of it.
"""

from __future__ import annotations

import inspect
import io
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, ttfonts
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from briefgen.render.pdf.cmap import to_unicode_cmap

WRITTEN_FOR = "5.1.0"


def draw_measured(text: PDFTextObject, chunk: str) -> None:
    """Draw ``chunk`` at the text object's origin without measuring it (the cursor stays)."""
    text._textOut(chunk)


def page_has_marks(canvas: Canvas) -> bool:
    """Return True when something was drawn on the canvas's current page."""
    return bool(canvas._code)


def set_timestamp(canvas: Canvas, ymdhms: tuple[int, ...], offset_minutes: int) -> None:
    """Date the PDF (CreationDate, ModDate) ``ymdhms``, local time ``offset_minutes`` off UTC."""
    stamp = canvas._doc._timeStamp
    stamp.YMDhms = ymdhms
    stamp.dhh = int(offset_minutes / 60)
    stamp.dmm = abs(offset_minutes) % 60


_installed = False
_install_lock = threading.Lock()


def install_to_unicode_cmap() -> None:
    """Make reportlab write :func:`~briefgen.render.pdf.cmap.to_unicode_cmap` for every subset."""
    global _installed
    with _install_lock:
        if not _installed:
            ttfonts.makeToUnicodeCMap = to_unicode_cmap
            _installed = True


_streams_lock = threading.Lock()
_renders = 0
_saved_a85: Any = None


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write compressed streams as binary for the renders inside the block.

    ``rl_config.useA85`` is read when a page or form is written; it is set for
    as long as any briefgen render runs (renders on two threads overlap) and
    put back when the last one ends, so importing briefgen changes nothing.
    """
    global _renders, _saved_a85
    with _streams_lock:
        if _renders == 0:
            _saved_a85 = rl_config.useA85
            rl_config.useA85 = 0
        _renders += 1
    try:
        yield
    finally:
        with _streams_lock:
            _renders -= 1
            if _renders == 0:
                rl_config.useA85 = _saved_a85


def _parameters(function: Callable[..., Any]) -> list[str]:
    return list(inspect.signature(function).parameters)


def problems() -> list[str]:
    """Return what the installed reportlab no longer provides of the above (empty: all holds)."""
    found: list[str] = []
    if reportlab.Version != WRITTEN_FOR:
        found.append(
            f"reportlab {reportlab.Version} is installed; this module is written for {WRITTEN_FOR}"
        )
    text_out = getattr(PDFTextObject, "_textOut", None)
    if text_out is None or _parameters(text_out)[:2] != ["self", "text"]:
        found.append("PDFTextObject._textOut(text) is gone or takes other arguments")
    canvas = Canvas(io.BytesIO())
    if not isinstance(getattr(canvas, "_code", None), list):
        found.append("Canvas._code is no longer the list of the page's operators")
    stamp = getattr(getattr(canvas, "_doc", None), "_timeStamp", None)
    if stamp is None or not all(hasattr(stamp, name) for name in ("YMDhms", "dhh", "dmm")):
        found.append("Canvas._doc._timeStamp no longer holds YMDhms, dhh and dmm")
    if not hasattr(pdfdoc, "PDFDate") or "ts" not in _parameters(pdfdoc.PDFDate):
        found.append("pdfdoc.PDFDate no longer takes the document's timestamp (ts)")
    original = getattr(ttfonts, "makeToUnicodeCMap", None)
    if original is not to_unicode_cmap and (
        not callable(original) or _parameters(original) != ["fontname", "subset"]
    ):
        found.append("ttfonts.makeToUnicodeCMap(fontname, subset) is gone or takes other arguments")
    if not hasattr(rl_config, "useA85"):
        found.append("rl_config.useA85 is gone")
    return found
