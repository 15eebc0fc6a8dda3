"""Bookmarks, links to them, and web links in WordprocessingML.

Headings and source entries are bookmarked; a citation number links to its
source's bookmark, a URL to the web through an external relationship of the
part it is in (the document, or the footnotes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from briefgen.core.composition.document import Block, Heading, SourceList
from briefgen.render.docx.wordml import W_PPR, add_child
from briefgen.render.safe_text import clean_text

# lxml elements from python-docx carry no type information.
Element = Any

_BOOKMARK_MAX = 40  # Word truncates longer bookmark names
_NOT_BOOKMARK = re.compile(r"[^A-Za-z0-9_]+")


def bookmark_name(anchor: str) -> str:
    """Return a valid Word bookmark name for ``anchor`` ("sec-summary" -> "sec_summary").

    Word accepts letters, digits and underscores, starting with a letter, at most
    40 characters. Names are ASCII so every application and PDF exporter keeps them.
    """
    name = _NOT_BOOKMARK.sub("_", anchor.lstrip("#")).strip("_")
    if not name or not name[0].isalpha():
        name = "b_" + name
    return name[:_BOOKMARK_MAX]


def unique_bookmark_name(anchor: str, taken: set[str]) -> str:
    """Return :func:`bookmark_name` of ``anchor``, suffixed if needed to differ from ``taken``."""
    name = bookmark_name(anchor)
    number = 2
    candidate = name
    while candidate.lower() in taken:  # Word compares bookmark names case-insensitively
        suffix = f"_{number}"
        candidate = name[: _BOOKMARK_MAX - len(suffix)] + suffix
        number += 1
    taken.add(candidate.lower())
    return candidate


def bookmark_names(blocks: Iterable[Block]) -> dict[str, str]:
    """Return a unique, valid bookmark name for every heading and source anchor, in order."""
    anchors: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            anchors.append(block.anchor)
        elif isinstance(block, SourceList):
            anchors.extend(entry.anchor for entry in block.entries)
    taken: set[str] = set()
    names: dict[str, str] = {}
    for anchor in anchors:
        if anchor and anchor not in names:
            names[anchor] = unique_bookmark_name(clean_text(anchor), taken)
    return names


def wrap_in_bookmark(paragraph: Element, name: str, bookmark_id: int) -> None:
    """Put the whole content of ``paragraph`` inside a bookmark called ``name``."""
    start = paragraph.makeelement(qn("w:bookmarkStart"), {qn("w:id"): str(bookmark_id)})
    start.set(qn("w:name"), name)
    ppr = paragraph.find(W_PPR)
    if ppr is None:
        paragraph.insert(0, start)
    else:
        ppr.addnext(start)
    add_child(paragraph, qn("w:bookmarkEnd"), id=str(bookmark_id))


def add_hyperlink(paragraph: Element, *, rel_id: str = "", anchor: str = "") -> Element:
    """Append an empty ``w:hyperlink`` to ``paragraph`` and return it, to add runs to.

    ``rel_id`` is the id of an external relationship (a web address); ``anchor``
    the name of a bookmark in this document.
    """
    link = add_child(paragraph, qn("w:hyperlink"))
    if rel_id:
        link.set(qn("r:id"), rel_id)
    if anchor:
        link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    return link


class WebLinks:
    """The external relationships of one document's web links: one per address and part.

    python-docx's ``Part.relate_to`` looks through every relationship of the
    part for an equal one and then for a free id, each time: with a hundred
    links to sources, a tenth of a DOCX render. Links are made once per address
    here, so each new one only needs a free id.
    """

    def __init__(self) -> None:
        self._ids: dict[tuple[str, int], str] = {}
        self._next: dict[int, int] = {}

    def rel_id(self, part: Any, target: str) -> str:
        """Return the id of ``part``'s relationship to web address ``target``, added once."""
        key = (target, id(part))
        rel_id = self._ids.get(key)
        if rel_id is None:
            rels = part.rels
            number = self._next.get(id(part), len(rels) + 1)
            while f"rId{number}" in rels:
                number += 1
            rel_id = f"rId{number}"
            rels.add_relationship(RT.HYPERLINK, target, rel_id, is_external=True)
            self._ids[key] = rel_id
            self._next[id(part)] = number + 1
        return rel_id
