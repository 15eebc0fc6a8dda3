"""What a search looks for, and the text each fact is found by.

Every term of a query must match. A term with Japanese in it and three
characters or more is matched as a substring by the trigram index; any other
term is split into words (Latin words matched by prefix) and runs of one or
two Japanese characters, answered by the word index.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from briefgen.core.library.model import Fact, Source
from briefgen.core.search.normalize import has_cjk, is_cjk, normalize, split_terms

_TERM_RE = re.compile(r'"([^"]*)"|(\S+)')
_EDGE_PUNCTUATION = re.compile(r"^[^\w]+|[^\w]+$")


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


def document_text(fact: Fact, sources: Mapping[str, Source]) -> str:
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
