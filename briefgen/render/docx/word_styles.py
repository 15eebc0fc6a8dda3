"""Which Word style shows each part of a composed brief.

Everything is styled through Word's built-in styles, so an organisation
restyles every brief by editing one reference document:

=====================  ========================================================
Tree                   Word style
=====================  ========================================================
title / marking        Title / Note Heading (the marking also in the header)
Heading level 1-3      Heading 1-3 (other levels clamped), bookmarked by ``anchor``
BODY, BULLET, NOTE     Normal, List Bullet, Quote
BULLET_CONTINUE        List Continue (a bullet's second language, no bullet)
SUBTITLE, CAPTION      Subtitle, Caption (also for table captions)
META                   Message Header (author, organisation, date lines)
SMALL                  Body Text 3 (Word's small-print style; the colophon)
SourceList entries     Bibliography ("[n]" and a tab, hanging indent)
Table                  Table Grid, or Normal Table when borderless
header / footer        Header / Footer; the marking in Strong
=====================  ========================================================

Span roles use built-in character styles: MUTED is Subtle Emphasis, FLAG is
Intense Emphasis (and bold), LABEL is Strong. The few direct properties are the
ones the tree asks for (bold, italic, superscript citations), tab stops and
column widths that follow the page setup, and languages: Japanese runs are
tagged ja-JP (East Asian) so Word picks the East Asian font the style names.
Web links use the Hyperlink style; links to "#anchor" are clickable but keep
the look of their role (citation numbers are not blue in print).
"""

from __future__ import annotations

from collections.abc import Mapping

from briefgen.core.composition.document import ParagraphStyle, SpanRole

PARAGRAPH_STYLES: Mapping[ParagraphStyle, str] = {
    ParagraphStyle.BODY: "Normal",
    ParagraphStyle.BULLET: "List Bullet",
    ParagraphStyle.BULLET_CONTINUE: "List Continue",
    ParagraphStyle.NOTE: "Quote",
    ParagraphStyle.SUBTITLE: "Subtitle",
    ParagraphStyle.META: "Message Header",
    ParagraphStyle.CAPTION: "caption",
    ParagraphStyle.SMALL: "Body Text 3",
}
ROLE_STYLES: Mapping[SpanRole, str] = {
    SpanRole.MUTED: "Subtle Emphasis",
    SpanRole.FLAG: "Intense Emphasis",
    SpanRole.LABEL: "Strong",
}
TITLE, MARKING, SOURCE, HEADER, FOOTER = "Title", "Note Heading", "Bibliography", "header", "footer"
HEADINGS = ("heading 1", "heading 2", "heading 3")
HYPERLINK, STRONG = "Hyperlink", "Strong"
FOOTNOTE_TEXT, FOOTNOTE_MARK = "footnote text", "footnote reference"
# Paragraphs set justified in Japanese, as the PDF sets them (Word's East Asian justification).
JUSTIFIED = frozenset(
    (
        ParagraphStyle.BODY,
        ParagraphStyle.BULLET,
        ParagraphStyle.BULLET_CONTINUE,
        ParagraphStyle.NOTE,
    )
)
GRID_TABLE, PLAIN_TABLE = "Table Grid", "Normal Table"
# Style names as stored in styles.xml (Word keeps some built-in names in lower case), by type.
REQUIRED_STYLES: tuple[tuple[str, str], ...] = (
    *(("paragraph", name) for name in PARAGRAPH_STYLES.values()),
    *(("paragraph", name) for name in (TITLE, MARKING, SOURCE, HEADER, FOOTER, *HEADINGS)),
    ("paragraph", FOOTNOTE_TEXT),
    *(("character", name) for name in (*ROLE_STYLES.values(), HYPERLINK, FOOTNOTE_MARK)),
    ("table", GRID_TABLE),
    ("table", PLAIN_TABLE),
)
JAPANESE = "ja-JP"  # the language tag of Japanese runs (East Asian)
