"""The brief wizard: its six pages, listed here and nowhere else."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from briefgen.gui.pages.arrange_page import ArrangePage
from briefgen.gui.pages.base import PageContext
from briefgen.gui.pages.export_page import ExportPage
from briefgen.gui.pages.facts_page import FactsPage
from briefgen.gui.pages.preview_page import PreviewPage
from briefgen.gui.pages.setup_page import SetupPage
from briefgen.gui.pages.start_page import StartPage


class PageId(IntEnum):
    """The wizard's pages, in order."""

    START = 0
    SETUP = 1
    FACTS = 2
    ARRANGE = 3
    PREVIEW = 4
    EXPORT = 5


class BriefWizard(QWizard):
    """Walk through one brief: start, set up, facts, arrange, preview, export.

    Embedded in the main window, so finishing returns to the start instead of
    closing, and Escape does nothing.
    """

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        """Create the pages over the shared ``context``."""
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Done"))
        self.start_page = StartPage(context)
        self.setup_page = SetupPage(context)
        self.facts_page = FactsPage(context)
        self.arrange_page = ArrangePage(context)
        self.preview_page = PreviewPage(context)
        self.export_page = ExportPage(context)
        for page_id, page in (
            (PageId.START, self.start_page),
            (PageId.SETUP, self.setup_page),
            (PageId.FACTS, self.facts_page),
            (PageId.ARRANGE, self.arrange_page),
            (PageId.PREVIEW, self.preview_page),
            (PageId.EXPORT, self.export_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PageId.START)
        context.library.loaded.connect(self._refresh_buttons)
        context.session.briefChanged.connect(self._refresh_buttons)

    def _refresh_buttons(self) -> None:
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()

    def go_to(self, target: PageId) -> None:
        """Go forward or back to ``target`` (forward stops at a page whose checks fail)."""
        while self.currentId() > target:
            self.back()
        while self.currentId() < target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    def show_brief(self) -> None:
        """Show the brief the session now holds, from its setup page."""
        if self.currentId() != PageId.START:
            self.restart()
        self.start_page.initializePage()
        self.go_to(PageId.SETUP)

    def done(self, result: int) -> None:
        """Return to the start page instead of closing (the wizard lives in the window)."""
        self.restart()

    def reject(self) -> None:
        """Ignore Escape: the wizard is not a dialog here."""
