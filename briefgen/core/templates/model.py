"""Brief templates: declarative YAML files describing sections and page setup.

A template runs no code. It names its sections (bilingual headings), says
which facts each section suggests (by topic, tag, source kind and status), how
they are ordered, and how the page is set up. ``new_brief`` turns a template
and a library into a first draft the analyst then edits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefgen.core.brief.model import Brief, DateStyle, FactItem, LanguageMode, Layout, Section
from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Bilingual, Fact, SourceKind, Status
from briefgen.core.library.problems import Problem
from briefgen.core.templates.page import PageSetup, SourceForm

TEMPLATE_FIELDS = (
    "name", "description", "title", "page", "sections", "marking", "pages", "sources",
)  # fmt: skip
SECTION_FIELDS = ("id", "heading", "display", "suggest", "order", "limit", "skip_used")
SUGGEST_FIELDS = ("topics", "tags", "source_kinds", "statuses")
PAGE_FIELDS = ("size", "landscape", "margin_mm")
# How a section orders its suggestions; "latest" takes the most recent `limit` facts and
# shows them oldest first (a brief says where things stand), "chronological" the earliest.
ORDERS = ("library", "chronological", "reverse-chronological", "latest")
DEFAULT_STATUSES = (Status.CONFIRMED, Status.SINGLE_SOURCE)


class TemplateError(Exception):
    """Raised when a template is broken (``problems``) or missing; the message is in English."""

    def __init__(self, problems: tuple[Problem, ...] | str) -> None:
        self.problems: tuple[Problem, ...] = () if isinstance(problems, str) else problems
        text = problems if isinstance(problems, str) else "\n".join(map(str, problems))
        super().__init__(text)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Which facts a section proposes: all given criteria must hold (an empty one allows all)."""

    topics: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    source_kinds: tuple[SourceKind, ...] = ()
    statuses: tuple[Status, ...] = DEFAULT_STATUSES

    def matches(self, fact: Fact, library: Library) -> bool:
        """Return True when ``fact`` fits this suggestion."""
        if self.topics and fact.topic not in self.topics:
            return False
        if self.tags and not set(self.tags) & set(fact.tags):
            return False
        if self.statuses and fact.status not in self.statuses:
            return False
        if self.source_kinds:
            kinds = {source.kind for source in library.sources_of(fact)}
            if not kinds & set(self.source_kinds):
                return False
        return True


@dataclass(frozen=True, slots=True)
class TemplateSection:
    """A section a template starts a brief with."""

    section_id: str
    heading: Bilingual
    display: str = "bullets"
    suggest: Suggestion | None = None
    order: str = "library"
    limit: int | None = None
    skip_used: bool = False


@dataclass(frozen=True, slots=True)
class Template:
    """A kind of brief: its sections and page setup."""

    template_id: str
    name: Bilingual
    description: Bilingual
    sections: tuple[TemplateSection, ...]
    title: Bilingual = field(default_factory=Bilingual)
    marking: Bilingual = field(default_factory=Bilingual)
    page: PageSetup = field(default_factory=PageSetup)
    pages: int = 0  # the length promised: pages of content before Sources (0: no promise)
    sources: SourceForm = SourceForm.FULL  # SHORT condenses the Sources list
    path: Path | None = None


def _chronological_key(fact: Fact) -> tuple[int, int, int]:
    return fact.date.sort_key() if fact.date else (9999, 99, 99)


def suggested_facts(
    section: TemplateSection, library: Library, used: set[str] | None = None
) -> list[Fact]:
    """Return the facts ``section`` suggests from ``library``, ordered and limited."""
    if section.suggest is None:
        return []
    facts = [
        fact
        for fact in library.facts.values()
        if section.suggest.matches(fact, library)
        and not (section.skip_used and used and fact.id in used)
    ]
    if section.order in ("chronological", "latest"):
        facts.sort(key=_chronological_key)
        if section.order == "latest" and section.limit is not None:
            # Where things stand: the most recent facts, still shown oldest first.
            return facts[len(facts) - section.limit :] if section.limit else []
    elif section.order == "reverse-chronological":
        facts.sort(key=_chronological_key, reverse=True)
    if section.limit is not None:
        facts = facts[: section.limit]
    return facts


def new_brief(
    template: Template,
    library: Library,
    *,
    language: LanguageMode = LanguageMode.ENGLISH,
    layout: Layout = Layout.SIDE_BY_SIDE,
    title: Bilingual | None = None,
    date: dt.date | None = None,
    author: Bilingual | None = None,
    organisation: Bilingual | None = None,
    date_style: DateStyle = DateStyle.GREGORIAN,
    fill: bool = True,
) -> Brief:
    """Return a first draft of a brief from ``template``, its sections filled with suggestions."""
    used: set[str] = set()
    sections: list[Section] = []
    for section in template.sections:
        facts = suggested_facts(section, library, used) if fill else []
        used.update(fact.id for fact in facts)
        items = tuple(FactItem(fact.id, fact.fingerprint()) for fact in facts)
        sections.append(Section(section.section_id, section.heading, items, section.display))
    return Brief(
        template=template.template_id,
        title=_first_filled(title, template.title, template.name),
        language=language,
        layout=layout,
        author=author or Bilingual(),
        organisation=organisation or Bilingual(),
        date=date or dt.date.today(),
        marking=template.marking,
        date_style=date_style,
        sections=tuple(sections),
        library_version=library.version,
        library_digest=library.content_digest,
    )


def suggesting_section(
    template: Template, library: Library, fact: Fact, among: Collection[str] | None = None
) -> str:
    """Return the id of the section where ``fact`` belongs in a brief from ``template``.

    That is the first section whose suggestion fits the fact's topic, tags and
    source kinds, whatever its status (the analyst chose it); failing that, the
    last bullet section. ``among`` limits the choice to the sections a brief has.
    """
    sections = [s for s in template.sections if among is None or s.section_id in among]
    for section in sections:
        if section.suggest is None:
            continue
        loose = Suggestion(
            section.suggest.topics, section.suggest.tags, section.suggest.source_kinds, ()
        )
        if loose.matches(fact, library):
            return section.section_id
    bullets = [s.section_id for s in sections if s.display == "bullets"]
    if bullets:
        return bullets[-1]
    return sections[-1].section_id if sections else ""


def place_facts(brief: Brief, template: Template, library: Library, fact_ids: list[str]) -> Brief:
    """Return ``brief`` holding exactly ``fact_ids``, each in the first section suggesting it.

    Facts no section suggests go to the last bullet section; the order within
    a section follows the order of ``fact_ids``.
    """
    by_section: dict[str, list[str]] = {s.section_id: [] for s in template.sections}
    for fact_id in fact_ids:
        fact = library.fact(fact_id)
        if fact is not None:
            by_section.setdefault(suggesting_section(template, library, fact), []).append(fact_id)
    sections = tuple(
        Section(
            s.section_id,
            s.heading,
            tuple(
                FactItem(fid, fact.fingerprint())
                for fid in by_section.get(s.section_id, [])
                if (fact := library.fact(fid)) is not None
            ),
            s.display,
        )
        for s in template.sections
    )
    return replace(
        brief,
        sections=sections,
        library_version=library.version,
        library_digest=library.content_digest,
    )


def _first_filled(*texts: Bilingual | None) -> Bilingual:
    """Return the first text that has something in either language."""
    for text in texts:
        if text is not None and (text.en.strip() or text.ja.strip()):
            return text
    return Bilingual()
