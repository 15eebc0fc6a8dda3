"""What curators should review: the work list behind ``briefgen library stale``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact, Source, Status


class ReviewReason(StrEnum):
    """Why an entry is on the review list, in the order the list is worked through."""

    REVIEW_DUE = "review-due"
    DISPUTED = "disputed"
    UNVERIFIED = "unverified"
    MISSING_TRANSLATION = "missing-translation"
    NO_ACCESS_DATE = "no-access-date"


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One entry to review: a fact or a source, where it is, and what to look at."""

    reason: ReviewReason
    entry_id: str
    path: str
    line: int
    review_by: dt.date | None = None
    language: str = ""


@dataclass(frozen=True, slots=True)
class Review:
    """The review list, grouped by reason."""

    groups: dict[ReviewReason, list[ReviewItem]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        """Return how many items are on the list."""
        return sum(len(items) for items in self.groups.values())


def review(library: Library, today: dt.date | None = None) -> Review:
    """Return what the curators of ``library`` should review on ``today``.

    Facts past their review-by date (the longest overdue first), disputed and
    unverified facts, facts missing a translation, and sources with no
    access date. Superseded facts are left out: they are kept as history.
    """
    today = today or dt.date.today()
    groups: dict[ReviewReason, list[ReviewItem]] = {reason: [] for reason in ReviewReason}
    for fact in library.facts.values():
        if fact.status is Status.SUPERSEDED:
            continue
        if fact.is_stale(today):
            groups[ReviewReason.REVIEW_DUE].append(_fact(ReviewReason.REVIEW_DUE, fact))
        if fact.status is Status.DISPUTED:
            groups[ReviewReason.DISPUTED].append(_fact(ReviewReason.DISPUTED, fact))
        if fact.status is Status.UNVERIFIED:
            groups[ReviewReason.UNVERIFIED].append(_fact(ReviewReason.UNVERIFIED, fact))
        for language in fact.text.missing():
            item = _fact(ReviewReason.MISSING_TRANSLATION, fact, language)
            groups[ReviewReason.MISSING_TRANSLATION].append(item)
    for source in library.sources.values():
        if source.accessed is None:
            groups[ReviewReason.NO_ACCESS_DATE].append(_source(source))
    groups[ReviewReason.REVIEW_DUE].sort(key=lambda item: (item.review_by, item.entry_id))
    return Review({reason: items for reason, items in groups.items() if items})


def _fact(reason: ReviewReason, fact: Fact, language: str = "") -> ReviewItem:
    return ReviewItem(reason, fact.id, fact.origin.path, fact.origin.line, fact.review_by, language)


def _source(source: Source) -> ReviewItem:
    return ReviewItem(
        ReviewReason.NO_ACCESS_DATE, source.id, source.origin.path, source.origin.line
    )
