"""Dates as curators write them: a year, a month, or a day.

Facts often refer to "August 2024" or "2025" rather than a day, and a brief must
say exactly as much as the source does. A :class:`PartialDate` keeps that
precision and still sorts chronologically.
"""

from __future__ import annotations

import datetime as dt
import re

import msgspec

_PARTIAL_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class DateFormatError(ValueError):
    """Raised when text is not a valid ISO date of the form YYYY, YYYY-MM or YYYY-MM-DD."""


class PartialDate(msgspec.Struct, frozen=True, order=True):
    """A calendar date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise DateFormatError(f"year {self.year} is out of range")
        if self.month is None and self.day is not None:
            raise DateFormatError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise DateFormatError(f"month {self.month} does not exist")
        if self.day is not None:
            assert self.month is not None
            try:
                dt.date(self.year, self.month, self.day)
            except ValueError:
                raise DateFormatError(
                    f"{self.year:04d}-{self.month:02d}-{self.day:02d} is not a calendar date"
                ) from None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Return the partial date written as YYYY, YYYY-MM or YYYY-MM-DD."""
        match = _PARTIAL_RE.match(text.strip())
        if match is None:
            raise DateFormatError(f"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """Return the day-precise partial date for a full date."""
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        """Return "day", "month" or "year"."""
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def first_day(self) -> dt.date:
        """Return the earliest calendar day this date can mean."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """Return the latest calendar day this date can mean."""
        if self.day is not None:
            assert self.month is not None
            return dt.date(self.year, self.month, self.day)
        if self.month is not None:
            following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(self.year, 12, 31)

    def sort_key(self) -> tuple[int, int, int]:
        """Return a key that sorts a month before the days in it, a year before its months."""
        return (self.year, self.month or 0, self.day or 0)

    def isoformat(self) -> str:
        """Return the date as it is written in the library (YYYY, YYYY-MM or YYYY-MM-DD)."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.isoformat()


_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str) -> dt.date:
    """Return the calendar day written ``YYYY-MM-DD``; raise :class:`DateFormatError` otherwise.

    Stricter than :meth:`datetime.date.fromisoformat`, which since Python 3.11
    also takes ``20261101``, week dates and ordinal dates: a brief says its
    date one way.
    """
    if not _DAY_RE.fullmatch(text):
        raise DateFormatError(f"{text!r} is not a YYYY-MM-DD date")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DateFormatError(f"{text!r} is not a calendar date") from None
