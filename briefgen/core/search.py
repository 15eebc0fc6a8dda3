"""Full-text search over both languages, kept in an incremental on-disk cache.

The cache is one SQLite file per library folder in the user cache directory.
It holds every parsed file (so an unchanged file is never parsed again) and two
FTS5 indexes over each fact's English, Japanese, tags and source titles:

* a word index answers words of spaced scripts by prefix ("minist" finds
  "Ministry"), and Japanese terms of one or two characters (法, 本部) through
  the single characters and character pairs it holds for every run of
  Japanese: a trigram index cannot find anything shorter than three;
* a ``trigram`` index answers longer Japanese terms (戦略本部, AI戦略) as
  substrings, which a word index cannot split.

Topics are filters, not search text: a topic named 人工知能戦略本部 would
otherwise make every fact filed under it match 本部.

Every term of a query must match. Results come in library order, which is what
a list filtered as the user types should show.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Final

import msgspec

from briefgen.core.gcpause import gc_paused
from briefgen.core.library import INFO_FILE, SOURCES_DIR, FileContent, Library, assemble
from briefgen.core.loader import check_root, library_files, parse_file
from briefgen.core.model import Fact, Source
from briefgen.core.normalize import has_cjk, is_cjk, normalize, short_tokens, split_terms
from briefgen.core.paths import cache_dir

SCHEMA_VERSION: Final = "5"
_TERM_RE = re.compile(r'"([^"]*)"|(\S+)')
_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")
_encoder = msgspec.msgpack.Encoder()
_decoder = msgspec.msgpack.Decoder(FileContent)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL, content BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS docs (
    rowid INTEGER PRIMARY KEY, fact_id TEXT NOT NULL, path TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_by_path ON docs (path);
CREATE VIRTUAL TABLE IF NOT EXISTS fts_long USING fts5 (body, tokenize = 'trigram');
CREATE VIRTUAL TABLE IF NOT EXISTS fts_words USING fts5 (
    body, tokenize = 'unicode61 remove_diacritics 0', detail = none, prefix = '1 2'
);
"""


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What bringing the cache up to date did."""

    parsed: tuple[str, ...] = ()
    reused: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    reindexed_facts: int = 0
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search query: substring terms for the trigram index, the rest for the word index."""

    substrings: tuple[str, ...] = ()
    words: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Return True when the query has no searchable term."""
        return not self.substrings and not self.words

    @classmethod
    def parse(cls, text: str) -> Query:
        """Return the terms of ``text``: words, or "quoted phrases", all of which must match.

        A term with Japanese in it and three characters or more is matched as
        a substring; any other term is split into words (Latin words matched by
        prefix) and runs of one or two Japanese characters.
        """
        substrings: list[str] = []
        words: list[str] = []
        for quoted, bare in _TERM_RE.findall(text):
            term = _EDGE_PUNCTUATION.sub("", normalize(quoted or bare))
            if not term:
                continue
            if has_cjk(term) and len(term) >= 3:
                substrings.append(term)
                continue
            for part in split_terms(term):
                if is_cjk(part) and len(part) > 2:
                    substrings.append(part)
                else:
                    words.append(part)
        return cls(tuple(substrings), tuple(words))

    def substring_match(self) -> str:
        """Return the FTS5 expression for the trigram index."""
        return " AND ".join(_quote(term) for term in self.substrings)

    def word_match(self) -> str:
        """Return the FTS5 expression for the word index: Japanese exact, other words by prefix."""
        return " AND ".join(
            _quote(term) if is_cjk(term) else _quote(term) + "*" for term in self.words
        )


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def document_text(fact: Fact, sources: dict[str, Source]) -> str:
    """Return the normalised text a fact is found by: both texts, tags and its sources."""
    parts = [fact.id, fact.text.en, fact.text.ja, " ".join(fact.tags)]
    for ref in fact.sources:
        source = sources.get(ref.source)
        if source is not None:
            parts.extend((source.title, source.title_translated, source.publisher))
        parts.append(ref.locator)
    return normalize(" \u2029 ".join(part for part in parts if part))


def japanese_text(text: str) -> str:
    """Return the parts of ``text`` the trigram index needs: words that contain Japanese.

    The trigram index answers only terms with Japanese in them (pure Latin
    words go to the word index), so English prose would only make it larger
    and slower. Words keep their Latin neighbours ("ai法", "aiセーフティ").
    """
    return " ".join(word for word in text.split() if has_cjk(word))


def cache_path_for(root: Path, base: Path | None = None) -> Path:
    """Return the cache file of the library folder ``root``."""
    key = hashlib.sha256(str(root.resolve()).encode("utf-8")).hexdigest()[:20]
    return (base or cache_dir()) / "index" / f"{key}.sqlite3"


class FactIndex:
    """The on-disk cache of one library: parsed files and the search indexes."""

    def __init__(self, path: Path | None) -> None:
        """Open (or create) the cache at ``path``; ``None`` keeps it in memory.

        A cache that cannot be opened or read (unwritable folder, corrupt file,
        older schema) is replaced; failing that, an in-memory cache is used, so
        search always works.
        """
        self.path = path
        self._conn = self._connect(path)
        self._ids_by_rowid: dict[int, str] = {}
        self._generation = ""
        # Recent results: (query, limit) -> (cache generation, ids), oldest first.
        self._recent: dict[tuple[Query, int | None], tuple[str, list[str]]] = {}

    @staticmethod
    def _open(path: Path | None) -> sqlite3.Connection:
        if path is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, timeout=_BUSY_MS / 1000, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # Search reads posting lists all over the file: map it into memory and
        # keep a generous page cache, so a query costs no read() calls.
        conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        conn.executescript(_SCHEMA)
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            with conn:
                conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            raise sqlite3.DatabaseError("cache schema is out of date")
        return conn

    def _connect(self, path: Path | None) -> sqlite3.Connection:
        if path is None:
            return self._open(None)
        try:
            return self._open(path)
        except (sqlite3.Error, OSError):
            pass
        try:  # a corrupt or outdated cache is only a cache: start it again
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            return self._open(path)
        except (sqlite3.Error, OSError):
            self.path = None
            return self._open(None)

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

    def sync(
        self, root: Path, today: dt.date | None = None
    ) -> tuple[list[FileContent], SyncReport]:
        """Bring the cache up to date with ``root`` and return every file's content.

        Only files whose size or modification time changed are parsed. The
        search rows of a changed facts file are rebuilt; when sources or the
        library metadata change, or files come or go, every fact's rows are
        rebuilt from the cached content.
        """
        started = time.perf_counter()
        stamps = {rel: _stamp(root / rel) for rel in library_files(root)}
        known = {
            path: (mtime, size)
            for path, mtime, size in self._conn.execute("SELECT path, mtime_ns, size FROM files")
        }
        changed = [rel for rel, stamp in stamps.items() if known.get(rel) != stamp]
        removed = [rel for rel in known if rel not in stamps]
        parsed = {rel: parse_file(root, rel) for rel in changed}
        reused = [rel for rel in stamps if rel not in parsed]
        contents = dict(self._load(reused))
        missing = [rel for rel in reused if rel not in contents]
        for rel in missing:  # a row lost from the cache: parse it after all
            parsed[rel] = parse_file(root, rel)
        contents.update(parsed)
        ordered = [contents[rel] for rel in stamps]
        self._ids_by_rowid = {
            _rowid(file_no, entry_no): fact.id
            for file_no, content in enumerate(ordered)
            for entry_no, fact in enumerate(content.facts)
        }

        dirty = set(parsed) | set(removed)
        layout_changed = set(stamps) != set(known)
        if layout_changed or any(
            rel == INFO_FILE or rel.startswith(SOURCES_DIR + "/") for rel in dirty
        ):
            # Files came or went (row ids follow file order), or source titles
            # and topic labels changed: rebuild every row from cached content.
            to_index = [c for c in ordered if c.facts]
            stale_paths: list[str] | None = None
        else:
            to_index = [parsed[rel] for rel in parsed]
            stale_paths = list(parsed)

        with self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
                [(rel, *_trusted(stamps[rel]), _encoder.encode(parsed[rel])) for rel in parsed],
            )
            self._conn.executemany("DELETE FROM files WHERE path = ?", [(r,) for r in removed])
            reindexed = self._reindex(ordered, to_index, stale_paths) if dirty else 0
            if dirty:
                self._conn.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (os.urandom(16).hex(),)
                )
            self._generation = self._current_generation()
        self._recent.clear()
        if dirty and self.path is not None:
            # A rebuild writes the whole index into the write-ahead log; fold it
            # into the database now, so that later reads do not look pages up
            # in a log as large as the index. Skipped, not waited for, if another
            # process is reading.
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA busy_timeout = 0")
                try:
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                finally:
                    self._conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        report = SyncReport(
            parsed=tuple(parsed),
            reused=tuple(rel for rel in reused if rel not in parsed),
            removed=tuple(removed),
            reindexed_facts=reindexed,
            seconds=time.perf_counter() - started,
        )
        return ordered, report

    def _load(self, paths: Sequence[str]) -> Iterable[tuple[str, FileContent]]:
        wanted = set(paths)
        for path, blob in self._conn.execute("SELECT path, content FROM files"):
            if path in wanted:
                try:
                    yield path, _decoder.decode(blob)
                except msgspec.DecodeError:
                    continue

    def _reindex(
        self,
        everything: Sequence[FileContent],
        to_index: Sequence[FileContent],
        stale_paths: list[str] | None,
    ) -> int:
        conn = self._conn
        if stale_paths is None:
            for table in ("docs", "fts_long", "fts_words"):
                conn.execute(f"DELETE FROM {table}")
        else:
            for path in stale_paths:
                rowids = conn.execute("SELECT rowid FROM docs WHERE path = ?", (path,)).fetchall()
                conn.executemany("DELETE FROM fts_long WHERE rowid = ?", rowids)
                conn.executemany("DELETE FROM fts_words WHERE rowid = ?", rowids)
                conn.execute("DELETE FROM docs WHERE path = ?", (path,))
        sources = {s.id: s for c in everything for s in c.sources}
        order = {c.path: i for i, c in enumerate(everything)}
        rows = [
            (_rowid(order[content.path], n), fact.id, content.path, document_text(fact, sources))
            for content in to_index
            for n, fact in enumerate(content.facts)
        ]
        conn.executemany("INSERT INTO docs VALUES (?, ?, ?)", (r[:3] for r in rows))
        conn.executemany(
            "INSERT INTO fts_long (rowid, body) VALUES (?, ?)",
            ((r[0], japanese_text(r[3])) for r in rows),
        )
        conn.executemany(
            "INSERT INTO fts_words (rowid, body) VALUES (?, ?)",
            ((r[0], short_tokens(r[3])) for r in rows),
        )
        if stale_paths is None:
            # A full rebuild leaves many small segments; one merged segment per
            # index makes every later query faster.
            conn.execute("INSERT INTO fts_long (fts_long) VALUES ('optimize')")
            conn.execute("INSERT INTO fts_words (fts_words) VALUES ('optimize')")
        return len(rows)

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
        found, current = self._search(query, limit)
        if not current:  # another process rebuilt the cache: keep nothing from before
            self._recent.clear()
            return found
        self._recent[key] = (self._generation, found)
        while len(self._recent) > _RECENT_QUERIES:
            self._recent.pop(next(iter(self._recent)))
        return list(found)

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
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, limit))
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
                # our row-id map is stale, so ask the database for the ids.
                sql = f"SELECT fact_id FROM docs WHERE rowid IN ({sql}) ORDER BY rowid"
                return [fact_id for (fact_id,) in self._conn.execute(sql, params)], False
        except sqlite3.OperationalError:  # a query FTS5 cannot parse finds nothing
            return [], True
        if not found:
            return [], True
        by_rowid = self._ids_by_rowid
        # group_concat's order is not guaranteed: sort (linear on ids already in order).
        ids = [
            fact_id
            for rowid in sorted(map(int, found.split(",")))
            if (fact_id := by_rowid.get(rowid)) is not None
        ]
        return ids, True

    def _current_generation(self) -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return str(row[0]) if row else ""


_FILE_STRIDE: Final = 1_000_000
_MMAP_BYTES: Final = 1 << 30
_BUSY_MS: Final = 10_000  # how long to wait for another process's write
_RECENT_QUERIES: Final = 64  # results kept, most recent first
_CACHE_KIB: Final = 64 * 1024


def _rowid(file_no: int, entry_no: int) -> int:
    # Row ids follow library order (file order, then entry order), so results
    # sorted by rowid come out in library order, and they stay stable while
    # only the contents of files change.
    return file_no * _FILE_STRIDE + entry_no


def _trusted(stamp: tuple[int, int]) -> tuple[int, int]:
    """Return the stamp to record for a file just parsed.

    A file modified in the last two seconds may be written again within the
    same clock tick with the same size; its stamp is recorded as unknown so
    that the next start parses it again (git's "racily clean" rule).
    """
    mtime_ns, size = stamp
    if mtime_ns > time.time_ns() - 2_000_000_000:
        return (0, size)
    return stamp


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (0, -1)
    return (info.st_mtime_ns, info.st_size)


@dataclass
class IndexedLibrary:
    """A library together with its search index and what loading it took."""

    library: Library
    index: FactIndex
    report: SyncReport = field(default_factory=SyncReport)


def open_indexed_library(
    root: Path,
    *,
    cache_base: Path | None = None,
    in_memory: bool = False,
    today: dt.date | None = None,
) -> IndexedLibrary:
    """Return the library in ``root`` with its search index, using the cache when it can.

    Set ``BRIEFGEN_NO_CACHE=1`` (or ``in_memory``) to build the index in memory.
    """
    root = check_root(root)
    no_cache = in_memory or os.environ.get("BRIEFGEN_NO_CACHE") == "1"
    index = FactIndex(None if no_cache else cache_path_for(root, cache_base))
    with gc_paused():
        contents, report = index.sync(root, today)
        library = assemble(root, contents, today)
    return IndexedLibrary(library, index, report)
