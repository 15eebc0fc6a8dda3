"""Turn document text into styled pieces for the PDF: fonts per character, cleaning, links.

A font draws only the glyphs it has, so this module decides the font of every
character before layout: Latin text in the Latin family, Japanese in the
Japanese family, characters a font lacks in the other family, and characters no
bundled font has as a visible U+25A1 WHITE SQUARE. All text goes through
:func:`~briefgen.render.safe_text.clean_text` first. Text is never parsed as
markup, so ``<b>`` or ``&amp;`` in a fact is printed as written.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from urllib.parse import quote, urlsplit

import msgspec

from briefgen.core.composition.document import Lang, Span, SpanRole
from briefgen.render.pdf.fonts import LATIN, MINCHO, RegisteredFonts, face_for
from briefgen.render.pdf.lines import Ink
from briefgen.render.pdf.looks import FLAG_COLOUR
from briefgen.render.safe_text import clean_text

MISSING_GLYPH = "\u25a1"  # WHITE SQUARE: shown for characters no bundled font has
ELLIPSIS = "\u2026"

FLAG_FILL = "#F6E3E3"  # a pale badge behind status flags
MUTED_COLOUR = "#666666"
LINK_COLOUR = "#1F4E79"
MAX_URL = 2048  # characters, once percent-encoded
SUPER_SHRINK = 2.0  # points smaller than the text: citation numbers
SUPER_RISE = 0.4  # of the text size: how far citation numbers are raised (see below)

# Latin text prefers the Latin family, Japanese text the Japanese one. IPAex
# has its own proportional Latin letters and digits, designed to sit with its
# kana and kanji, so Latin inside a Japanese span stays in the Japanese font.
_LATIN_FIRST = (LATIN, MINCHO)
_JAPANESE_FIRST = (MINCHO, LATIN)
_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
_ANCHOR_SAFE = re.compile(r"[A-Za-z0-9_.:-]{1,100}")
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"
# Format characters (soft hyphen, zero-width space and joiners, direction marks,
# BOM, tags) and variation selectors: invisible by definition, but some fonts
# draw a visible glyph for them, and reportlab can use none of them.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef]"
)
# A base character followed by combining marks (Latin diacritics, kana voicing
# marks): reportlab places marks badly, so compose them into one character.
_COMBINING = re.compile(
    "[^\u0300-\u036f\u3099\u309a][\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a]+"
)


class Run(msgspec.Struct, frozen=True):
    """Text to draw in one font family; ``text`` is plain (unescaped), or "\\n" for a line break."""

    family: str
    text: str


LINE_BREAK = Run("", "\n")  # a hard line break between runs

# Text and how it looks; an ink of None is a hard line break.
Piece = tuple[str, Ink | None]


def clean_for_pdf(text: str) -> str:
    """Return ``text`` cleaned for a PDF: no control characters, tabs as spaces, ``\\n`` breaks.

    Invisible format characters are dropped and decomposed accents composed
    (only where marks follow, so CJK compatibility ideographs keep their form).
    """
    text = clean_text(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _INVISIBLE.sub("", text)
    return _COMBINING.sub(lambda match: unicodedata.normalize("NFC", match.group()), text)


def font_runs(
    text: str, lang: Lang, fonts: RegisteredFonts, *, bold: bool = False, italic: bool = False
) -> list[Run]:
    """Split ``text`` into runs, each in a family whose face has every glyph of the run."""
    text = clean_for_pdf(text)
    if not text:
        return []
    preferred = _LATIN_FIRST if lang == "en" else _JAPANESE_FIRST
    faces = {family: face_for(family, bold=bold, italic=italic) for family in _LATIN_FIRST}
    if "\n" not in text and set(map(ord, text)) <= fonts.coverage[faces[preferred[0]]]:
        return [Run(preferred[0], text)]  # the common case: one font has every glyph
    runs: list[Run] = []
    family = ""
    chars: list[str] = []
    for char in text:
        if char == "\n":
            _flush(runs, family, chars)
            runs.append(LINE_BREAK)
            continue
        chosen, shown = _place(char, preferred, faces, fonts, family)
        if not shown:
            continue
        if chosen != family:
            _flush(runs, family, chars)
            family = chosen
        chars.append(shown)
    _flush(runs, family, chars)
    return runs


def _flush(runs: list[Run], family: str, chars: list[str]) -> None:
    if chars:
        runs.append(Run(family, "".join(chars)))
        chars.clear()


def _place(
    char: str,
    preferred: tuple[str, str],
    faces: dict[str, str],
    fonts: RegisteredFonts,
    previous: str,
) -> tuple[str, str]:
    """Return the family for ``char`` and what to draw for it ("" to drop it)."""
    code = ord(char)
    category = unicodedata.category(char)
    if category in ("Mn", "Me") and previous and code in fonts.coverage[faces[previous]]:
        return previous, char  # keep a combining mark with its base character
    for family in preferred:
        if code in fonts.coverage[faces[family]]:
            return family, char
    if category in ("Zs", "Zl", "Zp"):
        return previous or preferred[0], " "
    if category in ("Cc", "Cf", "Mn", "Me"):
        # Invisible controls, format characters (joiners, direction marks,
        # variation selectors) and combining marks no font has: nothing to see.
        return previous, ""
    return MINCHO, MISSING_GLYPH


def missing_characters(text: str, fonts: RegisteredFonts) -> list[str]:
    """Return the characters of ``text`` that no bundled font has, once each, in order of use."""
    faces = {family: face_for(family) for family in _LATIN_FIRST}
    missing: dict[str, None] = {}
    for char in dict.fromkeys(clean_for_pdf(text)):
        if char not in ("\n", MISSING_GLYPH):
            _, shown = _place(char, _LATIN_FIRST, faces, fonts, "")
            if shown == MISSING_GLYPH:
                missing[char] = None
    return list(missing)


def span_pieces(
    span: Span,
    fonts: RegisteredFonts,
    anchors: frozenset[str],
    base: Ink,
    *,
    bold: bool = False,
    italic: bool = False,
) -> list[Piece]:
    """Return the pieces of one span: fonts per character, role styling, and its link.

    ``base`` gives the paragraph's size and colour; ``bold`` and ``italic``
    apply to the span whatever it says (a heading is bold, an English note
    italic); Japanese runs are never slanted (their faces have no italics).
    """
    strong = bold or span.bold or span.role in (SpanRole.FLAG, SpanRole.LABEL)
    slanted = italic or span.italic
    runs = font_runs(span.text, span.lang, fonts, bold=strong, italic=slanted)
    if not runs:
        return []
    size, colour, rise, back, underline = base.size, base.colour, 0.0, "", False
    if span.role is SpanRole.CITATION:
        size, rise = size - SUPER_SHRINK, size * SUPER_RISE
    elif span.role is SpanRole.FLAG:
        colour, back = FLAG_COLOUR, FLAG_FILL
    elif span.role is SpanRole.MUTED:
        colour = MUTED_COLOUR
    href = (link_target(span.url, anchors) if span.url else None) or ""
    if href and not href.startswith("#"):
        colour, underline = LINK_COLOUR, True
    pieces: list[Piece] = []
    for run in runs:
        if run.text == "\n":
            pieces.append(("", None))
            continue
        face = face_for(run.family, bold=strong, italic=slanted)
        pieces.append((run.text, Ink(face, size, colour, rise, back, href, underline)))
    return pieces


def paragraph_pieces(
    spans: Iterable[Span],
    fonts: RegisteredFonts,
    anchors: frozenset[str],
    base: Ink,
    *,
    bold: bool = False,
    italic: bool = False,
) -> list[Piece]:
    """Return the pieces of a whole paragraph; ``bold`` and ``italic`` apply to every span."""
    pieces: list[Piece] = []
    for span in spans:
        pieces += span_pieces(span, fonts, anchors, base, bold=bold, italic=italic)
    return pieces


def fit_runs(runs: list[Run], max_width: float, measure: Callable[[Run], float]) -> list[Run]:
    """Return ``runs`` on one line no wider than ``max_width``, shortened with an ellipsis.

    ``measure`` gives the width of a run in the font and size it will be drawn
    in; line breaks become spaces (running heads have one line).
    """
    line = [Run(LATIN, " ") if run.text == "\n" else run for run in runs]
    if sum(measure(run) for run in line) <= max_width:
        return line
    fitted: list[Run] = []
    used = 0.0
    for run in line:
        ellipsis = Run(run.family, ELLIPSIS)
        room = max_width - used - measure(ellipsis)
        if measure(run) <= room:
            fitted.append(run)
            used += measure(run)
            continue
        low, high = 0, len(run.text)  # the longest prefix that fits, by bisection
        while low < high:
            middle = (low + high + 1) // 2
            if measure(Run(run.family, run.text[:middle])) <= room:
                low = middle
            else:
                high = middle - 1
        prefix = run.text[:low].rstrip()
        if prefix:
            fitted.append(Run(run.family, prefix))
        fitted.append(ellipsis)
        return fitted
    return fitted


def anchor_key(anchor: str) -> str:
    """Return a destination name for ``anchor`` that is safe in markup and in the PDF."""
    if _ANCHOR_SAFE.fullmatch(anchor):
        return anchor
    digest = hashlib.sha1(anchor.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return "a-" + digest


def link_target(url: str, anchors: frozenset[str]) -> str | None:
    """Return the href for ``url``, or None if it is neither a web link nor a known anchor.

    Internal links ("#src-1") only work if the anchor exists somewhere in the
    document; other schemes (javascript:, file:) are never made clickable.
    """
    url = clean_text(url).strip()
    if url.startswith("#"):
        key = url[1:]
        return "#" + anchor_key(key) if key in anchors else None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme not in _LINK_SCHEMES:
        return None
    # A PDF /URI is 7-bit ASCII: percent-encode everything else (spaces too).
    quoted = quote(url, safe=_URL_SAFE, encoding="utf-8", errors="replace")
    # Browsers give up on longer addresses, and reportlab writes the address
    # again for every line of the link: a pasted essay must not become a link.
    return quoted if len(quoted) <= MAX_URL else None
