"""Write the paragraphs, runs, fields, fonts and languages python-docx has no API for.

The DOCX renderer (:mod:`briefgen.render.docx.renderer`) and ``scripts/make_reference_docx.py``
use these helpers for East Asian fonts and languages, paragraphs, runs and
page-number fields; :mod:`~briefgen.render.docx.links` holds bookmarks and
links, :mod:`~briefgen.render.docx.tables` tables and tab stops, and
:mod:`~briefgen.render.docx.reference_xml` what preparing a reference document
needs. Each takes python-docx's lxml elements, so raw XML stays in these few
modules. Callers pass text already made safe with
:func:`briefgen.render.safe_text.clean_text`.

Paragraphs and runs are built with plain lxml calls in schema order rather than
with python-docx's generic ``get_or_add_*`` machinery: a 60-fact brief has about
1,500 runs, and building them directly keeps a re-export well under 100 ms.
"""

from __future__ import annotations

import re
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
_RUN_BREAKS = re.compile(r"([\t\n\r])")
_HAS_BREAK = re.compile(r"[\t\n\r]")
_W_T, _W_TAB, _W_BR = qn("w:t"), qn("w:tab"), qn("w:br")


def add_child(parent: Element, tag: str, **attributes: str) -> Element:
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
        add_child(add_child(paragraph, W_PPR), W_PSTYLE, val=style_id)
    return paragraph


def set_justified(paragraph: Element) -> None:
    """Justify ``paragraph`` (``w:jc`` both: Word spreads East Asian text with its own rules)."""
    ppr = paragraph.find(W_PPR)
    if ppr is None:
        ppr = paragraph.makeelement(W_PPR, {})
        paragraph.insert(0, ppr)
    add_child(ppr, qn("w:jc"), val="both")  # after w:pStyle, the only other child here


class Runs:
    """Make the runs of one document, each look's properties built once and copied.

    A brief writes thousands of runs in a few dozen looks (a citation alone is
    five runs or more: brackets, separators, and one link per number). Each
    run is an lxml copy (made in C) of a model run holding its look's
    properties, where building every run element by element took a third of
    a DOCX render. The models live as long as this object: one render.
    """

    def __init__(self) -> None:
        self._models: dict[RunLook, Element] = {}

    def add(self, container: Element, text: str, look: RunLook) -> Element:
        """Append a ``w:r`` with ``text`` to a paragraph or hyperlink; tabs and breaks kept."""
        run = self.empty(container, look)
        pieces = _RUN_BREAKS.split(text) if _HAS_BREAK.search(text) else (text,)
        for piece in pieces:
            if piece == "\t":
                run.append(run.makeelement(_W_TAB, {}))
            elif piece in ("\n", "\r"):
                run.append(run.makeelement(_W_BR, {}))
            elif piece:
                t = run.makeelement(_W_T, {})
                t.text = piece
                if piece[0].isspace() or piece[-1].isspace():
                    t.set(_XML_SPACE, "preserve")
                run.append(t)
        return run

    def empty(self, container: Element, look: RunLook) -> Element:
        """Append a ``w:r`` holding only the properties of ``look`` to ``container``."""
        model = self._models.get(look)
        if model is None:
            model = self._models[look] = _model_run(container, look)
        run = model.__copy__()  # lxml copies the whole element, in C
        container.append(run)
        return run

    def field(self, paragraph: Element, instruction: str, shown: str, look: RunLook) -> None:
        """Append a live field (e.g. ``PAGE``) to ``paragraph``: begin/instr/separate/end runs.

        ``shown`` is the value displayed until the application updates the field.
        """
        for kind in ("begin", "instr", "separate", "shown", "end"):
            run = self.empty(paragraph, look)
            if kind == "instr":
                instr = add_child(run, qn("w:instrText"))
                instr.set(_XML_SPACE, "preserve")
                instr.text = f" {instruction} "
            elif kind == "shown":
                add_child(run, _W_T).text = shown
            else:
                add_child(run, qn("w:fldChar"), fldCharType=kind)


def _model_run(parent: Element, look: RunLook) -> Element:
    """Return a new ``w:r`` holding the ``w:rPr`` of ``look``, children in ECMA-376 order."""
    run = parent.makeelement(W_R, {})
    rpr = add_child(run, W_RPR)
    if look.style_id:
        add_child(rpr, qn("w:rStyle"), val=look.style_id)
    if look.east_asia:
        add_child(rpr, qn("w:rFonts"), hint="eastAsia")
    if look.bold:
        add_child(rpr, qn("w:b"))
    if look.italic:
        add_child(rpr, qn("w:i"))
    if look.superscript:
        add_child(rpr, qn("w:vertAlign"), val="superscript")
    if look.east_asia:
        add_child(rpr, qn("w:lang"), val=look.language, eastAsia=look.east_asia)
    else:
        add_child(rpr, qn("w:lang"), val=look.language)
    return run


def add_break(paragraph: Element, *, page: bool = False) -> None:
    """Append a line break, or a page break, to ``paragraph``."""
    run = add_child(paragraph, W_R)
    if page:
        add_child(run, qn("w:br"), type="page")
    else:
        add_child(run, qn("w:br"))
