"""The brief wizard: its six pages, listed here and nowhere else."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from briefgen.gui.pages.base import PageContext
from briefgen.gui.pages.start_page import StartPage

if TYPE_CHECKING:
    from briefgen.gui.pages.arrange_page import ArrangePage
    from briefgen.gui.pages.export_page import ExportPage
    from briefgen.gui.pages.facts_page import FactsPage
    from briefgen.gui.pages.preview_page import PreviewPage
    from briefgen.gui.pages.setup_page import SetupPage

# The later pages are built once the window is on screen (or when first
# needed): the start page is all a user sees at first, and building the rest
# would double the time to the first window.
_BUILD_LATER_PAGES_AFTER_MS = 150


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
    closing, and Escape does nothing. Only the start page is built at once;
    :meth:`ensure_pages` builds the others, shortly after start-up or when
    anything needs them, whichever comes first.
    """

    showInManager = Signal(str)  # noqa: N815 (Qt signal naming): the facts page's, passed on

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        """Create the pages over the shared ``context``, embedded in ``parent``."""
        super().__init__()
        # A QWizard is a dialog, a window of its own; setParent() resets the
        # window type, so the wizard becomes a plain child widget of ``parent``.
        # (setWindowFlags(Qt.WindowType.Widget) would too, but naming Qt's
        # namespace costs 15 ms before the first frame.)
        self.setParent(parent)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Done"))
        self._context = context
        self._later: tuple[SetupPage, FactsPage, ArrangePage, PreviewPage, ExportPage] | None = None
        self.start_page = StartPage(context)
        self.setPage(PageId.START, self.start_page)
        self.setStartId(PageId.START)
        context.library.loaded.connect(self._refresh_buttons)
        context.session.briefChanged.connect(self._refresh_buttons)
        QTimer.singleShot(_BUILD_LATER_PAGES_AFTER_MS, self.ensure_pages)

    def ensure_pages(self) -> None:
        """Build the pages after the start page, if not built yet."""
        if self._later is not None:
            return
        from briefgen.gui.pages.arrange_page import ArrangePage
        from briefgen.gui.pages.export_page import ExportPage
        from briefgen.gui.pages.facts_page import FactsPage
        from briefgen.gui.pages.preview_page import PreviewPage
        from briefgen.gui.pages.setup_page import SetupPage

        context = self._context
        self._later = (
            SetupPage(context),
            FactsPage(context),
            ArrangePage(context),
            PreviewPage(context),
            ExportPage(context),
        )
        self._later[1].showInManager.connect(self.showInManager)
        for page_id, page in zip(
            (PageId.SETUP, PageId.FACTS, PageId.ARRANGE, PageId.PREVIEW, PageId.EXPORT),
            self._later,
            strict=True,
        ):
            self.setPage(page_id, page)
        self._refresh_buttons()

    def _later_pages(self) -> tuple[SetupPage, FactsPage, ArrangePage, PreviewPage, ExportPage]:
        self.ensure_pages()
        assert self._later is not None
        return self._later

    @property
    def setup_page(self) -> SetupPage:
        """Return the setup page."""
        return self._later_pages()[0]

    @property
    def facts_page(self) -> FactsPage:
        """Return the facts page."""
        return self._later_pages()[1]

    @property
    def arrange_page(self) -> ArrangePage:
        """Return the arrange page."""
        return self._later_pages()[2]

    @property
    def preview_page(self) -> PreviewPage:
        """Return the preview page."""
        return self._later_pages()[3]

    @property
    def export_page(self) -> ExportPage:
        """Return the export page."""
        return self._later_pages()[4]

    def validateCurrentPage(self) -> bool:
        """Build the later pages before leaving the start page, then check the current page."""
        self.ensure_pages()
        return bool(super().validateCurrentPage())

    def _refresh_buttons(self) -> None:
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()

    def go_to(self, target: PageId) -> None:
        """Go forward or back to ``target`` (forward stops at a page whose checks fail)."""
        self.ensure_pages()
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
