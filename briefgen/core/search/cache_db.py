"""The SQLite file behind the library cache: opened, created and repaired under a lock.

Many processes may share one cache (two windows, the command line, a script
exporting in a loop). Creating the file, changing its schema, and replacing a
damaged one happen only while holding ``<cache>.lock``, so that no process ever
sees half a schema or has the file deleted under it; every write to the cache
holds the same lock (see :func:`cache_lock`). Readers need no lock: the
database is in WAL mode, where a reader sees one consistent snapshot.

A cache is only a cache: whatever goes wrong with it, the library is read from
its files. :class:`CacheError` tells the caller to carry on without it.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Final, overload

from briefgen.core.system.paths import cache_dir

SCHEMA_VERSION: Final = "9"
BUSY_MS: Final = 10_000  # how long a write waits for a checkpoint of another process
LOCK_SECONDS: Final = 120.0  # how long to wait for another process building the cache
ROOM_FACTOR: Final = 7  # the cache takes 5.9 times the YAML it holds (docs/benchmarks.md)
ROOM_MARGIN: Final = 1 << 20
_MMAP_BYTES: Final = 1 << 30
_CACHE_KIB: Final = 64 * 1024

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    path BLOB PRIMARY KEY, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL, content BLOB NOT NULL
);
CREATE TABLE docs (rowid INTEGER PRIMARY KEY, fact_id TEXT NOT NULL);
CREATE VIRTUAL TABLE fts_long USING fts5 (own, tags, sources, tokenize = 'trigram');
CREATE VIRTUAL TABLE fts_words USING fts5 (
    own, tags, sources, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2'
);
"""
_TABLES = ("meta", "files", "docs", "fts_long", "fts_words")


class CacheError(Exception):
    """Raised when the cache cannot be used; ``full`` when the disk has no room for it."""

    def __init__(self, reason: str, *, full: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.full = full


def cache_path_for(root: Path, base: Path | None = None) -> Path:
    """Return the cache file of the library folder ``root``.

    The key is made from the folder's bytes, so that a folder name that is not
    valid UTF-8 (unpacked from an archive made on another system) has a cache too.
    """
    key = hashlib.sha256(os.fsencode(root.resolve())).hexdigest()[:20]
    return (base or cache_dir()) / "index" / f"{key}.sqlite3"


def path_key(relative: str) -> bytes:
    """Return the bytes a library file's relative path is stored under."""
    return os.fsencode(relative)


def path_from_key(key: bytes) -> str:
    """Return the relative path stored as ``key``."""
    return os.fsdecode(key)


def is_full(exc: BaseException) -> bool:
    """Return True when ``exc`` says the disk (or the user's quota) is full."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL


def is_damaged(exc: BaseException) -> bool:
    """Return True when ``exc`` says the cache file is not a sound database."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


@contextlib.contextmanager
def cache_lock(path: Path) -> Iterator[None]:
    """Hold the cache's lock for the block, or raise :class:`CacheError`."""
    # Imported here: only writing the cache locks it, and filelock (with the logging
    # it imports) is about 20 ms of every command that only reads (docs/benchmarks.md).
    import filelock

    lock = filelock.FileLock(str(path) + ".lock", timeout=LOCK_SECONDS)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise CacheError("another process has held the cache for too long") from None
    except OSError as exc:
        raise CacheError(exc.strerror or str(exc), full=is_full(exc)) from None
    try:
        yield
    finally:
        lock.release()


def open_memory() -> sqlite3.Connection:
    """Return a new cache held in memory."""
    conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    conn.executescript(_SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
    return conn


def open_file(path: Path) -> sqlite3.Connection:
    """Return a connection to the cache at ``path``, created or repaired as needed.

    A damaged file is deleted and started again, a cache of another schema is
    emptied and made again; neither is reported, since nothing is lost. Raise
    :class:`CacheError` when the cache cannot be had at all.
    """
    # The usual case, a sound cache of this schema, needs no lock: opening and
    # reading the schema change nothing, and SQLite keeps readers consistent
    # with a writer. Anything else is looked at again under the lock.
    with contextlib.suppress(sqlite3.Error, OSError):
        if path.is_file() and (conn := _open_checked(path, may_recreate=False)) is not None:
            return conn
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CacheError(exc.strerror or str(exc), full=is_full(exc)) from None
    with cache_lock(path):
        if not path.exists():
            check_room(path, 0)  # a new cache needs some room, even for a small library
        try:
            return _open_checked(path)
        except (sqlite3.Error, OSError) as exc:
            if is_full(exc):
                with contextlib.suppress(OSError):
                    remove_files(path)  # give back what the attempt took
                raise CacheError("the disk is full", full=True) from None
        try:  # damaged beyond reading: start again
            remove_files(path)
            return _open_checked(path)
        except (sqlite3.Error, OSError) as exc:
            raise CacheError(str(exc), full=is_full(exc)) from None


def check_room(path: Path, library_bytes: int) -> None:
    """Raise :class:`CacheError` when the disk has clearly no room to cache ``library_bytes``.

    Checked before writing, so that a nearly full disk is not filled up by the
    cache at every start, only to have it removed again.
    """
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        return
    if free < ROOM_FACTOR * library_bytes + ROOM_MARGIN:
        raise CacheError("the disk is full", full=True)


def remove_files(path: Path) -> None:
    """Delete the cache file and its journal (only while holding the cache's lock)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


@overload
def _open_checked(path: Path) -> sqlite3.Connection: ...
@overload
def _open_checked(path: Path, *, may_recreate: bool) -> sqlite3.Connection | None: ...
def _open_checked(path: Path, *, may_recreate: bool = True) -> sqlite3.Connection | None:
    """Open the cache; recreate its tables if they are not this schema's, or return None."""
    conn = sqlite3.connect(
        path, timeout=BUSY_MS / 1000, check_same_thread=False, isolation_level=None
    )
    try:
        if not may_recreate and conn.execute("PRAGMA journal_mode").fetchone() != ("wal",):
            conn.close()  # switching to WAL writes: only under the lock
            return None
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # Search reads posting lists all over the file: map it into memory and
        # keep a generous page cache, so a query costs no read() calls.
        conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        tables = {
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        version = None
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            version = row[0] if row else None
        if version != SCHEMA_VERSION or not tables.issuperset(_TABLES):
            if not may_recreate:
                conn.close()
                return None
            _recreate(conn, tables)
    except BaseException:
        conn.close()
        raise
    return conn


def _recreate(conn: sqlite3.Connection, tables: set[str]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        for name in sorted(tables):
            if name.startswith("sqlite_") or ("_" in name and name.rsplit("_", 1)[0] in tables):
                continue  # SQLite's own tables, and FTS5's shadow tables go with theirs
            conn.execute(f'DROP TABLE IF EXISTS "{name}"')
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back already
            conn.execute("ROLLBACK")
        raise
