"""The manager's lists of facts and of sources: sortable tables with a search filter.

Each model holds the entries of the library as last read; the filter keeps
the rows whose id is in a set (the app's search for facts, a text match for
sources) and sorts by a key per column (dates chronologically).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact, Source
from briefgen.gui.manager.form_fields import name_corner_button
from briefgen.gui.value_names import source_kind_name, status_name

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

E = TypeVar("E", Fact, Source)
# A column: its header, the text shown, and the key it sorts by.
Column = tuple[str, Callable[[E], str], Callable[[E], Any]]


class _EntryModel(QAbstractTableModel, Generic[E]):
    """A read-only table of entries, one per row, with the columns it is given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[E] = []
        self.columns: Sequence[Column[E]] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Return the number of entries."""
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        """Return the number of columns."""
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the text, sort key or id of a cell."""
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        _, text, key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text(entry)
        if role == SORT_ROLE:
            return key(entry)
        if role == ID_ROLE:
            return entry.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column headers."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None

    def row_of(self, entry_id: str) -> int:
        """Return the row of the entry ``entry_id``, or -1."""
        return next((n for n, e in enumerate(self.entries) if e.id == entry_id), -1)


class FactListModel(_EntryModel[Fact]):
    """The facts of a library: id, topic, date, status and text in the interface language."""

    def set_library(self, library: Library, language: str) -> None:
        """Show the facts of ``library``."""
        self.beginResetModel()
        self.entries = list(library.facts.values())
        self.columns = (
            (QCoreApplication.translate("Manager", "Id"), lambda f: f.id, lambda f: f.id),
            (
                QCoreApplication.translate("Manager", "Topic"),
                lambda f: library.topic(f.topic).label.get_or_other(language),
                lambda f: f.topic,
            ),
            (
                QCoreApplication.translate("Manager", "Date"),
                lambda f: str(f.date or ""),
                # Text, which Qt compares: a year sorts before its months, a month its days.
                lambda f: "{:04d}-{:02d}-{:02d}".format(*f.date.sort_key()) if f.date else "",
            ),
            (
                QCoreApplication.translate("Manager", "Status"),
                lambda f: status_name(f.status),
                lambda f: f.status.value,
            ),
            (
                QCoreApplication.translate("Manager", "Text"),
                lambda f: f.text.get_or_other(language),
                lambda f: f.text.get_or_other(language),
            ),
        )
        self.endResetModel()


class SourceListModel(_EntryModel[Source]):
    """The sources of a library: id, title, publisher, kind and the facts citing each."""

    def set_library(self, library: Library, language: str) -> None:
        """Show the sources of ``library``."""
        citing: dict[str, int] = {}
        for fact in library.facts.values():
            for source_id in {ref.source for ref in fact.sources}:
                citing[source_id] = citing.get(source_id, 0) + 1
        self.beginResetModel()
        self.entries = list(library.sources.values())
        self.columns = (
            (QCoreApplication.translate("Manager", "Id"), lambda s: s.id, lambda s: s.id),
            (
                QCoreApplication.translate("Manager", "Title"),
                lambda s: s.title_in(language),
                lambda s: s.title_in(language),
            ),
            (
                QCoreApplication.translate("Manager", "Publisher"),
                lambda s: s.publisher,
                lambda s: s.publisher,
            ),
            (
                QCoreApplication.translate("Manager", "Kind"),
                lambda s: source_kind_name(s.kind),
                lambda s: s.kind.value,
            ),
            (
                QCoreApplication.translate("Manager", "Cited by"),
                lambda s: str(citing.get(s.id, 0)),
                lambda s: citing.get(s.id, 0),
            ),
        )
        self.endResetModel()


def source_matches(source: Source, text: str) -> bool:
    """Return True when every word of ``text`` is in the source's id, titles or publisher."""
    haystack = " ".join(
        (source.id, source.title, source.title_translated, source.publisher, source.container)
    ).casefold()
    return all(word in haystack for word in text.casefold().split())


class IdFilter(QSortFilterProxyModel):
    """Keep the rows whose id is in a set (all rows when the set is None); sort by key."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Sort by each column's key."""
        super().__init__(parent)
        self._ids: set[str] | None = None
        self.setSortRole(SORT_ROLE)

    def set_ids(self, ids: set[str] | None) -> None:
        """Show only the entries in ``ids`` (None: every entry)."""
        self.beginFilterChange()
        self._ids = ids
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Accept the rows whose id is in the set."""
        if self._ids is None:
            return True
        model = self.sourceModel()
        return model.index(source_row, 0, source_parent).data(ID_ROLE) in self._ids


def entry_table(accessible: str) -> QTableView:
    """Return a read-only, sortable table of entries, one selected at a time."""
    table = QTableView()
    table.setAccessibleName(accessible)
    table.setSortingEnabled(True)
    # Library order until the curator clicks a column: no arrow claims a sort that is not there.
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    name_corner_button(table)
    return table
