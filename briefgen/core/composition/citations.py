"""Number a brief's sources in order of first citation, and write each citation.

A citation reads "[3, 7–9]" or "[2: Art. 5; 4]": each number is a link of its
own to its source entry (``#src-N``), a run of three or more numbers without
locators is written as a range, and a locator is written in the brief's
language (see :mod:`briefgen.core.composition.citation_text`).
"""

from __future__ import annotations

from briefgen.core.composition import labels
from briefgen.core.composition.citation_text import locator_in
from briefgen.core.composition.document import Lang, Span, SpanRole
from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact


class Citations:
    """The numbers given to sources so far in one brief, in order of first citation."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.numbers: dict[str, int] = {}  # source id -> number

    def cite(self, fact: Fact, lang: Lang) -> list[Span]:
        """Return the citation of ``fact``'s sources: "[3, 7–9]", each number a link of its own."""
        cited: dict[int, str] = {}
        for ref in fact.sources:
            if ref.source in self.library.sources:
                number = self.numbers.setdefault(ref.source, len(self.numbers) + 1)
                locator = locator_in(ref.locator, lang)
                both = (cited.get(number, ""), locator)  # the same source cited twice
                cited[number] = labels.CITATION_SEPARATOR.get(lang).join(filter(None, both))
        if not cited:
            return []
        located = any(cited.values())
        separator = labels.CITATION_SEPARATOR_LOCATED if located else labels.CITATION_SEPARATOR
        texts: list[tuple[str, int | None]] = [("[", None)]
        for n, group in enumerate(_runs(sorted(cited), cited)):
            if n:
                texts.append((separator.get(lang), None))
            if len(group) >= 3:  # a run of three or more: "12–15"
                texts += [(str(group[0]), group[0]), ("–", None), (str(group[-1]), group[-1])]
            else:
                for m, number in enumerate(group):
                    if m:
                        texts.append((separator.get(lang), None))
                    texts.append((str(number), number))
                    if cited[number]:
                        texts.append((labels.LOCATOR_SEPARATOR.get(lang) + cited[number], None))
        texts.append(("]", None))
        return [
            Span(text, lang=lang, role=SpanRole.CITATION, url=f"#src-{number}" if number else None)
            for text, number in texts
        ]


def _runs(numbers: list[int], cited: dict[int, str]) -> list[list[int]]:
    """Return sorted citation numbers in runs of consecutive numbers without locators."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and not cited[number] and not cited[runs[-1][-1]] and runs[-1][-1] == number - 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs
