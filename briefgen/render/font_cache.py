"""Load reportlab TrueType fonts with their parsed metrics cached in the user cache folder.

reportlab parses a font's character map and widths in Python every time a
process registers it: about 80 ms for the bundled fonts (IPAex Mincho and
Gothic hold 12,000 glyphs each), paid by every ``briefgen export``. Like
fontconfig's caches, this keeps what the parse found, keyed by the font
file's size and modification time and by reportlab's version, so a later
process only reads it back. The cache is MessagePack (msgspec): a damaged or
stale cache file is parsed afresh and rewritten, never trusted, and can run no
code. Only the metrics are cached; the font file itself is read as before, for
subsetting.
"""

from __future__ import annotations

import mmap
import os
import sys
from array import array
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import msgspec
import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from briefgen.core.atomic import WriteError, write_atomic
from briefgen.core.paths import cache_dir

FORMAT = 3  # bump when what is cached changes
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_UNCACHED = frozenset({"_ttf_data", "_pdfScale", "filename"})
# The big tables, kept as machine arrays: decoding them is a copy, not 12,000 objects.
_MAPS = {"charToGlyph": ("I", "I"), "charWidths": ("I", "d")}


def load_font(name: str, path: Path) -> TTFont:
    """Return the TrueType font at ``path`` named ``name``, from the cache when it is current.

    Raise what reportlab raises (``OSError``, ``TTFError``) for a missing or
    damaged font file.
    """
    with path.open("rb") as file:
        stat = os.fstat(file.fileno())
        # Mapped, not read: subsetting touches only the glyphs a brief uses.
        data = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    key = [FORMAT, reportlab.Version, sys.byteorder, stat.st_size, stat.st_mtime_ns]
    cache = cache_dir() / "fonts" / (path.name + ".msgpack")
    state = _read(cache, key)
    face = None
    if state is not None:
        try:
            face = _face_from(state, data, str(path))
        except (KeyError, ValueError, TypeError, AttributeError):
            face = None  # a cache file of another shape: parse the font again
    if face is None:
        face = TTFontFace(str(path))
        _write(cache, key, face)
    return _font(name, face)


def _read(cache: Path, key: list[Any]) -> dict[str, Any] | None:
    """Return the cached face state if the cache file is there, readable and for this key."""
    try:
        content = msgspec.msgpack.decode(cache.read_bytes())
    except (OSError, msgspec.DecodeError):
        return None
    if not isinstance(content, dict) or content.get("key") != key:
        return None
    state = content.get("state")
    return state if isinstance(state, dict) else None


def _write(cache: Path, key: list[Any], face: TTFontFace) -> None:
    """Write the face's parsed state to the cache; a cache that cannot be written is skipped."""
    try:
        content = msgspec.msgpack.encode({"key": key, "state": _pack(face)})
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cache, content)
    except (OSError, WriteError, TypeError, ValueError, OverflowError, msgspec.EncodeError):
        return  # the next process parses the font again: slower, never wrong


def _pack(face: TTFontFace) -> dict[str, Any]:
    """Return the face's parsed state, with its big tables as machine arrays."""
    state = {k: v for k, v in vars(face).items() if k not in _UNCACHED}
    for attribute in _NAMES:
        state[attribute] = bytes(state[attribute])  # TTFNameBytes: UTF-8 bytes with .ustr
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


def _face_from(state: dict[str, Any], data: mmap.mmap, filename: str) -> TTFontFace:
    """Return a face with the cached state, as reportlab's parser would have left it."""
    face: TTFontFace = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)
    face.__dict__.update(state)
    for attribute in _NAMES:
        face.__dict__[attribute] = TTFNameBytes(state[attribute])
    face.subfontNameX = bytes(state["subfontNameX"])
    face.fontRevision = tuple(state["fontRevision"])
    for attribute, (key_type, value_type) in _MAPS.items():
        keys, values = state[attribute]
        face.__dict__[attribute] = dict(
            zip(array(key_type, keys), array(value_type, values), strict=True)
        )
    advances, bearings = state["hmetrics"]
    face.hmetrics = _Metrics(array("d", advances), array("d", bearings))
    face.glyphPos = array("I", state["glyphPos"])  # reportlab only indexes it
    face._ttf_data = data
    face.filename = filename
    units = state["unitsPerEm"]
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x: x * (1000 / units))
    return face


def _font(name: str, face: TTFontFace) -> TTFont:
    """Return a TTFont around a parsed face: what ``TTFont.__init__`` does after parsing."""
    font: TTFont = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
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
