"""What a brief must tell the analyst before it goes out: one small module, cheap to import."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import msgspec


class WarningKind(StrEnum):
    """Why a fact in a brief needs the analyst's attention before it goes out."""

    UNVERIFIED = "unverified"
    DISPUTED = "disputed"
    SUPERSEDED = "superseded"
    STALE = "stale"
    MISSING_TRANSLATION = "missing-translation"
    REMOVED = "removed"
    CHANGED = "changed"
    MISSING_GLYPH = "missing-glyph"  # not about a fact: ``character`` names it
    TOO_LONG = "too-long"  # the content runs past the length its template promises


_WARNING_TEXT = {
    WarningKind.UNVERIFIED: "fact '{id}' is unverified",
    WarningKind.DISPUTED: "fact '{id}' is disputed",
    WarningKind.SUPERSEDED: "fact '{id}' is superseded",
    WarningKind.STALE: "fact '{id}' is past its review date",
    WarningKind.MISSING_TRANSLATION: "fact '{id}' has no {language} text",
    WarningKind.REMOVED: "fact '{id}' is no longer in the library and is left out",
    WarningKind.CHANGED: "fact '{id}' changed in the library since it was added",
    WarningKind.MISSING_GLYPH: (
        "character {character} is in none of the bundled fonts: the PDF shows it as a white square"
    ),
    WarningKind.TOO_LONG: (
        "the brief runs {lines} lines past the {budget} page{s} its template holds before "
        "the sources: leave out facts, or choose a longer template"
    ),
}
_LANGUAGE_NAMES = {"en": "English", "ja": "Japanese"}


class BriefWarning(msgspec.Struct, frozen=True):
    """Something to tell the analyst at export; also marked in the document where it applies.

    The fields say what each interface words: the successor of a superseded
    fact, the review date of a stale one, the language ("en" or "ja") a fact
    has no text in, the character no bundled font has.
    """

    kind: WarningKind
    fact_id: str
    successor: str = ""
    review_by: dt.date | None = None
    language: str = ""
    character: str = ""  # MISSING_GLYPH: the character no bundled font has
    budget: int = 0  # TOO_LONG: the pages the template holds before the sources
    over_lines: int = 0  # TOO_LONG: how far past them, in lines of body text

    def character_name(self) -> str:
        """Return the character and its code point: "'𠮷' (U+20BB7)"."""
        if not self.character:
            return ""
        return f"'{self.character}' (U+{ord(self.character[0]):04X})"

    def message(self) -> str:
        """Return the warning as an English sentence (the GUI translates by ``kind``)."""
        text = _WARNING_TEXT[self.kind].format(
            id=self.fact_id,
            language=_LANGUAGE_NAMES.get(self.language, self.language),
            character=self.character_name(),
            budget=self.budget,
            s="" if self.budget == 1 else "s",
            lines=self.over_lines,
        )
        if self.successor:
            text += f" by '{self.successor}'"
        if self.review_by is not None:
            text += f" ({self.review_by.isoformat()})"
        return text
