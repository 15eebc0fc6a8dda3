"""Write a brief's Sources list: each cited source in full, or in its short form.

The full form names the title (and its translation), publisher, date, date
note, the day the source was read, and its address. The short form, for a
template that must condense (``sources: short``), names the title, publisher
and year only; the title itself then links to the address, so a reader of the
file still reaches the source.
"""

from __future__ import annotations

from briefgen.core.brief.model import LanguageMode
from briefgen.core.composition.citation_text import note_in
from briefgen.core.composition.datefmt import DateStyle, format_day, format_partial
from briefgen.core.composition.document import (
    SOURCES_ANCHOR,
    Block,
    Heading,
    Lang,
    Paragraph,
    ParagraphStyle,
    SourceEntry,
    SourceForm,
    SourceList,
    Span,
)
from briefgen.core.library.dates import PartialDate
from briefgen.core.library.model import Source


def sources_blocks(
    numbers: dict[str, int],
    sources: dict[str, Source],
    language: LanguageMode,
    heading: str,
    *,
    style: DateStyle = DateStyle.GREGORIAN,
    form: SourceForm = SourceForm.FULL,
) -> list[Block]:
    """Return the Sources heading and list for the sources ``numbers`` gives numbers to."""
    if not numbers:
        return []
    lang: Lang = "ja" if language is LanguageMode.JAPANESE else "en"
    write = short_source if form is SourceForm.SHORT else full_source
    entries = [
        SourceEntry(number, (write(sources[source_id], lang, style),), anchor=f"src-{number}")
        for source_id, number in sorted(numbers.items(), key=lambda kv: kv[1])
    ]
    primary: Lang = "ja" if language is LanguageMode.JAPANESE else "en"
    return [Heading(heading, 1, primary, anchor=SOURCES_ANCHOR), SourceList(tuple(entries))]


def _source_lang(source: Source) -> Lang:
    return "ja" if source.language.startswith("ja") else "en"


def full_source(source: Source, lang: Lang, style: DateStyle) -> Paragraph:
    """Return ``source`` in full, written for a brief in ``lang``."""
    spans: list[Span] = []
    src_lang = _source_lang(source)
    if lang == "ja":
        title = f"「{source.title}」" if src_lang == "ja" else source.title
        spans.append(Span(title, lang=src_lang))
        if source.title_translated and src_lang != "ja":
            spans.append(Span(f"〔{source.title_translated}〕", lang="ja"))
        detail = f"、{source.publisher}"
        if source.published is not None:
            detail += f"、{format_partial(source.published, 'ja', style)}"
        if source.published_note:
            detail += f"（{note_in(source.published_note, 'ja', style)}）"
        if source.accessed is not None:
            detail += f"、{format_day(source.accessed, 'ja', style)}閲覧"
        spans.append(Span(detail + "。", lang="ja"))
    else:
        spans.append(Span(source.title, lang=src_lang, italic=src_lang == "en"))
        if source.title_translated and src_lang != "en":
            spans.append(Span(f" [{source.title_translated}]", lang="en"))
        detail = f". {source.publisher}"
        if source.published is not None:
            detail += f", {format_partial(source.published, 'en')}"
        if source.published_note:
            detail += f" ({source.published_note})"
        if source.accessed is not None:
            detail += f". Accessed {format_day(source.accessed, 'en')}"
        spans.append(Span(detail + ".", lang="en"))
    if source.url:
        spans.append(Span(" ", lang=lang))
        spans.append(Span(source.url, lang="en", url=source.url))
    return Paragraph(tuple(spans), style=ParagraphStyle.SMALL, lang=lang)


def short_source(source: Source, lang: Lang, style: DateStyle) -> Paragraph:
    """Return the short form of ``source``: title (linked to its address), publisher, year.

    An English brief keeps the English translation of a title in another
    language, as the full form does.
    """
    src_lang = _source_lang(source)
    url = source.url or None
    year = ""
    if source.published is not None:
        published = PartialDate(source.published.year)
        year = format_partial(published, lang, style if lang == "ja" else DateStyle.GREGORIAN)
    if lang == "ja":
        title = f"「{source.title}」" if src_lang == "ja" else source.title
        detail = "".join(f"、{part}" for part in (source.publisher, year) if part)
        spans = (Span(title, lang=src_lang, url=url), Span(detail + "。", lang="ja"))
    else:
        parts = [part for part in (source.publisher, year) if part]
        detail = ". " + ", ".join(parts) if parts else ""
        if source.title_translated and src_lang != "en":  # a reader of English needs it
            detail = f" [{source.title_translated}]{detail}"
        spans = (
            Span(source.title, lang=src_lang, italic=src_lang == "en", url=url),
            Span(detail + ".", lang="en"),
        )
    return Paragraph(spans, style=ParagraphStyle.SMALL, lang=lang)
