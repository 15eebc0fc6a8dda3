"""Find the rows matching a query, best first.

Facts whose own text matches the query come first, then facts found only
through their tags or their sources' titles: a fact that mentions "Onoda" is
listed above one that only cites a source naming him. Within each group the
matches are ordered by FTS5's bm25 with column weights (own text 10, tags 4,
sources 1, :data:`briefgen.core.search.query.WEIGHTS`), then library order.
(:class:`~briefgen.core.search.index.FactIndex` then puts superseded facts after
the current ones among the ranked rows: it knows the facts, this module only rows.)

Ranking is exact for a query with up to :data:`SCORED_AT_MOST` matches (every
query on a library of that many facts). A broader query is not scored: bm25
costs about 2 µs a match plus a pass over the index to weigh each term, and
scoring the 47,000 matches of "AI" in a library of 100,000 facts would break
the 20 ms budget of a query (docs/benchmarks.md). It lists first the first
:data:`SCORED_AT_MOST` facts (in library order) whose own text matches, then
the rest in library order.

A single Latin letter matches most of a library: it answers with the
:data:`ONE_LETTER_RESULTS` best facts whose own text has a word starting with
it, not with nearly everything.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from briefgen.core.search.query import WEIGHTS, Clause, Index, Query, Term, index_match, term_match

SCORED_AT_MOST: Final = 300
ONE_LETTER_RESULTS: Final = 20
_BM25_ARGS: Final = ", ".join(map(str, WEIGHTS))


@dataclass(frozen=True, slots=True)
class Ranked:
    """Matching rows, best first, and the relevance of those that were scored.

    A row is named by its row id written in decimal, as SQLite writes it: a
    broad query matches tens of thousands of rows, and reading each number
    back into an int took more time than everything else (docs/benchmarks.md).
    """

    rows: list[str]
    scores: dict[str, float]
    leading: int = 0  # how many of ``rows`` were ranked (the rest follow in library order)


def rank(conn: sqlite3.Connection, query: Query) -> Ranked:
    """Return the rows matching ``query``, best first (see the module's docstring).

    Raise :class:`sqlite3.Error` when the database fails.
    """
    groups: dict[Index, list[Clause]] = {}
    mixed: list[Clause] = []
    for clause in query.clauses:
        index = clause.index
        if index is None:
            mixed.append(clause)
        else:
            groups.setdefault(index, []).append(clause)
    if query.is_one_letter:
        return _one_letter(conn, query.clauses[0].terms[0].shown)

    # An excluded term that one index answers is left out by that index (FTS5's
    # NOT, in C); any other is taken away from the matches afterwards.
    excluded: dict[Index, list[Term]] = {}
    excluded_later: list[Term] = []
    for term in query.excluded:
        (index, *others) = term.indexes
        if not others and index in groups:
            excluded.setdefault(index, []).append(term)
        else:
            excluded_later.append(term)
    scores: dict[str, float] = {}
    own: set[str] = set()
    matches: list[list[str]] = []
    for index, clauses in groups.items():
        expression = index_match(tuple(clauses))
        own_expression = index_match(tuple(clauses), "own")
        for term in excluded.get(index, ()):
            expression = f"({expression}) NOT ({term_match(term, index)})"
            own_expression = f"({own_expression}) NOT ({term_match(term, index)})"
        found = _rowids(conn, index, expression)
        matches.append(found)
        if len(found) <= SCORED_AT_MOST:
            for rowid, (score, own_score) in _scored(conn, index, expression).items():
                scores[rowid] = scores.get(rowid, 0.0) + score
                if own_score:
                    own.add(rowid)
        else:
            # Too many to score: the first facts that say it in their own text lead.
            own.update(_rowids(conn, index, own_expression, limit=SCORED_AT_MOST))
    matches.extend(sorted(_term_rows(conn, clause.terms), key=int) for clause in mixed)
    matched = _intersection(matches, _term_rows(conn, excluded_later))
    if len(matches) > 1 or excluded_later:
        kept = set(matched)
        scores = {row: score for row, score in scores.items() if row in kept}
        own &= kept
    leading = own | scores.keys()
    head = sorted(leading, key=lambda r: (r not in own, -scores.get(r, 0.0), int(r)))
    if len(head) == len(matched):
        return Ranked(head, scores, len(head))
    # The leading rows first, then every other match in library order.
    return Ranked(head + [row for row in matched if row not in leading], scores, len(head))


def _one_letter(conn: sqlite3.Connection, letter: str) -> Ranked:
    """Return the best facts for a single letter: those with it as a word, then by prefix.

    Every word starting with the letter scores nearly the same (bm25 gives a
    term in most facts no weight): a fact where the letter stands alone
    ("Plan B") is the likeliest one meant, the rest follow in library order.
    """
    own = f'{{own}} : "{letter}"'
    scores = {row: score for row, (score, _) in _scored(conn, Index.WORDS, own).items()}
    best = sorted(scores, key=lambda row: (-scores[row], int(row)))[:ONE_LETTER_RESULTS]
    if len(best) < ONE_LETTER_RESULTS:
        chosen = set(best)
        more = _rowids(conn, Index.WORDS, own + "*", limit=2 * ONE_LETTER_RESULTS)
        best.extend([row for row in more if row not in chosen][: ONE_LETTER_RESULTS - len(best)])
    return Ranked(best, scores, len(best))


def _intersection(lists: list[list[str]], excluded: set[str]) -> list[str]:
    """Return the rows in every list of ``lists`` (each in row order), less ``excluded``."""
    if not lists:
        return []
    first, *rest = sorted(lists, key=len)
    if rest:
        wanted = set(first).intersection(*rest) - excluded
        return [row for row in first if row in wanted]
    if excluded:
        return [row for row in first if row not in excluded]
    return first


def _scored(
    conn: sqlite3.Connection, index: Index, expression: str
) -> dict[str, tuple[float, float]]:
    """Return the first matches of ``expression``: relevance, and relevance in own text.

    Both are bm25's, negated so that higher is better; the second weighs
    only the fact's own text, so it is 0 when no term is found there.
    """
    table = index.value
    own_only = ", ".join(["1.0"] + ["0.0"] * (len(WEIGHTS) - 1))
    rows = conn.execute(
        f"SELECT CAST(rowid AS TEXT), bm25({table}, {_BM25_ARGS}), bm25({table}, {own_only})"
        f" FROM {table} WHERE {table} MATCH ? LIMIT ?",
        (expression, SCORED_AT_MOST),
    )
    return {row: (-score, -own) for row, score, own in rows}


def _rowids(conn: sqlite3.Connection, index: Index, expression: str, limit: int = -1) -> list[str]:
    """Return the rows matching ``expression`` in row order (the first ``limit``, if given)."""
    table = index.value
    # One string of row ids rather than a row per match: a broad query matches
    # most of a 100,000-fact library, and a Python tuple per row took most of its time.
    # FTS5 gives rows in row order; group_concat keeps the order of its input in practice, and
    # test_ranking checks it, since SQLite does not promise it.
    (found,) = conn.execute(
        f"SELECT group_concat(rowid) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ?"
        " ORDER BY rowid LIMIT ?)",
        (expression, limit),
    ).fetchone()
    return found.split(",") if found else []


def _term_rows(conn: sqlite3.Connection, terms: Iterable[Term]) -> set[str]:
    """Return the rows matching any of ``terms`` (each may need both indexes)."""
    found: set[str] = set()
    for term in terms:
        rows: set[str] | None = None
        for index in term.indexes:
            these = set(_rowids(conn, index, term_match(term, index)))
            rows = these if rows is None else rows & these
        found |= rows or set()
    return found
