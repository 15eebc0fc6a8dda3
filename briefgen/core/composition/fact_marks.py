"""What a brief says about the state of each fact: status badges, and warnings at export.

An unverified, disputed or superseded fact, and one past its review date,
carries a badge in the document ("UNVERIFIED", 未確認) and a warning for the
analyst; a fact that left the library, changed since it was added or lacks a
language of the brief is a warning only.
"""

from __future__ import annotations

import datetime as dt

from briefgen.core.brief.model import FactItem
from briefgen.core.brief.notices import BriefWarning, WarningKind
from briefgen.core.composition import labels
from briefgen.core.composition.document import Lang
from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact, Status

_FLAGS = {
    Status.UNVERIFIED: (labels.FLAG_UNVERIFIED, WarningKind.UNVERIFIED),
    Status.DISPUTED: (labels.FLAG_DISPUTED, WarningKind.DISPUTED),
    Status.SUPERSEDED: (labels.FLAG_SUPERSEDED, WarningKind.SUPERSEDED),
}


def flags(fact: Fact, lang: Lang, text: str, today: dt.date) -> tuple[list[str], str]:
    """Return the badges ``fact`` needs in ``lang``, and its text without one it starts with.

    A fact whose text already opens with its mark ("UNVERIFIED: ...") shows
    the mark once, as the badge.
    """
    marks: list[str] = []
    flag = _FLAGS.get(fact.status)
    if flag is not None:
        marks.append(flag[0].get(lang))
    if fact.is_stale(today):
        marks.append(labels.FLAG_STALE.get(lang))
    for label in marks:
        if text[: len(label)].casefold() == label.casefold():
            rest = text[len(label) :]
            text = rest.lstrip(":：;；、,. 　")
            if text is rest:
                continue  # "UNVERIFIEDness" is not the mark
            break
    return marks, text


def check_item(
    item: FactItem, library: Library, today: dt.date, languages: tuple[Lang, ...]
) -> tuple[Fact | None, list[BriefWarning]]:
    """Return the item's fact (None if it is gone) and the warnings it needs."""
    fact = library.fact(item.fact_id)
    if fact is None:
        return None, [BriefWarning(WarningKind.REMOVED, item.fact_id)]
    warnings: list[BriefWarning] = []
    flag = _FLAGS.get(fact.status)
    if flag is not None:
        warnings.append(BriefWarning(flag[1], fact.id, successor=fact.superseded_by or ""))
    if fact.is_stale(today):
        warnings.append(BriefWarning(WarningKind.STALE, fact.id, review_by=fact.review_by))
    if item.fingerprint and item.fingerprint != fact.fingerprint():
        warnings.append(BriefWarning(WarningKind.CHANGED, fact.id))
    for lang in languages:
        has_reword = bool(item.reword and item.reword.get(lang).strip())
        if not has_reword and not fact.text.get(lang).strip():
            warnings.append(BriefWarning(WarningKind.MISSING_TRANSLATION, fact.id, language=lang))
    return fact, warnings
