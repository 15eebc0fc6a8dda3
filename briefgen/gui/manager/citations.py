"""A fact's citations: which sources, where in each (locator) and an optional quote.

Sources are picked from a list searched as one types (id, title or
publisher); each citation's locator and quote are edited in the table.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefgen.core.library.model import Source, SourceRef
from briefgen.gui.manager.form_fields import name_corner_button

COLUMN_SOURCE, COLUMN_LOCATOR, COLUMN_QUOTE = range(3)


class CitationsEditor(QWidget):
    """Edit the list of a fact's citations."""

    changed = Signal()

    def __init__(
        self, sources: Mapping[str, Source], language: str, parent: QWidget | None = None
    ) -> None:
        """Offer the ``sources`` of the library, titled in ``language``."""
        super().__init__(parent)
        self.picker = QComboBox()
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setAccessibleName(self.tr("Source to cite"))
        for source in sources.values():
            self.picker.addItem(f"{source.id} — {source.title_in(language)}", source.id)
        completer = QCompleter(self.picker.model(), self.picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.picker.setCompleter(completer)
        self.picker.setCurrentIndex(-1)
        line = self.picker.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type to find a source by id or title"))
        self.add_button = QPushButton(self.tr("&Cite"))
        self.add_button.setAccessibleName(self.tr("Cite the chosen source"))
        self.remove_button = QPushButton(self.tr("Remove citation"))
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Citations"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Locator (page, article)"), self.tr("Quote")]
        )
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMN_QUOTE, QHeaderView.ResizeMode.Stretch
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(110)
        em = self.table.fontMetrics().horizontalAdvance("M")
        self.table.setColumnWidth(COLUMN_SOURCE, 16 * em)
        self.table.setColumnWidth(COLUMN_LOCATOR, 14 * em)
        name_corner_button(self.table)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self._add_picked)
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemChanged.connect(lambda _: self.changed.emit())

    def _add_picked(self) -> None:
        index = self.picker.findText(self.picker.currentText())
        source_id = self.picker.itemData(index) if index >= 0 else self.picker.currentData()
        if not source_id:
            text = self.picker.currentText().split("—")[0].strip()
            source_id = text or None
        if source_id:
            self.add(SourceRef(str(source_id)))

    def add(self, ref: SourceRef) -> None:
        """Add a citation of ``ref`` at the end."""
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        source = QTableWidgetItem(ref.source)
        source.setFlags(source.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, COLUMN_SOURCE, source)
        self.table.setItem(row, COLUMN_LOCATOR, QTableWidgetItem(ref.locator))
        self.table.setItem(row, COLUMN_QUOTE, QTableWidgetItem(ref.quote))
        self.table.blockSignals(False)
        self.changed.emit()

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()

    def set_refs(self, refs: tuple[SourceRef, ...]) -> None:
        """Show ``refs``."""
        self.table.setRowCount(0)
        for ref in refs:
            self.add(ref)

    def refs(self) -> tuple[SourceRef, ...]:
        """Return the citations as edited."""
        found: list[SourceRef] = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(3)]
            source, locator, quote = (c.text().strip() if c else "" for c in cells)
            found.append(SourceRef(source, locator, quote))
        return tuple(found)
