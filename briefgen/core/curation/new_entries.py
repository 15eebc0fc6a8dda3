"""Where a new fact or source goes, and the id it is proposed: for the library manager.

A curator adding an entry should not have to invent an id or know the file
layout: the id is made from the entry's text (and checked against every id in
use), and the file is the one that already holds entries of the same topic
(facts) or kind (sources), else one named after it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable

from briefgen.core.library.assembly import FACTS_DIR, SOURCES_DIR, Library
from briefgen.core.library.model import SourceKind
from briefgen.core.library.validate import ID_RE
from briefgen.core.search.normalize import has_cjk

MAX_ID_WORDS = 6
MAX_ID_LENGTH = 48
# Words that say little about a fact: left out of the ids made from its text.
_FILLER = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is",
    "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were", "which", "will",
    "with",
})  # fmt: skip


def slug(text: str, max_words: int = MAX_ID_WORDS) -> str:
    """Return the words of ``text`` as an id: lower-case ASCII joined by '-' ("" if none)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_text) if w not in _FILLER]
    result = "-".join(words[:max_words])[:MAX_ID_LENGTH].strip("-")
    return result if ID_RE.match(result) else ""


def unique_id(base: str, taken: Collection[str]) -> str:
    """Return ``base``, or ``base-2``, ``base-3``... the first that is not in ``taken``."""
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def propose_fact_id(library: Library, topic: str, english: str) -> str:
    """Return an unused id for a new fact of ``topic``: from its English text, else the topic.

    A fact written only in Japanese has no letters an id can take, so it is
    named after its topic (``act-fact``, ``act-fact-2``...).
    """
    base = slug(english) or f"{slug(topic) or 'fact'}-fact"
    taken = set(library.facts) | _ids_in_problems(library, "fact")
    return unique_id(base, taken)


def propose_source_id(library: Library, title: str, translated: str = "") -> str:
    """Return an unused id for a new source: from its title, else ``source``.

    A Japanese title is named by its translation: its few Latin letters
    ("AI法") would make a poor id.
    """
    first, second = (translated, title) if has_cjk(title) else (title, translated)
    base = slug(first) or slug(second) or "source"
    taken = set(library.sources) | _ids_in_problems(library, "source")
    return unique_id(base, taken)


def is_id_free(library: Library, entry: str, entry_id: str) -> bool:
    """Return True when no fact (``entry`` "fact") or source ("source") has ``entry_id``.

    Entries the library left out for their errors still hold their id in
    their file: a second entry with it would be a duplicate once fixed.
    """
    used = library.facts if entry == "fact" else library.sources
    return entry_id not in used and entry_id not in _ids_in_problems(library, entry)


def _ids_in_problems(library: Library, entry: str) -> set[str]:
    return {p.entry_id for p in library.problems if p.entry == entry and p.entry_id}


def fact_file_for(library: Library, topic: str) -> str:
    """Return the facts file a new fact of ``topic`` goes to.

    The file holding most facts of that topic; else ``facts/<topic>.yaml``.
    """
    return _most_common(
        (f.origin.path for f in library.facts.values() if f.topic == topic),
        f"{FACTS_DIR}/{topic}.yaml",
    )


def source_file_for(library: Library, kind: SourceKind) -> str:
    """Return the sources file a new source of ``kind`` goes to.

    The file holding most sources of that kind; else ``sources/<kind>.yaml``.
    """
    return _most_common(
        (s.origin.path for s in library.sources.values() if s.kind is kind),
        f"{SOURCES_DIR}/{kind.value}.yaml",
    )


def _most_common(paths: Iterable[str], default: str) -> str:
    counts = Counter(p for p in paths if p)
    if not counts:
        return default
    # Ties go to the file named first in sorted order, so the choice is stable.
    best = max(counts.values())
    return min(p for p, n in counts.items() if n == best)
