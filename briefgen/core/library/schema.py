"""Turn YAML nodes into library entries, reporting every problem with its line.

Each entry (a fact, a source, the library metadata) is read field by field; a
field's problem is reported at the line of its value, a missing field at the
line of its entry. An entry with any error is left out; its neighbours load.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from briefgen.core.library.entry_reader import EntryReader
from briefgen.core.library.model import (
    Bilingual,
    Fact,
    LibraryInfo,
    Source,
    SourceKind,
    SourceRef,
    Status,
    Topic,
)
from briefgen.core.library.problems import Problem, ProblemCode
from briefgen.core.library.safe_yaml import YamlReadError, check_plain, line_of
from briefgen.core.library.validate import ID_RE, check_fact, check_source

FACT_FIELDS = (
    "id", "topic", "tags", "en", "ja", "date", "date_end", "as_of", "status",
    "superseded_by", "review_by", "reviewed_by", "sources", "notes",
)  # fmt: skip
SOURCE_FIELDS = (
    "id", "title", "title_devised", "title_translated", "authors", "container", "publisher",
    "url", "doi", "published", "published_note", "accessed", "language", "kind", "notes",
)  # fmt: skip
REF_FIELDS = ("source", "locator", "quote")
INFO_FIELDS = (
    "name", "version", "description", "as_of", "maintainer", "review_interval", "topics",
)  # fmt: skip
TOPIC_FIELDS = ("id", "en", "ja")

DEFAULT_REVIEW_INTERVAL = 6
MAX_REVIEW_INTERVAL = 120

T = TypeVar("T")
C = ProblemCode


def read_fact(node: MappingNode, path: str) -> tuple[Fact | None, list[Problem]]:
    """Return the fact written at ``node`` (None if it has errors) and its problems."""
    r = EntryReader(node, path, "fact", FACT_FIELDS)
    fact_id = r.text("id", required=True)
    text = Bilingual(en=r.text("en"), ja=r.text("ja"))
    topic = r.text("topic", required=True)
    tags = r.text_list("tags")
    date = r.partial_date("date")
    date_end = r.partial_date("date_end")
    as_of = r.date("as_of", required=True)
    status = r.choice("status", Status)
    superseded_by = r.text("superseded_by") or None
    review_by = r.date("review_by")
    reviewed_by = r.text("reviewed_by")
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
        reviewed_by=reviewed_by,
        sources=refs,
        notes=notes,
        origin=r.origin(),
    )
    r.placed(check_fact(fact))
    return (fact if r.ok else None), r.problems


def _read_ref(node: Node, fact: EntryReader) -> SourceRef | None:
    if isinstance(node, ScalarNode):
        return SourceRef(source=str(node.value).strip())
    if not isinstance(node, MappingNode):
        fact.error(line_of(node), C.NOT_A_SOURCE_REF, "sources")
        return None
    r = EntryReader(
        node, fact.path, fact.entry, REF_FIELDS, entry_id=fact.entry_id, prefix="sources."
    )
    ref = SourceRef(
        source=r.text("source", required=True), locator=r.text("locator"), quote=r.text("quote")
    )
    fact.problems.extend(r.problems)
    return ref if r.ok else None


def read_source(node: MappingNode, path: str) -> tuple[Source | None, list[Problem]]:
    """Return the source written at ``node`` (None if it has errors) and its problems."""
    r = EntryReader(node, path, "source", SOURCE_FIELDS)
    source_id = r.text("id", required=True)
    title = r.text("title", required=True)
    title_devised = r.flag("title_devised")
    title_translated = r.text("title_translated")
    authors = r.text_list("authors")
    container = r.text("container")
    publisher = r.text("publisher", required=True)
    url = r.text("url")
    doi = r.text("doi")
    published = r.partial_date("published")
    published_note = r.text("published_note")
    accessed = r.date("accessed")
    language = r.text("language", required=True)
    kind = r.choice("kind", SourceKind)
    notes = r.text("notes")
    if not r.ok or kind is None:
        return None, r.problems
    source = Source(
        id=source_id,
        title=title,
        title_devised=title_devised,
        title_translated=title_translated,
        authors=authors,
        container=container,
        publisher=publisher,
        url=url,
        doi=doi,
        published=published,
        published_note=published_note,
        accessed=accessed,
        language=language,
        kind=kind,
        notes=notes,
        origin=r.origin(),
    )
    r.placed(check_source(source))
    return (source if r.ok else None), r.problems


def read_info(node: Node, path: str) -> tuple[LibraryInfo | None, list[Problem]]:
    """Return the library metadata of ``library.yaml`` and its problems."""
    if not isinstance(node, MappingNode):
        return None, [Problem(C.FILE_NOT_A_MAPPING, path, line_of(node), params={"file": path})]
    try:
        check_plain(node)
    except YamlReadError as exc:
        return None, [exc.problem(path)]
    r = EntryReader(node, path, "library", INFO_FIELDS)
    name = r.bilingual("name", required=True)
    version = r.text("version", required=True)
    description = r.bilingual("description")
    as_of = r.date("as_of")
    maintainer = r.text("maintainer")
    review_interval = r.integer("review_interval", 1, MAX_REVIEW_INTERVAL)
    topics: list[Topic] = []
    seen: dict[str, int] = {}
    for item in r.sequence("topics", required=True):
        if not isinstance(item, MappingNode):
            r.error(line_of(item), C.TOPIC_NOT_A_MAPPING, "topics")
            continue
        t = EntryReader(item, path, "topic", TOPIC_FIELDS)
        topic_id = t.text("id", required=True)
        if topic_id and not ID_RE.match(topic_id):
            t.error(t.line_of_field("id"), C.INVALID_ID, "id", value=topic_id)
        label = Bilingual(en=t.text("en", required=True), ja=t.text("ja", required=True))
        if topic_id in seen:
            t.error(t.line, C.TOPIC_TWICE, "id", first_line=str(seen[topic_id]))
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
        review_interval=review_interval or DEFAULT_REVIEW_INTERVAL,
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
        return [], [Problem(C.NOT_A_MAPPING, path, line_of(root), params={"key": key})]
    body: Node | None = None
    for key_node, value_node in root.value:
        name = key_node.value if isinstance(key_node, ScalarNode) else None
        if name == key and body is None:
            body = value_node
        else:
            problems.append(
                Problem(
                    C.UNEXPECTED_TOP_LEVEL,
                    path,
                    line_of(key_node),
                    params={"name": str(name), "key": key},
                )
            )
    if body is None:
        problems.append(Problem(C.EXPECTED_LIST, path, line_of(root), params={"key": key}))
        return [], problems
    if isinstance(body, ScalarNode) and body.tag.endswith(":null"):
        return [], problems
    if not isinstance(body, SequenceNode) or body.tag != "tag:yaml.org,2002:seq":
        problems.append(Problem(C.NOT_A_LIST_OF_ENTRIES, path, line_of(body), params={"key": key}))
        return [], problems
    entries: list[T] = []
    seen: set[int] = set()
    for item in body.value:
        try:
            check_plain(item, seen)
        except YamlReadError as exc:
            problems.append(exc.problem(path))
            continue
        if not isinstance(item, MappingNode):
            problems.append(
                Problem(C.ENTRY_NOT_A_MAPPING, path, line_of(item), params={"key": key})
            )
            continue
        entry, entry_problems = reader(item, path)
        problems.extend(entry_problems)
        if entry is not None:
            entries.append(entry)
    return entries, problems
