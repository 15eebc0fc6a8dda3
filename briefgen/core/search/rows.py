"""The search rows of a library: which fact each row is, and how rows are written.

Row ids follow library order (file order, then entry order): file number
times :data:`FILE_STRIDE` plus the entry's number in its file. Results in row
order are therefore in library order, and the rows of one file can be
replaced without touching the others.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from briefgen.core.search.cache_db import path_key
from briefgen.core.search.normalize import short_tokens
from briefgen.core.search.text import document_columns, japanese_text

if TYPE_CHECKING:
    from briefgen.core.library.assembly import FileContent, Library
    from briefgen.core.library.model import Fact

FILE_STRIDE: Final = 1_000_000
TABLES: Final = ("docs", "fts_long", "fts_words")


@dataclass(frozen=True, slots=True)
class Rows:
    """The search rows a library needs: accepted fact ids by row id, and the rejected row ids."""

    ids: dict[int, str]
    rejected: list[int]
    layout: str

    @property
    def rejected_text(self) -> str:
        """Return the rejected row ids as the cache stores them."""
        return ",".join(map(str, self.rejected))

    def facts(self, library: Library, rowids: Iterable[int] | None = None) -> dict[int, Fact]:
        """Return the accepted facts by row id (of ``rowids`` only, when given)."""
        facts, ids = library.facts, self.ids
        if rowids is None:
            return {rowid: facts[fact_id] for rowid, fact_id in ids.items()}
        return {rowid: facts[ids[rowid]] for rowid in rowids if rowid in ids}

    @classmethod
    def of(cls, contents: Sequence[FileContent], library: Library) -> Rows:
        """Return the rows of the facts in ``contents`` that ``library`` accepted."""
        ids: dict[int, str] = {}
        rejected: list[int] = []
        facts = library.facts
        everything = sum(len(content.facts) for content in contents) == len(facts)
        for file_no, content in enumerate(contents):
            base = file_no * FILE_STRIDE
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


def clear(conn: sqlite3.Connection) -> None:
    """Delete every search row."""
    for table in TABLES:
        conn.execute(f"DELETE FROM {table}")


def insert(
    conn: sqlite3.Connection, facts: dict[int, Fact], library: Library, *, rebuild: bool
) -> int:
    """Write the rows of ``facts``; return how many were written."""
    sources = library.sources
    rows = [(rowid, fact.id, document_columns(fact, sources)) for rowid, fact in facts.items()]
    conn.executemany("INSERT INTO docs VALUES (?, ?)", ((r[0], r[1]) for r in rows))
    conn.executemany(
        "INSERT INTO fts_long (rowid, own, tags, sources) VALUES (?, ?, ?, ?)",
        ((r[0], *map(japanese_text, r[2])) for r in rows),
    )
    conn.executemany(
        "INSERT INTO fts_words (rowid, own, tags, sources) VALUES (?, ?, ?, ?)",
        ((r[0], *map(short_tokens, r[2])) for r in rows),
    )
    if rebuild:
        # A full rebuild leaves many small segments; one merged segment per
        # index makes every later query faster.
        conn.execute("INSERT INTO fts_long (fts_long) VALUES ('optimize')")
        conn.execute("INSERT INTO fts_words (fts_words) VALUES ('optimize')")
    return len(rows)


def patch(
    conn: sqlite3.Connection,
    files: list[str],
    changed: list[str],
    stored_rejected: str,
    rows: Rows,
    library: Library,
) -> int:
    """Rebuild the rows of changed files and of facts accepted or rejected since."""
    changed_numbers = {files.index(rel) for rel in changed}
    for number in changed_numbers:
        low, high = number * FILE_STRIDE, (number + 1) * FILE_STRIDE - 1
        for table in TABLES:
            conn.execute(f"DELETE FROM {table} WHERE rowid BETWEEN ? AND ?", (low, high))
    before = {int(n) for n in stored_rejected.split(",") if n}
    now = set(rows.rejected)
    kept = [n for n in now - before if n // FILE_STRIDE not in changed_numbers]
    for table in TABLES:
        conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(n,) for n in kept])
    wanted = [
        rowid for rowid in rows.ids if rowid // FILE_STRIDE in changed_numbers or rowid in before
    ]
    return insert(conn, rows.facts(library, wanted), library, rebuild=False)


def new_generation(conn: sqlite3.Connection) -> str:
    """Mark the cache as changed; return its new generation."""
    generation = os.urandom(16).hex()
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (generation,))
    return generation


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection, *, immediate: bool = False) -> Iterator[None]:
    """Run the block in one transaction, rolled back if it raises."""
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
