"""Prepare a Word reference document: empty its body, index its styles, copy missing ones.

Used by :mod:`briefgen.render.docx.reference` (and so once per reference per
process); the raw XML of styles and numbering definitions stays here.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from docx.oxml.ns import qn

# lxml elements from python-docx carry no type information.
Element = Any

# Relationships of a body's content, dropped with the body when nothing else uses them.
_BODY_RELATIONSHIPS = frozenset((
    "image", "hyperlink", "header", "footer", "oleObject", "package", "chart", "diagramData",
    "diagramLayout", "diagramQuickStyle", "diagramColors", "diagramDrawing", "video", "audio",
    "media", "comments", "commentsExtended", "commentsIds", "commentsExtensible", "people",
    "aFChunk", "control",
))  # fmt: skip
_RELATIONSHIP_ATTRIBUTE = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PICTURES = (qn("w:drawing"), qn("w:pict"), qn("w:object"))


def remove_body(part: Any) -> None:
    """Empty the body of document ``part`` as a reference document is used.

    The body's pictures, links and comments go with it (pandoc does the same);
    headers and footers lose their text but keep paragraphs with pictures, such
    as a logo. The last section's properties (page setup, header references) stay.
    """
    body = part.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    body.get_or_add_sectPr()
    used = {
        value
        for element in part.element.iter()
        for key, value in element.attrib.items()
        if key.startswith(_RELATIONSHIP_ATTRIBUTE)
    }
    for rel_id, rel in list(part.rels.items()):
        if rel_id not in used and rel.reltype.rsplit("/", 1)[-1] in _BODY_RELATIONSHIPS:
            part.rels.pop(rel_id)
    for rel in part.rels.values():
        if not rel.is_external and rel.reltype.rsplit("/", 1)[-1] in ("header", "footer"):
            root = rel.target_part.element
            for child in list(root):
                pictures = any(True for tag in _PICTURES for _ in child.iter(tag))
                if child.tag in (qn("w:p"), qn("w:tbl")) and not pictures:
                    root.remove(child)


# -- styles ---------------------------------------------------------------------------------------


def style_index(styles: Element) -> dict[tuple[str, str], Element]:
    """Return the ``w:style`` children of ``styles`` by (type, lower-case name)."""
    index: dict[tuple[str, str], Element] = {}
    for style in styles.iterchildren(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None:
            key = (style.get(qn("w:type"), "paragraph"), name.get(qn("w:val"), "").lower())
            index.setdefault(key, style)
    return index


def copy_style(
    style: Element,
    source_styles: Element,
    target_styles: Element,
    *,
    source_numbering: Callable[[], Element],
    target_numbering: Callable[[], Element],
) -> Element:
    """Copy ``style`` from one ``w:styles`` element into another and return the copy.

    Style ids differ between documents (Japanese Word calls Normal "a"), so the
    copy's basedOn/next/link references are matched by name and dropped when the
    target has no such style; a list style brings its numbering definition along.
    """
    source_names = {
        s.get(qn("w:styleId")): s.find(qn("w:name")).get(qn("w:val"), "").lower()
        for s in source_styles.iterchildren(qn("w:style"))
        if s.find(qn("w:name")) is not None
    }
    target_ids = {
        name: s.get(qn("w:styleId")) for (_, name), s in style_index(target_styles).items()
    }
    taken = {s.get(qn("w:styleId")) for s in target_styles.iterchildren(qn("w:style"))}
    copied = copy.deepcopy(style)
    style_id = base = copied.get(qn("w:styleId")) or "Style"
    number = 2
    while style_id in taken:
        style_id, number = f"{base}{number}", number + 1
    copied.set(qn("w:styleId"), style_id)
    for tag in ("w:basedOn", "w:next", "w:link"):
        reference = copied.find(qn(tag))
        if reference is None:
            continue
        target_id = target_ids.get(source_names.get(reference.get(qn("w:val")), ""))
        if target_id is None:
            copied.remove(reference)
        else:
            reference.set(qn("w:val"), target_id)
    num_id = copied.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
    if num_id is not None:
        new_id = _copy_list(
            num_id.get(qn("w:val")), style_id, source_numbering(), target_numbering()
        )
        if new_id is None:
            num_pr = num_id.getparent()
            num_pr.getparent().remove(num_pr)
        else:
            num_id.set(qn("w:val"), new_id)
    target_styles.append(copied)
    return copied


def _copy_list(num_id: str, style_id: str, source: Element, target: Element) -> str | None:
    """Copy list ``num_id`` of numbering part ``source`` into ``target``; return its new id."""
    num = next(
        (n for n in source.iterchildren(qn("w:num")) if n.get(qn("w:numId")) == num_id), None
    )
    if num is None:
        return None
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    abstract = next(
        (
            a
            for a in source.iterchildren(qn("w:abstractNum"))
            if a.get(qn("w:abstractNumId")) == abstract_id
        ),
        None,
    )
    if abstract is None:
        return None
    existing = [
        int(a.get(qn("w:abstractNumId"), "0")) for a in target.iterchildren(qn("w:abstractNum"))
    ]
    new_abstract_id = max(existing, default=-1) + 1
    copied = copy.deepcopy(abstract)
    copied.set(qn("w:abstractNumId"), str(new_abstract_id))
    for nsid in copied.findall(qn("w:nsid")):
        copied.remove(nsid)
    for paragraph_style in copied.iter(qn("w:pStyle")):
        paragraph_style.set(qn("w:val"), style_id)
    following = target.find(qn("w:num"))
    if following is None:
        following = target.find(qn("w:numIdMacAtCleanup"))
    if following is None:
        target.append(copied)
    else:
        following.addprevious(copied)
    return str(target.add_num(new_abstract_id).numId)
