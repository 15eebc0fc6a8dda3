"""What every wizard page shares: the session, the library, and how to ask the user."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget, QWizardPage

from briefgen.gui.library_state import LibraryState
from briefgen.gui.prompts import Prompter
from briefgen.gui.session import Session
from briefgen.gui.settings import Settings

if TYPE_CHECKING:
    from briefgen.core.brief.model import Brief


@dataclass(frozen=True, slots=True)
class PageContext:
    """Everything a page may use, passed in rather than reached for."""

    session: Session
    library: LibraryState
    prompter: Prompter
    settings: Settings
    language: str  # the interface language, "en" or "ja": which text of a fact to show first


class BriefPage(QWizardPage):
    """A wizard page working on the session's brief; it writes nothing to disk."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        """Keep the shared ``context``."""
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.library = context.library

    @property
    def brief(self) -> Brief | None:
        """Return the brief being edited."""
        return self.session.brief

    def isComplete(self) -> bool:
        """Return True when there is a brief and a library to work on."""
        return self.session.brief is not None and self.library.is_loaded
