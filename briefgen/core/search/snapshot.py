"""The parsed library files the cache holds, and how a file's stamp says it is unchanged.

A file is known by its stamp (modification time and size); a file whose stamp
is what the cache recorded is taken from the cache, decoded, never parsed.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import msgspec

from briefgen.core.library.assembly import FileContent
from briefgen.core.search.cache_db import path_from_key, path_key

if TYPE_CHECKING:
    from pathlib import Path

_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(FileContent)

Stamp = tuple[int, int]


@dataclass(slots=True)
class Snapshot:
    """What the cache held when it was read, and the library files as found on disk."""

    stamps: dict[str, Stamp]
    stored: dict[str, Stamp]
    meta: dict[str, str]
    parsed: dict[str, FileContent]
    contents: list[FileContent]


def stored_stamps(conn: sqlite3.Connection) -> dict[str, Stamp]:
    """Return the stamps of the files the cache holds."""
    return {
        path_from_key(key): (mtime, size)
        for key, mtime, size in conn.execute("SELECT path, mtime_ns, size FROM files")
    }


def read_cache(
    conn: sqlite3.Connection, stamps: dict[str, Stamp]
) -> tuple[dict[str, Stamp], dict[str, str], dict[str, FileContent]]:
    """Return the stored stamps, the cache's metadata, and the unchanged files' contents.

    Raise :class:`sqlite3.Error` when the cache cannot be read.
    """
    conn.execute("BEGIN")  # one snapshot for everything read here
    try:
        stored = stored_stamps(conn)
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        wanted = {rel for rel, stamp in stamps.items() if stored.get(rel) == stamp}
        blobs = {
            rel: blob
            for key, blob in conn.execute("SELECT path, content FROM files")
            if (rel := path_from_key(key)) in wanted
        }
    finally:
        conn.execute("COMMIT")
    contents: dict[str, FileContent] = {}
    for rel, blob in blobs.items():
        try:
            contents[rel] = _decoder.decode(blob)
        except msgspec.DecodeError:
            continue
    return stored, meta, contents


def file_rows(
    parsed: dict[str, FileContent], stamps: dict[str, Stamp]
) -> Iterator[tuple[bytes, int, int, bytes]]:
    """Return the rows of the ``files`` table for the files just parsed."""
    for rel, content in parsed.items():
        if storable(rel):
            yield (path_key(rel), *trusted(stamps[rel]), _encoder.encode(content))


def storable(relative: str) -> bool:
    """Return True when a file's parsed content can be kept in the cache.

    A file name that is not valid UTF-8 cannot be written into the content
    (msgspec and SQLite take only valid text): such a file is parsed at every
    start, which costs little for the odd file.
    """
    try:
        relative.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def trusted(stamp: Stamp) -> Stamp:
    """Return the stamp to record for a file just parsed.

    A file modified in the last two seconds may be written again within the
    same clock tick with the same size; its stamp is recorded as unknown so
    that the next start parses it again (git's "racily clean" rule).
    """
    mtime_ns, size = stamp
    if mtime_ns > time.time_ns() - 2_000_000_000:
        return (0, size)
    return stamp


def stamp_of(path: Path) -> Stamp:
    """Return the stamp of the file at ``path`` (size -1 when it cannot be read)."""
    try:
        info = path.stat()
    except OSError:
        return (0, -1)
    return (info.st_mtime_ns, info.st_size)
