"""Composition: language modes, citations, flags, the colophon."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from briefgen.core.brief.model import Brief, FactItem, LanguageMode, Layout, NoteItem, Section
from briefgen.core.brief.notices import WarningKind
from briefgen.core.composition.compose import compose
from briefgen.core.composition.datefmt import DateStyle
from briefgen.core.composition.document import (
    Heading,
    Paragraph,
    ParagraphStyle,
    SourceForm,
    SourceList,
    SpanRole,
    Table,
)
from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Bilingual
from briefgen.core.library.store import load_library
from briefgen.core.templates.catalog import find_template
from briefgen.core.templates.model import Template, new_brief
from tests.conftest import FACTS_YAML, SOURCES_YAML, LibraryFactory

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime(2026, 11, 25, 9, 30)


@pytest.fixture
def library(make_library: LibraryFactory) -> Library:
    return load_library(make_library(), today=TODAY)


def brief_with(
    *items: FactItem | NoteItem,
    language: LanguageMode = LanguageMode.ENGLISH,
    display: str = "bullets",
    layout: Layout = Layout.SIDE_BY_SIDE,
) -> Brief:
    return Brief(
        template="policy-brief",
        title=Bilingual("AI HQ brief", "AI本部ブリーフ"),
        language=language,
        layout=layout,
        author=Bilingual("A. Analyst", "分析 太郎"),
        organisation=Bilingual("Policy Unit", "政策分析室"),
        date=dt.date(2025, 9, 1),
        marking=Bilingual("INTERNAL", "取扱注意"),
        sections=(Section("main", Bilingual("Main points", "要点"), tuple(items), display),),
    )


def paragraphs(blocks: tuple[object, ...]) -> list[Paragraph]:
    return [b for b in blocks if isinstance(b, Paragraph)]


def test_english_brief_shows_english_text_headings_dates_and_numbered_citations(
    library: Library,
) -> None:
    brief = brief_with(FactItem("hq-established"), FactItem("act-enacted"))
    doc = compose(brief, library, today=TODAY, generated=NOW).document
    text = doc.text()
    assert "Main points" in text
    assert "The AI Strategy Headquarters was established on 1 September 2025.[1]" in text
    assert "The Diet enacted the AI Promotion Act on 28 May 2025.[1, 2]" in text
    assert "人工知能" not in text.split("Sources")[0]
    assert "Prepared by A. Analyst, Policy Unit · 1 September 2025" in text
    sources = next(b for b in doc.blocks if isinstance(b, SourceList))
    assert [e.number for e in sources.entries] == [1, 2]
    assert doc.info.language == "en-GB"
    assert doc.marking == "INTERNAL"
    assert doc.running.page_label == "Page {page} of {pages}"


def test_japanese_brief_uses_japanese_text_labels_and_dates(library: Library) -> None:
    brief = brief_with(FactItem("hq-established"), language=LanguageMode.JAPANESE)
    doc = compose(brief, library, today=TODAY, generated=NOW).document
    text = doc.text()
    assert "要点" in text
    assert "人工知能戦略本部は2025年9月1日に設置された。[1]" in text
    assert "作成：分析 太郎、政策分析室\u30002025年9月1日" in text
    assert "出典" in text
    assert "「AI法 全面施行 -次なるフェーズへ-」、内閣府、2025年10月3日。" in text
    assert doc.info.language == "ja-JP"
    assert doc.marking == "取扱注意"
    assert doc.running.page_label == "{page} / {pages} ページ"


def test_japanese_era_dates_in_japanese_briefs(library: Library) -> None:
    brief = replace(
        brief_with(FactItem("hq-established"), language=LanguageMode.JAPANESE),
        date_style=DateStyle.JAPANESE_ERA,
    )
    text = compose(brief, library, today=TODAY, generated=NOW).document.text()
    assert "令和7年9月1日" in text


def test_bilingual_side_by_side_puts_each_fact_in_two_aligned_columns(library: Library) -> None:
    brief = brief_with(
        FactItem("hq-established"), FactItem("act-enacted"), language=LanguageMode.BILINGUAL
    )
    doc = compose(brief, library, today=TODAY, generated=NOW).document
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.borderless
    assert len(table.rows) == 2
    left, right = table.rows[0]
    assert left.paragraphs[0].lang == "en" and right.paragraphs[0].lang == "ja"
    assert "established" in "".join(s.text for s in left.paragraphs[0].spans)
    assert "設置" in "".join(s.text for s in right.paragraphs[0].spans)
    heading = next(b for b in doc.blocks if isinstance(b, Heading) and b.anchor == "sec-main")
    assert heading.text == "Main points / 要点"


def test_bilingual_stacked_gives_english_then_japanese_per_item(library: Library) -> None:
    brief = brief_with(
        FactItem("hq-established"), language=LanguageMode.BILINGUAL, layout=Layout.STACKED
    )
    doc = compose(brief, library, today=TODAY, generated=NOW).document
    body = [
        p
        for p in paragraphs(doc.blocks)
        if p.style in (ParagraphStyle.BULLET, ParagraphStyle.BULLET_CONTINUE)
    ]
    assert [(p.style, p.lang) for p in body] == [
        (ParagraphStyle.BULLET, "en"),
        (ParagraphStyle.BULLET_CONTINUE, "ja"),
    ]


def test_chronology_table_has_dates_in_each_language(library: Library) -> None:
    brief = brief_with(
        FactItem("act-enacted"),
        FactItem("hq-established"),
        language=LanguageMode.BILINGUAL,
        display="table",
    )
    table = next(
        b
        for b in compose(brief, library, today=TODAY, generated=NOW).document.blocks
        if isinstance(b, Table)
    )
    assert not table.borderless
    assert len(table.header) == 3
    dates = ["".join(s.text for p in row[0].paragraphs for s in p.spans) for row in table.rows]
    assert dates == ["28 May 20252025年5月28日", "1 September 20252025年9月1日"]


def test_rewording_changes_this_brief_only_and_is_marked(library: Library) -> None:
    reworded = FactItem("hq-established", reword=Bilingual(en="The HQ opened on 1 Sept 2025."))
    composition = compose(brief_with(reworded), library, today=TODAY, generated=NOW)
    text = composition.document.text()
    assert "The HQ opened on 1 Sept 2025.*[1]" in text
    assert "Wording adapted for this brief" in text
    assert library.facts["hq-established"].text.en.startswith("The AI Strategy Headquarters")


def test_notes_appear_in_their_place(library: Library) -> None:
    brief = brief_with(
        FactItem("hq-established"),
        NoteItem("note-1", Bilingual("Watch the budget.", "予算に注目。")),
    )
    notes = [
        p
        for p in paragraphs(compose(brief, library, today=TODAY, generated=NOW).document.blocks)
        if p.style is ParagraphStyle.NOTE
    ]
    assert [p.spans[0].text for p in notes] == ["Watch the budget."]


def test_unverified_superseded_and_stale_facts_are_marked_and_warned(
    make_library: LibraryFactory,
) -> None:
    extra = """\
facts:
  - id: rumour
    topic: act
    en: A rumour.
    ja: 噂。
    as_of: 2025-01-01
    status: unverified
    sources: [jiji]
  - id: old-role
    topic: headquarters
    en: X heads the HQ.
    ja: Xが本部長である。
    as_of: 2025-01-01
    status: superseded
    superseded_by: hq-established
    sources: [cao]
  - id: stale
    topic: act
    en: Stale fact.
    ja: 古いファクト。
    as_of: 2025-01-01
    review_by: 2025-06-01
    status: confirmed
    sources: [cao]
"""
    library = load_library(make_library({"facts/extra.yaml": extra}), today=TODAY)
    brief = brief_with(FactItem("rumour"), FactItem("old-role"), FactItem("stale"))
    composition = compose(brief, library, today=TODAY, generated=NOW)
    text = composition.document.text()
    assert "UNVERIFIED A rumour." in text
    assert "SUPERSEDED X heads the HQ." in text
    assert "REVIEW OVERDUE Stale fact." in text
    assert "Marks: UNVERIFIED" in text
    kinds = {(w.kind, w.fact_id) for w in composition.warnings}
    assert kinds == {
        (WarningKind.UNVERIFIED, "rumour"),
        (WarningKind.SUPERSEDED, "old-role"),
        (WarningKind.STALE, "stale"),
    }
    flags = [
        s
        for p in paragraphs(composition.document.blocks)
        for s in p.spans
        if s.role is SpanRole.FLAG
    ]
    assert len(flags) == 3


def test_missing_translation_shows_the_other_language_flagged(make_library: LibraryFactory) -> None:
    body = FACTS_YAML.replace("    ja: 本法は罰則規定を設けていない。\n", "")
    library = load_library(make_library({"facts/facts.yaml": body}), today=TODAY)
    brief = brief_with(FactItem("act-no-penalties"), language=LanguageMode.JAPANESE)
    composition = compose(brief, library, today=TODAY, generated=NOW)
    assert "和文なし The Act has no penalty provisions." in composition.document.text()
    assert [w.kind for w in composition.warnings] == [WarningKind.MISSING_TRANSLATION]


def test_removed_and_changed_facts_are_warned(library: Library) -> None:
    brief = brief_with(FactItem("gone"), FactItem("hq-established", fingerprint="0" * 16))
    composition = compose(brief, library, today=TODAY, generated=NOW)
    assert {(w.kind, w.fact_id) for w in composition.warnings} == {
        (WarningKind.REMOVED, "gone"),
        (WarningKind.CHANGED, "hq-established"),
    }
    assert "gone" not in composition.document.text()


def test_colophon_states_library_version_generation_date_and_cutoff(library: Library) -> None:
    text = compose(
        brief_with(FactItem("hq-established")), library, today=TODAY, generated=NOW
    ).document.text()
    assert "version test-1" in text
    assert f"content {library.content_digest}" in text
    assert "Generated on 25 November 2026 by briefgen" in text
    assert "Facts checked as of 3 October 2025 at the latest." in text


def test_composition_is_reproducible(library: Library) -> None:
    brief = brief_with(FactItem("hq-established"), FactItem("act-enacted"))
    assert compose(brief, library, today=TODAY, generated=NOW) == compose(
        brief, library, today=TODAY, generated=NOW
    )


@pytest.mark.parametrize("template_id", ["executive-one-pager", "policy-brief", "chronology"])
@pytest.mark.parametrize("language", list(LanguageMode))
def test_every_bundled_template_composes_in_every_language(
    template_id: str, language: LanguageMode
) -> None:
    from briefgen.core.system.paths import default_library_dir

    # The bundled library is judged on its own curation date: no fact is checked after it.
    day = load_library(default_library_dir()).info.as_of
    assert day is not None
    library = load_library(default_library_dir(), today=day)
    template = find_template(template_id)
    brief = new_brief(template, library, language=language, date=day)
    assert brief.fact_ids(), "the template suggests facts"
    document = compose(brief, library, template, today=day, generated=NOW).document
    assert any(isinstance(b, SourceList) for b in document.blocks)
    assert document.page.size.value == "A4"


def test_sources_show_the_date_the_curators_read_them(make_library: LibraryFactory) -> None:
    sources = SOURCES_YAML.replace(
        "    published: 2025-10-03\n", "    published: 2025-10-03\n    accessed: 2025-11-20\n"
    )
    library = load_library(make_library({"sources/sources.yaml": sources}), today=TODAY)
    english = compose(brief_with(FactItem("act-enacted")), library, today=TODAY, generated=NOW)
    japanese = compose(
        brief_with(FactItem("act-enacted"), language=LanguageMode.JAPANESE),
        library,
        today=TODAY,
        generated=NOW,
    )
    english_sources = english.document.text().split("Sources")[1]
    assert "3 October 2025. Accessed 20 November 2025." in english_sources
    assert english_sources.count("Accessed") == 1  # the other source has no access date
    assert "2025年10月3日、2025年11月20日閲覧。" in japanese.document.text().split("出典")[1]


def _with_sources(form: SourceForm) -> Template:
    return replace(find_template("policy-brief"), sources=form)


def test_a_condensing_template_lists_each_source_by_title_publisher_and_year(
    library: Library,
) -> None:
    brief = brief_with(FactItem("act-enacted"))
    short = compose(brief, library, _with_sources(SourceForm.SHORT), today=TODAY, generated=NOW)
    entries = next(b for b in short.document.blocks if isinstance(b, SourceList)).entries
    texts = ["".join(s.text for s in e.paragraphs[0].spans) for e in entries]
    assert texts == [
        "Japan Enacts Bill on AI Development, Risks. nippon.com (Jiji Press), 2025.",
        "AI法 全面施行 -次なるフェーズへ- [The AI Act in full force]. 内閣府, 2025.",
    ]
    titles = [e.paragraphs[0].spans[0] for e in entries]
    assert [t.url for t in titles] == [
        "https://www.nippon.com/en/news/yjj2025052800116/",
        "https://www.cao.go.jp/press/new_wave/20251003.html",
    ]
    assert "in short form" in short.document.text().split("About this brief")[1]
    full = compose(brief, library, _with_sources(SourceForm.FULL), today=TODAY, generated=NOW)
    full_text = full.document.text()
    assert "https://www.nippon.com/en/news/yjj2025052800116/" in full_text.split("Sources")[1]
    assert "in short form" not in full_text


def test_the_short_form_of_sources_in_a_japanese_brief_is_japanese(library: Library) -> None:
    brief = brief_with(FactItem("act-enacted"), language=LanguageMode.JAPANESE)
    brief = replace(brief, date_style=DateStyle.JAPANESE_ERA)
    short = compose(brief, library, _with_sources(SourceForm.SHORT), today=TODAY, generated=NOW)
    sources = short.document.text().split("出典")[-1]
    assert "「AI法 全面施行 -次なるフェーズへ-」、内閣府、令和7年。" in short.document.text()
    assert "Japan Enacts Bill on AI Development, Risks、nippon.com (Jiji Press)、令和7年。" in (
        short.document.text()
    )
    assert "閲覧" not in sources and "https://" not in sources
    assert "出典は略記" in short.document.text()


def test_the_templates_with_a_length_condense_their_sources_and_the_chronology_does_not() -> None:
    assert find_template("executive-one-pager").sources is SourceForm.SHORT
    assert find_template("policy-brief").sources is SourceForm.SHORT
    assert find_template("chronology").sources is SourceForm.FULL
