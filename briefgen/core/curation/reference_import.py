"""Import sources from a reference manager: CSL-JSON (Zotero and most others) and BibTeX.

Each reference becomes a :class:`Source` with its authors, DOI, container
title, issued and accessed dates, URL and language. A reference already in the
library (the same DOI, the same URL once normalised, or the same id) is
skipped, so importing a file twice adds nothing the second time. New sources
are appended to one sources file; the lines already there are not touched.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from briefgen.core.library.assembly import Library
from briefgen.core.library.dates import DateFormatError, PartialDate
from briefgen.core.library.model import Origin, Source, SourceKind
from briefgen.core.library.problems import Problem
from briefgen.core.library.validate import DOI_RE, ID_RE, LANGUAGE_RE
from briefgen.core.search.normalize import has_cjk

MAX_IMPORT_BYTES = 32 * 1024 * 1024


class ImportFormatError(Exception):
    """Raised when a file is not CSL-JSON or BibTeX that can be read; names the file and why."""


@dataclass(frozen=True, slots=True)
class Reference:
    """One reference as a reference manager exports it, before it becomes a source."""

    key: str
    title: str
    authors: tuple[str, ...] = ()
    container: str = ""
    publisher: str = ""
    url: str = ""
    doi: str = ""
    issued: PartialDate | None = None
    accessed: dt.date | None = None
    language: str = ""
    kind: SourceKind = SourceKind.OTHER


class SkipReason(StrEnum):
    """Why a reference is not added; each interface words it (the GUI translates by it)."""

    SAME_DOI = "same-doi"
    SAME_URL = "same-url"
    SAME_ID = "same-id"
    NO_TITLE = "no-title"
    NO_PUBLISHER = "no-publisher"
    BREAKS_RULES = "breaks-rules"

    @property
    def is_duplicate(self) -> bool:
        """Return True when the library already has the reference."""
        return self in (SkipReason.SAME_DOI, SkipReason.SAME_URL, SkipReason.SAME_ID)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A reference that is not added: its key, why, and the value or problems that say so."""

    key: str
    reason: SkipReason
    value: str = ""
    problems: tuple[Problem, ...] = ()

    @property
    def message(self) -> str:
        """Return why, as an English sentence (the command line prints it)."""
        texts = {
            SkipReason.SAME_DOI: f"DOI {self.value} is already in the library",
            SkipReason.SAME_URL: f"URL {self.value} is already in the library",
            SkipReason.SAME_ID: f"the id '{self.value}' is already in the library",
            SkipReason.NO_TITLE: "the reference has no title",
            SkipReason.NO_PUBLISHER: "the reference has no publisher or container title",
            SkipReason.BREAKS_RULES: "; ".join(p.message for p in self.problems),
        }
        return texts[self.reason]


@dataclass(slots=True)
class ImportPlan:
    """What an import adds, and what it skips with the reason."""

    added: list[Source] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


_CSL_KINDS = {
    "legislation": SourceKind.LAW,
    "bill": SourceKind.LAW,
    "legal_case": SourceKind.LAW,
    "article-newspaper": SourceKind.NEWS,
    "article-magazine": SourceKind.NEWS,
    "article-journal": SourceKind.COMMENTARY,
    "book": SourceKind.COMMENTARY,
    "chapter": SourceKind.COMMENTARY,
    "paper-conference": SourceKind.COMMENTARY,
    "thesis": SourceKind.COMMENTARY,
    "entry-encyclopedia": SourceKind.REFERENCE,
    "entry-dictionary": SourceKind.REFERENCE,
}
_BIBTEX_KINDS = {
    "article": SourceKind.COMMENTARY,
    "book": SourceKind.COMMENTARY,
    "incollection": SourceKind.COMMENTARY,
    "inproceedings": SourceKind.COMMENTARY,
    "phdthesis": SourceKind.COMMENTARY,
    "mastersthesis": SourceKind.COMMENTARY,
}
_LANGUAGES = {"japanese": "ja", "english": "en", "日本語": "ja", "英語": "en"}
_MONTHS = {
    name: n
    for n, names in enumerate(
        (("jan",), ("feb",), ("mar",), ("apr",), ("may",), ("jun",), ("jul",), ("aug",), ("sep",),
         ("oct",), ("nov",), ("dec",)),
        start=1,
    )
    for name in names
}  # fmt: skip


def read_references(path: Path) -> list[Reference]:
    """Return the references in ``path``: CSL-JSON (``.json``) or BibTeX (anything else)."""
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportFormatError(f"{path}: the file is too large to import")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFormatError(f"{path}: not UTF-8 text") from None
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        return list(_csl_references(text, path))
    return list(_bibtex_references(text, path))


def plan_import(references: Iterable[Reference], library: Library, into: str) -> ImportPlan:
    """Return the sources to add for ``references``, skipping those the library already has."""
    plan = ImportPlan()
    ids = set(library.sources)
    dois = {s.doi.lower() for s in library.sources.values() if s.doi}
    urls = {normal_url(s.url) for s in library.sources.values() if s.url}
    for ref in references:
        source_id = _source_id(ref.key or ref.title)
        if ref.doi and ref.doi.lower() in dois:
            plan.skipped.append(Skipped(ref.key, SkipReason.SAME_DOI, ref.doi))
            continue
        if ref.url and normal_url(ref.url) in urls:
            plan.skipped.append(Skipped(ref.key, SkipReason.SAME_URL, ref.url))
            continue
        if source_id in ids:
            plan.skipped.append(Skipped(ref.key, SkipReason.SAME_ID, source_id))
            continue
        publisher = ref.publisher or ref.container
        if not ref.title or not publisher:
            reason = SkipReason.NO_TITLE if not ref.title else SkipReason.NO_PUBLISHER
            plan.skipped.append(Skipped(ref.key, reason))
            continue
        language = ref.language or ("ja" if has_cjk(ref.title) else "en")
        issued = ref.issued
        accessed = ref.accessed
        if accessed is not None and issued is not None and accessed < issued.first_day():
            accessed = None  # a reference manager's error: keep the publication date
        source = Source(
            id=source_id,
            title=ref.title,
            publisher=publisher,
            language=language,
            kind=ref.kind,
            origin=Origin(into, 0),
            authors=ref.authors,
            container=ref.container if ref.container != publisher else "",
            url=ref.url,
            doi=ref.doi,
            published=issued,
            accessed=accessed,
        )
        plan.added.append(source)
        ids.add(source_id)
        dois.update({ref.doi.lower()} if ref.doi else set())
        urls.update({normal_url(ref.url)} if ref.url else set())
    return plan


def normal_url(url: str) -> str:
    """Return ``url`` in the form duplicates are compared by (case, www., slash, fragment)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", host, path, parts.query, ""))


def bare_doi(value: str) -> str:
    """Return a DOI without its resolver prefix (https://doi.org/, doi:), or "" if it is none."""
    text = value.strip()
    text = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", text, flags=re.IGNORECASE)
    return text if DOI_RE.match(text) else ""


def _source_id(key: str) -> str:
    text = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9._-]+", "-", text).strip("-._")[:80] or "reference"
    return text if ID_RE.match(text) else f"ref-{text}"[:80]


def _language(value: str) -> str:
    text = value.strip()
    mapped = _LANGUAGES.get(text.lower(), text)
    if LANGUAGE_RE.match(mapped):
        return mapped
    short = mapped.split("-")[0].lower()
    return short if LANGUAGE_RE.match(short) else ""


def _partial(parts: Iterable[Any]) -> PartialDate | None:
    numbers = [int(p) for p in parts if str(p).strip().isdigit()][:3]
    if not numbers:
        return None
    try:
        return PartialDate(*numbers)
    except (DateFormatError, TypeError):
        return None


def _csl_date(value: Any) -> PartialDate | None:
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list):
        return _partial(parts[0])
    raw = value.get("raw")
    if isinstance(raw, str):
        try:
            return PartialDate.parse(raw.strip()[:10])
        except DateFormatError:
            return None
    return None


def _csl_name(name: Any) -> str:
    if not isinstance(name, dict):
        return ""
    if _text(name.get("literal")):
        return _text(name["literal"])
    # _text, not str: a name part written as null is missing, not the word "None".
    return person_name(_text(name.get("given")), _text(name.get("family")))


def person_name(given: str, family: str) -> str:
    """Return a name as printed: family name first in Japanese, given name first otherwise."""
    if has_cjk(family + given):
        return f"{family} {given}".strip()
    return f"{given} {family}".strip()


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if isinstance(value, str | int) else ""


def _csl_references(text: str, path: Path) -> Iterator[Reference]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"{path}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    if isinstance(items, dict):
        items = items.get("items", [items])
    if not isinstance(items, list):
        raise ImportFormatError(f"{path}: CSL-JSON is a list of references")
    for item in items:
        if not isinstance(item, dict):
            continue
        accessed = _csl_date(item.get("accessed"))
        yield Reference(
            key=_text(item.get("id") or item.get("citation-key") or ""),
            title=_text(item.get("title")),
            authors=tuple(name for a in item.get("author") or [] if (name := _csl_name(a))),
            container=_text(item.get("container-title")),
            publisher=_text(item.get("publisher")),
            url=_text(item.get("URL")),
            doi=bare_doi(_text(item.get("DOI"))),
            issued=_csl_date(item.get("issued")),
            accessed=accessed.first_day() if accessed and accessed.precision == "day" else None,
            language=_language(_text(item.get("language"))),
            kind=_CSL_KINDS.get(_text(item.get("type")), SourceKind.OTHER),
        )


def _bibtex_references(text: str, path: Path) -> Iterator[Reference]:
    from briefgen.core.curation.bibtex import parse_bibtex

    for entry in parse_bibtex(text, path):
        fields = entry.fields
        month = _MONTHS.get(fields.get("month", "").strip().lower()[:3])
        if month is None and fields.get("month", "").strip().isdigit():
            month = int(fields["month"])
        issued: PartialDate | None = None
        if fields.get("date"):
            try:
                issued = PartialDate.parse(fields["date"].strip()[:10])
            except DateFormatError:
                issued = None
        elif fields.get("year", "").strip().isdigit():
            issued = _partial([fields["year"], month] if month else [fields["year"]])
        accessed: dt.date | None = None
        if fields.get("urldate"):
            try:
                urldate = PartialDate.parse(fields["urldate"].strip()[:10])
                accessed = urldate.first_day() if urldate.precision == "day" else None
            except DateFormatError:
                accessed = None
        yield Reference(
            key=entry.key,
            title=fields.get("title", ""),
            authors=entry.authors,
            container=fields.get("journal") or fields.get("booktitle") or fields.get("series", ""),
            publisher=fields.get("publisher") or fields.get("institution", ""),
            url=fields.get("url", ""),
            doi=bare_doi(fields.get("doi", "")),
            issued=issued,
            accessed=accessed,
            language=_language(fields.get("langid") or fields.get("language", "")),
            kind=_BIBTEX_KINDS.get(entry.entry_type.lower(), SourceKind.OTHER),
        )


def plan_checked_import(references: Iterable[Reference], library: Library, into: str) -> ImportPlan:
    """Return what importing ``references`` adds: :func:`plan_import`, less rule breakers.

    A reference that breaks a rule (an invalid URL, say) is skipped with its
    problems; this is what the library manager previews before importing.
    """
    plan = plan_import(references, library, into)
    for source in list(plan.added):
        errors = [p for p in library.check_source(source) if p.is_error]
        if errors:
            plan.added.remove(source)
            plan.skipped.append(Skipped(source.id, SkipReason.BREAKS_RULES, problems=tuple(errors)))
    return plan


def import_references(path: Path, library: Library, into: str) -> ImportPlan:
    """Add the references of ``path`` that the library lacks to the sources file ``into``."""
    from briefgen.core.curation.edit import LibraryEditor

    # The rest are added in one write.
    plan = plan_checked_import(read_references(path), library, into)
    if plan.added:
        LibraryEditor(library).add_sources(plan.added, into)
    return plan
