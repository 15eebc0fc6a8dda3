"""The brief: what the analyst chose, in what order, with which edits.

A brief refers to library facts by id and never copies them, so a library
update can be reviewed when the brief is opened again. Per-brief rewording and
analyst notes live in the brief; the library is never touched.

Briefs are immutable values. Every edit returns a new brief, which makes undo
and redo a matter of keeping the previous value.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field, replace
from enum import StrEnum

from briefgen.core.library.model import Bilingual, Lang


class DateStyle(StrEnum):
    """How Japanese dates are written: Western years, or Japanese era years."""

    GREGORIAN = "gregorian"
    JAPANESE_ERA = "japanese-era"


class LanguageMode(StrEnum):
    """Which languages a brief is written in."""

    ENGLISH = "en"
    JAPANESE = "ja"
    BILINGUAL = "bilingual"


class Layout(StrEnum):
    """How a bilingual brief places the two languages."""

    SIDE_BY_SIDE = "side-by-side"  # two aligned columns per fact
    STACKED = "stacked"  # English, then Japanese, per item


@dataclass(frozen=True, slots=True)
class FactItem:
    """A library fact placed in a section.

    ``fingerprint`` is the fact's :meth:`~briefgen.core.library.model.Fact.fingerprint`
    when it was placed or last reviewed: a different one in the library means
    the fact changed since. ``reword`` replaces the library text in this brief
    only (an empty language keeps the library's text).
    """

    fact_id: str
    fingerprint: str = ""
    reword: Bilingual | None = None


@dataclass(frozen=True, slots=True)
class NoteItem:
    """A free paragraph written by the analyst, in one or both languages."""

    note_id: str
    text: Bilingual


Item = FactItem | NoteItem


@dataclass(frozen=True, slots=True)
class Section:
    """A headed part of the brief holding facts and notes in order."""

    section_id: str
    heading: Bilingual
    items: tuple[Item, ...] = ()
    display: str = "bullets"  # "bullets" or "table" (a dated chronology)

    def fact_ids(self) -> list[str]:
        """Return the ids of the facts in this section, in order."""
        return [item.fact_id for item in self.items if isinstance(item, FactItem)]


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything that defines one brief; with a library and a template it composes."""

    template: str
    title: Bilingual
    language: LanguageMode = LanguageMode.ENGLISH
    layout: Layout = Layout.SIDE_BY_SIDE
    subtitle: Bilingual = field(default_factory=Bilingual)
    author: Bilingual = field(default_factory=Bilingual)  # as printed in each language
    organisation: Bilingual = field(default_factory=Bilingual)
    date: dt.date = field(default_factory=dt.date.today)
    marking: Bilingual = field(default_factory=Bilingual)
    date_style: DateStyle = DateStyle.GREGORIAN
    sections: tuple[Section, ...] = ()
    library_version: str = ""
    library_digest: str = ""

    @property
    def languages(self) -> tuple[Lang, ...]:
        """Return the languages the brief shows, in reading order."""
        if self.language is LanguageMode.BILINGUAL:
            return ("en", "ja")
        return ("ja",) if self.language is LanguageMode.JAPANESE else ("en",)

    def fact_items(self) -> list[FactItem]:
        """Return every fact item in the order the brief shows them."""
        return [item for s in self.sections for item in s.items if isinstance(item, FactItem)]

    def fact_ids(self) -> list[str]:
        """Return the ids of every fact in the brief, in order (a fact may appear twice)."""
        return [item.fact_id for item in self.fact_items()]

    def section(self, section_id: str) -> Section | None:
        """Return the section with ``section_id``, or None."""
        return next((s for s in self.sections if s.section_id == section_id), None)


# Edits: each returns a new brief.


def _with_section(brief: Brief, section_id: str, items: tuple[Item, ...]) -> Brief:
    sections = tuple(
        replace(s, items=items) if s.section_id == section_id else s for s in brief.sections
    )
    return replace(brief, sections=sections)


def _require(brief: Brief, section_id: str) -> Section:
    section = brief.section(section_id)
    if section is None:
        raise KeyError(f"no section {section_id!r} in this brief")
    return section


def insert_item(brief: Brief, section_id: str, index: int, item: Item) -> Brief:
    """Return ``brief`` with ``item`` inserted at ``index`` of a section (clamped to its ends)."""
    items = list(_require(brief, section_id).items)
    items.insert(max(0, min(index, len(items))), item)
    return _with_section(brief, section_id, tuple(items))


def remove_item(brief: Brief, section_id: str, index: int) -> Brief:
    """Return ``brief`` without the item at ``index`` of a section."""
    items = list(_require(brief, section_id).items)
    del items[index]
    return _with_section(brief, section_id, tuple(items))


def move_item(brief: Brief, source: tuple[str, int], target: tuple[str, int]) -> Brief:
    """Return ``brief`` with one item moved, within a section or to another.

    ``target``'s index is where the item lands once it has been taken out.
    """
    section_id, index = source
    item = _require(brief, section_id).items[index]
    moved = remove_item(brief, section_id, index)
    return insert_item(moved, target[0], target[1], item)


def step_target(brief: Brief, source: tuple[str, int], step: int) -> tuple[str, int] | None:
    """Return where the item at ``source`` lands when moved ``step`` places (-1 up, +1 down).

    Within its section it swaps with its neighbour; from a section's first item
    up it goes to the end of the section before, from its last item down to the
    start of the next. Past the first or last section there is nowhere to go: None.
    The result is a ``target`` for :func:`move_item`.
    """
    if step not in (-1, 1):
        raise ValueError(f"an item moves one place at a time, not {step}")
    section_id, position = source
    sections = brief.sections
    number = sections.index(_require(brief, section_id))
    target = position + step
    if 0 <= target < len(sections[number].items):
        return (section_id, target)
    if 0 <= number + step < len(sections):
        neighbour = sections[number + step]
        return (neighbour.section_id, len(neighbour.items) if step < 0 else 0)
    return None


def replace_item(brief: Brief, section_id: str, index: int, item: Item) -> Brief:
    """Return ``brief`` with the item at ``index`` of a section replaced."""
    items = list(_require(brief, section_id).items)
    items[index] = item
    return _with_section(brief, section_id, tuple(items))


def reword_fact(brief: Brief, section_id: str, index: int, text: Bilingual | None) -> Brief:
    """Return ``brief`` with a fact reworded for this brief (None restores the library text)."""
    item = _require(brief, section_id).items[index]
    if not isinstance(item, FactItem):
        raise TypeError("only facts can be reworded; edit a note's text instead")
    if text is not None and not text.en.strip() and not text.ja.strip():
        text = None
    return replace_item(brief, section_id, index, replace(item, reword=text))


def new_note_id(brief: Brief) -> str:
    """Return a note id not yet used in ``brief``."""
    used = {i.note_id for s in brief.sections for i in s.items if isinstance(i, NoteItem)}
    return next(f"note-{n}" for n in itertools.count(1) if f"note-{n}" not in used)


def selected_fact_ids(brief: Brief) -> set[str]:
    """Return the ids of all facts in ``brief``."""
    return set(brief.fact_ids())
