"""Classification markings printed at the top of every page, and how they are written as one line.

A marking is bilingual ("CONFIDENTIAL" / "秘"). The form writes it as one line,
``English / 日本語``; a line without the separator is used in both languages.
"""

from __future__ import annotations

from briefgen.core.library.model import Bilingual

SEPARATOR = " / "

MARKINGS = (
    Bilingual("", ""),
    Bilingual("INTERNAL", "取扱注意"),
    Bilingual("CONFIDENTIAL", "秘"),
)
"""No marking, then the markings offered in the form, mildest first."""


def marking_label(marking: Bilingual) -> str:
    """Return ``marking`` as one line: ``English / 日本語``, or the one language it has."""
    if marking.en and marking.ja:
        return f"{marking.en}{SEPARATOR}{marking.ja}"
    return marking.en or marking.ja


def parse_marking(text: str) -> Bilingual:
    """Return the marking written as one line (see :func:`marking_label`).

    A standard marking's label gives that marking; ``English / 日本語`` gives the
    two parts; any other text is used in both languages.
    """
    line = text.strip()
    for marking in MARKINGS:
        if line == marking_label(marking):
            return marking
    if SEPARATOR in text:  # before stripping: " / 秘" is a marking in Japanese only
        en, ja = text.split(SEPARATOR, 1)
        return Bilingual(en.strip(), ja.strip())
    return Bilingual(line, line)
