"""A Japanese brief is Japanese throughout; citations link number by number; flags show once."""

from __future__ import annotations

import datetime as dt
import re

from briefgen.core.brief.model import Brief, FactItem, LanguageMode, Section
from briefgen.core.composition.compose import compose
from briefgen.core.composition.datefmt import DateStyle
from briefgen.core.composition.document import Document, Paragraph, SpanRole
from briefgen.core.library.model import Bilingual
from briefgen.core.library.store import load_library
from tests.conftest import SOURCES_YAML, LibraryFactory

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 9, 30)

MANY_SOURCES = SOURCES_YAML + "".join(
    f"""\
  - id: s{n}
    title: 資料{n}
    publisher: 内閣府
    published: 2025
    published_note: undated (2025)
    language: ja
    kind: government
"""
    for n in range(1, 6)
)
FACTS = """\
facts:
  - id: many
    topic: act
    en: Cited to many sources.
    ja: 多くの出典がある。
    as_of: 2025-10-03
    status: confirmed
    sources: [s1, s2, s3, s4, s5]
  - id: located
    topic: act
    en: Cited with articles.
    ja: 条文を示して引用する。
    as_of: 2025-10-03
    status: confirmed
    sources:
      - source: s1
        locator: Supplementary Provisions, Art. 2
      - source: s2
      - source: s3
  - id: marked
    topic: act
    en: 'UNVERIFIED: the second meeting may have been held in writing.'
    ja: 未確認:第2回会合は書面開催された可能性がある。
    as_of: 2025-10-03
    status: unverified
    sources: [s1]
  - id: dated
    topic: act
    en: On 19 April 2024 the ministries published guidelines.
    ja: 総務省と経済産業省は2024年4月19日にガイドラインを公表した。
    as_of: 2025-10-03
    status: confirmed
    sources: [s2]
"""


def _compose(
    make_library: LibraryFactory,
    language: LanguageMode,
    *ids: str,
    date_style: DateStyle = DateStyle.GREGORIAN,
) -> Document:
    library = load_library(
        make_library({"sources/sources.yaml": MANY_SOURCES, "facts/facts.yaml": FACTS}),
        today=TODAY,
    )
    brief = Brief(
        template="policy-brief",
        title=Bilingual("Brief", "ブリーフ"),
        language=language,
        author=Bilingual("A. Analyst", "分析 太郎"),
        organisation=Bilingual("Policy Unit", "政策分析室"),
        date=dt.date(2025, 9, 1),
        sections=(Section("main", Bilingual("Main", "要点"), tuple(FactItem(i) for i in ids)),),
        date_style=date_style,
    )
    return compose(brief, library, today=TODAY, generated=NOW).document


def _citations(paragraph: Paragraph) -> list[tuple[str, str | None]]:
    return [(s.text, s.url) for s in paragraph.spans if s.role is SpanRole.CITATION]


def test_each_citation_number_is_its_own_link_and_runs_read_as_ranges(
    make_library: LibraryFactory,
) -> None:
    document = _compose(make_library, LanguageMode.ENGLISH, "many")
    paragraph = next(
        b for b in document.blocks if isinstance(b, Paragraph) and "many" in b.spans[0].text
    )
    spans = _citations(paragraph)
    assert "".join(text for text, _ in spans) == "[1–5]"
    assert [(text, url) for text, url in spans if url] == [("1", "#src-1"), ("5", "#src-5")]


def test_citations_with_locators_link_each_number(make_library: LibraryFactory) -> None:
    document = _compose(make_library, LanguageMode.JAPANESE, "located")
    paragraph = next(
        b for b in document.blocks if isinstance(b, Paragraph) and "条文" in b.spans[0].text
    )
    spans = _citations(paragraph)
    assert "".join(text for text, _ in spans) == "[1：附則第2条、2、3]"
    assert [url for _, url in spans if url] == ["#src-1", "#src-2", "#src-3"]


def test_a_flag_is_printed_once_when_the_text_already_says_it(
    make_library: LibraryFactory,
) -> None:
    for language, flag, text in (
        (LanguageMode.ENGLISH, "UNVERIFIED", "the second meeting"),
        (LanguageMode.JAPANESE, "未確認", "第2回会合"),
    ):
        document = _compose(make_library, language, "marked")
        body = document.text()
        assert body.count(flag) == 2  # the badge, and the colophon's key to the marks
        paragraph = next(
            b
            for b in document.blocks
            if isinstance(b, Paragraph) and any(s.role is SpanRole.FLAG for s in b.spans)
        )
        assert paragraph.spans[0].text == flag
        assert paragraph.spans[2].text.startswith(text)


def test_a_japanese_brief_has_no_english_outside_titles_names_and_addresses(
    make_library: LibraryFactory,
) -> None:
    document = _compose(make_library, LanguageMode.JAPANESE, "many", "located", "marked", "dated")
    text = document.text()
    assert "作成：分析 太郎、政策分析室" in text
    assert "日付なし（2025年）" in text
    # What the library gives as names (titles, publishers) and web addresses may be
    # in English; every word briefgen writes is Japanese, its own name aside.
    for name in (
        "Japan Enacts Bill on AI Development, Risks",
        "nippon.com (Jiji Press)",
        "briefgen",
        "バージョンtest-1",  # the test library's version
    ):
        text = text.replace(name, "")
    text = re.sub(r"https?://\S+|内容識別子 [0-9a-f]+", "", text)
    assert re.findall(r"[A-Za-z]{2,}", text) == []


def test_era_dates_reach_the_body_text_and_the_sources(make_library: LibraryFactory) -> None:
    document = _compose(
        make_library, LanguageMode.JAPANESE, "dated", date_style=DateStyle.JAPANESE_ERA
    )
    text = document.text()
    assert "総務省と経済産業省は令和6年4月19日にガイドラインを公表した。" in text
    assert "日付なし（令和7年）" in text
    assert "2024年4月19日" not in text
