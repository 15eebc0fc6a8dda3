"""Every use briefgen makes of reportlab's private API, in one place, for one reportlab version.

reportlab has no public way to do these seven things, each worth doing:

* draw text already measured (``PDFTextObject._textOut``): ``textOut`` measures
  every chunk again, and briefgen's line breaker has measured it;
* tell whether the current page has marks (``Canvas._code``), to count pages
  before the last ``showPage``;
* date the PDF with the brief's creation time (``Canvas._doc._timeStamp``);
* write a ToUnicode map that is right beyond the BMP (replacing
  ``ttfonts.makeToUnicodeCMap``; see :mod:`briefgen.render.pdf.cmap`);
* write compressed streams as binary rather than ASCII85 (``rl_config.useA85``,
  a process-wide setting): a quarter smaller, and reportlab's pure-Python
  ASCII85 encoder was a quarter of the render time;
* add a link without a tree of dictionary objects (:func:`add_link`):
  ``linkRect`` and ``linkURL`` build five to eight objects a link, formatted
  one by one when the file is written; a brief with 60 facts has 400 links,
  and they were a quarter of its render time;
* build a TrueType font from metrics parsed before (:func:`face_state`,
  :func:`font_from_state`), for :mod:`briefgen.render.pdf.font_store`:
  reportlab parses a font's tables in Python on every registration, about
  150 ms of CPU for the six bundled faces.

pyproject.toml pins reportlab to :data:`WRITTEN_FOR`; :func:`problems` says
what no longer holds in the installed reportlab, and a test fails with its
words when a new reportlab changes any of it.
"""

from __future__ import annotations

import inspect
import io
import threading
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from fnmatch import fnmatch
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfmetrics, ttfonts
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


class _Target:
    """Where links go: a destination named in the document, formatted once for all its links."""

    def __init__(self, destination: Any) -> None:
        self.destination = destination
        self.text: bytes | None = None

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        if self.text is None:  # the file is being written: every destination is bound
            formatted: bytes = self.destination.format(document)
            self.text = b"/Dest " + formatted
        return self.text


class _Link(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A link annotation that writes itself as one dictionary, as reportlab would write it."""

    def __init__(self, rect: tuple[float, float, float, float], target: _Target | str) -> None:
        self.rect = rect
        self.target = target

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        rect: bytes = pdfdoc.fp_str(*self.rect).encode("ascii")
        if isinstance(self.target, str):
            uri: bytes = pdfdoc.PDFString(self.target).format(document)
            target = b"/A << /S /URI /Type /Action /URI " + uri + b" >>"
        else:
            target = self.target.format(document)
        return (
            b"<<\n/Border [ 0 0 0 ] /Contents () "
            + target
            + b" /Rect [ "
            + rect
            + b" ] /Subtype /Link /Type /Annot\n>>"
        )


_targets: WeakKeyDictionary[Canvas, dict[str, _Target]] = WeakKeyDictionary()


def add_link(canvas: Canvas, rect: tuple[float, float, float, float], href: str) -> None:
    """Make ``rect`` (in the canvas's current coordinates) a borderless link to ``href``.

    ``href`` is ``#name`` for a place bookmarked in the document, else a URL.
    """
    absolute = tuple(canvas._absRect(rect, 1))
    if href.startswith("#"):
        targets = _targets.setdefault(canvas, {})
        target: _Target | str = targets.get(href) or targets.setdefault(
            href, _Target(canvas._bookmarkReference(href[1:]))
        )
    else:
        target = href
    canvas._addAnnotation(_Link(absolute, target))


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


_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")  # TTFNameBytes
_NOT_KEPT = frozenset({"_ttf_data", "_pdfScale", "filename"})
# Everything else reportlab 5.1's parser sets on a face: a face with other
# attributes is not kept, a kept state with other attributes not used.
FACE_FIELDS: frozenset[str] = frozenset(
    {
        "_full_font",
        "_pos",
        "ascent",
        "bbox",
        "bold",
        "builtIn",
        "capHeight",
        "charToGlyph",
        "charWidths",
        "defaultWidth",
        "descent",
        "entrySelector",
        "familyName",
        "flags",
        "fontRevision",
        "fullName",
        "glyphNames",
        "glyphPos",
        "glyphToChar",
        "glyphWidths",
        "hmetrics",
        "italic",
        "italicAngle",
        "name",
        "numGlyphs",
        "numTables",
        "rangeShift",
        "requiredEncoding",
        "searchRange",
        "stemV",
        "styleName",
        "subfontNameX",
        "table",
        "tables",
        "underlinePosition",
        "underlineThickness",
        "uniqueFontID",
        "unitsPerEm",
        "validate",
        "version",
    }
)
# The big tables, kept as machine arrays: decoding them is a copy, not 12,000 objects.
_MAPS = {"charToGlyph": ("I", "I"), "charWidths": ("I", "d")}
WINDOW = 1 << 20  # a font table longer than this is read glyph by glyph (_FontData)


def face_state(face: ttfonts.TTFontFace) -> dict[str, Any]:
    """Return what reportlab's parser found in a font, as plain data (bytes, numbers, lists).

    Raise ``ValueError`` if the face has other attributes than this module knows.
    """
    state = {k: v for k, v in vars(face).items() if k not in _NOT_KEPT}
    if set(state) != FACE_FIELDS:
        raise ValueError("reportlab's font face has other attributes than expected")
    for attribute in _NAMES:
        state[attribute] = bytes(state[attribute])
    for attribute, (key_type, value_type) in _MAPS.items():
        table = state[attribute]
        state[attribute] = [
            array(key_type, table.keys()).tobytes(),
            array(value_type, table.values()).tobytes(),
        ]
    state["glyphPos"] = array("I", face.glyphPos).tobytes()
    # Advance widths and bearings: whole numbers, some parsed as floats (subsetting int()s them).
    state["hmetrics"] = [
        array("d", [advance for advance, _ in face.hmetrics]).tobytes(),
        array("d", [bearing for _, bearing in face.hmetrics]).tobytes(),
    ]
    return state


def font_from_state(
    name: str,
    state: dict[str, Any],
    filename: str,
    read_at: Callable[[int, int], bytes],
    size: int,
    *,
    window: int = WINDOW,
) -> ttfonts.TTFont:
    """Return the font ``name`` as ``TTFont(name, filename)`` would be, from :func:`face_state`.

    ``read_at(offset, length)`` reads the font file (of ``size`` bytes) when
    subsetting needs it; a table longer than ``window`` is read glyph by glyph
    (see :class:`_FontData`).
    Raise ``ValueError`` (or another error of a malformed state: ``KeyError``,
    ``TypeError``, ``IndexError``, ``OverflowError``) if the state is not what
    the parser makes or contradicts itself.
    """
    if set(state) != FACE_FIELDS:
        raise ValueError("the kept face has other attributes than reportlab's")
    face: ttfonts.TTFontFace = ttfonts.TTFontFace.__new__(ttfonts.TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)
    face.__dict__.update(state)
    for attribute in _NAMES:
        face.__dict__[attribute] = ttfonts.TTFNameBytes(state[attribute])
    face.subfontNameX = bytes(state["subfontNameX"])
    face.fontRevision = tuple(state["fontRevision"])
    tables: dict[str, tuple[array[Any], array[Any]]] = {}
    for attribute, (key_type, value_type) in _MAPS.items():
        keys, values = state[attribute]
        tables[attribute] = array(key_type, keys), array(value_type, values)
        face.__dict__[attribute] = dict(zip(*tables[attribute], strict=True))
    advances, bearings = state["hmetrics"]
    face.hmetrics = _Metrics(array("d", advances), array("d", bearings))
    face.glyphPos = array("I", state["glyphPos"])  # reportlab only indexes it
    glyphs, units = state["numGlyphs"], state["unitsPerEm"]
    if not (
        isinstance(glyphs, int)
        and isinstance(units, int)
        and glyphs > 0
        and units > 0
        and len(face.hmetrics) == glyphs
        and len(face.glyphPos) == glyphs + 1
        and max(tables["charToGlyph"][1], default=0) < glyphs
    ):
        raise ValueError("the kept face contradicts itself")
    face._ttf_data = _FontData(read_at, size, window)
    face.filename = filename
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x: x * (1000 / units))
    font: ttfonts.TTFont = ttfonts.TTFont.__new__(ttfonts.TTFont)
    font.fontName = name
    font.face = face
    font.encoding = ttfonts.TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


class _Metrics:
    """A font's (advance width, left side bearing) by glyph, as reportlab's list holds them.

    Only subsetting reads these, a glyph at a time: the pairs are made on
    demand instead of 12,000 tuples on every start.
    """

    def __init__(self, advances: array[float], bearings: array[float]) -> None:
        self._advances = advances
        self._bearings = bearings

    def __getitem__(self, glyph: int) -> tuple[float, float]:
        return self._advances[glyph], self._bearings[glyph]

    def __len__(self) -> int:
        return len(self._advances)

    def __iter__(self) -> Iterator[tuple[float, float]]:
        return zip(self._advances, self._bearings, strict=True)


class _FontData:
    """A face's file, read a slice at a time, as reportlab's subsetter asks for it.

    The subsetter takes the glyph table (6 of IPAex Mincho's 7.8 MB) and then
    slices out the few hundred glyphs a brief uses. Reading the files whole
    for that, 16 MB for the bundled faces, was 20-25 ms of every PDF export's
    first render (docs/benchmarks.md); a slice longer than ``window`` is
    therefore a :class:`_Window` onto the file, which reads only what is
    sliced from it in turn.
    """

    def __init__(self, read_at: Callable[[int, int], bytes], size: int, window: int) -> None:
        self._read_at = read_at
        self._size = size
        self._window = window

    def read(self, start: int, length: int) -> bytes:
        return self._read_at(start, length) if length > 0 else b""

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int):
            position = index + self._size if index < 0 else index
            if not 0 <= position < self._size:
                raise IndexError("font file index out of range")
            return self.read(position, 1)[0]
        start, stop, step = index.indices(self._size)
        if step != 1:
            return self.read(start, max(0, stop - start))[::step]
        if stop - start > self._window:
            return _Window(self, start, stop - start)
        return self.read(start, max(0, stop - start))

    def __len__(self) -> int:
        return self._size


class _Window:
    """A long table of a font file, read only where it is sliced."""

    def __init__(self, data: _FontData, start: int, length: int) -> None:
        self._data = data
        self._start = start
        self._length = length

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int):
            position = index + self._length if index < 0 else index
            if not 0 <= position < self._length:
                raise IndexError("font table index out of range")
            return self._data.read(self._start + position, 1)[0]
        start, stop, step = index.indices(self._length)
        chunk = self._data.read(self._start + start, max(0, stop - start))
        return chunk if step == 1 else chunk[::step]

    def __len__(self) -> int:
        return self._length

    def __bytes__(self) -> bytes:
        return self._data.read(self._start, self._length)


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
    for method in ("_absRect", "_bookmarkReference", "_addAnnotation"):
        if not callable(getattr(canvas, method, None)):
            found.append(f"Canvas.{method} is gone")
    if not all(hasattr(pdfdoc, name) for name in ("PDFObject", "PDFString", "fp_str")):
        found.append("pdfdoc no longer has PDFObject, PDFString and fp_str")
    found.extend(_font_problems())
    return found


def _font_problems() -> list[str]:
    """Return what no longer holds of how :func:`font_from_state` rebuilds a font."""
    found: list[str] = []
    from briefgen.render.pdf.fonts import FACE_FILES, LATIN, fonts_dir

    font_file = fonts_dir() / FACE_FILES[LATIN]
    path = str(font_file)
    parsed = ttfonts.TTFont(LATIN, path)
    fields = set(vars(parsed.face)) - _NOT_KEPT
    if fields != FACE_FIELDS:
        found.append(
            "TTFontFace's attributes changed: "
            f"new {sorted(fields - FACE_FIELDS)}, gone {sorted(FACE_FIELDS - fields)}"
        )
        return found
    data = font_file.read_bytes()

    def read_at(offset: int, length: int) -> bytes:
        return data[offset : offset + length]

    state = face_state(parsed.face)
    rebuilt = font_from_state(LATIN, state, path, read_at, len(data))
    # Also with every table longer than 4 KB read through a window, as the glyph
    # tables of the Japanese faces are; accented letters are composite glyphs.
    windowed = font_from_state(LATIN, state, path, read_at, len(data), window=4096)
    characters = [*range(32, 127), *range(0xC0, 0x180)]
    if set(vars(rebuilt)) != set(vars(parsed)):
        found.append("TTFont's attributes changed: a rebuilt font would miss some")
    elif not (
        rebuilt.face.makeSubset(characters)
        == windowed.face.makeSubset(characters)
        == parsed.face.makeSubset(characters)
    ):
        found.append("a rebuilt font no longer makes the same subset as a parsed one")
    return found
