"""The assembled fact library: every good fact and source, and the problems found."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import msgspec

from briefgen.core.library.model import Bilingual, Fact, LibraryInfo, Origin, Source, Topic
from briefgen.core.library.problems import Problem, ProblemCode
from briefgen.core.library.validate import (
    check_fact,
    check_fact_in_library,
    check_source,
    check_source_on,
)

if TYPE_CHECKING:
    from briefgen.core.library.revision import Revision

INFO_FILE = "library.yaml"
FACTS_DIR = "facts"
SOURCES_DIR = "sources"

_E = TypeVar("_E", Fact, Source)


class FileContent(msgspec.Struct, frozen=True):
    """What one library file holds once parsed: its entries and its own problems."""

    path: str
    facts: tuple[Fact, ...] = ()
    sources: tuple[Source, ...] = ()
    info: LibraryInfo | None = None
    problems: tuple[Problem, ...] = ()
    digest: str = ""


@dataclass(eq=False)
class Library:
    """The facts and sources of one library folder, checked across files."""

    root: Path
    info: LibraryInfo
    facts: dict[str, Fact]
    sources: dict[str, Source]
    problems: tuple[Problem, ...]
    files: tuple[str, ...] = ()
    digests: dict[str, str] = field(default_factory=dict)
    _topics: dict[str, Topic] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._topics = {topic.id: topic for topic in self.info.topics}

    @property
    def errors(self) -> tuple[Problem, ...]:
        """Return the problems that kept entries out."""
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """Return the problems that only flag entries."""
        return tuple(p for p in self.problems if not p.is_error)

    def fact(self, fact_id: str) -> Fact | None:
        """Return the fact with ``fact_id``, or None."""
        return self.facts.get(fact_id)

    def source(self, source_id: str) -> Source | None:
        """Return the source with ``source_id``, or None."""
        return self.sources.get(source_id)

    def topic(self, topic_id: str) -> Topic:
        """Return the topic ``topic_id``; an unknown id gets a label made from the id."""
        known = self._topics.get(topic_id)
        if known is not None:
            return known
        label = topic_id.replace("-", " ").capitalize()
        return Topic(topic_id, Bilingual(en=label, ja=label))

    @property
    def topics(self) -> tuple[Topic, ...]:
        """Return the topics in the order the library lists them."""
        return self.info.topics

    def sources_of(self, fact: Fact) -> list[Source]:
        """Return the sources a fact cites, in its order."""
        return [s for ref in fact.sources if (s := self.sources.get(ref.source)) is not None]

    def latest_version_of(self, fact_id: str) -> Fact | None:
        """Return the end of the ``superseded_by`` chain that starts at ``fact_id``."""
        fact = self.facts.get(fact_id)
        seen: set[str] = set()
        while fact is not None and fact.superseded_by and fact.id not in seen:
            seen.add(fact.id)
            following = self.facts.get(fact.superseded_by)
            if following is None:
                break
            fact = following
        return fact

    @cached_property
    def content_digest(self) -> str:
        """Return a short digest of every fact's content: it changes when any fact does."""
        digest = hashlib.sha256()
        for fact_id in sorted(self.facts):
            digest.update(
                f"{fact_id}={self.facts[fact_id].fingerprint()};".encode("utf-8", "surrogatepass")
            )
        return digest.hexdigest()[:12]

    def check_fact(self, fact: Fact, today: dt.date | None = None) -> list[Problem]:
        """Return the problems ``fact`` would have in this library (an edit, before it is saved).

        The rules and problems are those of ``briefgen library check``: the
        fact's own, then those against the other facts, the sources, the
        topics and the day. Saving ``fact`` replaces the fact with its id.
        """
        facts = {**self.facts, fact.id: fact}
        return [
            *check_fact(fact),
            *check_fact_in_library(
                fact,
                facts=facts,
                sources=self.sources,
                topics={topic.id for topic in self.topics},
                today=today or dt.date.today(),
            ),
        ]

    def check_source(self, source: Source) -> list[Problem]:
        """Return the problems ``source`` would have (an edit, before it is saved)."""
        return [*check_source(source), *check_source_on(source, dt.date.today())]

    @cached_property
    def revision(self) -> Revision:
        """Return the exact state of the files: a git commit (and local changes) or a digest."""
        # Imported here: it brings subprocess and shutil, which only this needs.
        from briefgen.core.library.revision import library_revision

        return library_revision(self.root, self.digests)

    @property
    def version(self) -> str:
        """Return the curators' version of the library."""
        return self.info.version


def assemble(root: Path, contents: Sequence[FileContent], today: dt.date | None = None) -> Library:
    """Return the library made of ``contents``, with the checks that span files.

    Duplicate ids keep the first entry; a fact whose sources or successor do
    not exist, or whose topic is not declared, is left out. Every problem is
    reported with the file and line of the entry that has it.
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    info: LibraryInfo | None = None
    for content in contents:
        problems.extend(content.problems)
        if content.info is not None:
            info = content.info
    if info is None:
        if not any(c.path == INFO_FILE for c in contents):
            problems.append(Problem(ProblemCode.MISSING_LIBRARY_FILE, INFO_FILE, 1))
        info = LibraryInfo(
            name=Bilingual(en=root.name, ja=root.name),
            version="unknown",
            origin=Origin(INFO_FILE, 1),
        )
    sources = _unique((s for c in contents for s in c.sources), "source", problems)
    # Checks that depend on the day are made here, on every load, not when a
    # file is parsed: parsed files are cached across days.
    for source in list(sources.values()):
        source_problems = check_source_on(source, today)
        if source_problems:
            problems.extend(source_problems)
            del sources[source.id]
    candidates = _unique((f for c in contents for f in c.facts), "fact", problems)
    topics = {topic.id for topic in info.topics}
    facts: dict[str, Fact] = {}
    for fact in candidates.values():
        fact_problems = list(
            check_fact_in_library(
                fact, facts=candidates, sources=sources, topics=topics, today=today
            )
        )
        problems.extend(fact_problems)
        if not any(p.is_error for p in fact_problems):
            facts[fact.id] = fact
    problems.sort(key=lambda p: (p.path, p.line))
    return Library(
        root=root,
        info=info,
        facts=facts,
        sources=sources,
        problems=tuple(problems),
        files=tuple(c.path for c in contents),
        digests={c.path: c.digest for c in contents if c.digest},
    )


def _unique(entries: Iterable[_E], what: str, problems: list[Problem]) -> dict[str, _E]:
    found: dict[str, _E] = {}
    for entry in entries:
        first = found.get(entry.id)
        if first is None:
            found[entry.id] = entry
        else:
            problems.append(
                Problem(
                    ProblemCode.DUPLICATE_ID,
                    entry.origin.path,
                    entry.origin.line,
                    field="id",
                    params={"first": str(first.origin)},
                    entry=what,
                    entry_id=entry.id,
                )
            )
    return found
