"""Problems found in library content, each tied to a file and line."""

from __future__ import annotations

from enum import StrEnum

import msgspec


class Severity(StrEnum):
    """Whether a problem keeps an entry out of the library (error) or only flags it (warning)."""

    ERROR = "error"
    WARNING = "warning"


class Problem(msgspec.Struct, frozen=True):
    """A message about library content at ``path:line``."""

    path: str
    line: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.path}:{self.line}: {prefix}{self.message}"

    @property
    def is_error(self) -> bool:
        """Return True for problems that keep the entry out of the library."""
        return self.severity is Severity.ERROR
