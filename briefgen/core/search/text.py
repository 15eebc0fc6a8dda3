"""The text each fact is found by, in the columns of both search indexes."""

from __future__ import annotations

from collections.abc import Mapping

from briefgen.core.library.model import Fact, Source
from briefgen.core.search.normalize import has_cjk, normalize


def document_columns(fact: Fact, sources: Mapping[str, Source]) -> tuple[str, str, str]:
    """Return the normalised text a fact is found by: its own text, its tags, its sources.

    The order is that of :data:`briefgen.core.search.query.COLUMNS`; ranking
    weighs a match in a fact's own text (and id) above one in its tags, and
    that above one in the titles, publishers and locators of its sources.
    """
    own = " \u2029 ".join(part for part in (fact.id, fact.text.en, fact.text.ja) if part)
    cited: list[str] = []
    for ref in fact.sources:
        source = sources.get(ref.source)
        if source is not None:
            cited.extend((source.title, source.title_translated, source.publisher))
        cited.append(ref.locator)
    return (
        normalize(own),
        normalize(" ".join(fact.tags)),
        normalize(" \u2029 ".join(part for part in cited if part)),
    )


def japanese_text(text: str) -> str:
    """Return the parts of ``text`` the trigram index needs: words that contain Japanese.

    The trigram index answers only terms with Japanese in them (pure Latin
    words go to the word index), so English prose would only make it larger
    and slower. Words keep their Latin neighbours ("ai法", "aiセーフティ").
    """
    return " ".join(word for word in text.split() if has_cjk(word))
