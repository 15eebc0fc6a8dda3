"""Full-text search over the assembled library, kept in an incremental on-disk cache.

The cache is one SQLite file per library folder in the user cache directory
(:mod:`briefgen.core.search.cache_db`). It holds every parsed file, so that an
unchanged file is never parsed again, and two FTS5 indexes over the English,
Japanese, tags and source titles of every fact the library accepted:

* a word index answers words of spaced scripts by prefix ("minist" finds
  "Ministry"), and Japanese terms of one or two characters (法, 本部) through
  the single characters and character pairs it holds for every run of
  Japanese: a trigram index cannot find anything shorter than three;
* a ``trigram`` index answers longer Japanese terms (戦略本部, AI戦略) as
  substrings, which a word index cannot split.

The rows are made from the assembled :class:`Library`, never from the files
beside it: a fact the library rejects (a duplicate id, an unknown source, a
date in the future) is never a search result. Topics are filters, not search
text. Results come in library order, which is what a list filtered as the
user types should show.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Final

import msgspec

from briefgen.core.library.assembly import INFO_FILE, SOURCES_DIR, FileContent, Library, assemble
from briefgen.core.library.loader import library_files, parse_file
from briefgen.core.search import cache_db
from briefgen.core.search.cache_db import CacheError, path_from_key, path_key
from briefgen.core.search.normalize import short_tokens
from briefgen.core.search.text import Query, document_text, japanese_text

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.core.library.model import Fact

_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(FileContent)
_FILE_STRIDE: Final = 1_000_000
_RECENT_QUERIES: Final = 64  # results kept, most recent first

Stamp = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What bringing the cache up to date did."""

    parsed: tuple[str, ...] = ()
    reused: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    reindexed_facts: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class _Snapshot:
    """What the cache held when it was read, and the library files as found on disk."""

    stamps: dict[str, Stamp]
    stored: dict[str, Stamp]
    meta: dict[str, str]
    parsed: dict[str, FileContent]
    contents: list[FileContent]


class FactIndex:
    """The cache of one library folder: parsed files and the search indexes."""

    def __init__(self, path: Path | None) -> None:
        """Open (or create) the cache at ``path``; ``None`` keeps it in memory.

        A cache that cannot be opened is replaced by one in memory, so that
        search always works; :attr:`skipped` then says why.
        """
        self.path = path
        self.skipped: CacheError | None = None
        self._conn = cache_db.open_memory()
        if path is not None:
            try:
                self._conn = cache_db.open_file(path)
            except CacheError as exc:
                self._skip(exc)
        self._ids_by_rowid: dict[int, str] = {}
        self._accepted: dict[str, Fact] = {}
        self._contents: list[FileContent] = []
        self._library: Library | None = None
        self._generation = ""
        # Recent results: (query, limit) -> (cache generation, ids), oldest first.
        self._recent: dict[tuple[Query, int | None], tuple[str, list[str]]] = {}

    def _skip(self, error: CacheError | None) -> None:
        """Carry on with a cache in memory (``error`` says why, when the user should know)."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        self._conn = cache_db.open_memory()
        self.path = None
        if error is not None and self.skipped is None:
            self.skipped = error

    def close(self) -> None:
        """Close the cache."""
        self._conn.close()

    def __enter__(self) -> FactIndex:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def sync(self, root: Path, today: dt.date | None = None) -> tuple[Library, SyncReport]:
        """Return the library in ``root``, bringing the cache up to date with its files.

        Only files whose size or modification time changed are parsed. The
        search rows of a changed facts file are rebuilt, and so are those of
        facts the library accepts or rejects since the last time (a fact whose
        date is no longer in the future, a duplicate id whose first copy was
        removed); when sources or the library metadata change, or files come
        or go, every row is rebuilt.
        """
        started = time.perf_counter()
        snapshot = self._read(root)
        library = assemble(root, snapshot.contents, today)
        reindexed = self._update(snapshot, library)
        self._contents = snapshot.contents
        self._library = library
        self._recent.clear()
        removed = tuple(rel for rel in snapshot.stored if rel not in snapshot.stamps)
        report = SyncReport(
            parsed=tuple(snapshot.parsed),
            reused=tuple(rel for rel in snapshot.stamps if rel not in snapshot.parsed),
            removed=removed,
            reindexed_facts=reindexed,
            seconds=time.perf_counter() - started,
        )
        return library, report

    def _read(self, root: Path) -> _Snapshot:
        files, unlisted = library_files(root)
        stamps = {rel: _stamp(root / rel) for rel in files}
        try:
            stored, meta, blobs = self._read_cache(stamps)
        except sqlite3.Error as exc:
            # A damaged cache is rebuilt; anything else makes do without one.
            self._repair() if cache_db.is_damaged(exc) else self._skip(None)
            stored, meta, blobs = {}, {}, {}
        contents: dict[str, FileContent] = {}
        for rel, blob in blobs.items():
            try:
                contents[rel] = _decoder.decode(blob)
            except msgspec.DecodeError:
                continue
        parsed = {rel: parse_file(root, rel) for rel in stamps if rel not in contents}
        contents.update(parsed)
        # What could not be listed (an unreadable folder, a link loop) holds
        # only its problem, after the files: row numbers stay as they were.
        ordered = [*(contents[rel] for rel in stamps), *unlisted]
        return _Snapshot(stamps, stored, meta, parsed, ordered)

    def _read_cache(
        self, stamps: dict[str, Stamp]
    ) -> tuple[dict[str, Stamp], dict[str, str], dict[str, bytes]]:
        conn = self._conn
        conn.execute("BEGIN")  # one snapshot for everything read here
        try:
            stored = {
                path_from_key(key): (mtime, size)
                for key, mtime, size in conn.execute("SELECT path, mtime_ns, size FROM files")
            }
            meta = dict(conn.execute("SELECT key, value FROM meta"))
            wanted = {rel for rel, stamp in stamps.items() if stored.get(rel) == stamp}
            blobs = {
                rel: blob
                for key, blob in conn.execute("SELECT path, content FROM files")
                if (rel := path_from_key(key)) in wanted
            }
        finally:
            conn.execute("COMMIT")
        return stored, meta, blobs

    def _repair(self) -> None:
        path = self.path
        self._skip(None)
        if path is None:
            return
        try:
            with cache_db.cache_lock(path):
                cache_db.remove_files(path)
            self._conn = cache_db.open_file(path)
            self.path = path
        except (CacheError, OSError):
            return

    def _update(self, snapshot: _Snapshot, library: Library) -> int:
        """Bring the search rows and parsed files up to date; return how many rows were made."""
        rows = _Rows.of(snapshot.contents, library)
        self._ids_by_rowid = rows.ids
        self._accepted = library.facts
        needed = (
            bool(snapshot.parsed)
            or set(snapshot.stored) != set(snapshot.stamps)
            or snapshot.meta.get("layout") != rows.layout
            or snapshot.meta.get("rejected") != rows.rejected_text
        )
        if not needed:
            self._generation = snapshot.meta.get("generation", "")
            return 0
        if self.path is not None:
            try:
                return self._write(snapshot, library, rows)
            except (sqlite3.Error, OSError, CacheError) as exc:
                self._after_failed_write(exc)
        # In memory: every row, and no parsed files (they would serve no later start).
        with _transaction(self._conn):
            for table in ("docs", "fts_long", "fts_words"):
                self._conn.execute(f"DELETE FROM {table}")
            count = _insert(self._conn, rows.facts(library), library, rebuild=True)
            self._generation = _new_generation(self._conn)
        return count

    def _after_failed_write(self, exc: BaseException) -> None:
        path = self.path
        full = (isinstance(exc, CacheError) and exc.full) or cache_db.is_full(exc)
        if full and path is not None:
            # Free the room the cache took (it would fill the disk again at every
            # start): remove it, and carry on from the files.
            self._skip(CacheError("the disk is full", full=True))
            with contextlib.suppress(CacheError, OSError), cache_db.cache_lock(path):
                cache_db.remove_files(path)
        elif cache_db.is_damaged(exc):
            self._skip(None)
        elif isinstance(exc, CacheError):
            self._skip(exc)
        else:
            self._skip(CacheError(str(exc)))

    def _write(self, snapshot: _Snapshot, library: Library, rows: _Rows) -> int:
        assert self.path is not None
        cache_db.check_room(self.path, sum(snapshot.stamps[rel][1] for rel in snapshot.parsed))
        conn = self._conn
        with cache_db.cache_lock(self.path), _transaction(conn, immediate=True):
            # Read again under the lock: another process may have written since.
            stored = {
                path_from_key(key): (mtime, size)
                for key, mtime, size in conn.execute("SELECT path, mtime_ns, size FROM files")
            }
            meta = dict(conn.execute("SELECT key, value FROM meta"))
            stamps = snapshot.stamps
            changed = [rel for rel, stamp in stamps.items() if stored.get(rel) != stamp]
            rebuild = (
                meta.get("layout") != rows.layout
                or "rejected" not in meta
                or any(rel == INFO_FILE or rel.startswith(SOURCES_DIR + "/") for rel in changed)
            )
            if rebuild:
                for table in ("docs", "fts_long", "fts_words"):
                    conn.execute(f"DELETE FROM {table}")
                count = _insert(conn, rows.facts(library), library, rebuild=True)
            else:
                count = self._patch(conn, list(stamps), changed, meta["rejected"], rows, library)
            conn.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                [
                    (path_key(rel), *_trusted(stamps[rel]), _encoder.encode(content))
                    for rel, content in snapshot.parsed.items()
                    if _storable(rel)
                ],
            )
            conn.executemany(
                "DELETE FROM files WHERE path = ?",
                [(path_key(rel),) for rel in stored if rel not in stamps],
            )
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('layout', ?)", (rows.layout,))
            conn.execute(
                "INSERT OR REPLACE INTO meta VALUES ('rejected', ?)", (rows.rejected_text,)
            )
            self._generation = _new_generation(conn)
        # A rebuild writes the whole index into the write-ahead log; fold it
        # into the database now, so that later reads do not look pages up in a
        # log as large as the index. Skipped, not waited for, if another
        # process is reading.
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA busy_timeout = 0")
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                conn.execute(f"PRAGMA busy_timeout = {cache_db.BUSY_MS}")
        return count

    @staticmethod
    def _patch(
        conn: sqlite3.Connection,
        files: list[str],
        changed: list[str],
        stored_rejected: str,
        rows: _Rows,
        library: Library,
    ) -> int:
        """Rebuild the rows of changed files and of facts accepted or rejected since."""
        changed_numbers = {files.index(rel) for rel in changed}
        for number in changed_numbers:
            low, high = number * _FILE_STRIDE, (number + 1) * _FILE_STRIDE - 1
            for table in ("docs", "fts_long", "fts_words"):
                conn.execute(f"DELETE FROM {table} WHERE rowid BETWEEN ? AND ?", (low, high))
        before = {int(n) for n in stored_rejected.split(",") if n}
        now = set(rows.rejected)
        kept = [n for n in now - before if n // _FILE_STRIDE not in changed_numbers]
        for table in ("docs", "fts_long", "fts_words"):
            conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(n,) for n in kept])
        wanted = [
            rowid
            for rowid in rows.ids
            if rowid // _FILE_STRIDE in changed_numbers or rowid in before
        ]
        return _insert(conn, rows.facts(library, wanted), library, rebuild=False)

    def search(self, text: str, limit: int | None = None) -> list[str]:
        """Return the ids of the facts matching every term of ``text``, in library order.

        Recent results are kept (per query and limit, until the cache changes):
        typing back over a query, or a first letter warmed by :meth:`warm`,
        costs a copy of the list.
        """
        query = Query.parse(text)
        if query.is_empty:
            return []
        key = (query, limit)
        kept = self._recent.get(key)
        if kept is not None and kept[0] == self._generation:
            self._recent[key] = self._recent.pop(key)  # most recently used last
            return list(kept[1])
        try:
            found, current = self._search(query, limit)
        except sqlite3.Error:
            # The cache went bad under us (deleted, damaged, the disk gone):
            # answer from an index in memory made of the library we hold.
            self._rebuild_in_memory()
            found, current = self._search(query, limit)
        if not current:  # another process rebuilt the cache: keep nothing from before
            self._recent.clear()
            return found
        self._recent[key] = (self._generation, found)
        while len(self._recent) > _RECENT_QUERIES:
            self._recent.pop(next(iter(self._recent)))
        return list(found)

    def _rebuild_in_memory(self) -> None:
        self._skip(None)
        if self._library is not None:
            snapshot = _Snapshot({}, {}, {}, {}, self._contents)
            self._update(snapshot, self._library)
        self._recent.clear()

    def forget_recent(self) -> None:
        """Drop the kept results, so that the next searches ask the index (for benchmarks)."""
        self._recent.clear()

    def warm(self, texts: Iterable[str]) -> None:
        """Search for ``texts`` now so that their results are kept for later.

        The app warms the one-letter queries after loading a library: a first
        keystroke matches much of the library and is the slowest search.
        """
        for text in texts:
            self.search(text)

    def _search(self, query: Query, limit: int | None) -> tuple[list[str], bool]:
        """Return the matching ids, and False if the cache was rebuilt by another process."""
        selects: list[str] = []
        params: list[object] = []
        if query.substrings:
            selects.append("SELECT rowid FROM fts_long WHERE fts_long MATCH ?")
            params.append(query.substring_match())
        if query.words:
            selects.append("SELECT rowid FROM fts_words WHERE fts_words MATCH ?")
            params.append(query.word_match())
        sql = " INTERSECT ".join(selects) + " ORDER BY rowid"
        try:
            # One string of row ids rather than a row per match: a one-letter
            # query matches most of a 100,000-fact library, and making a Python
            # tuple per row took most of its time. The cache's generation comes
            # from the same statement, so from the same snapshot of the database.
            generation, found = self._conn.execute(
                "SELECT (SELECT value FROM meta WHERE key = 'generation'),"
                f" (SELECT group_concat(rowid) FROM ({sql}))",
                params,
            ).fetchone()
            if (generation or "") != self._generation:
                # Another process rebuilt the shared cache since we loaded it:
                # our row-id map is stale, so ask the database for the ids, and
                # keep those of the library this process holds.
                sql = f"SELECT fact_id FROM docs WHERE rowid IN ({sql}) ORDER BY rowid"
                accepted = self._accepted
                ids = [fact_id for (fact_id,) in self._conn.execute(sql, params)]
                ids = [fact_id for fact_id in ids if fact_id in accepted]
                return ids[:limit] if limit is not None else ids, False
        except sqlite3.OperationalError as exc:
            if str(exc).startswith("fts5:"):  # a query FTS5 cannot parse finds nothing
                return [], True
            raise
        if not found:
            return [], True
        by_rowid = self._ids_by_rowid
        # group_concat's order is not guaranteed: sort (linear on ids already in order).
        ids = [
            fact_id
            for rowid in sorted(map(int, found.split(",")))
            if (fact_id := by_rowid.get(rowid)) is not None
        ]
        return (ids[: max(0, limit)] if limit is not None else ids), True


@dataclass(frozen=True, slots=True)
class _Rows:
    """The search rows a library needs: accepted fact ids by row id, and the rejected row ids."""

    ids: dict[int, str]
    rejected: list[int]
    layout: str

    @property
    def rejected_text(self) -> str:
        return ",".join(map(str, self.rejected))

    def facts(self, library: Library, rowids: Iterable[int] | None = None) -> dict[int, Fact]:
        """Return the accepted facts by row id (of ``rowids`` only, when given)."""
        facts, ids = library.facts, self.ids
        if rowids is None:
            return {rowid: facts[fact_id] for rowid, fact_id in ids.items()}
        return {rowid: facts[ids[rowid]] for rowid in rowids if rowid in ids}

    @classmethod
    def of(cls, contents: Sequence[FileContent], library: Library) -> _Rows:
        # Row ids follow library order (file order, then entry order), so results
        # sorted by row id come out in library order, and they stay stable while
        # only the contents of files change.
        ids: dict[int, str] = {}
        rejected: list[int] = []
        facts = library.facts
        everything = sum(len(content.facts) for content in contents) == len(facts)
        for file_no, content in enumerate(contents):
            base = file_no * _FILE_STRIDE
            if everything:  # the usual case: no fact was left out, none need looking up
                ids.update((base + n, fact.id) for n, fact in enumerate(content.facts))
                continue
            for entry_no, fact in enumerate(content.facts):
                if facts.get(fact.id) is fact:
                    ids[base + entry_no] = fact.id
                else:
                    rejected.append(base + entry_no)
        digest = hashlib.sha256(b"\0".join(path_key(c.path) for c in contents))
        return cls(ids, rejected, digest.hexdigest()[:16])


def _insert(
    conn: sqlite3.Connection, facts: dict[int, Fact], library: Library, *, rebuild: bool
) -> int:
    sources = library.sources
    rows = [(rowid, fact.id, document_text(fact, sources)) for rowid, fact in facts.items()]
    conn.executemany("INSERT INTO docs VALUES (?, ?)", ((r[0], r[1]) for r in rows))
    conn.executemany(
        "INSERT INTO fts_long (rowid, body) VALUES (?, ?)",
        ((r[0], japanese_text(r[2])) for r in rows),
    )
    conn.executemany(
        "INSERT INTO fts_words (rowid, body) VALUES (?, ?)",
        ((r[0], short_tokens(r[2])) for r in rows),
    )
    if rebuild:
        # A full rebuild leaves many small segments; one merged segment per
        # index makes every later query faster.
        conn.execute("INSERT INTO fts_long (fts_long) VALUES ('optimize')")
        conn.execute("INSERT INTO fts_words (fts_words) VALUES ('optimize')")
    return len(rows)


def _new_generation(conn: sqlite3.Connection) -> str:
    generation = os.urandom(16).hex()
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (generation,))
    return generation


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection, *, immediate: bool = False) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _storable(relative: str) -> bool:
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


def _trusted(stamp: Stamp) -> Stamp:
    """Return the stamp to record for a file just parsed.

    A file modified in the last two seconds may be written again within the
    same clock tick with the same size; its stamp is recorded as unknown so
    that the next start parses it again (git's "racily clean" rule).
    """
    mtime_ns, size = stamp
    if mtime_ns > time.time_ns() - 2_000_000_000:
        return (0, size)
    return stamp


def _stamp(path: Path) -> Stamp:
    try:
        info = path.stat()
    except OSError:
        return (0, -1)
    return (info.st_mtime_ns, info.st_size)
