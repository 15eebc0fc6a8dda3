"""Import references: what a CSL-JSON or BibTeX file would add, and what it already has.

Nothing is written until the curator clicks Import; the plan is made again
at that moment from the library on disk, so a source another process added
meanwhile is skipped as a duplicate, never added twice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefgen.core.curation.edit import LibraryEditor
from briefgen.core.curation.reference_import import (
    ImportPlan,
    Reference,
    Skipped,
    SkipReason,
    plan_checked_import,
)
from briefgen.core.library.assembly import SOURCES_DIR
from briefgen.gui.manager.form_fields import name_corner_button
from briefgen.gui.manager.library_session import LibrarySession
from briefgen.gui.problem_labels import problem_message

DEFAULT_TARGET = f"{SOURCES_DIR}/imported.yaml"


def skip_text(skipped: Skipped) -> str:
    """Return why a reference is not added, in the interface language."""
    if skipped.reason is SkipReason.SAME_DOI:
        return QCoreApplication.translate(
            "ImportPreview", "already in the library (same DOI {value})"
        ).format(value=skipped.value)
    if skipped.reason is SkipReason.SAME_URL:
        return QCoreApplication.translate(
            "ImportPreview", "already in the library (same address {value})"
        ).format(value=skipped.value)
    if skipped.reason is SkipReason.SAME_ID:
        return QCoreApplication.translate(
            "ImportPreview", "already in the library (same id {value})"
        ).format(value=skipped.value)
    if skipped.reason is SkipReason.NO_TITLE:
        return QCoreApplication.translate("ImportPreview", "the reference has no title")
    if skipped.reason is SkipReason.NO_PUBLISHER:
        return QCoreApplication.translate(
            "ImportPreview", "the reference has no publisher or container title"
        )
    return "; ".join(problem_message(p) for p in skipped.problems)


class ImportPreview(QDialog):
    """Show what an import adds and skips; import on request."""

    def __init__(
        self,
        session: LibrarySession,
        path: Path,
        references: list[Reference],
        parent: QWidget | None = None,
    ) -> None:
        """Preview importing ``references`` (read from ``path``) into ``session``'s library."""
        super().__init__(parent)
        self.session, self.path, self.references = session, path, references
        self.plan = ImportPlan()
        self.setWindowTitle(self.tr("Import references from {name}").format(name=path.name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.target = QComboBox()
        self.target.setEditable(True)
        self.target.setAccessibleName(self.tr("Sources file to add them to"))
        files = [f for f in session.library.files if f.startswith(f"{SOURCES_DIR}/")]
        for name in dict.fromkeys([DEFAULT_TARGET, *files]):
            self.target.addItem(name)
        target_label = QLabel(self.tr("Add &to:"))
        target_label.setBuddy(self.target)
        self.added = self._table(
            self.tr("References to add"), [self.tr("Id"), self.tr("Title"), self.tr("DOI or URL")]
        )
        self.skipped = self._table(
            self.tr("References not added"), [self.tr("Reference"), self.tr("Why")]
        )
        added_label, skipped_label = (
            QLabel(self.tr("&Will be added:")),
            QLabel(self.tr("&Not added:")),
        )
        added_label.setBuddy(self.added)
        skipped_label.setBuddy(self.skipped)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton(self.tr("&Import"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        for widget in (
            self.summary,
            target_label,
            self.target,
            added_label,
            self.added,
            skipped_label,
            self.skipped,
            self.buttons,
        ):
            layout.addWidget(widget)  # fmt: skip
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self.target.currentTextChanged.connect(lambda _: self.refresh())
        self.resize(860, 620)
        self.refresh()

    def _table(self, accessible: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setAccessibleName(accessible)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch
        )
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        em = table.fontMetrics().horizontalAdvance("M")
        for column in range(len(headers) - 1):
            table.setColumnWidth(column, (12 if column == 0 else 28) * em)
        name_corner_button(table)
        return table

    def refresh(self) -> None:
        """Plan the import against the library as last read, and show the plan."""
        self.plan = plan_checked_import(self.references, self.session.library, self.into)
        self.added.setRowCount(0)
        for source in self.plan.added:
            self._row(self.added, [source.id, source.title, source.doi or source.url])
        self.skipped.setRowCount(0)
        for skipped in self.plan.skipped:
            self._row(self.skipped, [skipped.key, skip_text(skipped)])
        duplicates = sum(1 for s in self.plan.skipped if s.reason.is_duplicate)
        self.summary.setText(
            self.tr(
                "{refs} references in the file: {added} to add, {duplicates} already in the "
                "library, {other} that cannot be added."
            ).format(
                refs=len(self.references),
                added=len(self.plan.added),
                duplicates=duplicates,
                other=len(self.plan.skipped) - duplicates,
            )
        )
        self.import_button.setEnabled(bool(self.plan.added))

    @staticmethod
    def _row(table: QTableWidget, cells: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))

    @property
    def into(self) -> str:
        """Return the sources file the references go to."""
        return self.target.currentText().strip() or DEFAULT_TARGET

    def run_import(self) -> bool:
        """Add the planned sources (planned again on the library on disk); True when written."""
        references, into = self.references, self.into

        def add(editor: LibraryEditor) -> None:
            plan = plan_checked_import(references, editor.library, into)
            if plan.added:
                editor.add_sources(plan.added, into)
            self.plan = plan

        if not self.plan.added or not self.session.apply(add):
            return False
        self.accept()
        return True
