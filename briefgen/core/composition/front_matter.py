"""Write what a brief says about itself: the subtitle and byline up front, the colophon at the end.

The colophon ("About this brief") is a heading of its own in the outline, not a
part of Sources: it names the library and its version, when and by what the
brief was made, how current its facts are, and what its marks mean.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from briefgen._version import __version__
from briefgen.core.brief.model import Brief, LanguageMode
from briefgen.core.composition import labels
from briefgen.core.composition.datefmt import format_day
from briefgen.core.composition.document import Block, Heading, Lang, Paragraph, ParagraphStyle, Span
from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact


def front_blocks(brief: Brief) -> list[Block]:
    """Return the Japanese title of a bilingual brief, the subtitles and the bylines."""
    blocks: list[Block] = []
    en_title, ja_title = brief.title.en.strip(), brief.title.ja.strip()
    if brief.language is LanguageMode.BILINGUAL and en_title and ja_title != en_title:
        # The English title is the Title; the Japanese one follows as a subtitle.
        blocks.append(Paragraph((Span(ja_title, lang="ja"),), ParagraphStyle.SUBTITLE, "ja"))
    for lang in brief.languages:
        subtitle = brief.subtitle.get(lang).strip()
        if subtitle:
            blocks.append(Paragraph((Span(subtitle, lang=lang),), ParagraphStyle.SUBTITLE, lang))
    for lang in brief.languages:
        names = (brief.author.get_or_other(lang), brief.organisation.get_or_other(lang))
        who = labels.NAME_SEPARATOR.get(lang).join(part for part in names if part.strip())
        date = format_day(brief.date, lang, brief.date_style)
        if who:
            by = labels.PREPARED_BY.get(lang).format(who=who)
            date = f"{by}{labels.BYLINE_SEPARATOR.get(lang)}{date}"
        blocks.append(Paragraph((Span(date, lang=lang),), ParagraphStyle.META, lang))
    return blocks


class Colophon:
    """What the colophon says beyond the library and dates: which marks and forms it explains."""

    def __init__(self) -> None:
        self.flagged = False  # a fact carries a status badge
        self.reworded = False  # a fact is reworded for this brief
        self.short_sources = False  # the sources are listed in their short form


def colophon_blocks(
    brief: Brief,
    library: Library,
    facts: Iterable[Fact],
    generated: dt.datetime,
    heading: str,
    notes: Colophon,
) -> list[Block]:
    """Return the "About this brief" heading and its lines, in each language of the brief."""
    info = library.info
    style = brief.date_style
    as_of = max((fact.as_of for fact in facts), default=None)
    primary: Lang = "ja" if brief.language is LanguageMode.JAPANESE else "en"
    blocks: list[Block] = [Heading(heading, 1, primary, "sec-about")]
    for lang in brief.languages:
        lines = [
            labels.COLOPHON_LIBRARY.get(lang).format(
                name=info.name.get_or_other(lang),
                version=info.version,
                digest=library.content_digest,
            ),
            labels.COLOPHON_GENERATED.get(lang).format(
                date=format_day(generated.date(), lang, style), app=__version__
            ),
        ]
        if as_of is not None:
            template = labels.COLOPHON_AS_OF if info.as_of else labels.COLOPHON_AS_OF_NO_CUTOFF
            cutoff = format_day(info.as_of, lang, style) if info.as_of else ""
            date = format_day(as_of, lang, style)
            lines.append(template.get(lang).format(date=date, cutoff=cutoff))
        lines.append(labels.COLOPHON_BOTH.get(lang))
        if notes.short_sources:
            lines.append(labels.COLOPHON_SHORT_SOURCES.get(lang))
        if notes.flagged:
            lines.append(labels.COLOPHON_FLAGS.get(lang))
        if notes.reworded:
            lines.append(labels.COLOPHON_REWORDED.get(lang))
        blocks.extend(
            Paragraph((Span(line, lang=lang),), style=ParagraphStyle.SMALL, lang=lang)
            for line in lines
        )
    return blocks
