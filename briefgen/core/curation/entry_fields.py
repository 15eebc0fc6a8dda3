"""Entries as the fields of their YAML blocks, in the library's order; files by digest."""

from __future__ import annotations

import hashlib
from typing import Any

from briefgen.core.library.dates import PartialDate
from briefgen.core.library.model import Fact, Source
from briefgen.core.library.schema import FACT_FIELDS, SOURCE_FIELDS


def file_digest(data: bytes) -> str:
    """Return the digest a file's content is compared by."""
    return hashlib.sha256(data).hexdigest()


def fact_entry(fact: Fact) -> dict[str, Any]:
    """Return ``fact`` as the fields of its YAML entry, in the library's order, without defaults."""
    refs: list[Any] = [
        (
            ref.source
            if not ref.locator and not ref.quote
            else {
                k: v
                for k, v in (("source", ref.source), ("locator", ref.locator), ("quote", ref.quote))
                if v
            }
        )
        for ref in fact.sources
    ]
    values: dict[str, Any] = {
        "id": fact.id,
        "topic": fact.topic,
        "tags": list(fact.tags),
        "en": fact.text.en,
        "ja": fact.text.ja,
        "date": _partial(fact.date),
        "date_end": _partial(fact.date_end),
        "as_of": fact.as_of,
        "status": fact.status.value,
        "superseded_by": fact.superseded_by,
        "review_by": fact.review_by,
        "reviewed_by": fact.reviewed_by,
        "sources": refs,
        "notes": fact.notes,
    }
    return {k: values[k] for k in FACT_FIELDS if values[k] not in (None, "", [])}


def source_entry(source: Source) -> dict[str, Any]:
    """Return ``source`` as the fields of its YAML entry, in the library's order."""
    values: dict[str, Any] = {
        "id": source.id,
        "title": source.title,
        "title_devised": source.title_devised or None,
        "title_translated": source.title_translated,
        "authors": list(source.authors),
        "container": source.container,
        "publisher": source.publisher,
        "url": source.url,
        "doi": source.doi,
        "published": _partial(source.published),
        "published_note": source.published_note,
        "accessed": source.accessed,
        "language": source.language,
        "kind": source.kind.value,
        "notes": source.notes,
    }
    return {k: values[k] for k in SOURCE_FIELDS if values[k] not in (None, "", [])}


def _partial(value: PartialDate | None) -> object:
    # Written as the reader expects and a curator would type: 2025-05-28, 2025-05, 2025.
    if value is None:
        return None
    if value.precision == "day":
        return value.first_day()
    return value.year if value.precision == "year" else str(value)
