"""Format dates the way each language writes them, including Japan's era calendar.

Gregorian dates are written as CLDR writes them for British English and
Japanese (en: 1 September 2025, September 2025; ja: 2025年9月1日, 2025年9月):
two fixed patterns each, written out here rather than loaded from babel's CLDR
data, which took 40 ms of every command for these two locales (a test checks
them against babel). The era form (令和7年9月1日, 令和元年 for an era's first
year) is computed from the era start dates. Composing reads no file and no cache.
"""

from __future__ import annotations

import datetime as dt
import re

# The brief's date style, defined with the brief; dates are formatted here.
from briefgen.core.brief.model import DateStyle as DateStyle
from briefgen.core.library.dates import PartialDate

# (first day, name, Gregorian year of the era's first year) of the modern eras, newest
# first. Meiji was proclaimed in 1868 and counted from the start of that (lunisolar)
# year, which began on 25 January 1868; Japan changed to the Gregorian calendar on
# 1 January 1873 (Meiji 6), so era years count from 1868 throughout.
ERAS: tuple[tuple[dt.date, str, int], ...] = (
    (dt.date(2019, 5, 1), "令和", 2019),
    (dt.date(1989, 1, 8), "平成", 1989),
    (dt.date(1926, 12, 25), "昭和", 1926),
    (dt.date(1912, 7, 30), "大正", 1912),
    (dt.date(1868, 1, 25), "明治", 1868),
)
FIRST_ERA_DAY = ERAS[-1][0]
GREGORIAN_ADOPTED = dt.date(1873, 1, 1)


def era_of(day: dt.date) -> tuple[str, int]:
    """Return the era name and the year of the era for ``day`` (元年 is year 1)."""
    for start, name, first_year in ERAS:
        if day >= start:
            return name, day.year - first_year + 1
    raise ValueError(f"{day} is before the Meiji era (25 January 1868)")


def _era_year(name: str, year: int) -> str:
    return f"{name}{'元' if year == 1 else year}年"


def format_era(value: PartialDate) -> str:
    """Return ``value`` in the Japanese era calendar: 令和7年9月1日, 令和元年5月, 令和7年."""
    if value.precision == "year":
        first_name, first_year = era_of(max(dt.date(value.year, 1, 1), FIRST_ERA_DAY))
        last_name, last_year = era_of(dt.date(value.year, 12, 31))
        if first_name != last_name:  # an era changed that year: 平成31年（令和元年）
            return f"{_era_year(first_name, first_year)}（{_era_year(last_name, last_year)}）"
        return _era_year(first_name, first_year)
    if value.precision == "month":
        first_name, first_year = era_of(value.first_day())
        last_name, last_year = era_of(value.last_day())
        month = f"{value.month}月"
        if first_name != last_name:
            both = f"{_era_year(first_name, first_year)}（{_era_year(last_name, last_year)}）"
            return both + month
        return f"{_era_year(first_name, first_year)}{month}"
    name, year = era_of(value.first_day())
    return f"{_era_year(name, year)}{value.month}月{value.day}日"


def format_partial(
    value: PartialDate, language: str, style: DateStyle = DateStyle.GREGORIAN
) -> str:
    """Return ``value`` written in ``language`` with exactly the precision it has."""
    if language == "ja" and style is DateStyle.JAPANESE_ERA and value.year >= 1868:
        if value.first_day() >= GREGORIAN_ADOPTED or value.precision == "year":
            return format_era(value)
        if value.first_day() >= FIRST_ERA_DAY:
            # Before 1873 Japan's months and days were lunisolar: the Western date
            # is kept, with the era year beside it, 1868年10月23日(明治元年).
            name, year = era_of(value.first_day())
            gregorian = format_partial(value, language)
            return f"{gregorian}（{_era_year(name, year)}）"
    return _gregorian(value, language)


_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _gregorian(value: PartialDate, language: str) -> str:
    """Return ``value`` as CLDR's long date (en-GB ``d MMMM y``, ja ``y年M月d日``) or its parts."""
    if language == "ja":
        if value.month is None:
            return f"{value.year}年"
        day = f"{value.day}日" if value.day is not None else ""
        return f"{value.year}年{value.month}月{day}"
    if value.month is None:
        return str(value.year)
    month = _EN_MONTHS[value.month - 1]
    if value.day is None:
        return f"{month} {value.year}"
    return f"{value.day} {month} {value.year}"


def format_day(value: dt.date, language: str, style: DateStyle = DateStyle.GREGORIAN) -> str:
    """Return a full date written in ``language``: 1 September 2025, 2025年9月1日, 令和7年9月1日."""
    return format_partial(PartialDate.from_date(value), language, style)


# A date to the day or the month (a bare year may be a fiscal year, 2025年度: left alone).
_TEXT_DATE = re.compile(r"(?<![0-9０-９])([0-9]{4})年([0-9]{1,2})月(?:([0-9]{1,2})日)?")


def eras_in_text(text: str) -> str:
    """Return Japanese ``text`` with its dates in era years (2024年4月19日: 令和6年4月19日)."""

    def era(match: re.Match[str]) -> str:
        day = int(match[3]) if match[3] else None
        try:
            value = PartialDate(int(match[1]), int(match[2]), day)
        except ValueError:
            return match[0]  # not a calendar date: left as written
        return format_partial(value, "ja", DateStyle.JAPANESE_ERA)

    return _TEXT_DATE.sub(era, text) if "年" in text else text
