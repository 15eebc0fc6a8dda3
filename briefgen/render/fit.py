"""Fit a template's suggestions to the length it promises ("one page; sources may follow").

Composition says what a brief holds; only a layout says how long it runs, so
this lives beside the PDF renderer, whose page layout is the one the preview
shows. A brief the template suggested is cut, fact by fact, from the end of
its longest section until its content before the sources fits; an analyst's
own selection is never cut here: an export warns instead (see
:func:`briefgen.render.export.length_warning`).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

from briefgen.core.brief.model import Brief, FactItem, Section
from briefgen.core.composition.compose import compose
from briefgen.core.library.assembly import Library
from briefgen.core.templates.model import Template, new_brief
from briefgen.render.pdf.renderer import PdfRenderer

MAX_ROUNDS = 6  # layouts at most: each cut is estimated from the last measure


def fit_to_length(
    brief: Brief, library: Library, template: Template, *, today: dt.date | None = None
) -> Brief:
    """Return ``brief`` with its last suggested facts left out until it fits ``template.pages``.

    Each section keeps at least one fact. A template without a length, or a
    brief that fits, is returned as it is.
    """
    budget = template.pages
    if not budget:
        return brief
    renderer = PdfRenderer()
    for _ in range(MAX_ROUNDS):
        document = compose(brief, library, template, today=today).document
        pages = renderer.measure(document)
        if pages <= budget:
            return brief
        facts = len(brief.fact_ids())
        # Cut as many facts as the overrun holds at the brief's average per page.
        cut = max(1, math.ceil((pages - budget) * facts / pages))
        shorter = _without_last(brief, cut)
        if shorter == brief:
            return brief  # one fact a section: nothing more to leave out
        brief = shorter
    return brief


def _without_last(brief: Brief, count: int) -> Brief:
    """Return ``brief`` with ``count`` facts left out, each from the end of the longest section."""
    sections = list(brief.sections)
    for _ in range(count):
        sizes = [len(section.fact_ids()) for section in sections]
        longest = max(range(len(sections)), key=lambda n: (sizes[n], n), default=None)
        if longest is None or sizes[longest] <= 1:
            break
        sections[longest] = _drop_last_fact(sections[longest])
    return replace(brief, sections=tuple(sections))


def _drop_last_fact(section: Section) -> Section:
    items = list(section.items)
    last = max(n for n, item in enumerate(items) if isinstance(item, FactItem))
    del items[last]
    return replace(section, items=tuple(items))


def is_as_suggested(brief: Brief, library: Library, template: Template) -> bool:
    """Return whether ``brief`` holds its template's suggestions, maybe cut, and nothing else.

    Each section's facts are then the first of the section's suggestions, with
    no rewording and no notes: a brief the analyst has not worked on yet.
    """
    suggested = new_brief(template, library, fill=True)
    wanted = {section.section_id: section.fact_ids() for section in suggested.sections}
    for section in brief.sections:
        if any(not isinstance(i, FactItem) or i.reword is not None for i in section.items):
            return False
        ids = section.fact_ids()
        if ids != wanted.get(section.section_id, [])[: len(ids)]:
            return False
    return True


def suggestions_to_fit(
    brief: Brief, library: Library, template: Template, *, today: dt.date | None = None
) -> Brief:
    """Return ``brief`` with its template's suggestions for its language mode, cut to fit."""
    suggested = new_brief(template, library, language=brief.language, layout=brief.layout)
    whole = replace(brief, sections=suggested.sections)
    return fit_to_length(whole, library, template, today=today)
