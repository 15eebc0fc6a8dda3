"""Write the WordprocessingML that python-docx has no API for.

The DOCX renderer (:mod:`briefgen.render.docx.renderer`) and ``scripts/make_reference_docx.py``
use these helpers for East Asian fonts and languages, paragraphs and runs,
page-number fields, bookmarks, hyperlinks, table widths and repeating header
rows, emptying a reference document and copying styles between documents. Each
takes python-docx's lxml elements, so the raw XML stays in this one module.
Callers pass text already made safe with :func:`briefgen.render.safe_text.clean_text`.

Paragraphs and runs are built with plain lxml calls in schema order rather than
with python-docx's generic ``get_or_add_*`` machinery: a 60-fact brief has about
800 runs, and building them directly keeps a re-export well under 100 ms.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable
from typing import Any

import msgspec
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

# lxml elements from python-docx carry no type information.
Element = Any

W_P, W_PPR, W_PSTYLE, W_R, W_RPR = (qn(f"w:{tag}") for tag in ("p", "pPr", "pStyle", "r", "rPr"))
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Elements that may follow w:lang inside w:rPr (ECMA-376 order).
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
_THEME_FONT_ATTRIBUTES = tuple(
    qn(f"w:{name}") for name in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
)
_BOOKMARK_MAX = 40  # Word truncates longer bookmark names
_NOT_BOOKMARK = re.compile(r"[^A-Za-z0-9_]+")
_RUN_BREAKS = re.compile(r"([\t\n\r])")


def _add(parent: Element, tag: str, **attributes: str) -> Element:
    """Append a new child ``tag`` (a Clark name) to ``parent``, with ``w:`` attributes."""
    child = parent.makeelement(tag, {qn(f"w:{key}"): value for key, value in attributes.items()})
    parent.append(child)
    return child


# -- East Asian fonts and languages --------------------------------------------------------------


def set_fonts(rpr: Element, *, latin: str, east_asian: str) -> None:
    """Set ``w:rFonts`` of ``rpr`` to explicit Latin and East Asian typefaces.

    Theme-font attributes (``w:asciiTheme`` ...) win over explicit names in Word, so
    they are removed.
    """
    fonts = rpr.get_or_add_rFonts()
    for attribute in _THEME_FONT_ATTRIBUTES:
        fonts.attrib.pop(attribute, None)
    for attribute in ("ascii", "hAnsi", "cs"):
        fonts.set(qn(f"w:{attribute}"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)


def remove_theme_fonts(root: Element) -> None:
    """Remove theme-font attributes from every ``w:rFonts`` under ``root`` (e.g. w:styles)."""
    for fonts in root.iter(qn("w:rFonts")):
        for attribute in _THEME_FONT_ATTRIBUTES:
            fonts.attrib.pop(attribute, None)


def set_language(rpr: Element, *, val: str, east_asia: str | None = None) -> None:
    """Set ``w:lang`` of ``rpr``: ``val`` for Latin text, ``east_asia`` for CJK text."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, *_AFTER_LANG)
    lang.set(qn("w:val"), val)
    if east_asia is not None:
        lang.set(qn("w:eastAsia"), east_asia)


def default_run_properties(styles: Element) -> Element:
    """Return ``w:docDefaults/w:rPrDefault/w:rPr`` of a ``w:styles`` element, creating it."""
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(W_RPR)
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    return rpr


# -- paragraphs and runs --------------------------------------------------------------------------


class RunLook(msgspec.Struct, frozen=True):
    """The properties of a run: a character style, the few direct ones, and its languages.

    ``east_asia`` (e.g. "ja-JP") marks East Asian text; Word then also sets the
    characters CJK shares with Latin (quotes, dashes) in the East Asian font, as
    it does for text typed with a Japanese input method.
    """

    style_id: str = ""
    bold: bool = False
    italic: bool = False
    superscript: bool = False
    language: str = "en-GB"
    east_asia: str = ""


def add_paragraph(parent: Element, style_id: str = "", *, before: Element | None = None) -> Element:
    """Add a ``w:p`` in style ``style_id`` at the end of ``parent``, or before ``before``."""
    paragraph = parent.makeelement(W_P, {})
    if before is None:
        parent.append(paragraph)
    else:
        before.addprevious(paragraph)
    if style_id:
        _add(_add(paragraph, W_PPR), W_PSTYLE, val=style_id)
    return paragraph


def set_justified(paragraph: Element) -> None:
    """Justify ``paragraph`` (``w:jc`` both: Word spreads East Asian text with its own rules)."""
    ppr = paragraph.find(W_PPR)
    if ppr is None:
        ppr = paragraph.makeelement(W_PPR, {})
        paragraph.insert(0, ppr)
    _add(ppr, qn("w:jc"), val="both")  # after w:pStyle, the only other child here


def _run_properties(run: Element, look: RunLook) -> None:
    """Append the ``w:rPr`` of ``look`` to ``run``: a copy of one made once per look.

    A brief writes thousands of runs in a few dozen looks (a citation alone is
    five runs or more: brackets, separators, and one link per number), and an
    lxml copy is made in C, where building the properties took a third of a
    DOCX render.
    """
    model = _RUN_PROPERTIES.get(look)
    if model is None:
        if len(_RUN_PROPERTIES) > _RUN_PROPERTIES_MAX:
            _RUN_PROPERTIES.clear()
        holder = run.makeelement(W_R, {})
        _build_run_properties(holder, look)
        model = _RUN_PROPERTIES[look] = holder[0]
    run.append(copy.deepcopy(model))


_RUN_PROPERTIES: dict[RunLook, Element] = {}
_RUN_PROPERTIES_MAX = 1024  # looks kept at most (a brief has a few dozen)


def _build_run_properties(run: Element, look: RunLook) -> None:
    rpr = _add(run, W_RPR)  # children in ECMA-376 order
    if look.style_id:
        _add(rpr, qn("w:rStyle"), val=look.style_id)
    if look.east_asia:
        _add(rpr, qn("w:rFonts"), hint="eastAsia")
    if look.bold:
        _add(rpr, qn("w:b"))
    if look.italic:
        _add(rpr, qn("w:i"))
    if look.superscript:
        _add(rpr, qn("w:vertAlign"), val="superscript")
    if look.east_asia:
        _add(rpr, qn("w:lang"), val=look.language, eastAsia=look.east_asia)
    else:
        _add(rpr, qn("w:lang"), val=look.language)


def add_run(container: Element, text: str, look: RunLook) -> Element:
    """Append a ``w:r`` with ``text`` to a paragraph or hyperlink; tabs and line breaks kept."""
    run = _add(container, W_R)
    _run_properties(run, look)
    for piece in _RUN_BREAKS.split(text):
        if piece == "\t":
            _add(run, qn("w:tab"))
        elif piece in ("\n", "\r"):
            _add(run, qn("w:br"))
        elif piece:
            t = _add(run, qn("w:t"))
            t.text = piece
            if piece[0].isspace() or piece[-1].isspace():
                t.set(_XML_SPACE, "preserve")
    return run


def add_break(paragraph: Element, *, page: bool = False) -> None:
    """Append a line break, or a page break, to ``paragraph``."""
    run = _add(paragraph, W_R)
    if page:
        _add(run, qn("w:br"), type="page")
    else:
        _add(run, qn("w:br"))


def add_field(paragraph: Element, instruction: str, shown: str, look: RunLook) -> None:
    """Append a live field (e.g. ``PAGE``) to ``paragraph`` as begin/instr/separate/end runs.

    ``shown`` is the value displayed until the application updates the field.
    """
    for kind in ("begin", "instr", "separate", "shown", "end"):
        run = _add(paragraph, W_R)
        _run_properties(run, look)
        if kind == "instr":
            instr = _add(run, qn("w:instrText"))
            instr.set(_XML_SPACE, "preserve")
            instr.text = f" {instruction} "
        elif kind == "shown":
            _add(run, qn("w:t")).text = shown
        else:
            _add(run, qn("w:fldChar"), fldCharType=kind)


# -- bookmarks and hyperlinks ---------------------------------------------------------------------


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


def wrap_in_bookmark(paragraph: Element, name: str, bookmark_id: int) -> None:
    """Put the whole content of ``paragraph`` inside a bookmark called ``name``."""
    start = paragraph.makeelement(qn("w:bookmarkStart"), {qn("w:id"): str(bookmark_id)})
    start.set(qn("w:name"), name)
    ppr = paragraph.find(W_PPR)
    if ppr is None:
        paragraph.insert(0, start)
    else:
        ppr.addnext(start)
    _add(paragraph, qn("w:bookmarkEnd"), id=str(bookmark_id))


def add_hyperlink(paragraph: Element, *, rel_id: str = "", anchor: str = "") -> Element:
    """Append an empty ``w:hyperlink`` to ``paragraph`` and return it, to add runs to.

    ``rel_id`` is the id of an external relationship (a web address); ``anchor``
    the name of a bookmark in this document.
    """
    link = _add(paragraph, qn("w:hyperlink"))
    if rel_id:
        link.set(qn("r:id"), rel_id)
    if anchor:
        link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    return link


# -- tables and tabs ------------------------------------------------------------------------------


def set_table_width(table: Element, column_twips: list[int]) -> None:
    """Give a table made by ``CT_Tbl.new_tbl`` fixed column widths (twips) and their total.

    Word reads the cell widths and LibreOffice the grid, so both are set.
    """
    tblpr = table.find(qn("w:tblPr"))
    tblw = tblpr.find(qn("w:tblW"))
    tblw.set(qn("w:type"), "dxa")
    tblw.set(qn("w:w"), str(sum(column_twips)))
    tblw.addnext(tblpr.makeelement(qn("w:tblLayout"), {qn("w:type"): "fixed"}))
    columns = len(column_twips)
    for index, grid_col in enumerate(table.find(qn("w:tblGrid")).iterchildren(qn("w:gridCol"))):
        grid_col.set(qn("w:w"), str(column_twips[index % columns]))
    for index, cell_width in enumerate(table.iter(qn("w:tcW"))):
        cell_width.set(qn("w:type"), "dxa")
        cell_width.set(qn("w:w"), str(column_twips[index % columns]))


def repeat_as_header_row(row: Element) -> None:
    """Mark a new table row as a header row that Word repeats at the top of every page.

    The row is also kept on one page: a header split over a page break looks broken.
    """
    trpr = row.makeelement(qn("w:trPr"), {})
    row.insert(0, trpr)  # a new row has no w:tblPrEx
    _add(trpr, qn("w:cantSplit"))
    _add(trpr, qn("w:tblHeader"))


def set_right_tab(paragraph: Element, position_twips: int, clear_twips: Iterable[int]) -> None:
    """Give a styled paragraph one right tab stop, clearing its style's stops at ``clear_twips``."""
    tabs = paragraph.makeelement(qn("w:tabs"), {})
    paragraph.find(W_PPR).find(W_PSTYLE).addnext(tabs)  # w:tabs follows w:pStyle
    stops = dict.fromkeys(clear_twips, "clear")
    stops[position_twips] = "right"
    for position, kind in sorted(stops.items()):
        _add(tabs, qn("w:tab"), val=kind, pos=str(position))


def style_tab_positions(style: Element | None) -> list[int]:
    """Return the tab-stop positions (twips) a paragraph ``w:style`` element defines."""
    if style is None:
        return []
    positions: list[int] = []
    for tab in style.iter(qn("w:tab")):
        value = tab.get(qn("w:pos"))
        if value is not None and value.lstrip("-").isdigit():
            positions.append(int(value))
    return positions


# -- the reference document ---------------------------------------------------------------------

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
