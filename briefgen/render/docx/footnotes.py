"""Word footnotes for citations (``--citations footnotes``): the one module that writes them.

python-docx has no footnotes API, so the footnotes part (``word/footnotes.xml``)
is made here, raw XML at one edge as ``docx_xml`` keeps the rest. A citation
such as "[1: Art. 2; 3–5]" becomes one footnote mark; its footnote holds one
line per source, "[n] locator — the source entry", so the numbers still match
the Sources list.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from briefgen.core.composition.document import Span, SpanRole

Element = Any  # python-docx's lxml elements are untyped

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_SEPARATORS = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>'
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "<w:r><w:separator/></w:r></w:p></w:footnote>"
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    "</w:footnotes>"
)


def cited_sources(spans: Iterable[Span]) -> list[tuple[int, str]]:
    """Return (number, locator) for each source one citation's spans cite, ranges expanded."""
    cited: list[tuple[int, str]] = []
    in_range = False
    for span in spans:
        url = span.url or ""
        if url.startswith("#src-") and url[5:].isdigit():
            number = int(url[5:])
            if in_range and cited:
                cited.extend((n, "") for n in range(cited[-1][0] + 1, number))
            cited.append((number, ""))
            in_range = False
        elif span.text == "–":
            in_range = True
        elif cited and span.text[:1] in (":", "："):
            cited[-1] = (cited[-1][0], span.text.lstrip(":： "))
    return cited


def split_citations(spans: Iterable[Span]) -> Iterator[Span | list[Span]]:
    """Yield a paragraph's spans, with each run of citation spans gathered in one list."""
    group: list[Span] = []
    for span in spans:
        if span.role is SpanRole.CITATION:
            group.append(span)
            continue
        if group:
            yield group
            group = []
        yield span
    if group:
        yield group


class Footnotes:
    """The footnotes part of one document, filled as citations are written."""

    def __init__(self, document_part: Any, text_style: str, mark_style: str) -> None:
        self.root = parse_xml(_SEPARATORS)
        self.part = XmlPart(
            PackURI("/word/footnotes.xml"), CONTENT_TYPE, self.root, document_part.package
        )
        document_part.relate_to(self.part, RT.FOOTNOTES)
        self.text_style = text_style
        self.mark_style = mark_style
        self.count = 0

    def add(self, paragraph: Element) -> Element:
        """Put a footnote mark at the end of ``paragraph``; return the new, empty footnote."""
        self.count += 1
        number = str(self.count)
        run = paragraph.makeelement(qn("w:r"), {})
        paragraph.append(run)
        self._mark(run, qn("w:footnoteReference"), number)
        footnote = self.root.makeelement(qn("w:footnote"), {qn("w:id"): number})
        self.root.append(footnote)
        return footnote

    def line(self, footnote: Element) -> Element:
        """Add a paragraph to ``footnote`` (the first one opens with the footnote's own mark)."""
        p = footnote.makeelement(qn("w:p"), {})
        footnote.append(p)
        ppr = p.makeelement(qn("w:pPr"), {})
        p.append(ppr)
        style = ppr.makeelement(qn("w:pStyle"), {qn("w:val"): self.text_style})
        ppr.append(style)
        if len(footnote) == 1:
            run = p.makeelement(qn("w:r"), {})
            p.append(run)
            self._mark(run, qn("w:footnoteRef"), "")
            space = run.makeelement(qn("w:r"), {})
            p.append(space)
            text = space.makeelement(qn("w:t"), {_XML_SPACE: "preserve"})
            text.text = " "
            space.append(text)
        return p

    def _mark(self, run: Element, tag: str, number: str) -> None:
        rpr = run.makeelement(qn("w:rPr"), {})
        run.append(rpr)
        rpr.append(rpr.makeelement(qn("w:rStyle"), {qn("w:val"): self.mark_style}))
        attributes = {qn("w:id"): number} if number else {}
        run.append(run.makeelement(tag, attributes))
