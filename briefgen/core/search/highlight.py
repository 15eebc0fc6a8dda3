"""Where a query's words are in a text, so that an interface can highlight them.

Matching runs on the same normalised form as search (NFKC, case-folded), so
"ａｉ" in a query highlights "AI" in a fact; the spans returned are offsets
into the original text. Latin words match at the start of a word, as search
matches them by prefix; Japanese matches anywhere.
"""

from __future__ import annotations

import unicodedata

from briefgen.core.search.normalize import has_cjk
from briefgen.core.search.query import Query

Span = tuple[int, int]


def highlight_spans(text: str, query: str | Query) -> list[Span]:
    """Return the sorted, non-overlapping ``(start, end)`` spans of ``text`` the query matches."""
    parsed = Query.parse(query) if isinstance(query, str) else query
    terms = [term for term in parsed.highlights if term]
    if not terms or not text:
        return []
    folded, origin = _fold(text)
    spans: list[Span] = []
    for term in terms:
        whole_words = not has_cjk(term[0])
        start = folded.find(term)
        while start >= 0:
            end = start + len(term)
            if not whole_words or start == 0 or not folded[start - 1].isalnum():
                spans.append((origin[start], origin[end - 1] + 1))
            start = folded.find(term, start + 1)
    return _merged(spans)


def _fold(text: str) -> tuple[str, list[int]]:
    """Return ``text`` normalised character by character, and each folded character's origin."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if len(folded) == len(text):
        # The usual case (folding changed no length): each character maps to
        # itself, and the text is folded at once (per character is 10x slower).
        return folded, list(range(len(text)))
    parts: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = unicodedata.normalize("NFKC", char).casefold()
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
