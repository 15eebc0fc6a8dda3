"""A hand-built document that uses every block type, for renderer tests."""

from __future__ import annotations

import datetime as dt

from briefgen.core.composition.document import (
    Block,
    Cell,
    Document,
    DocumentInfo,
    Heading,
    Lang,
    Paragraph,
    ParagraphStyle,
    Running,
    SourceEntry,
    SourceList,
    Span,
    SpanRole,
    Table,
)

EN_FACT = "The AI Strategy Headquarters was established on 1 September 2025."
JA_FACT = "人工知能戦略本部は2025年9月1日に設置された。"
EN_FACT_2 = "The Act has no penalty provisions."
JA_FACT_2 = "本法は罰則規定を設けていない。"
URL = "https://www.cao.go.jp/press/new_wave/20251003.html"


def _p(text: str, lang: Lang, style: ParagraphStyle = ParagraphStyle.BODY) -> Paragraph:
    return Paragraph((Span(text, lang=lang),), style=style, lang=lang)


def _fact(text: str, lang: Lang, cites: str, flag: str = "") -> Paragraph:
    spans = [Span(text, lang=lang)]
    if flag:
        spans.insert(0, Span(flag, lang=lang, bold=True, role=SpanRole.FLAG))
        spans.insert(1, Span(" ", lang=lang))
    spans.append(Span(cites, lang=lang, role=SpanRole.CITATION, url="#src-1"))
    return Paragraph(tuple(spans), style=ParagraphStyle.BULLET, lang=lang)


def sample_document(lang: Lang = "en") -> Document:
    """Return a document with every block type, in English, Japanese, or both."""
    other: Lang = "ja" if lang == "en" else "en"
    title = (
        "AI Strategy Headquarters: policy brief"
        if lang == "en"
        else "人工知能戦略本部 政策ブリーフ"
    )
    blocks: list[Block] = [
        _p("Prepared by A. Analyst, Policy Unit — 25 November 2026", lang, ParagraphStyle.META),
        Heading("Summary" if lang == "en" else "概要", level=1, lang=lang, anchor="sec-summary"),
        _fact(EN_FACT if lang == "en" else JA_FACT, lang, "[1]"),
        _fact(EN_FACT_2 if lang == "en" else JA_FACT_2, lang, "[1, 2]", flag="UNVERIFIED"),
        _p("An analyst's note with <markup> & ampersands.", lang, ParagraphStyle.NOTE),
        Heading("Side by side / 日英対照", level=2, lang=lang, anchor="sec-bilingual"),
        Table(
            header=(Cell((_p("English", "en"),)), Cell((_p("日本語", "ja"),))),
            rows=(
                (Cell((_fact(EN_FACT, "en", "[1]"),)), Cell((_fact(JA_FACT, "ja", "[1]"),))),
                (Cell((_fact(EN_FACT_2, "en", "[2]"),)), Cell((_fact(JA_FACT_2, "ja", "[2]"),))),
            ),
            widths=(1.0, 1.0),
            borderless=True,
        ),
        Heading(
            "Chronology" if lang == "en" else "年表", level=1, lang=lang, anchor="sec-chronology"
        ),
        Table(
            header=(Cell((_p("Date", lang),)), Cell((_p("Event", lang),))),
            rows=tuple(
                (
                    Cell((_p(f"2025-{1 + n % 12:02d}-01", lang),)),
                    Cell((_p((EN_FACT if lang == "en" else JA_FACT) + f" ({n})", lang),)),
                )
                # Forty rows: long enough to run onto a second page and repeat the header.
                for n in range(40)
            ),
            widths=(1.0, 4.0),
            caption=_p("Table 1: events", lang, ParagraphStyle.CAPTION),
        ),
        Heading("Sources" if lang == "en" else "出典", level=1, lang=lang, anchor="sec-sources"),
        SourceList(
            entries=(
                SourceEntry(
                    1,
                    (
                        Paragraph(
                            (
                                Span("AI法 全面施行 -次なるフェーズへ-", lang="ja", italic=True),
                                Span(" (The AI Act fully in force)", lang="en"),
                                Span(". 内閣府 (Cabinet Office), 3 October 2025. ", lang=lang),
                                Span(URL, lang="en", url=URL),
                            ),
                            style=ParagraphStyle.SMALL,
                            lang=lang,
                        ),
                    ),
                    anchor="src-1",
                ),
                SourceEntry(
                    2,
                    (_p("Japan Enacts Bill on AI Development, Risks. nippon.com.", other),),
                    anchor="src-2",
                ),
            )
        ),
        _p("Library 2026.11.25 · generated 25 November 2026", lang, ParagraphStyle.SMALL),
    ]
    return Document(
        info=DocumentInfo(
            title=title,
            author="A. Analyst",
            subject="AI Strategy Headquarters",
            keywords=("AI", "Japan"),
            language="en-GB" if lang == "en" else "ja-JP",
            created=dt.datetime(2026, 11, 25, 9, 0),
        ),
        blocks=tuple(blocks),
        running=Running(
            header_left=title,
            header_right="INTERNAL" if lang == "en" else "取扱注意",
            footer_left="briefgen",
            page_label="Page {page} of {pages}" if lang == "en" else "{page} / {pages} ページ",
            lang=lang,
        ),
        title=title,
        title_lang=lang,
        marking="INTERNAL" if lang == "en" else "取扱注意",
    )
