"""Make arbitrary text safe to put into a document file."""

from __future__ import annotations

import re

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 up,
# except the surrogates and U+FFFE/U+FFFF. DOCX is XML; reportlab's paragraph
# markup is parsed as XML too.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """Return ``text`` with characters no document format can hold removed or replaced.

    Control characters are dropped (a stray form feed pasted from a PDF should
    not show); lone surrogates, which are not characters at all, become U+FFFD
    so the reader sees that something was there. Tabs and newlines stay.
    """
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub(
        lambda m: REPLACEMENT if "\ud800" <= m.group() <= "\udfff" else "", text
    ).replace("\r\n", "\n")
