"""The document properties of a DOCX (title, author, keywords, dates), from the brief's info."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from briefgen.core.composition.document import DocumentInfo
from briefgen.render.safe_text import clean_text

_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def language_tag(tag: str) -> str:
    """Return ``tag`` if it looks like a BCP 47 tag ("en-GB"), else "en-GB"."""
    return tag if _LANGUAGE_TAG.fullmatch(tag) else "en-GB"


def write_properties(word: Any, info: DocumentInfo, language: str) -> None:
    """Set the core properties of python-docx document ``word`` from ``info``."""
    props = word.core_properties
    props.title = _property(info.title)
    props.author = props.last_modified_by = _property(info.author)
    props.subject = _property(info.subject)
    props.keywords = _property(", ".join(info.keywords))
    props.language = language
    for unused in ("category", "comments", "content_status", "identifier"):
        setattr(props, unused, "")
    props.version = _property(info.library_version)
    props.revision = 1
    # Word stores UTC; a naive time is taken as local time, as datetime.astimezone does.
    created = (info.created or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    props.created = props.modified = created.replace(tzinfo=None)


def _property(value: str) -> str:
    """Return ``value`` cleaned and cut to the 255 characters a core property may hold."""
    return clean_text(value)[:255]
