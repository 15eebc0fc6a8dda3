"""Keep what reportlab parses from the bundled fonts, keyed by the fonts' content, capped in size.

reportlab parses a TrueType font's character map and widths in Python every
time a process registers it: about 150 ms of CPU for the six bundled faces
(IPAex Mincho and Gothic hold 12,000 glyphs each), paid by every single
``briefgen export`` to PDF. This store keeps the parse, one entry per font, in
``<cache>/fonts/``, and a later process reads it back.

An entry's key is the font file's SHA-256, as listed in
``resources/fonts/digests.json`` (made with the fonts by
``scripts/font_digests.py``; a test checks it against the files, so no run
hashes 17 MB), with briefgen's and reportlab's versions and this module's
format. A font that is not listed there, or whose size differs from the
listing, is parsed and not kept. An entry that is truncated, damaged (its
checksum does not match), of another key, of another shape or inconsistent
with itself is ignored, and the font parsed and kept again: slower, never a
crash nor a wrong PDF. Entries are MessagePack (msgspec), which runs no code.
The store holds at most :data:`MAX_BYTES`; the oldest entries go first.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any, BinaryIO, Final

import msgspec
import reportlab
from reportlab.pdfbase.ttfonts import TTFont

from briefgen._version import __version__
from briefgen.core.system.atomic import WriteError, write_atomic
from briefgen.core.system.paths import cache_dir
from briefgen.render.base import RenderError
from briefgen.render.pdf import reportlab_private

FORMAT: Final = 1  # bump when what an entry holds changes
MAX_BYTES: Final = 4 * 1024 * 1024  # the bundled faces take 1.7 MB; room for one upgrade's overlap
MANIFEST: Final = "digests.json"
SUFFIX: Final = ".msgpack"


def store_dir() -> Path:
    """Return the folder of the font metrics store."""
    return cache_dir() / "fonts"


def load_font(name: str, path: Path) -> TTFont:
    """Return the TrueType font at ``path`` named ``name``, from the store when it holds it.

    Raise what reportlab raises (``OSError``, ``TTFError``, ``ValueError``) for
    a missing or damaged font file.
    """
    listed = _listed(path)
    if listed is None:
        return TTFont(name, str(path))
    digest, size = listed
    key = [FORMAT, __version__, reportlab.Version, sys.byteorder, path.name, digest]
    entry = store_dir() / f"{path.stem}-{_hash(repr(key).encode())[:16]}{SUFFIX}"
    state = _read(entry, key)
    if state is not None:
        try:
            return reportlab_private.font_from_state(
                name, state, str(path), _FontFile(path, size).read_at, size
            )
        except (KeyError, ValueError, TypeError, AttributeError, IndexError, OverflowError):
            pass  # an entry of another shape: parse the font again
    font = TTFont(name, str(path))
    _write(entry, key, font)
    return font


def _listed(path: Path) -> tuple[str, int] | None:
    """Return the SHA-256 and size the manifest lists for ``path``, if the file has that size."""
    try:
        listing = json.loads((path.parent / MANIFEST).read_text(encoding="utf-8"))
        listed = listing[path.name]
        digest, size = listed["sha256"], listed["bytes"]
        if not isinstance(digest, str) or path.stat().st_size != size:
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return digest, size


class _FontFile:
    """A font file read where subsetting asks, kept open once first read.

    Not hashed (10 ms for the IPAex fonts, on every PDF): the manifest is
    checked against the files by a test, and a file of another size than the
    listed one is never taken from the store.
    """

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        self.size = size
        self._file: BinaryIO | None = None
        self._lock = threading.Lock()  # renders on two threads share the face

    def read_at(self, offset: int, length: int) -> bytes:
        """Return ``length`` bytes from ``offset``; raise :class:`RenderError` if it cannot."""
        try:
            with self._lock:
                if self._file is None:
                    self._file = self._open()
                self._file.seek(offset)
                data = self._file.read(length)
        except OSError as exc:
            raise RenderError(f"the font file {self.path} cannot be read: {exc.strerror}") from exc
        if len(data) != length:
            raise self._changed()
        return data

    def _open(self) -> BinaryIO:
        file = self.path.open("rb", buffering=0)
        if os.fstat(file.fileno()).st_size != self.size:
            file.close()
            raise self._changed()
        return file

    def _changed(self) -> RenderError:
        return RenderError(
            f"the font file {self.path} changed while briefgen was running: restart it"
        )

    def __del__(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()


def _hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _read(entry: Path, key: list[Any]) -> dict[str, Any] | None:
    """Return the kept state if the entry is there, intact and for this key."""
    try:
        content = msgspec.msgpack.decode(entry.read_bytes())
        if not isinstance(content, dict) or content.get("key") != key:
            return None
        packed = content.get("state")
        if not isinstance(packed, bytes) or content.get("checksum") != _hash(packed):
            return None
        state = msgspec.msgpack.decode(packed)
    except (OSError, msgspec.DecodeError):
        return None
    return state if isinstance(state, dict) else None


def _write(entry: Path, key: list[Any], font: TTFont) -> None:
    """Keep the font's parsed state and trim the store (skipped when it cannot be written)."""
    try:
        packed = msgspec.msgpack.encode(reportlab_private.face_state(font.face))
        content = msgspec.msgpack.encode({"key": key, "checksum": _hash(packed), "state": packed})
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(entry, content)
        trim(entry.parent, keep=entry, limit=MAX_BYTES)
    except (OSError, WriteError, TypeError, ValueError, OverflowError, msgspec.EncodeError):
        return  # the next process parses the font again: slower, never wrong


def trim(folder: Path, keep: Path | None = None, limit: int = MAX_BYTES) -> None:
    """Delete the oldest entries in ``folder`` until they hold at most ``limit`` bytes."""
    entries = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            stat = path.stat()
        except OSError:
            continue  # deleted meanwhile by another process
        entries.append((stat.st_mtime_ns, stat.st_size, path))
    total = sum(size for _, size, _ in entries)
    for _, size, path in sorted(entries, key=lambda e: (e[0], e[2].name)):
        if total <= limit:
            break
        if path == keep:
            continue
        path.unlink(missing_ok=True)
        total -= size
