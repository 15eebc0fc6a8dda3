"""Filters over the library's facts (topic, tag, status, dates, source kind), as a plain value."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact, SourceKind, Status


@dataclass(frozen=True, slots=True)
class FactFilter:
    """Which facts to show besides the search text; empty fields allow everything."""

    topic: str = ""
    tag: str = ""
    status: Status | None = None
    source_kind: SourceKind | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    only: frozenset[str] | None = None  # e.g. the facts a template section suggests

    @property
    def is_empty(self) -> bool:
        """Return True when the filter lets every fact through."""
        return self == FactFilter()

    def accepts(self, fact: Fact, library: Library) -> bool:
        """Return True when ``fact`` passes every set criterion."""
        if self.only is not None and fact.id not in self.only:
            return False
        if self.topic and fact.topic != self.topic:
            return False
        if self.tag and self.tag not in fact.tags:
            return False
        if self.status is not None and fact.status is not self.status:
            return False
        if self.date_from is not None or self.date_to is not None:
            if fact.date is None:
                return False
            # A fact dated "2025" overlaps any span that touches the year.
            if self.date_from is not None and fact.date.last_day() < self.date_from:
                return False
            if self.date_to is not None and fact.date.first_day() > self.date_to:
                return False
        if self.source_kind is not None:
            kinds = {source.kind for source in library.sources_of(fact)}
            if self.source_kind not in kinds:
                return False
        return True

    def apply(self, ids: list[str], library: Library) -> list[str]:
        """Return the ids in ``ids`` whose facts pass, in the same order."""
        if self.is_empty:
            return ids
        facts = library.facts
        return [i for i in ids if (f := facts.get(i)) is not None and self.accepts(f, library)]
