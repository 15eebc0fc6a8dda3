"""Write a composed document as pandoc Markdown, for the benchmark against pandoc.

Benchmark-only: it gives pandoc the same content our DOCX renderer gets
(headings, bullets, tables, links, citations), so the two conversions can be
timed on equal terms. It is not a product feature.
"""

from __future__ import annotations

from briefgen.core.composition.document import (
    Block,
    Cell,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    ParagraphStyle,
    SourceList,
    Span,
    SpanRole,
    Table,
)

_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>#|"})


def _span(span: Span) -> str:
    text = span.text.translate(_SPECIAL)
    if span.role is SpanRole.CITATION:
        text = f"^{text.replace(' ', '~')}^"
    if span.bold:
        text = f"**{text}**"
    if span.italic:
        text = f"*{text}*"
    if span.url and not span.url.startswith("#"):
        text = f"[{text}]({span.url})"
    return text


def _paragraph(paragraph: Paragraph) -> str:
    return "".join(_span(span) for span in paragraph.spans)


def _cell(cell: Cell) -> str:
    return " ".join(_paragraph(p) for p in cell.paragraphs).replace("\n", " ")


def _table(table: Table) -> list[str]:
    lines = ["| " + " | ".join(_cell(c) for c in table.header) + " |"]
    lines.append("|" + "|".join("---" for _ in table.header) + "|")
    lines.extend("| " + " | ".join(_cell(c) for c in row) + " |" for row in table.rows)
    return [*lines, ""]


def _block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return ["#" * block.level + " " + block.text, ""]
    if isinstance(block, Paragraph):
        text = _paragraph(block)
        if block.style is ParagraphStyle.BULLET:
            return [f"- {text}", ""]
        if block.style is ParagraphStyle.BULLET_CONTINUE:
            return [f"  {text}", ""]
        if block.style is ParagraphStyle.NOTE:
            return [f"> {text}", ""]
        return [text, ""]
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, SourceList):
        lines: list[str] = []
        for entry in block.entries:
            lines.append(f"{entry.number}. " + " ".join(_paragraph(p) for p in entry.paragraphs))
        return [*lines, ""]
    assert isinstance(block, PageBreak)
    return ["\\newpage", ""]


def to_markdown(document: Document) -> str:
    """Return ``document`` as pandoc Markdown with a YAML metadata block."""
    title = document.title.replace('"', '\\"')
    lines = ["---", f'title: "{title}"', f'lang: "{document.info.language}"', "---", ""]
    for block in document.blocks:
        lines.extend(_block(block))
    return "\n".join(lines)
