"""Page 6: write the brief as DOCX and/or PDF, in the background, then open the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefgen.core.system.file_names import file_stem
from briefgen.gui.jobs import run_in_background
from briefgen.gui.pages.base import BriefPage, PageContext
from briefgen.gui.rendering import RenderedFiles, render_brief
from briefgen.gui.warning_list import WarningList


class ExportPage(BriefPage):
    """Choose formats and files, export, then offer to open the file or its folder."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        """Build the format choices, progress bar, result buttons and warnings."""
        # Long, and kept whole: it builds the page's widgets top to bottom, as they show.
        super().__init__(context, parent)
        self.setTitle(self.tr("Export"))
        self.setSubTitle(self.tr("Write the brief as a Word document, a PDF, or both."))
        self.setFinalPage(True)
        self.exported: list[Path] = []
        self._confirmed: set[Path] = set()
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.docx = QCheckBox(self.tr("&Word document (.docx)"))
        self.pdf = QCheckBox(self.tr("&PDF (.pdf)"))
        self.docx.setChecked(True)
        self.pdf.setChecked(True)
        self.docx_path = QLineEdit()
        self.pdf_path = QLineEdit()
        self.docx_browse = QPushButton(self.tr("Bro&wse…"))
        self.pdf_browse = QPushButton(self.tr("Brow&se…"))
        self.docx.setAccessibleName(self.tr("Export a Word document"))
        self.pdf.setAccessibleName(self.tr("Export a PDF"))
        self.docx_path.setAccessibleName(self.tr("Word document file"))
        self.pdf_path.setAccessibleName(self.tr("PDF file"))
        self.docx_browse.setAccessibleName(self.tr("Choose the Word document file"))
        self.pdf_browse.setAccessibleName(self.tr("Choose the PDF file"))
        grid.addWidget(self.docx, 0, 0)
        grid.addWidget(self.docx_path, 0, 1)
        grid.addWidget(self.docx_browse, 0, 2)
        grid.addWidget(self.pdf, 1, 0)
        grid.addWidget(self.pdf_path, 1, 1)
        grid.addWidget(self.pdf_browse, 1, 2)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.footnotes = QCheckBox(self.tr("Cite sources as foot&notes in the Word document"))
        self.footnotes.setAccessibleName(self.tr("Cite sources as Word footnotes"))
        self.footnotes.setToolTip(
            self.tr("Each citation becomes a Word footnote; the PDF keeps numbers in brackets.")
        )
        self.docx.toggled.connect(self.footnotes.setEnabled)
        layout.addWidget(self.footnotes)

        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Export the brief"))
        self.export_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.hide()
        row.addWidget(self.export_button)
        row.addWidget(self.progress, 1)
        row.addStretch()
        layout.addLayout(row)

        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        opens = QHBoxLayout()
        self.open_file = QPushButton(self.tr("Open &File"))
        self.open_folder = QPushButton(self.tr("Open F&older"))
        self.open_file.setAccessibleName(self.tr("Open the exported file"))
        self.open_folder.setAccessibleName(self.tr("Open the folder of the exported file"))
        for button in (self.open_file, self.open_folder):
            button.setEnabled(False)
            opens.addWidget(button)
        opens.addStretch()
        layout.addLayout(opens)
        warnings_label = QLabel(self.tr("Warnings:"))
        layout.addWidget(warnings_label)
        self.warning_list = WarningList()
        layout.addWidget(self.warning_list, 1)

        self.docx.toggled.connect(self._formats_changed)
        self.pdf.toggled.connect(self._formats_changed)
        self.docx_browse.clicked.connect(lambda: self._browse(self.docx_path, ".docx"))
        self.pdf_browse.clicked.connect(lambda: self._browse(self.pdf_path, ".pdf"))
        self.export_button.clicked.connect(self.export)
        self.open_file.clicked.connect(self._open_file)
        self.open_folder.clicked.connect(self._open_folder)

    def initializePage(self) -> None:
        """Suggest file names next to the brief file (or in the last folder used)."""
        brief = self.brief
        if brief is None:
            return
        last = self.context.settings.last("folder")
        folder = (
            self.session.path.parent
            if self.session.path
            else (Path(last) if last and Path(last).is_dir() else Path.home())
        )
        stem = self.session.path.stem if self.session.path else file_stem(self.session.title())
        if not self.docx_path.text():
            self.docx_path.setText(str(folder / f"{stem}.docx"))
        if not self.pdf_path.text():
            self.pdf_path.setText(str(folder / f"{stem}.pdf"))
        self.result.clear()
        self.export_button.setFocus()

    def _formats_changed(self) -> None:
        self.docx_path.setEnabled(self.docx.isChecked())
        self.docx_browse.setEnabled(self.docx.isChecked())
        self.pdf_path.setEnabled(self.pdf.isChecked())
        self.pdf_browse.setEnabled(self.pdf.isChecked())
        self.export_button.setEnabled(self.docx.isChecked() or self.pdf.isChecked())

    def _browse(self, edit: QLineEdit, suffix: str) -> None:
        file_filter = (
            self.tr("Word documents (*.docx)")
            if suffix == ".docx"
            else self.tr("PDF files (*.pdf)")
        )
        chosen = self.context.prompter.choose_export_path(Path(edit.text()), file_filter)
        if chosen is not None:
            edit.setText(str(_with_suffix(chosen, suffix)))
            self._confirmed.add(_with_suffix(chosen, suffix))  # the dialog asked about replacing

    def targets(self) -> list[Path]:
        """Return the files to write, as chosen."""
        chosen: list[Path] = []
        if self.docx.isChecked() and self.docx_path.text().strip():
            chosen.append(_with_suffix(Path(self.docx_path.text().strip()), ".docx"))
        if self.pdf.isChecked() and self.pdf_path.text().strip():
            chosen.append(_with_suffix(Path(self.pdf_path.text().strip()), ".pdf"))
        return chosen

    def export(self) -> None:
        """Export to the chosen files in the background."""
        brief = self.brief
        targets = self.targets()
        if brief is None or not targets or not self.library.is_loaded:
            return
        from briefgen.core.brief.file import facts_gone

        gone = facts_gone(brief, self.library.library)
        if gone:
            self.context.prompter.show_error(
                self.tr("Nothing to export"),
                self.tr(
                    "No fact of the brief ({count} in all) is in the library any more: "
                    "add facts before exporting."
                ).format(count=gone),
            )
            return
        # Ask before replacing a file that exists and that neither this page
        # wrote nor the user picked in a save dialog (a Word file they may have
        # finished by hand since the last export, say).
        unasked = [p for p in targets if p.exists() and p not in self._confirmed]
        if unasked and not self.context.prompter.ask_replace_files(unasked):
            return
        self._confirmed.update(targets)
        # A read-only file was made so on purpose: replaced only when the user says so.
        read_only = [p for p in targets if _is_read_only(p)]
        if read_only and not self.context.prompter.ask_replace_read_only(read_only):
            return
        forced = frozenset(read_only)
        library = self.library.library
        template = self.library.template_for(brief)
        self.export_button.setEnabled(False)
        self._forget_exported()
        self.progress.show()
        self.result.setText(self.tr("Exporting…"))
        footnotes = self.footnotes.isChecked()
        run_in_background(
            self,
            lambda: render_brief(brief, library, template, targets, forced, footnotes=footnotes),
            self._done,
            self._failed,
        )

    def _finish(self) -> None:
        self.progress.hide()
        self.export_button.setEnabled(True)

    def _done(self, files: RenderedFiles) -> None:
        self._finish()
        self.exported = [result.path for result in files.results]
        if self.exported:
            self.context.settings.remember("folder", str(self.exported[0].parent))
        self.result.setText(
            self.tr("Exported: {files}").format(files=", ".join(str(p) for p in self.exported))
        )
        self.warning_list.show_warnings(files.warnings)
        self.open_file.setEnabled(True)
        self.open_folder.setEnabled(True)
        self.open_file.setFocus()

    def _forget_exported(self) -> None:
        """Let nothing point at the files of an earlier export (they may be gone or stale)."""
        self.exported = []
        self.open_file.setEnabled(False)
        self.open_folder.setEnabled(False)

    def _failed(self, error: Exception) -> None:
        self._finish()
        self._forget_exported()
        self.result.setText(self.tr("The export failed."))
        from briefgen.core.system.atomic import WriteError
        from briefgen.gui.error_labels import export_error_text
        from briefgen.render.export import ExportError

        if isinstance(error, ExportError | WriteError | OSError):
            message = export_error_text(error)
        else:
            message = self.tr("Unexpected error: {error}").format(error=error)
        self.context.prompter.show_error(self.tr("Export failed"), message)

    def _open_file(self) -> None:
        if self.exported:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported[-1])))

    def _open_folder(self) -> None:
        if self.exported:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.exported[-1].parent)))


def _is_read_only(path: Path) -> bool:
    from briefgen.core.system.atomic import ReadOnlyTargetError, WriteError, check_target

    try:
        check_target(path)
    except ReadOnlyTargetError:
        return True
    except WriteError:
        return False  # the export reports it
    return False


def _with_suffix(path: Path, suffix: str) -> Path:
    """Return ``path`` ending in ``suffix``, adding it rather than replacing a dot in the name."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
