"""Turn YAML nodes into library entries, reporting every problem with its line.

Each entry (a fact, a source, the library metadata) is read field by field; a
field's problem is reported at the line of its value, a missing field at the
line of its entry. An entry with any error is left out; its neighbours load.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar
from urllib.parse import urlsplit

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from briefgen.core.dates import DateFormatError, PartialDate
from briefgen.core.model import (
    Bilingual,
    Fact,
    LibraryInfo,
    Origin,
    Source,
    SourceKind,
    SourceRef,
    Status,
    Topic,
)
from briefgen.core.problems import Problem, Severity
from briefgen.core.safe_yaml import YamlReadError, check_plain, line_of, scalar_value

ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
MIN_YEAR, MAX_YEAR = 1900, 2100

FACT_FIELDS = (
    "id", "topic", "tags", "en", "ja", "date", "date_end", "as_of", "status",
    "superseded_by", "review_by", "sources", "notes",
)  # fmt: skip
SOURCE_FIELDS = (
    "id", "title", "title_translated", "publisher", "url", "published", "published_note",
    "accessed", "language", "kind", "notes",
)  # fmt: skip
REF_FIELDS = ("source", "locator", "quote")
INFO_FIELDS = ("name", "version", "description", "as_of", "maintainer", "topics")
TOPIC_FIELDS = ("id", "en", "ja")

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class EntryReader:
    """Read the fields of one YAML mapping, collecting problems with their lines."""

    def __init__(self, node: MappingNode, path: str, what: str, allowed: tuple[str, ...]) -> None:
        self.path = path
        self.what = what
        self.line = line_of(node)
        self.problems: list[Problem] = []
        self.fields: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if (
                isinstance(key_node, ScalarNode)
                and key_node.value == "id"
                and isinstance(value_node, ScalarNode)
                and value_node.value
            ):
                self.what = f"{what} '{value_node.value}'"
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                self.error(line_of(key_node), f"{self.what}: field names must be plain text")
            elif key in self.fields:
                self.error(line_of(key_node), f"{self.what}: field '{key}' is given twice")
            elif key not in allowed:
                hint = difflib.get_close_matches(key, allowed, n=1)
                suggestion = f" (did you mean '{hint[0]}'?)" if hint else ""
                self.error(line_of(key_node), f"{self.what}: unknown field '{key}'{suggestion}")
            else:
                self.fields[key] = value_node

    @property
    def ok(self) -> bool:
        """Return True when no error has been found in this entry."""
        return not any(problem.is_error for problem in self.problems)

    def origin(self) -> Origin:
        """Return where this entry starts."""
        return Origin(self.path, self.line)

    def error(self, line: int, message: str) -> None:
        """Record an error at ``line``."""
        self.problems.append(Problem(self.path, line, message))

    def warn(self, line: int, message: str) -> None:
        """Record a warning at ``line``."""
        self.problems.append(Problem(self.path, line, message, Severity.WARNING))

    def line_of_field(self, key: str) -> int:
        """Return the line of a field's value, or of the entry when the field is absent."""
        node = self.fields.get(key)
        return line_of(node) if node is not None else self.line

    def _scalar(self, key: str, required: bool) -> ScalarNode | None:
        node = self.fields.get(key)
        if node is None:
            if required:
                self.error(self.line, f"{self.what}: missing required field '{key}'")
            return None
        if not isinstance(node, ScalarNode):
            kind = "a list" if isinstance(node, SequenceNode) else "a mapping"
            self.error(line_of(node), f"{self.what}: '{key}' must be a single value, not {kind}")
            return None
        return node

    def text(self, key: str, *, required: bool = False) -> str:
        """Return a text field, stripped; report non-text values."""
        node = self._scalar(key, required)
        if node is None:
            return ""
        try:
            value = scalar_value(node)
        except YamlReadError as exc:
            self.error(exc.line, f"{self.what}: '{key}': {exc.message}")
            return ""
        if value is None:
            if required:
                self.error(line_of(node), f"{self.what}: '{key}' must not be empty")
            return ""
        if not isinstance(value, str):
            self.error(
                line_of(node),
                f"{self.what}: '{key}' must be text, not {type(value).__name__} ({node.value!r})"
                " — put it in quotes",
            )
            return ""
        value = value.strip()
        if required and not value:
            self.error(line_of(node), f"{self.what}: '{key}' must not be empty")
        return value

    def identifier(self, key: str, *, required: bool = True) -> str:
        """Return an id-like field (lower-case letters, digits, '.', '_', '-')."""
        value = self.text(key, required=required)
        if value and not ID_RE.match(value):
            self.error(
                self.line_of_field(key),
                f"{self.what}: '{key}' {value!r} is not a valid id "
                "(use lower-case letters, digits, '-', '_' or '.'; at most 80 characters)",
            )
            return ""
        return value

    def partial_date(self, key: str, *, required: bool = False) -> PartialDate | None:
        """Return a YYYY, YYYY-MM or YYYY-MM-DD field."""
        node = self._scalar(key, required)
        if node is None or node.tag.endswith(":null"):
            if node is not None and required:
                self.error(line_of(node), f"{self.what}: '{key}' must not be empty")
            return None
        try:
            value = PartialDate.parse(str(node.value))
        except DateFormatError as exc:
            self.error(line_of(node), f"{self.what}: '{key}': {exc}")
            return None
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            self.error(
                line_of(node),
                f"{self.what}: '{key}' {value} is outside {MIN_YEAR}-{MAX_YEAR}",
            )
            return None
        return value

    def date(self, key: str, *, required: bool = False) -> dt.date | None:
        """Return a full YYYY-MM-DD date field."""
        value = self.partial_date(key, required=required)
        if value is None:
            return None
        if value.precision != "day":
            self.error(
                self.line_of_field(key), f"{self.what}: '{key}' needs a full YYYY-MM-DD date"
            )
            return None
        return value.first_day()

    def choice(self, key: str, enum: type[E], *, default: E | None = None) -> E | None:
        """Return an enumerated field; report values outside the enumeration."""
        value = self.text(key, required=default is None)
        if not value:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.error(
                self.line_of_field(key),
                f"{self.what}: '{key}' {value!r} is not one of: {allowed}",
            )
            return None

    def sequence(self, key: str, *, required: bool = False) -> list[Node]:
        """Return the items of a list field."""
        node = self.fields.get(key)
        if node is None or (isinstance(node, ScalarNode) and node.tag.endswith(":null")):
            if required:
                self.error(self.line_of_field(key), f"{self.what}: missing required list '{key}'")
            return []
        if not isinstance(node, SequenceNode):
            self.error(line_of(node), f"{self.what}: '{key}' must be a list")
            return []
        if required and not node.value:
            self.error(line_of(node), f"{self.what}: '{key}' must not be empty")
        return list(node.value)

    def text_list(self, key: str) -> tuple[str, ...]:
        """Return a list of short texts, such as tags."""
        values: list[str] = []
        for item in self.sequence(key):
            if isinstance(item, ScalarNode) and isinstance(item.value, str) and item.value.strip():
                values.append(item.value.strip())
            else:
                self.error(line_of(item), f"{self.what}: every item of '{key}' must be text")
        return tuple(values)

    def bilingual(self, key: str, *, required: bool = False) -> Bilingual:
        """Return a field written as a mapping ``{en: ..., ja: ...}``."""
        node = self.fields.get(key)
        if node is None:
            if required:
                self.error(self.line, f"{self.what}: missing required field '{key}'")
            return Bilingual()
        if not isinstance(node, MappingNode):
            self.error(line_of(node), f"{self.what}: '{key}' must have 'en' and 'ja' entries")
            return Bilingual()
        inner = EntryReader(node, self.path, f"{self.what}: '{key}'", ("en", "ja"))
        value = Bilingual(en=inner.text("en", required=required), ja=inner.text("ja"))
        self.problems.extend(inner.problems)
        return value

    def url(self, key: str) -> str:
        """Return an http or https URL field."""
        value = self.text(key)
        if value and not is_web_url(value):
            self.error(
                self.line_of_field(key),
                f"{self.what}: '{key}' must be an http:// or https:// address, not {value[:60]!r}",
            )
            return ""
        return value


def is_web_url(value: str) -> bool:
    """Return True for an absolute http(s) URL with a host and no spaces or control characters."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def read_fact(node: MappingNode, path: str) -> tuple[Fact | None, list[Problem]]:
    """Return the fact written at ``node`` (None if it has errors) and its problems."""
    r = EntryReader(node, path, "fact", FACT_FIELDS)
    fact_id = r.identifier("id")
    text = Bilingual(en=r.text("en"), ja=r.text("ja"))
    if not text.en and not text.ja:
        r.error(r.line, f"{r.what}: needs its text in 'en', 'ja' or both")
    else:
        for language in text.missing():
            name = "English" if language == "en" else "Japanese"
            r.warn(r.line, f"{r.what}: no {name} text ('{language}'): it will be flagged in briefs")
    topic = r.identifier("topic")
    tags = r.text_list("tags")
    date = r.partial_date("date")
    date_end = r.partial_date("date_end")
    if date_end is not None:
        if date is None:
            r.error(r.line_of_field("date_end"), f"{r.what}: 'date_end' needs a 'date'")
        elif date_end.last_day() < date.first_day():
            r.error(
                r.line_of_field("date_end"),
                f"{r.what}: 'date_end' {date_end} is before 'date' {date}",
            )
    as_of = r.date("as_of", required=True)
    status = r.choice("status", Status)
    superseded_by = r.identifier("superseded_by", required=False) or None
    if status is Status.SUPERSEDED and superseded_by is None:
        r.error(r.line_of_field("status"), f"{r.what}: a superseded fact needs 'superseded_by'")
    if superseded_by is not None and status is not Status.SUPERSEDED:
        r.error(
            r.line_of_field("superseded_by"),
            f"{r.what}: 'superseded_by' is set but the status is not 'superseded'",
        )
    if superseded_by is not None and superseded_by == fact_id:
        r.error(r.line_of_field("superseded_by"), f"{r.what}: a fact cannot supersede itself")
    review_by = r.date("review_by")
    if review_by is not None and as_of is not None and review_by < as_of:
        r.error(
            r.line_of_field("review_by"),
            f"{r.what}: 'review_by' {review_by} is before 'as_of' {as_of}",
        )
    refs = tuple(
        ref
        for ref in (_read_ref(item, r) for item in r.sequence("sources", required=True))
        if ref is not None
    )
    notes = r.text("notes")
    if not r.ok or status is None or as_of is None:
        return None, r.problems
    fact = Fact(
        id=fact_id,
        text=text,
        topic=topic,
        tags=tags,
        date=date,
        date_end=date_end,
        as_of=as_of,
        status=status,
        superseded_by=superseded_by,
        review_by=review_by,
        sources=refs,
        notes=notes,
        origin=r.origin(),
    )
    return fact, r.problems


def _read_ref(node: Node, fact: EntryReader) -> SourceRef | None:
    if isinstance(node, ScalarNode):
        value = str(node.value).strip()
        if not ID_RE.match(value):
            fact.error(line_of(node), f"{fact.what}: {value!r} is not a valid source id")
            return None
        return SourceRef(source=value)
    if not isinstance(node, MappingNode):
        fact.error(line_of(node), f"{fact.what}: a source is an id or a mapping with 'source'")
        return None
    r = EntryReader(node, fact.path, f"{fact.what}: source", REF_FIELDS)
    ref = SourceRef(source=r.identifier("source"), locator=r.text("locator"), quote=r.text("quote"))
    fact.problems.extend(r.problems)
    return ref if r.ok else None


def read_source(node: MappingNode, path: str) -> tuple[Source | None, list[Problem]]:
    """Return the source written at ``node`` (None if it has errors) and its problems."""
    r = EntryReader(node, path, "source", SOURCE_FIELDS)
    source_id = r.identifier("id")
    title = r.text("title", required=True)
    title_translated = r.text("title_translated")
    publisher = r.text("publisher", required=True)
    url = r.url("url")
    published = r.partial_date("published")
    published_note = r.text("published_note")
    accessed = r.date("accessed")
    if accessed is not None and published is not None and accessed < published.first_day():
        r.error(
            r.line_of_field("accessed"),
            f"{r.what}: 'accessed' {accessed} is before 'published' {published}",
        )
    language = r.text("language", required=True)
    if language and not LANGUAGE_RE.match(language):
        r.error(r.line_of_field("language"), f"{r.what}: 'language' {language!r} is not a code")
    kind = r.choice("kind", SourceKind)
    notes = r.text("notes")
    if not r.ok or kind is None:
        return None, r.problems
    source = Source(
        id=source_id,
        title=title,
        title_translated=title_translated,
        publisher=publisher,
        url=url,
        published=published,
        published_note=published_note,
        accessed=accessed,
        language=language,
        kind=kind,
        notes=notes,
        origin=r.origin(),
    )
    return source, r.problems


def read_info(node: Node, path: str) -> tuple[LibraryInfo | None, list[Problem]]:
    """Return the library metadata of ``library.yaml`` and its problems."""
    if not isinstance(node, MappingNode):
        return None, [Problem(path, line_of(node), "library.yaml must be a mapping of fields")]
    try:
        check_plain(node)
    except YamlReadError as exc:
        return None, [Problem(path, exc.line, exc.message)]
    r = EntryReader(node, path, "library", INFO_FIELDS)
    name = r.bilingual("name", required=True)
    version = r.text("version", required=True)
    description = r.bilingual("description")
    as_of = r.date("as_of")
    maintainer = r.text("maintainer")
    topics: list[Topic] = []
    seen: dict[str, int] = {}
    for item in r.sequence("topics", required=True):
        if not isinstance(item, MappingNode):
            r.error(line_of(item), "library: each topic is a mapping with 'id', 'en' and 'ja'")
            continue
        t = EntryReader(item, path, "topic", TOPIC_FIELDS)
        topic_id = t.identifier("id")
        label = Bilingual(en=t.text("en", required=True), ja=t.text("ja", required=True))
        if topic_id in seen:
            t.error(t.line, f"topic '{topic_id}' is defined twice (first at line {seen[topic_id]})")
        r.problems.extend(t.problems)
        if t.ok:
            seen[topic_id] = t.line
            topics.append(Topic(topic_id, label))
    if not r.ok:
        return None, r.problems
    info = LibraryInfo(
        name=name,
        version=version,
        description=description,
        as_of=as_of,
        maintainer=maintainer,
        topics=tuple(topics),
        origin=r.origin(),
    )
    return info, r.problems


def read_entries(
    root: Node,
    key: str,
    path: str,
    reader: Callable[[MappingNode, str], tuple[T | None, list[Problem]]],
) -> tuple[list[T], list[Problem]]:
    """Return the entries of the top-level ``key`` list of a file, with all problems."""
    problems: list[Problem] = []
    if not isinstance(root, MappingNode) or root.tag != "tag:yaml.org,2002:map":
        return [], [Problem(path, line_of(root), f"expected a mapping with a '{key}' list")]
    body: Node | None = None
    for key_node, value_node in root.value:
        name = key_node.value if isinstance(key_node, ScalarNode) else None
        if name == key and body is None:
            body = value_node
        else:
            problems.append(
                Problem(
                    path,
                    line_of(key_node),
                    f"unexpected top-level entry {name!r}; this file holds only '{key}'",
                )
            )
    if body is None:
        problems.append(Problem(path, line_of(root), f"expected a '{key}' list"))
        return [], problems
    if isinstance(body, ScalarNode) and body.tag.endswith(":null"):
        return [], problems
    if not isinstance(body, SequenceNode) or body.tag != "tag:yaml.org,2002:seq":
        problems.append(Problem(path, line_of(body), f"'{key}' must be a list of entries"))
        return [], problems
    entries: list[T] = []
    seen: set[int] = set()
    for item in body.value:
        try:
            check_plain(item, seen)
        except YamlReadError as exc:
            problems.append(Problem(path, exc.line, exc.message))
            continue
        if not isinstance(item, MappingNode):
            problems.append(
                Problem(path, line_of(item), f"each item of '{key}' must be a mapping of fields")
            )
            continue
        entry, entry_problems = reader(item, path)
        problems.extend(entry_problems)
        if entry is not None:
            entries.append(entry)
    return entries, problems
