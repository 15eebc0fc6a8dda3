"""Read BibTeX with bibtexparser 2: the only module that imports it.

Text fields (title, names, journal, publisher) have their LaTeX escapes and
braces decoded ({\\"U}ber -> Über, {AI} -> AI); URLs, DOIs and dates are taken
as written, since decoding LaTeX would change them (an ``&`` in a URL is not
a table column).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bibtexparser import middlewares
from bibtexparser.entrypoint import parse_string
from bibtexparser.library import Library
from bibtexparser.model import DuplicateBlockKeyBlock

from briefgen.core.search.normalize import has_cjk

_VERBATIM = ("url", "doi", "urldate", "date", "year", "month", "langid", "language")


@dataclass(frozen=True, slots=True)
class BibEntry:
    """One BibTeX entry: its type, key, names as printed, and its fields as plain text."""

    entry_type: str
    key: str
    authors: tuple[str, ...]
    fields: dict[str, str]


def parse_bibtex(text: str, path: Path) -> Iterator[BibEntry]:
    """Yield the entries of a BibTeX text; raise :class:`ImportFormatError` at a broken one."""
    from briefgen.core.curation.reference_import import ImportFormatError, person_name

    try:
        with _quiet():
            raw, decoded, as_written = _parse(text)
    except Exception as exc:  # bibtexparser raises a variety of errors on broken input
        raise ImportFormatError(f"{path}: not BibTeX that can be read ({exc})") from None
    if raw.failed_blocks:
        # bibtexparser leaves out what it cannot read; an import must not lose it unsaid.
        block = raw.failed_blocks[0]
        start = (block.raw or "").strip().split("\n")[0][:60]
        why = (
            "a second entry with the same key"
            if isinstance(block, DuplicateBlockKeyBlock)
            else ("an entry that cannot be read")
        )
        line = f":{block.start_line + 1}" if block.start_line is not None else ""
        raise ImportFormatError(f"{path}{line}: {why} ({start}): fix it and import again")
    verbatim = {entry.key: entry.fields_dict for entry in raw.entries}
    written = {entry.key: entry.fields_dict.get("author") for entry in as_written.entries}
    for entry in decoded.entries:
        fields: dict[str, str] = {}
        for name, item in entry.fields_dict.items():
            key = name.lower()
            if key in _VERBATIM:
                value = verbatim.get(entry.key, {}).get(name)
                fields[key] = " ".join(str(value.value if value else item.value).split())
            elif isinstance(item.value, str):
                fields[key] = " ".join(item.value.split())
        authors: list[str] = []
        people = entry.fields_dict.get("author")
        names = written.get(entry.key)
        printed = list(names.value) if names is not None and isinstance(names.value, list) else []
        if people is not None and isinstance(people.value, list):
            for n, person in enumerate(people.value):
                original = " ".join(str(printed[n]).split()) if n < len(printed) else ""
                if has_cjk(original) and "," not in original:
                    authors.append(original)  # a Japanese name as written: family name first
                    continue
                given = " ".join(getattr(person, "first", []))
                family = " ".join([*getattr(person, "von", []), *getattr(person, "last", [])])
                name = person_name(given, family)
                jr = " ".join(getattr(person, "jr", []))
                authors.append(f"{name}, {jr}" if jr else name)
        yield BibEntry(entry.entry_type, entry.key, tuple(a for a in authors if a), fields)


def _parse(text: str) -> tuple[Library, Library, Library]:
    """Return ``text`` parsed as written, decoded with names split, and decoded with names whole."""
    raw = parse_string(text)
    decoded = parse_string(
        text,
        append_middleware=[
            middlewares.LatexDecodingMiddleware(),
            middlewares.SeparateCoAuthors(),
            middlewares.SplitNameParts(),
        ],
    )
    as_written = parse_string(
        text,
        append_middleware=[middlewares.LatexDecodingMiddleware(), middlewares.SeparateCoAuthors()],
    )
    return raw, decoded, as_written


@contextmanager
def _quiet() -> Iterator[None]:
    """Keep bibtexparser from logging each broken entry to the terminal (we report it once)."""
    logger = logging.getLogger("bibtexparser")  # its modules' loggers inherit this level
    was = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(was)
