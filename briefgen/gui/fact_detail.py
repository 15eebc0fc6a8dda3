"""The HTML shown in the facts page's detail pane for one fact."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication

from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact
from briefgen.core.search.query import Query
from briefgen.gui.highlight_html import highlighted_html
from briefgen.gui.value_names import source_kind_name, stale_name, status_name


def fact_html(
    fact: Fact, library: Library, language: str, today: dt.date, query: Query | None = None
) -> str:
    """Return the fact in both languages, its status, dates, sources (as links) and notes.

    The words of ``query`` (the search that found it) are highlighted in its texts.
    """
    topic = library.topic(fact.topic).label.get_or_other(language)
    status = status_name(fact.status)
    if fact.is_stale(today):
        status += f" · {stale_name()} ({fact.review_by})"
    rows = [
        (QCoreApplication.translate("FactDetail", "Topic"), escape(topic)),
        (QCoreApplication.translate("FactDetail", "Status"), escape(status)),
        (
            QCoreApplication.translate("FactDetail", "Event date"),
            escape(fact.date.isoformat() if fact.date else "—"),
        ),
        (QCoreApplication.translate("FactDetail", "As of"), escape(fact.as_of.isoformat())),
        (QCoreApplication.translate("FactDetail", "Tags"), escape(", ".join(fact.tags) or "—")),
        (QCoreApplication.translate("FactDetail", "Identifier"), f"<code>{escape(fact.id)}</code>"),
    ]
    if fact.superseded_by:
        rows.append(
            (
                QCoreApplication.translate("FactDetail", "Superseded by"),
                f"<code>{escape(fact.superseded_by)}</code>",
            )
        )
    english = escape(QCoreApplication.translate("FactDetail", "English"))
    japanese = escape(QCoreApplication.translate("FactDetail", "Japanese"))
    sources = escape(QCoreApplication.translate("FactDetail", "Sources"))
    notes = escape(QCoreApplication.translate("FactDetail", "Curator notes"))
    texts = [
        f"<p><b>{english}</b><br>{highlighted_html(fact.text.en, query) or '—'}</p>",
        f"<p lang='ja'><b>{japanese}</b><br>{highlighted_html(fact.text.ja, query) or '—'}</p>",
    ]
    if language == "ja":  # the reader's language first
        texts.reverse()
    parts = [
        *texts,
        "<table cellspacing='0' cellpadding='2'>",
        *(f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>" for label, value in rows),
        "</table>",
        f"<p><b>{sources}</b></p><ol>",
    ]
    refs = {ref.source: ref for ref in fact.sources}
    for source in library.sources_of(fact):
        title = escape(source.title_in(language))
        if source.url:
            title = f"<a href='{escape(source.url, quote=True)}'>{title}</a>"
        extra = [escape(source.publisher), escape(source_kind_name(source.kind))]
        ref = refs.get(source.id)
        if ref is not None and ref.locator:
            extra.append(escape(ref.locator))
        parts.append(f"<li>{title}<br><small>{' · '.join(e for e in extra if e)}</small></li>")
    parts.append("</ol>")
    if fact.notes:
        parts.append(f"<p><b>{notes}</b><br>{escape(fact.notes)}</p>")
    return "\n".join(parts)
