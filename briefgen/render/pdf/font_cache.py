"""Load reportlab TrueType fonts with their parsed metrics cached in the user cache folder.

reportlab parses a font's character map and widths in Python every time a
process registers it: about 80 ms for the bundled fonts (IPAex Mincho and
Gothic hold 12,000 glyphs each), paid by every ``briefgen export``. Like
fontconfig's caches, this keeps what the parse found, keyed by the font
file's size and modification time and by reportlab's version, so a later
process only reads it back. The cache is MessagePack (msgspec), which can run
no code; a cache file that is stale, damaged (its digest does not match), of
another shape, or inconsistent with itself (a glyph number beyond the font's
glyphs) is parsed afresh and rewritten. Only the metrics are cached: the font
file itself is read when subsetting first needs it, and must still be the file
the metrics came from.
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
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

from briefgen.core.system.atomic import WriteError, write_atomic
from briefgen.core.system.paths import cache_dir
from briefgen.render.base import RenderError

FORMAT = 4  # bump when what is cached changes
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_UNCACHED = frozenset({"_ttf_data", "_pdfScale", "filename"})
# Everything else reportlab's parser sets on a face (as reportlab 5 does): a face
# with other attributes is not cached, a cache with other attributes not used.
_FIELDS = frozenset(
    [
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
    ]
)
# The big tables, kept as machine arrays: decoding them is a copy, not 12,000 objects.
_MAPS = {"charToGlyph": ("I", "I"), "charWidths": ("I", "d")}


def load_font(name: str, path: Path) -> TTFont:
    """Return the TrueType font at ``path`` named ``name``, from the cache when it is current.

    Raise what reportlab raises (``OSError``, ``TTFError``) for a missing or
    damaged font file.
    """
    stat = path.stat()
    key = [FORMAT, reportlab.Version, sys.byteorder, stat.st_size, stat.st_mtime_ns]
    cache = cache_file_for(path)
    state = _read(cache, key)
    face = None
    if state is not None:
        try:
            face = _face_from(state, _FontFile(path, stat.st_size, stat.st_mtime_ns))
        except (KeyError, ValueError, TypeError, AttributeError, IndexError, OverflowError):
            face = None  # a cache file of another shape: parse the font again
    if face is None:
        face = TTFontFace(str(path))
        _write(cache, key, face)
    return _font(name, face)


def cache_file_for(path: Path) -> Path:
    """Return the cache file of the font at ``path`` (one per font file, by its full path)."""
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()
    return cache_dir() / "fonts" / f"{path.name}-{digest[:12]}.msgpack"


def _read(cache: Path, key: list[Any]) -> dict[str, Any] | None:
    """Return the cached face state if the cache file is there, intact and for this key."""
    try:
        content = msgspec.msgpack.decode(cache.read_bytes())
        if not isinstance(content, dict) or content.get("key") != key:
            return None
        packed = content.get("state")
        if not isinstance(packed, bytes) or content.get("digest") != _digest(packed):
            return None
        state = msgspec.msgpack.decode(packed)
    except (OSError, msgspec.DecodeError):
        return None
    return state if isinstance(state, dict) else None


def _write(cache: Path, key: list[Any], face: TTFontFace) -> None:
    """Write the face's parsed state to the cache; a cache that cannot be written is skipped."""
    try:
        packed = msgspec.msgpack.encode(_pack(face))
        content = msgspec.msgpack.encode({"key": key, "digest": _digest(packed), "state": packed})
        cache.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(cache, content)
    except (OSError, WriteError, TypeError, ValueError, OverflowError, msgspec.EncodeError):
        return  # the next process parses the font again: slower, never wrong


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _pack(face: TTFontFace) -> dict[str, Any]:
    """Return the face's parsed state, with its big tables as machine arrays."""
    state = {k: v for k, v in vars(face).items() if k not in _UNCACHED}
    if set(state) != _FIELDS:
        raise ValueError("reportlab's face has other attributes than expected: not cached")
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


def _face_from(state: dict[str, Any], data: _FontFile) -> TTFontFace:
    """Return a face with the cached state, as reportlab's parser would have left it.

    Raise ``ValueError`` (or another error of a malformed state) if the state
    is not what the parser makes, or contradicts itself.
    """
    if set(state) != _FIELDS:
        raise ValueError("the cached face has other attributes than reportlab's")
    face: TTFontFace = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)
    face.__dict__.update(state)
    for attribute in _NAMES:
        face.__dict__[attribute] = TTFNameBytes(state[attribute])
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
    glyphs = state["numGlyphs"]
    units = state["unitsPerEm"]
    if not (
        isinstance(glyphs, int)
        and isinstance(units, int)
        and glyphs > 0
        and units > 0
        and len(face.hmetrics) == glyphs
        and len(face.glyphPos) == glyphs + 1
        and max(tables["charToGlyph"][1], default=0) < glyphs
    ):
        raise ValueError("the cached face contradicts itself")
    face._ttf_data = data
    data.owner = face
    face.filename = str(data.path)
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


class _FontFile:
    """A font file's bytes, read when subsetting first needs them rather than at start-up.

    reportlab reads a face's file data by slicing and indexing; this reads the
    whole file on first use and checks it is still the file whose metrics were
    cached (same size and modification time). A font replaced while briefgen
    runs is an error, never glyphs of one file with metrics of another.
    """

    def __init__(self, path: Path, size: int, mtime_ns: int) -> None:
        self.path = path
        self.owner: TTFontFace | None = None  # the face to hand the bytes to once read
        self._stamp = (size, mtime_ns)
        self._data: bytes | None = None
        self._lock = threading.Lock()

    def _bytes(self) -> bytes:
        if self._data is None:
            with self._lock:
                if self._data is None:
                    self._data = self._read()
                    if self.owner is not None:
                        # Later reads (thousands while subsetting) go to the bytes directly.
                        self.owner._ttf_data = self._data
        return self._data

    def _read(self) -> bytes:
        try:
            with self.path.open("rb") as file:
                stat = os.fstat(file.fileno())
                data = file.read()
        except OSError as exc:
            raise RenderError(f"the font file {self.path} cannot be read: {exc.strerror}") from exc
        if (stat.st_size, stat.st_mtime_ns) != self._stamp or len(data) != self._stamp[0]:
            raise RenderError(
                f"the font file {self.path} changed while briefgen was running: restart briefgen"
            )
        return data

    def __getitem__(self, index: Any) -> Any:
        return self._bytes()[index]

    def __len__(self) -> int:
        return len(self._bytes())
