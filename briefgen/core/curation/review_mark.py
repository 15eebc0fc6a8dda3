"""Mark an entry reviewed: what the library manager's "Mark reviewed" changes.

A curator who has checked a fact against its sources marks it reviewed: its
``as_of`` becomes today, its ``review_by`` (when it has one) moves to today
plus the library's review interval, and the curator's name is recorded in
``reviewed_by``. A source is marked reviewed by setting its ``accessed`` date
to today (the curator opened it).
"""

from __future__ import annotations

import calendar
import datetime as dt

import msgspec

from briefgen.core.library.model import Fact, Source


def add_months(day: dt.date, months: int) -> dt.date:
    """Return ``day`` moved by ``months``; a day the month lacks becomes its last day."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def mark_fact_reviewed(fact: Fact, today: dt.date, interval_months: int, reviewer: str) -> Fact:
    """Return ``fact`` reviewed on ``today`` by ``reviewer``.

    A fact with no review-by date is not time-bound and is given none; the
    reviewer's name is kept when ``reviewer`` is empty (no name in the settings).
    """
    review_by = fact.review_by
    if review_by is not None:
        review_by = add_months(today, interval_months)
    return msgspec.structs.replace(
        fact,
        as_of=today,
        review_by=review_by,
        reviewed_by=reviewer.strip() or fact.reviewed_by,
    )


def mark_source_reviewed(source: Source, today: dt.date) -> Source:
    """Return ``source`` with today as its access date."""
    return msgspec.structs.replace(source, accessed=today)
