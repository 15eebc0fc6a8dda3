"""Page 5: the brief as it will be exported, page by page, with its warnings."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefgen.core.brief.notices import BriefWarning
from briefgen.gui.jobs import run_in_background
from briefgen.gui.pages.base import BriefPage, PageContext
from briefgen.gui.rendering import RenderedFiles, render_brief
from briefgen.gui.warning_list import WarningList

REFRESH_DEBOUNCE_MS = 400
ZOOM_STEP = 1.25


class PreviewPage(BriefPage):
    """Render the brief to PDF in the background and show it; refresh when it changes."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        """Build the PDF view, zoom buttons and warning list."""
        super().__init__(context, parent)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("This is exactly what the exported PDF will look like."))
        self._folder = tempfile.TemporaryDirectory(prefix="briefgen-preview-")
        self._generation = 0
        self._loaded_generation = -1
        self.warnings: tuple[BriefWarning, ...] = ()
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        style = self.style()
        self.zoom_out = QPushButton(self.tr("Zoom &Out"))
        self.zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in = QPushButton(self.tr("Zoom &In"))
        self.zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_width = QPushButton(self.tr("&Fit Width"))
        self.refresh_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("Re&fresh")
        )
        for button in (self.zoom_out, self.zoom_in, self.fit_width, self.refresh_button):
            button.setAccessibleName(button.text().replace("&", ""))
            bar.addWidget(button)
        bar.addStretch()
        self.state = QLabel()
        bar.addWidget(self.state)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(self.tr("Preview of the brief"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        splitter.addWidget(self.view)
        self.warning_list = WarningList()
        splitter.addWidget(self.warning_list)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(REFRESH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.zoom_in.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.refresh_button.clicked.connect(self.refresh)
        self.session.briefChanged.connect(self._brief_changed)
        self.destroyed.connect(self._folder.cleanup)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(6.0, self.view.zoomFactor() * factor)))

    def initializePage(self) -> None:
        """Render the brief as it is now."""
        self.refresh()
        self.view.setFocus()

    def _brief_changed(self) -> None:
        if self.isVisible():
            self._debounce.start()

    @property
    def is_current(self) -> bool:
        """Return True when the preview shows the latest brief."""
        return self._loaded_generation == self._generation and self.document.pageCount() > 0

    def refresh(self) -> None:
        """Compose and render the brief in the background, then show it."""
        self._debounce.stop()
        brief = self.brief
        if brief is None or not self.library.is_loaded:
            return
        self._generation += 1
        generation = self._generation
        target = Path(self._folder.name) / f"preview-{generation}.pdf"
        library = self.library.library
        template = self.library.template_for(brief)
        self.state.setText(self.tr("Rendering…"))
        run_in_background(
            self,
            lambda: render_brief(brief, library, template, [target]),
            lambda files: self._show(generation, target, files),
            lambda error: self._failed(generation, error),
        )

    def _show(self, generation: int, target: Path, files: RenderedFiles) -> None:
        if generation != self._generation:
            target.unlink(missing_ok=True)  # a newer preview is on its way
            return
        self.document.load(str(target))
        for old in Path(self._folder.name).glob("preview-*.pdf"):
            if old != target:
                old.unlink(missing_ok=True)
        self.warnings = files.warnings
        self.warning_list.show_warnings(files.warnings)
        self._loaded_generation = generation
        pages = self.document.pageCount()
        text = self.tr("1 page") if pages == 1 else self.tr("{pages} pages")
        self.state.setText(text.format(pages=pages))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return  # a newer preview is on its way; this old failure no longer matters
        self.state.setText(
            self.tr("The preview could not be rendered: {error}").format(error=error)
        )
