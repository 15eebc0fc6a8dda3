"""The rules a fact and a source must follow, checked on plain values.

The same functions check an entry read from a file and one edited in memory,
so an edit can be checked before it is saved, with the same rules and
problems as ``briefgen library check``. Problems are placed at the entry's
origin with the field they concern; the file reader moves each to the line of
that field.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator, Mapping
from urllib.parse import urlsplit

from briefgen.core.library.dates import PartialDate
from briefgen.core.library.model import Fact, Source, Status
from briefgen.core.library.problems import Problem, ProblemCode, Severity

ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
MIN_YEAR, MAX_YEAR = 1900, 2100

C = ProblemCode

# A date a curator wrote today may be tomorrow on this machine's calendar: time
# zones put the same moment on two dates up to a day apart (Tokyo is UTC+9, a
# reader in California UTC-8). A library checked in Japan this morning must not
# lose its facts as "in the future" in the Americas.
CALENDAR_SLACK = dt.timedelta(days=1)


class _Problems:
    """Collect the problems of one entry, placed at its origin."""

    def __init__(self, entry: str, entry_id: str, path: str, line: int) -> None:
        self.entry, self.entry_id, self.path, self.line = entry, entry_id, path, line
        self.found: list[Problem] = []

    def add(
        self, code: ProblemCode, field: str = "", *, warning: bool = False, **params: str
    ) -> None:
        self.found.append(
            Problem(
                code,
                self.path,
                self.line,
                field=field,
                params=params,
                entry=self.entry,
                entry_id=self.entry_id,
                severity=Severity.WARNING if warning else Severity.ERROR,
            )
        )

    def identifier(self, field: str, value: str) -> None:
        if not ID_RE.match(value):
            self.add(C.INVALID_ID, field, value=value)

    def year(self, field: str, value: PartialDate | None) -> None:
        if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
            self.add(
                C.YEAR_OUT_OF_RANGE, field, value=str(value), min=str(MIN_YEAR), max=str(MAX_YEAR)
            )


def is_web_url(value: str) -> bool:
    """Return True for an absolute http(s) URL with a host and no spaces or control characters."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def check_fact(fact: Fact) -> list[Problem]:
    """Return the problems of ``fact`` on its own (errors keep it out; warnings flag it)."""
    p = _Problems("fact", fact.id, fact.origin.path, fact.origin.line)
    p.identifier("id", fact.id)
    p.identifier("topic", fact.topic)
    if not fact.text.en.strip() and not fact.text.ja.strip():
        p.add(C.NO_TEXT)
    else:
        for language in fact.text.missing():
            p.add(C.MISSING_TRANSLATION, language, warning=True, language=language)
    p.year("date", fact.date)
    p.year("date_end", fact.date_end)
    if fact.date_end is not None:
        if fact.date is None:
            p.add(C.DATE_END_WITHOUT_DATE, "date_end")
        elif fact.date_end.last_day() < fact.date.first_day():
            p.add(
                C.DATE_END_BEFORE_DATE,
                "date_end",
                date_end=str(fact.date_end),
                date=str(fact.date),
            )
    if fact.status is Status.SUPERSEDED and not fact.superseded_by:
        p.add(C.SUPERSEDED_WITHOUT_SUCCESSOR, "status")
    if fact.superseded_by:
        p.identifier("superseded_by", fact.superseded_by)
        if fact.status is not Status.SUPERSEDED:
            p.add(C.SUCCESSOR_WITHOUT_SUPERSEDED, "superseded_by")
        if fact.superseded_by == fact.id:
            p.add(C.SUPERSEDES_ITSELF, "superseded_by")
    if fact.review_by is not None and fact.review_by < fact.as_of:
        p.add(
            C.REVIEW_BEFORE_AS_OF,
            "review_by",
            review_by=fact.review_by.isoformat(),
            as_of=fact.as_of.isoformat(),
        )
    if not fact.sources:
        p.add(C.EMPTY_FIELD, "sources")
    for ref in fact.sources:
        p.identifier("sources", ref.source)
    return p.found


def check_source(source: Source) -> list[Problem]:
    """Return the problems of ``source`` on its own."""
    p = _Problems("source", source.id, source.origin.path, source.origin.line)
    p.identifier("id", source.id)
    for field, value in (("title", source.title), ("publisher", source.publisher)):
        if not value.strip():
            p.add(C.EMPTY_FIELD, field)
    if source.title_devised and not (source.title.startswith("[") and source.title.endswith("]")):
        # Readers must see that the curators wrote this title: brackets show it in every format.
        p.add(C.DEVISED_TITLE_NOT_BRACKETED, "title", value=source.title[:60])
    if source.url and not is_web_url(source.url):
        p.add(C.NOT_A_WEB_ADDRESS, "url", value=source.url[:60])
    if source.doi and not DOI_RE.match(source.doi):
        p.add(C.NOT_A_DOI, "doi", value=source.doi[:60])
    p.year("published", source.published)
    if (
        source.accessed is not None
        and source.published is not None
        and source.accessed < source.published.first_day()
    ):
        p.add(
            C.ACCESSED_BEFORE_PUBLISHED,
            "accessed",
            accessed=source.accessed.isoformat(),
            published=str(source.published),
        )
    if not LANGUAGE_RE.match(source.language):
        p.add(C.NOT_A_LANGUAGE_CODE, "language", value=source.language)
    return p.found


def check_fact_in_library(
    fact: Fact,
    *,
    facts: Mapping[str, Fact],
    sources: Collection[str],
    topics: Collection[str],
    today: dt.date,
) -> Iterator[Problem]:
    """Yield the problems of ``fact`` that depend on the rest of the library or on the day."""
    p = _Problems("fact", fact.id, fact.origin.path, fact.origin.line)
    if fact.as_of > today + CALENDAR_SLACK:
        p.add(C.IN_THE_FUTURE, "as_of", value=fact.as_of.isoformat())
    if topics and fact.topic not in topics:
        p.add(C.UNDECLARED_TOPIC, "topic", topic=fact.topic)
    for ref in fact.sources:
        if ref.source not in sources:
            p.add(C.UNKNOWN_SOURCE, "sources", source=ref.source)
    if fact.superseded_by and fact.superseded_by not in facts:
        p.add(C.UNKNOWN_SUCCESSOR, "superseded_by", successor=fact.superseded_by)
    cycle = succession_cycle(fact, facts)
    if cycle:
        p.add(C.SUCCESSION_CYCLE, "superseded_by", cycle=cycle)
    if fact.is_stale(today):
        assert fact.review_by is not None
        p.add(C.REVIEW_DUE, "review_by", warning=True, review_by=fact.review_by.isoformat())
    yield from p.found


def succession_cycle(fact: Fact, facts: Mapping[str, Fact]) -> str:
    """Return the cycle ``a -> b -> a`` if ``superseded_by`` leads from ``fact`` back to it."""
    chain = [fact.id]
    current = fact
    while current.superseded_by:
        following = facts.get(current.superseded_by)
        if following is None or following.id in chain[1:]:
            return ""  # ends, or loops without passing through ``fact`` (reported there)
        chain.append(following.id)
        if following.id == fact.id:
            return " -> ".join(chain)
        current = following
    return ""


def check_source_on(source: Source, today: dt.date) -> list[Problem]:
    """Return the problems of ``source`` that depend on the day."""
    p = _Problems("source", source.id, source.origin.path, source.origin.line)
    if source.accessed is not None and source.accessed > today + CALENDAR_SLACK:
        p.add(C.IN_THE_FUTURE, "accessed", value=source.accessed.isoformat())
    return p.found
