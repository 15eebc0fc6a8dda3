"""Add facts to a brief where they belong, or take them out (the fact list, the CLI)."""

from __future__ import annotations

from dataclasses import replace

from briefgen.core.brief.model import Brief, FactItem, insert_item
from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact
from briefgen.core.templates.model import Template, suggesting_section


def section_for_new_fact(
    brief: Brief, template: Template | None, library: Library, fact: Fact
) -> str:
    """Return the id of the section of ``brief`` a newly added fact goes into."""
    if template is not None:
        sections = {s.section_id for s in brief.sections}
        found = suggesting_section(template, library, fact, sections)
        if found:
            return found
    bullets = [s.section_id for s in brief.sections if s.display == "bullets"]
    return bullets[-1] if bullets else brief.sections[-1].section_id


def add_fact(brief: Brief, template: Template | None, library: Library, fact: Fact) -> Brief:
    """Return ``brief`` with ``fact`` appended to its home section (unchanged if already in)."""
    if fact.id in brief.fact_ids() or not brief.sections:
        return brief
    section_id = section_for_new_fact(brief, template, library, fact)
    section = brief.section(section_id)
    assert section is not None
    return insert_item(brief, section_id, len(section.items), FactItem(fact.id, fact.fingerprint()))


def remove_fact(brief: Brief, fact_id: str) -> Brief:
    """Return ``brief`` without any occurrence of the fact ``fact_id``."""
    sections = tuple(
        replace(
            s,
            items=tuple(
                i for i in s.items if not (isinstance(i, FactItem) and i.fact_id == fact_id)
            ),
        )
        for s in brief.sections
    )
    return replace(brief, sections=sections)


def add_facts(brief: Brief, section_id: str, facts: list[Fact]) -> Brief:
    """Return ``brief`` with the ``facts`` it lacks appended to the section ``section_id``."""
    present = set(brief.fact_ids())
    for fact in facts:
        section = brief.section(section_id)
        if section is None:
            break
        if fact.id in present:
            continue
        present.add(fact.id)
        item = FactItem(fact.id, fact.fingerprint())
        brief = insert_item(brief, section_id, len(section.items), item)
    return brief
