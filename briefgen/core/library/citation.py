"""A fact as plain text with its sources, for pasting into an e-mail or a note."""

from __future__ import annotations

from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact


def fact_with_citation(fact: Fact, library: Library, language: str) -> str:
    """Return the fact's text in ``language`` (or the other) followed by its sources in brackets.

    Each source reads "title, publisher, date, URL", with what is known; the
    title is in ``language`` when the source has a translation.
    """
    cited: list[str] = []
    for ref in fact.sources:
        source = library.source(ref.source)
        if source is None:
            continue
        parts = [source.title_in(language), source.publisher]
        if source.published is not None:
            parts.append(source.published.isoformat())
        if ref.locator:
            parts.append(ref.locator)
        if source.url:
            parts.append(source.url)
        cited.append(", ".join(part for part in parts if part))
    text = fact.text.get_or_other(language)
    return f"{text} [{'; '.join(cited)}]" if cited else text
