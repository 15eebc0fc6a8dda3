"""Partial dates and their formatting in English, Japanese and the Japanese era calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.core.composition.datefmt import (
    DateStyle,
    era_of,
    eras_in_text,
    format_day,
    format_partial,
)
from briefgen.core.library.dates import DateFormatError, PartialDate


@pytest.mark.parametrize(
    ("text", "en", "ja", "era"),
    [
        ("2025-09-01", "1 September 2025", "2025年9月1日", "令和7年9月1日"),
        ("2025-09", "September 2025", "2025年9月", "令和7年9月"),
        ("2025", "2025", "2025年", "令和7年"),
        ("2019-05-01", "1 May 2019", "2019年5月1日", "令和元年5月1日"),
        ("2019-04-30", "30 April 2019", "2019年4月30日", "平成31年4月30日"),
        ("2019", "2019", "2019年", "平成31年（令和元年）"),
        ("1989-01-08", "8 January 1989", "1989年1月8日", "平成元年1月8日"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(
    text: str, en: str, ja: str, era: str
) -> None:
    value = PartialDate.parse(text)
    assert format_partial(value, "en") == en
    assert format_partial(value, "ja") == ja
    assert format_partial(value, "ja", DateStyle.JAPANESE_ERA) == era


def test_english_dates_stay_gregorian_whatever_the_style() -> None:
    assert format_day(dt.date(2025, 9, 1), "en", DateStyle.JAPANESE_ERA) == "1 September 2025"


@pytest.mark.parametrize(
    ("day", "era", "year"),
    [
        # Each era's first and last day (Meiji counted from the start of 1868).
        (dt.date(1868, 1, 25), "明治", 1),
        (dt.date(1912, 7, 29), "明治", 45),
        (dt.date(1912, 7, 30), "大正", 1),
        (dt.date(1926, 12, 24), "大正", 15),
        (dt.date(1926, 12, 25), "昭和", 1),
        (dt.date(1989, 1, 7), "昭和", 64),
        (dt.date(1989, 1, 8), "平成", 1),
        (dt.date(2019, 4, 30), "平成", 31),
        (dt.date(2019, 5, 1), "令和", 1),
        (dt.date(2026, 12, 31), "令和", 8),
        # Years in the middle of Meiji: the Constitution of 1889 is Meiji 22, not 17.
        (dt.date(1873, 1, 1), "明治", 6),
        (dt.date(1889, 2, 11), "明治", 22),
    ],
)
def test_era_years_are_right_on_every_era_boundary(day: dt.date, era: str, year: int) -> None:
    assert era_of(day) == (era, year)


def test_there_is_no_era_year_before_meiji() -> None:
    with pytest.raises(ValueError, match="before the Meiji era"):
        era_of(dt.date(1868, 1, 24))


def test_era_years_match_the_gregorian_year_for_every_year_from_1868() -> None:
    offsets = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
    assert era_of(dt.date(1868, 12, 31)) == ("明治", 1)
    for year in range(1869, 2027):
        for day in (dt.date(year, 1, 1), dt.date(year, 12, 31)):
            era, era_year = era_of(day)
            assert era_year + offsets[era] == year


@pytest.mark.parametrize(
    ("text", "era"),
    [
        ("1868", "明治元年"),
        ("1889-02-11", "明治22年2月11日"),
        ("1912-07-29", "明治45年7月29日"),
        ("1912-07-30", "大正元年7月30日"),
        ("1912", "明治45年（大正元年）"),
        ("1926-12-25", "昭和元年12月25日"),
        ("1989-01-07", "昭和64年1月7日"),
        ("1989", "昭和64年（平成元年）"),
        ("1989-01", "昭和64年（平成元年）1月"),
        ("2019-05", "令和元年5月"),
        # Before 1873 the months were lunisolar: the Western date, and the era year.
        ("1868-10-23", "1868年10月23日（明治元年）"),
        ("1872-12-31", "1872年12月31日（明治5年）"),
        ("1868-01-01", "1868年1月1日"),
    ],
)
def test_era_dates_are_written_with_gannen_and_both_eras_of_a_changeover(
    text: str, era: str
) -> None:
    assert format_partial(PartialDate.parse(text), "ja", DateStyle.JAPANESE_ERA) == era


@pytest.mark.parametrize("text", ["2025-02-30", "2025-13", "25-01-01", "2025/01/01", "", "soon"])
def test_impossible_or_malformed_dates_are_refused(text: str) -> None:
    with pytest.raises(DateFormatError):
        PartialDate.parse(text)


def test_partial_dates_sort_month_before_its_days() -> None:
    values = [PartialDate.parse(t) for t in ("2025-09-01", "2025", "2025-09", "2024-12-31")]
    assert [str(v) for v in sorted(values, key=PartialDate.sort_key)] == [
        "2024-12-31",
        "2025",
        "2025-09",
        "2025-09-01",
    ]
    assert PartialDate.parse("2024-02").last_day() == dt.date(2024, 2, 29)


def test_dates_in_japanese_text_are_written_in_era_years_to_the_day_or_month() -> None:
    text = "2023年5月のG7サミットを経て、2024年4月19日に公表した。2025年度予算。2023年13月。"
    assert eras_in_text(text) == (
        "令和5年5月のG7サミットを経て、令和6年4月19日に公表した。2025年度予算。2023年13月。"
    )
    assert eras_in_text("1989年1月") == "昭和64年（平成元年）1月"


def _every_precision() -> list[PartialDate]:
    days = [dt.date(2024, 1, 1) + dt.timedelta(days=n) for n in range(366)]  # a leap year
    days += [dt.date(year, 12, 31) for year in (1, 999, 1868, 1989, 2019, 9999)]
    values = [PartialDate.from_date(day) for day in days]
    values += [PartialDate(year, month) for year in (7, 1912, 2025) for month in range(1, 13)]
    return values + [PartialDate(year) for year in (1, 999, 1868, 2025, 9999)]


@pytest.mark.parametrize(("language", "locale"), [("en", "en_GB"), ("ja", "ja_JP")])
def test_gregorian_dates_are_written_as_babels_cldr_data_writes_them(
    language: str, locale: str
) -> None:
    from babel.dates import format_date, format_skeleton

    for value in _every_precision():
        day = value.first_day()
        if value.precision == "day":
            expected = format_date(day, format="long", locale=locale)
        else:
            skeleton = "yMMMM" if value.precision == "month" else "y"
            expected = format_skeleton(skeleton, day, locale=locale)
        assert format_partial(value, language) == expected, value
