"""Format dates the way each language writes them, including Japan's era calendar.

Gregorian dates go through babel's CLDR data (en: 1 September 2025;
ja: 2025年9月1日). babel has no Japanese calendar, so the era form
(令和7年9月1日, 令和元年 for an era's first year) is computed here from the
era start dates.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from briefgen.core.dates import PartialDate

if TYPE_CHECKING:
    from babel import Locale

LOCALES = {"en": "en_GB", "ja": "ja_JP"}

# (first day, name) of the modern eras, newest first.
ERAS: tuple[tuple[dt.date, str], ...] = (
    (dt.date(2019, 5, 1), "令和"),
    (dt.date(1989, 1, 8), "平成"),
    (dt.date(1926, 12, 25), "昭和"),
    (dt.date(1912, 7, 30), "大正"),
    (dt.date(1873, 1, 1), "明治"),  # the Gregorian calendar was adopted in Meiji 6
)


class DateStyle(StrEnum):
    """How Japanese dates are written: Western years, or Japanese era years."""

    GREGORIAN = "gregorian"
    JAPANESE_ERA = "japanese-era"


@lru_cache(maxsize=4)
def _locale(language: str) -> Locale:
    # babel is imported on first use: the app's start-up needs DateStyle, not CLDR.
    from babel import Locale

    return Locale.parse(LOCALES[language])


def era_of(day: dt.date) -> tuple[str, int]:
    """Return the era name and the year of the era for ``day`` (元年 is year 1)."""
    for start, name in ERAS:
        if day >= start:
            return name, day.year - start.year + 1
    raise ValueError(f"{day} is before the Meiji era's Gregorian calendar (1873)")


def _era_year(name: str, year: int) -> str:
    return f"{name}{'元' if year == 1 else year}年"


def format_era(value: PartialDate) -> str:
    """Return ``value`` in the Japanese era calendar: 令和7年9月1日, 令和元年5月, 令和7年."""
    if value.precision == "year":
        first_name, first_year = era_of(dt.date(value.year, 1, 1))
        last_name, last_year = era_of(dt.date(value.year, 12, 31))
        if first_name != last_name:  # an era changed that year: 平成31年(令和元年)
            return f"{_era_year(first_name, first_year)}({_era_year(last_name, last_year)})"
        return _era_year(first_name, first_year)
    if value.precision == "month":
        first_name, first_year = era_of(value.first_day())
        last_name, last_year = era_of(value.last_day())
        month = f"{value.month}月"
        if first_name != last_name:
            return f"{_era_year(first_name, first_year)}({_era_year(last_name, last_year)}){month}"
        return f"{_era_year(first_name, first_year)}{month}"
    name, year = era_of(value.first_day())
    return f"{_era_year(name, year)}{value.month}月{value.day}日"


def format_partial(
    value: PartialDate, language: str, style: DateStyle = DateStyle.GREGORIAN
) -> str:
    """Return ``value`` written in ``language`` with exactly the precision it has."""
    if language == "ja" and style is DateStyle.JAPANESE_ERA and value.year >= 1873:
        return format_era(value)
    from babel.dates import format_date, format_skeleton

    locale = _locale(language)
    if value.precision == "day":
        return format_date(value.first_day(), format="long", locale=locale)
    if value.precision == "month":
        return format_skeleton("yMMMM", value.first_day(), locale=locale)
    return format_skeleton("y", value.first_day(), locale=locale)


def format_day(value: dt.date, language: str, style: DateStyle = DateStyle.GREGORIAN) -> str:
    """Return a full date written in ``language``: 1 September 2025, 2025年9月1日, 令和7年9月1日."""
    return format_partial(PartialDate.from_date(value), language, style)
