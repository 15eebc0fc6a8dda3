"""Text as HTML with a search's words marked, for the fact list and the detail pane."""

from __future__ import annotations

from html import escape

from briefgen.core.search.highlight import highlight_spans
from briefgen.core.search.query import Query

MARK_STYLE = "background-color: #ffe27a; color: #000000;"


def highlighted_html(text: str, query: Query | None) -> str:
    """Return ``text`` escaped for HTML, with the words ``query`` matches in marked spans."""
    if query is None or query.is_empty:
        return escape(text)
    pieces: list[str] = []
    done = 0
    for start, end in highlight_spans(text, query):
        pieces.append(escape(text[done:start]))
        pieces.append(f"<span style='{MARK_STYLE}'>{escape(text[start:end])}</span>")
        done = end
    pieces.append(escape(text[done:]))
    return "".join(pieces)
