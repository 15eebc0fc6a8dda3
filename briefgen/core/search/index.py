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
text. Results come best first (:mod:`briefgen.core.search.ranking`); the
query language is in :mod:`briefgen.core.search.query`, the rows in
:mod:`briefgen.core.search.rows`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Final

from briefgen.core.library.assembly import INFO_FILE, SOURCES_DIR, FileContent, Library, assemble
from briefgen.core.library.loader import library_files, parse_file
from briefgen.core.library.model import Status
from briefgen.core.search import cache_db
from briefgen.core.search.cache_db import CacheError, path_key
from briefgen.core.search.rows import (
    Rows,
    clear,
    insert,
    new_generation,
    transaction,
)
from briefgen.core.search.rows import patch as rows_patch
from briefgen.core.search.snapshot import Snapshot, file_rows, read_cache, stamp_of, stored_stamps

if TYPE_CHECKING:
    from pathlib import Path

    from briefgen.core.library.model import Fact
    from briefgen.core.search.query import Query

_RECENT_QUERIES: Final = 64  # results kept, most recent first


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What bringing the cache up to date did."""

    parsed: tuple[str, ...] = ()
    reused: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    reindexed_facts: int = 0
    seconds: float = 0.0


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
        # Fact ids by row id written in decimal, as ranking names rows (ranking.Ranked).
        self._ids_by_row: dict[str, str] = {}
        self._accepted: dict[str, Fact] = {}
        self._contents: list[FileContent] = []
        self._library: Library | None = None
        self._generation = ""
        # Recent results: query -> (cache generation, ids, scores), oldest first.
        self._recent: dict[Query, tuple[str, list[str], dict[str, float]]] = {}

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

    def _read(self, root: Path) -> Snapshot:
        files, unlisted = library_files(root)
        stamps = {rel: stamp_of(root / rel) for rel in files}
        try:
            stored, meta, contents = read_cache(self._conn, stamps)
        except sqlite3.Error as exc:
            # A damaged cache is rebuilt; anything else makes do without one.
            self._repair() if cache_db.is_damaged(exc) else self._skip(None)
            stored, meta, contents = {}, {}, {}
        parsed = {rel: parse_file(root, rel) for rel in stamps if rel not in contents}
        contents.update(parsed)
        # What could not be listed (an unreadable folder, a link loop) holds
        # only its problem, after the files: row numbers stay as they were.
        ordered = [*(contents[rel] for rel in stamps), *unlisted]
        return Snapshot(stamps, stored, meta, parsed, ordered)

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

    def _update(self, snapshot: Snapshot, library: Library) -> int:
        """Bring the search rows and parsed files up to date; return how many rows were made."""
        rows = Rows.of(snapshot.contents, library)
        self._ids_by_row = {str(rowid): fact_id for rowid, fact_id in rows.ids.items()}
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
        with transaction(self._conn):
            clear(self._conn)
            count = insert(self._conn, rows.facts(library), library, rebuild=True)
            self._generation = new_generation(self._conn)
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

    def _write(self, snapshot: Snapshot, library: Library, rows: Rows) -> int:
        assert self.path is not None
        cache_db.check_room(self.path, sum(snapshot.stamps[rel][1] for rel in snapshot.parsed))
        conn = self._conn
        with cache_db.cache_lock(self.path), transaction(conn, immediate=True):
            # Read again under the lock: another process may have written since.
            stored = stored_stamps(conn)
            meta = dict(conn.execute("SELECT key, value FROM meta"))
            stamps = snapshot.stamps
            changed = [rel for rel, stamp in stamps.items() if stored.get(rel) != stamp]
            rebuild = (
                meta.get("layout") != rows.layout
                or "rejected" not in meta
                or any(rel == INFO_FILE or rel.startswith(SOURCES_DIR + "/") for rel in changed)
            )
            if rebuild:
                clear(conn)
                count = insert(conn, rows.facts(library), library, rebuild=True)
            else:
                count = rows_patch(conn, list(stamps), changed, meta["rejected"], rows, library)
            conn.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                list(file_rows(snapshot.parsed, stamps)),
            )
            conn.executemany(
                "DELETE FROM files WHERE path = ?",
                [(path_key(rel),) for rel in stored if rel not in stamps],
            )
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('layout', ?)", (rows.layout,))
            conn.execute(
                "INSERT OR REPLACE INTO meta VALUES ('rejected', ?)", (rows.rejected_text,)
            )
            self._generation = new_generation(conn)
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

    def search(self, text: str, limit: int | None = None) -> list[str]:
        """Return the ids of the facts matching ``text``, best first (:mod:`.ranking`).

        Recent results are kept (per query, until the cache changes): typing
        back over a query, or a first letter warmed by :meth:`warm`, costs a
        copy of the list.
        """
        ids, _ = self._found(text)
        return ids[: max(0, limit)] if limit is not None else list(ids)

    def hits(self, text: str, limit: int | None = None) -> list[tuple[str, float]]:
        """Return the facts matching ``text``, best first, each with its relevance.

        The relevance is bm25's (higher is better), or 0.0 for a match beyond
        the scored ones of a broad query.
        """
        ids, scores = self._found(text)
        chosen = ids[: max(0, limit)] if limit is not None else ids
        return [(fact_id, scores.get(fact_id, 0.0)) for fact_id in chosen]

    def _found(self, text: str) -> tuple[list[str], dict[str, float]]:
        # Imported at the first search: a command that only exports never parses
        # a query, and these compile their patterns when imported.
        from briefgen.core.search.query import Query

        query = Query.parse(text)
        if query.is_empty:
            return [], {}
        kept = self._recent.get(query)
        if kept is not None and kept[0] == self._generation:
            self._recent[query] = self._recent.pop(query)  # most recently used last
            return kept[1], kept[2]
        try:
            ids, scores, current = self._search(query)
        except sqlite3.Error:
            # The cache went bad under us (deleted, damaged, the disk gone):
            # answer from an index in memory made of the library we hold.
            self._rebuild_in_memory()
            ids, scores, current = self._search(query)
        if not current:  # another process rebuilt the cache: keep nothing from before
            self._recent.clear()
            return ids, scores
        self._recent[query] = (self._generation, ids, scores)
        while len(self._recent) > _RECENT_QUERIES:
            self._recent.pop(next(iter(self._recent)))
        return ids, scores

    def _search(self, query: Query) -> tuple[list[str], dict[str, float], bool]:
        """Return the matching ids, their scores, and False if another process rebuilt the cache."""
        from briefgen.core.search.ranking import rank

        conn = self._conn
        with transaction(conn):  # every statement reads the same snapshot
            row = conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
            try:
                ranked = rank(conn, query)
            except sqlite3.OperationalError as exc:
                if str(exc).startswith("fts5:"):  # a query FTS5 cannot parse finds nothing
                    return [], {}, True
                raise
            current = (row[0] if row else "") == self._generation
            by_row = self._ids_by_row
            if not current:
                # Another process rebuilt the shared cache since we loaded it:
                # our row-id map is stale, so ask the database for the ids, and
                # keep those of the library this process holds.
                accepted = self._accepted
                stored = conn.execute("SELECT CAST(rowid AS TEXT), fact_id FROM docs")
                by_row = {row: fact_id for row, fact_id in stored if fact_id in accepted}
        try:  # every row is a fact we hold: look each up in C
            ids = list(map(by_row.__getitem__, ranked.rows))
        except KeyError:  # a row of a fact we do not hold (another process's cache): skip it
            ids = [fact_id for row in ranked.rows if (fact_id := by_row.get(row)) is not None]
        scores = {by_row[r]: score for r, score in ranked.scores.items() if r in by_row}
        return self._current_first(ids, ranked.leading), scores, current

    def _current_first(self, ids: list[str], leading: int) -> list[str]:
        """Return ``ids`` with superseded facts after the current ones among the ranked first.

        A superseded fact stays a result (it is history, flagged where it is
        shown), but a search for a person or a plan answers first with what holds now.
        """
        facts = self._accepted
        head = ids[:leading]
        old = Status.SUPERSEDED
        replaced = {i for i in head if (f := facts.get(i)) is not None and f.status is old}
        if not replaced:
            return ids
        current = [i for i in head if i not in replaced]
        return current + [i for i in head if i in replaced] + ids[leading:]

    def _rebuild_in_memory(self) -> None:
        self._skip(None)
        if self._library is not None:
            snapshot = Snapshot({}, {}, {}, {}, self._contents)
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
