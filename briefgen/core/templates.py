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

from yaml.nodes import MappingNode, ScalarNode

from briefgen.core.brief import Brief, FactItem, LanguageMode, Layout, Section
from briefgen.core.datefmt import DateStyle
from briefgen.core.document import PageSetup, PageSize
from briefgen.core.library import Library
from briefgen.core.model import Bilingual, Fact, SourceKind, Status
from briefgen.core.paths import templates_dir
from briefgen.core.safe_yaml import YamlReadError, check_plain, compose, line_of
from briefgen.core.schema import EntryReader

TEMPLATE_FIELDS = ("name", "description", "title", "page", "sections", "marking")
SECTION_FIELDS = ("id", "heading", "display", "suggest", "order", "limit", "skip_used")
SUGGEST_FIELDS = ("topics", "tags", "source_kinds", "statuses")
PAGE_FIELDS = ("size", "landscape", "margin_mm")
ORDERS = ("library", "chronological", "reverse-chronological")
DEFAULT_STATUSES = (Status.CONFIRMED, Status.SINGLE_SOURCE)


class TemplateError(Exception):
    """Raised when a template file is broken; the message reads ``path:line: message``."""


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
    path: Path | None = None


def _fail(problems: list[str]) -> TemplateError:
    return TemplateError("\n".join(problems))


def parse_template(path: Path) -> Template:
    """Return the template in ``path``; raise :class:`TemplateError` listing every problem."""
    name = path.name
    try:
        root = compose(path.read_bytes())
        check_plain(root)
    except YamlReadError as exc:
        raise TemplateError(f"{name}:{exc.line}: {exc.message}") from None
    except OSError as exc:
        raise TemplateError(f"{name}:1: cannot read: {exc.strerror}") from None
    if not isinstance(root, MappingNode):
        raise TemplateError(f"{name}:{line_of(root)}: a template is a mapping of fields")
    r = EntryReader(root, name, "template", TEMPLATE_FIELDS)
    label = r.bilingual("name", required=True)
    description = r.bilingual("description")
    title = r.bilingual("title")
    marking = r.bilingual("marking")
    page = _read_page(r)
    sections: list[TemplateSection] = []
    seen: set[str] = set()
    for node in r.sequence("sections", required=True):
        if not isinstance(node, MappingNode):
            r.error(line_of(node), "template: each section is a mapping of fields")
            continue
        section = _read_section(node, name, r)
        if section is not None:
            if section.section_id in seen:
                r.error(line_of(node), f"section id '{section.section_id}' is used twice")
            seen.add(section.section_id)
            sections.append(section)
    errors = [str(p) for p in r.problems if p.is_error]
    if errors:
        raise _fail(errors)
    return Template(
        template_id=path.stem,
        name=label,
        description=description,
        sections=tuple(sections),
        title=title,
        marking=marking,
        page=page,
        path=path,
    )


def _read_page(r: EntryReader) -> PageSetup:
    node = r.fields.get("page")
    if node is None:
        return PageSetup()
    if not isinstance(node, MappingNode):
        r.error(line_of(node), "template: 'page' must be a mapping")
        return PageSetup()
    p = EntryReader(node, r.path, "page", PAGE_FIELDS)
    size_text = p.text("size") or "A4"
    sizes = {s.value.casefold(): s for s in PageSize}
    size = sizes.get(size_text.casefold())
    if size is None:
        p.error(p.line_of_field("size"), f"page: size {size_text!r} is not A4 or Letter")
        size = PageSize.A4
    landscape = _flag(p, "landscape", default=False)
    margin = _number(p, "margin_mm", default=20.0, low=5.0, high=60.0)
    r.problems.extend(p.problems)
    return PageSetup(
        size=size,
        landscape=landscape,
        margin_top_mm=margin,
        margin_bottom_mm=margin,
        margin_left_mm=margin,
        margin_right_mm=margin,
    )


def _flag(r: EntryReader, key: str, default: bool) -> bool:
    node = r.fields.get(key)
    if node is None:
        return default
    if isinstance(node, ScalarNode) and node.tag.endswith(":bool"):
        return str(node.value).lower() in ("true", "yes", "on")
    r.error(line_of(node), f"{r.what}: '{key}' must be true or false")
    return default


def _number(r: EntryReader, key: str, default: float, low: float, high: float) -> float:
    node = r.fields.get(key)
    if node is None:
        return default
    try:
        value = float(node.value) if isinstance(node, ScalarNode) else None
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        r.error(line_of(node), f"{r.what}: '{key}' must be a number from {low:g} to {high:g}")
        return default
    return value


def _read_section(node: MappingNode, path: str, parent: EntryReader) -> TemplateSection | None:
    s = EntryReader(node, path, "section", SECTION_FIELDS)
    section_id = s.identifier("id")
    heading = s.bilingual("heading", required=True)
    if heading.en and not heading.ja:
        s.error(s.line_of_field("heading"), f"{s.what}: the heading needs Japanese ('ja') too")
    display = s.text("display") or "bullets"
    if display not in ("bullets", "table"):
        s.error(s.line_of_field("display"), f"{s.what}: display must be 'bullets' or 'table'")
    order = s.text("order") or "library"
    if order not in ORDERS:
        s.error(s.line_of_field("order"), f"{s.what}: order must be one of {', '.join(ORDERS)}")
    limit_node = s.fields.get("limit")
    limit: int | None = None
    if limit_node is not None:
        limit = int(_number(s, "limit", default=0, low=1, high=10_000))
    skip_used = _flag(s, "skip_used", default=False)
    suggest = _read_suggest(s)
    parent.problems.extend(s.problems)
    if not s.ok:
        return None
    return TemplateSection(
        section_id=section_id,
        heading=heading,
        display=display,
        suggest=suggest,
        order=order,
        limit=limit,
        skip_used=skip_used,
    )


def _read_suggest(s: EntryReader) -> Suggestion | None:
    node = s.fields.get("suggest")
    if node is None:
        return None
    if not isinstance(node, MappingNode):
        s.error(line_of(node), f"{s.what}: 'suggest' must be a mapping")
        return None
    g = EntryReader(node, s.path, f"{s.what}: suggest", SUGGEST_FIELDS)
    kinds: list[SourceKind] = []
    for kind in g.text_list("source_kinds"):
        try:
            kinds.append(SourceKind(kind))
        except ValueError:
            g.error(g.line_of_field("source_kinds"), f"{g.what}: unknown source kind {kind!r}")
    statuses: list[Status] = []
    for status in g.text_list("statuses"):
        try:
            statuses.append(Status(status))
        except ValueError:
            g.error(g.line_of_field("statuses"), f"{g.what}: unknown status {status!r}")
    suggestion = Suggestion(
        topics=g.text_list("topics"),
        tags=g.text_list("tags"),
        source_kinds=tuple(kinds),
        statuses=tuple(statuses) or DEFAULT_STATUSES,
    )
    s.problems.extend(g.problems)
    return suggestion


def load_templates(folder: Path | None = None) -> tuple[list[Template], list[str]]:
    """Return the templates in ``folder`` (default: the bundled ones) and the problems found.

    A broken template is reported and left out; the others load.
    """
    folder = folder or templates_dir()
    templates: list[Template] = []
    problems: list[str] = []
    for path in sorted(folder.glob("*.yaml")):
        try:
            templates.append(parse_template(path))
        except TemplateError as exc:
            problems.append(str(exc))
    return templates, problems


def find_template(name: str, folder: Path | None = None) -> Template:
    """Return the template called ``name``; raise :class:`TemplateError` if there is none."""
    templates, problems = load_templates(folder)
    for template in templates:
        if template.template_id == name:
            return template
    known = ", ".join(t.template_id for t in templates) or "none"
    broken = [p for p in problems if p.startswith(f"{name}.yaml:")]
    if broken:
        raise TemplateError("\n".join(broken))
    raise TemplateError(f"no template named {name!r} (templates: {known})")


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
    if section.order == "chronological":
        facts.sort(key=_chronological_key)
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
    author: str = "",
    organisation: str = "",
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
        author=author,
        organisation=organisation,
        date=date or dt.date.today(),
        marking=template.marking,
        date_style=date_style,
        sections=tuple(sections),
        library_version=library.version,
        library_digest=library.content_digest,
    )


def home_section(
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
            by_section.setdefault(home_section(template, library, fact), []).append(fact_id)
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
