"""Translated names for core values: statuses, source kinds, warnings, language modes.

Core values carry English identifiers; what the user reads comes from here,
through Qt's translation with fixed contexts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from briefgen.core.brief.notices import BriefWarning, WarningKind
from briefgen.core.library.model import Fact, SourceKind, Status


def status_name(status: Status) -> str:
    """Return the translated name of a fact status."""
    names = {
        Status.CONFIRMED: QCoreApplication.translate("Labels", "Confirmed"),
        Status.SINGLE_SOURCE: QCoreApplication.translate("Labels", "Single source"),
        Status.UNVERIFIED: QCoreApplication.translate("Labels", "Unverified"),
        Status.DISPUTED: QCoreApplication.translate("Labels", "Disputed"),
        Status.SUPERSEDED: QCoreApplication.translate("Labels", "Superseded"),
    }
    return names[status]


def status_explanation(status: Status) -> str:
    """Return a sentence explaining what a status means for a brief."""
    texts = {
        Status.CONFIRMED: QCoreApplication.translate(
            "Labels", "Confirmed by the curators against its sources."
        ),
        Status.SINGLE_SOURCE: QCoreApplication.translate(
            "Labels", "Backed by a single source only."
        ),
        Status.UNVERIFIED: QCoreApplication.translate(
            "Labels", "Not yet verified: the brief marks it as unverified."
        ),
        Status.DISPUTED: QCoreApplication.translate(
            "Labels", "Sources disagree: the brief marks it as disputed."
        ),
        Status.SUPERSEDED: QCoreApplication.translate(
            "Labels", "Replaced by a newer fact: the brief marks it as superseded."
        ),
    }
    return texts[status]


def stale_name() -> str:
    """Return the badge text for a fact past its review date."""
    return QCoreApplication.translate("Labels", "Review due")


def fact_badge(fact: Fact, today: dt.date) -> str:
    """Return the badge of a fact that needs attention ("⚠ Unverified", "⏱ Review due"), or ""."""
    parts = []
    if fact.status.needs_flag:
        parts.append("⚠ " + status_name(fact.status))
    if fact.is_stale(today):
        parts.append("⏱ " + stale_name())
    return " · ".join(parts)


def source_kind_name(kind: SourceKind) -> str:
    """Return the translated name of a source kind."""
    names = {
        SourceKind.LAW: QCoreApplication.translate("Labels", "Law"),
        SourceKind.GOVERNMENT: QCoreApplication.translate("Labels", "Government"),
        SourceKind.PARLIAMENT: QCoreApplication.translate("Labels", "Parliament"),
        SourceKind.NEWS: QCoreApplication.translate("Labels", "News"),
        SourceKind.COMMENTARY: QCoreApplication.translate("Labels", "Commentary"),
        SourceKind.REFERENCE: QCoreApplication.translate("Labels", "Reference"),
        SourceKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return names[kind]


def warning_text(warning: BriefWarning) -> str:
    """Return a brief warning as a sentence in the interface language."""
    fact = warning.fact_id
    if warning.kind is WarningKind.UNVERIFIED:
        return QCoreApplication.translate("Labels", "Fact “{fact}” is unverified.").format(
            fact=fact
        )
    if warning.kind is WarningKind.DISPUTED:
        return QCoreApplication.translate("Labels", "Fact “{fact}” is disputed.").format(fact=fact)
    if warning.kind is WarningKind.SUPERSEDED:
        if warning.successor:
            return QCoreApplication.translate(
                "Labels", "Fact “{fact}” is superseded by “{successor}”."
            ).format(fact=fact, successor=warning.successor)
        return QCoreApplication.translate("Labels", "Fact “{fact}” is superseded.").format(
            fact=fact
        )
    if warning.kind is WarningKind.STALE:
        return QCoreApplication.translate(
            "Labels", "Fact “{fact}” is past its review date {detail}."
        ).format(fact=fact, detail=f"({warning.review_by})" if warning.review_by else "")
    if warning.kind is WarningKind.MISSING_TRANSLATION:
        language = (
            QCoreApplication.translate("Labels", "Japanese")
            if warning.language == "ja"
            else QCoreApplication.translate("Labels", "English")
        )
        return QCoreApplication.translate("Labels", "Fact “{fact}” has no {language} text.").format(
            fact=fact, language=language
        )
    if warning.kind is WarningKind.MISSING_GLYPH:
        return QCoreApplication.translate(
            "Labels",
            "Character {character} is in none of the bundled fonts: "
            "the PDF shows it as a white square.",
        ).format(character=warning.character_name())
    if warning.kind is WarningKind.TOO_LONG:
        return QCoreApplication.translate(
            "Labels",
            "The brief is too long for its template: about {lines} line(s) more than "
            "{pages} page(s) hold before the sources. Leave out facts, or choose a longer "
            "template.",
        ).format(lines=warning.over_lines, pages=warning.budget)
    if warning.kind is WarningKind.REMOVED:
        return QCoreApplication.translate(
            "Labels", "Fact “{fact}” is no longer in the library and is left out."
        ).format(fact=fact)
    return QCoreApplication.translate(
        "Labels", "Fact “{fact}” changed in the library since it was added."
    ).format(fact=fact)
