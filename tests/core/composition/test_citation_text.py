"""Locators and notes on sources' dates, written in the brief's language."""

from __future__ import annotations

import pytest

from briefgen.core.composition.citation_text import is_written_in_japanese, locator_in, note_in
from briefgen.core.composition.datefmt import DateStyle
from briefgen.core.library.store import load_library
from briefgen.core.system.paths import default_library_dir


@pytest.mark.parametrize(
    ("locator", "japanese"),
    [
        ("Art. 2", "第2条"),
        ("Article 18", "第18条"),
        ("Chapter I", "第1章"),
        ("Chapter IV", "第4章"),
        ("Supplementary Provisions, Art. 2", "附則第2条"),
        ("Art. 7, Para. 2, Item 3", "第7条第2項第3号"),
        ("para. 3", "第3項"),
        ("p. 12", "12頁"),
        ("pp. 3-5", "3–5頁"),
    ],
)
def test_locators_are_written_the_japanese_way_in_japanese_briefs(
    locator: str, japanese: str
) -> None:
    assert locator_in(locator, "ja") == japanese
    assert locator_in(locator, "en") == locator


def test_a_locator_outside_the_vocabulary_is_kept_as_written() -> None:
    assert locator_in("the second table", "ja") == "the second table"
    assert not is_written_in_japanese("the second table", "locator")
    assert is_written_in_japanese("第3条", "locator")  # already Japanese


@pytest.mark.parametrize(
    ("note", "japanese"),
    [
        ("undated", "日付なし"),
        ("undated (2025)", "日付なし（2025年）"),
        ("undated (2025, before enactment)", "日付なし（2025年、法成立前）"),
        ("undated (2026?)", "日付なし（2026年？）"),
        ("approx.", "推定"),
        ("approx.; from URL", "推定、ウェブアドレスによる"),
        ("file creation date", "ファイル作成日"),
        ("last updated", "最終更新日"),
        ("2024 or 2025; date not captured", "2024年または2025年、日付は未確認"),
        ("October or November 2023", "2023年10月または11月"),
        ("after 2025-06-04; exact date not captured", "2025年6月4日以降、正確な日付は未確認"),
        ("page header shows 13 Sep 2025", "ページ上部の表示は2025年9月13日"),
        ("page date; the decision is dated 2025-12-19", "ページの日付、決定の日付は2025年12月19日"),
    ],
)
def test_notes_on_a_sources_date_are_written_in_japanese(note: str, japanese: str) -> None:
    assert note_in(note, "ja") == japanese
    assert note_in(note, "en") == note


def test_dates_in_notes_follow_the_era_style() -> None:
    assert note_in("undated (2025)", "ja", DateStyle.JAPANESE_ERA) == "日付なし（令和7年）"
    note = "after 2025-06-04"
    assert note_in(note, "ja", DateStyle.JAPANESE_ERA) == "令和7年6月4日以降"


def test_a_note_outside_the_vocabulary_is_kept_as_written() -> None:
    assert note_in("seen on a poster", "ja") == "seen on a poster"


def test_every_locator_and_date_note_of_the_shipped_library_has_a_japanese_form() -> None:
    library = load_library(default_library_dir())
    notes = {s.published_note for s in library.sources.values()}
    locators = {ref.locator for fact in library.facts.values() for ref in fact.sources}
    assert [note for note in sorted(notes) if not is_written_in_japanese(note, "note")] == []
    assert [loc for loc in sorted(locators) if not is_written_in_japanese(loc, "locator")] == []


def test_notes_that_place_a_source_by_an_event_or_a_span_are_written_in_japanese() -> None:
    cases = {
        "February or March 2026 (approx.)": "2026年2月または3月（推定）",
        "approx.; before the meeting of March 2026": "推定、2026年3月の会合より前",
        "between 24 April and 28 May 2025, from its content": (
            "2025年4月24日から2025年5月28日の間、内容による"
        ),
        "date not shown; reports the message of 19 February 2026": (
            "日付の表示なし、2026年2月19日のメッセージを報じる"
        ),
        "undated; quotes a Yomiuri Online report of 16 January 2026": (
            "日付なし、2026年1月16日の読売新聞オンラインの記事を引用"
        ),
        "FY2025 edition": "2025年度版",
        "promulgation date": "公布日",
    }
    for note, japanese in cases.items():
        assert note_in(note, "ja") == japanese
    assert note_in("quotes a Daily Planet report of 1 May 2025", "ja").startswith("quotes")


def test_article_ranges_and_short_names_are_written_in_japanese() -> None:
    assert locator_in("Arts. 11-17", "ja") == "第11条〜第17条"
    assert locator_in("Suppl. Provisions, Art. 1", "ja") == "附則第1条"
    assert locator_in("title", "ja") == "題名"
