"""What a brief must tell the analyst before it goes out: one small module, cheap to import."""

from __future__ import annotations

from enum import StrEnum

import msgspec


class WarningKind(StrEnum):
    """Why a fact in a brief needs the analyst's attention before it goes out."""

    UNVERIFIED = "unverified"
    DISPUTED = "disputed"
    SUPERSEDED = "superseded"
    STALE = "stale"
    MISSING_TRANSLATION = "missing-translation"
    REMOVED = "removed"
    CHANGED = "changed"


_WARNING_TEXT = {
    WarningKind.UNVERIFIED: "fact '{id}' is unverified",
    WarningKind.DISPUTED: "fact '{id}' is disputed",
    WarningKind.SUPERSEDED: "fact '{id}' is superseded{detail}",
    WarningKind.STALE: "fact '{id}' is past its review date{detail}",
    WarningKind.MISSING_TRANSLATION: "fact '{id}' has no {detail} text",
    WarningKind.REMOVED: "fact '{id}' is no longer in the library and is left out",
    WarningKind.CHANGED: "fact '{id}' changed in the library since it was added",
}


class BriefWarning(msgspec.Struct, frozen=True):
    """Something to tell the analyst at export; also marked in the document where it applies."""

    kind: WarningKind
    fact_id: str
    detail: str = ""

    def message(self) -> str:
        """Return the warning as an English sentence (the GUI translates by ``kind``)."""
        return _WARNING_TEXT[self.kind].format(id=self.fact_id, detail=self.detail)
