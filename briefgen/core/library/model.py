"""The fact library's vocabulary: facts, sources, and the library's own metadata.

These are plain, immutable values. They carry where they were read from
(:class:`Origin`) so that every message about them can name the file and line.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from enum import StrEnum
from typing import Literal

import msgspec

from briefgen.core.library.dates import PartialDate

Lang = Literal["en", "ja"]
LANGUAGES: tuple[Lang, ...] = ("en", "ja")


class Status(StrEnum):
    """How far a fact can be trusted, from the curator's checking of its sources."""

    CONFIRMED = "confirmed"
    SINGLE_SOURCE = "single-source"
    UNVERIFIED = "unverified"
    DISPUTED = "disputed"
    SUPERSEDED = "superseded"

    @property
    def needs_flag(self) -> bool:
        """Return True when a brief must mark a fact with this status."""
        return self in (Status.UNVERIFIED, Status.DISPUTED, Status.SUPERSEDED)


class SourceKind(StrEnum):
    """What kind of publication a source is."""

    LAW = "law"
    GOVERNMENT = "government"
    PARLIAMENT = "parliament"
    NEWS = "news"
    COMMENTARY = "commentary"
    REFERENCE = "reference"
    OTHER = "other"


class Origin(msgspec.Struct, frozen=True):
    """Where an entry was read from: a path relative to the library folder and a 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


class Bilingual(msgspec.Struct, frozen=True):
    """A text in English and Japanese; either may be empty when not yet translated."""

    en: str = ""
    ja: str = ""

    def get(self, language: str) -> str:
        """Return the text in ``language`` ("en" or "ja")."""
        if language == "en":
            return self.en
        if language == "ja":
            return self.ja
        raise ValueError(f"unsupported language {language!r}")

    def get_or_other(self, language: str) -> str:
        """Return the text in ``language``, or in the other language when it is missing."""
        own = self.get(language)
        if own:
            return own
        return self.ja if language == "en" else self.en

    def missing(self) -> tuple[str, ...]:
        """Return the languages that have no text."""
        return tuple(lang for lang in LANGUAGES if not self.get(lang).strip())


class SourceRef(msgspec.Struct, frozen=True):
    """A citation of one source by a fact: which source, where in it, and optionally a quote."""

    source: str
    locator: str = ""
    quote: str = ""


class Topic(msgspec.Struct, frozen=True):
    """A subject heading under which facts are grouped, with bilingual labels."""

    id: str
    label: Bilingual


class Fact(msgspec.Struct, frozen=True):
    """One sourced statement, in both languages, dated and reviewed."""

    id: str
    text: Bilingual
    topic: str
    as_of: dt.date
    status: Status
    sources: tuple[SourceRef, ...]
    origin: Origin
    tags: tuple[str, ...] = ()
    date: PartialDate | None = None
    date_end: PartialDate | None = None
    superseded_by: str | None = None
    review_by: dt.date | None = None
    reviewed_by: str = ""
    notes: str = ""

    def is_stale(self, today: dt.date) -> bool:
        """Return True when the fact is past its review-by date."""
        return self.review_by is not None and self.review_by < today

    def fingerprint(self) -> str:
        """Return a digest of everything a brief shows of this fact.

        Briefs store it so that reopening one can tell which facts changed in
        the library since; curator notes and file positions are left out
        because they never reach a brief.
        """
        parts = [
            self.text.en,
            self.text.ja,
            self.date.isoformat() if self.date else "",
            self.date_end.isoformat() if self.date_end else "",
            self.as_of.isoformat(),
            self.status.value,
            self.superseded_by or "",
        ]
        parts.extend(f"{ref.source}|{ref.locator}|{ref.quote}" for ref in self.sources)
        # surrogatepass: a digest must not fail on text that is not valid Unicode.
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:16]


class Source(msgspec.Struct, frozen=True):
    """A publication that facts cite."""

    id: str
    title: str
    publisher: str
    language: str
    kind: SourceKind
    origin: Origin
    title_devised: bool = False
    title_translated: str = ""
    authors: tuple[str, ...] = ()
    container: str = ""
    url: str = ""
    doi: str = ""
    published: PartialDate | None = None
    published_note: str = ""
    accessed: dt.date | None = None
    notes: str = ""

    def title_in(self, language: str) -> str:
        """Return the title in ``language`` when known, else the original title."""
        if language == self.language or not self.title_translated:
            return self.title
        return self.title_translated


class LibraryInfo(msgspec.Struct, frozen=True):
    """The library's own metadata, from ``library.yaml``."""

    name: Bilingual
    version: str
    origin: Origin
    description: Bilingual = msgspec.field(default_factory=Bilingual)
    as_of: dt.date | None = None
    maintainer: str = ""
    topics: tuple[Topic, ...] = ()
    # How far "Mark reviewed" moves a fact's review-by date, in months.
    review_interval: int = 6
