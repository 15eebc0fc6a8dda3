"""The PDF's type scale: size, leading and spacing of each kind of paragraph, in points.

Kept apart from the story builder, and free of reportlab, so that a brief's
length can be estimated without loading fonts (:mod:`briefgen.render.pdf.estimate`).
"""

from __future__ import annotations

from functools import cache

import msgspec

from briefgen.core.composition.document import Lang, ParagraphStyle

FLAG_COLOUR = "#9C2B2B"
Metrics = tuple[float, float, float, float, float]  # size, leading, before, after, indent


class Look(msgspec.Struct, frozen=True):
    size: float
    leading: tuple[float, float]  # English, Japanese (Japanese needs more air between lines)
    colour: str = "#1A1A1A"
    before: float = 0.0
    after: float = 6.0
    indent: float = 0.0
    keep_with_next: bool = False


LOOKS: dict[str, Look] = {
    "marking": Look(8.5, (11, 12), FLAG_COLOUR, after=4),
    "title": Look(22, (27, 31), "#1F2A44", after=6),
    "h1": Look(15, (19, 22), "#1F4E79", before=16, after=6, keep_with_next=True),
    "h2": Look(12.5, (16, 18.5), "#1F4E79", before=12, after=4, keep_with_next=True),
    "h3": Look(11, (14, 16), "#2E3B4E", before=9, after=3, keep_with_next=True),
    ParagraphStyle.BODY: Look(10.5, (14.5, 17.5), after=6),
    ParagraphStyle.BULLET: Look(10.5, (14.5, 17.5), after=3, indent=14),
    # The same item in its second language, aligned with the bullet's text.
    ParagraphStyle.BULLET_CONTINUE: Look(10.5, (14.5, 17.5), after=7, indent=14),
    ParagraphStyle.NOTE: Look(10, (14, 17), "#404040", before=3, after=8, indent=12),
    ParagraphStyle.SUBTITLE: Look(13, (17, 20), "#595959", after=4),
    ParagraphStyle.META: Look(9.5, (13, 15.5), "#595959", after=2),
    ParagraphStyle.CAPTION: Look(9, (12, 14), "#44546A", before=8, after=4, keep_with_next=True),
    ParagraphStyle.SMALL: Look(8.5, (11.5, 13.5), "#404040", after=3),
    "source": Look(9.5, (13, 15.5), after=4),
}
CELL_SCALE = 0.9  # table text is a little smaller than body text
CELL_LEADING_JA = 1.45  # of the type size, at most: see _style


@cache
def metrics(kind: str, lang: Lang, context: str = "body") -> Metrics:
    """Return size, leading, space before, space after and indent of a kind of paragraph.

    ``context`` is "body", "cell" (smaller, tighter) or "source".
    """
    look = LOOKS.get(kind, LOOKS[ParagraphStyle.BODY])
    size, leading = look.size, look.leading[lang == "ja"]
    before, after, indent = look.before, look.after, look.indent
    if context == "cell":
        scale = (
            CELL_SCALE
            if kind in (ParagraphStyle.BODY, ParagraphStyle.BULLET, ParagraphStyle.BULLET_CONTINUE)
            else 1.0
        )
        size, leading = size * scale, leading * scale
        if lang == "ja":
            # Text extraction (poppler's pdftotext, and viewers' copy built on it) joins
            # lines into one block only when their baselines are at most 1.5 times the
            # type size apart; beyond that, each line of a Japanese cell beside an
            # English one was read out on its own, out of order.
            leading = min(leading, size * CELL_LEADING_JA)
        before, after, indent = 0.0, 2.0, indent * 0.8
    return size, leading, before, after, indent
