"""What a search looks for: terms, "quoted phrases", ``OR`` and ``-exclusions``.

Every clause of a query must match; a clause is one term, or terms joined by
``OR`` (also ``|`` and ``または``), any of which may match. A term led by ``-``
(or the full-width ``－``) excludes the facts it matches. A phrase in quotes
(``"..."``, ``“...”`` or ``「...」``) matches its words next to each other.

Each term becomes one or more *atoms*, all of which must match, each answered
by one of the two indexes (:mod:`briefgen.core.search.cache_db`):

* the word index answers Latin words (by prefix: "minist" finds "Ministry"),
  phrases of Latin words, and runs of one or two Japanese characters;
* the trigram index answers Japanese terms of three characters or more, as
  substrings (a word index cannot split Japanese into words).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import Final

from briefgen.core.search.normalize import has_cjk, is_cjk, normalize, split_terms

# A term: an optional minus, then a quoted phrase in one of three styles, or a bare word.
_TERM_RE: Final = re.compile(r'(-?)(?:"([^"]*)"|“([^”]*)”|「([^」]*)」)|(\S+)')
_EDGE_PUNCTUATION: Final = re.compile(r"^[^\w]+|[^\w]+$")
OR_WORDS: Final = frozenset({"OR", "|", "または"})
# Columns of both indexes, in this order, and their bm25 weights: a fact's own
# text counts most, then its tags, then the titles of its sources.
COLUMNS: Final = ("own", "tags", "sources")
WEIGHTS: Final = (10.0, 4.0, 1.0)


class Index(Enum):
    """Which full-text index answers an atom."""

    WORDS = "fts_words"
    LONG = "fts_long"


@dataclass(frozen=True, slots=True)
class Atom:
    """One piece of a term, for one index: a prefix word, an exact word, a phrase or a substring."""

    index: Index
    text: str
    prefix: bool = False

    def match(self) -> str:
        """Return the FTS5 expression for this atom."""
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + "*" if self.prefix else quoted


@dataclass(frozen=True, slots=True)
class Term:
    """A word or phrase of the query: all its atoms must match."""

    atoms: tuple[Atom, ...]
    shown: str  # the normalised text, for highlighting

    @property
    def indexes(self) -> frozenset[Index]:
        """Return the indexes this term needs."""
        return frozenset(atom.index for atom in self.atoms)


@dataclass(frozen=True, slots=True)
class Clause:
    """Terms of which any may match (one term unless joined by OR)."""

    terms: tuple[Term, ...]

    @property
    def index(self) -> Index | None:
        """Return the one index that answers the whole clause, or None if it needs both."""
        indexes = frozenset().union(*(term.indexes for term in self.terms))
        return next(iter(indexes)) if len(indexes) == 1 else None


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed search query: clauses that must all match, and terms that must not."""

    clauses: tuple[Clause, ...] = ()
    excluded: tuple[Term, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Return True when the query has nothing to look for (exclusions alone find nothing)."""
        return not self.clauses

    @property
    def is_one_letter(self) -> bool:
        """Return True for a single Latin letter or digit, which matches too much to list."""
        if self.excluded or len(self.clauses) != 1 or len(self.clauses[0].terms) != 1:
            return False
        shown = self.clauses[0].terms[0].shown
        return len(shown) == 1 and not has_cjk(shown)

    @property
    def highlights(self) -> tuple[str, ...]:
        """Return the normalised words and phrases to highlight in a matching fact."""
        return tuple(term.shown for clause in self.clauses for term in clause.terms)

    @classmethod
    def parse(cls, text: str) -> Query:
        """Return the query written in ``text`` (full-width forms read as their ASCII ones)."""
        clauses: list[list[Term]] = []
        excluded: list[Term] = []
        joining = False
        for minus, straight, curly, corner, bare in _TERM_RE.findall(
            unicodedata.normalize("NFKC", text)
        ):
            if bare in OR_WORDS:
                joining = bool(clauses)
                continue
            phrase = straight or curly or corner
            if bare.startswith("-") and len(bare) > 1:
                minus, bare = "-", bare[1:]
            term = _term(phrase, quoted=bool(phrase)) if phrase else _term(bare, quoted=False)
            if term is None:
                joining = False
                continue
            if minus:
                excluded.append(term)
            elif joining:
                clauses[-1].append(term)
            else:
                clauses.append([term])
            joining = False
        return cls(tuple(Clause(tuple(terms)) for terms in clauses), tuple(excluded))


def _term(raw: str, *, quoted: bool) -> Term | None:
    text = _EDGE_PUNCTUATION.sub("", normalize(raw))
    if not text:
        return None
    if quoted and not has_cjk(text):
        # A phrase of Latin words: its words next to each other, in order.
        words = split_terms(text)
        return Term((Atom(Index.WORDS, " ".join(words)),), text) if words else None
    atoms = [atom for chunk in text.split() for atom in _atoms(chunk, quoted=quoted)]
    return Term(tuple(atoms), text) if atoms else None


def _atoms(chunk: str, *, quoted: bool) -> list[Atom]:
    if has_cjk(chunk) and len(chunk) >= 3:
        return [Atom(Index.LONG, chunk)]
    atoms: list[Atom] = []
    for part in split_terms(chunk):
        if is_cjk(part):
            atoms.append(Atom(Index.LONG if len(part) > 2 else Index.WORDS, part))
        else:
            atoms.append(Atom(Index.WORDS, part, prefix=not quoted))
    return atoms


def index_match(clauses: tuple[Clause, ...], column: str | None = None) -> str:
    """Return the FTS5 expression for ``clauses`` (all of one index), in ``column`` if given."""
    parts = []
    for clause in clauses:
        alternatives = [
            "(" + " AND ".join(atom.match() for atom in term.atoms) + ")" for term in clause.terms
        ]
        parts.append("(" + " OR ".join(alternatives) + ")")
    expression = " AND ".join(parts)
    return f"{{{column}}} : ({expression})" if column else expression


def term_match(term: Term, index: Index) -> str:
    """Return the FTS5 expression for the atoms of ``term`` that ``index`` answers."""
    return " AND ".join(atom.match() for atom in term.atoms if atom.index is index)
