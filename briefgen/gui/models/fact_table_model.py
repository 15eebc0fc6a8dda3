"""A table of library facts, by id, for the facts page.

The model holds only a list of fact ids; :meth:`FactTableModel.data` looks each
fact up when a row is painted, so filtering a 100,000-fact library replaces one
list and never builds an item per fact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from briefgen.core.library.assembly import Library
from briefgen.core.library.model import Fact, Status
from briefgen.gui.value_names import stale_name, status_explanation, status_name

Index = QModelIndex | QPersistentModelIndex

COLUMN_FACT = 0
COLUMN_STATUS = 1
COLUMN_TOPIC = 2
COLUMN_DATE = 3

_STATUS_COLOURS = {
    Status.UNVERIFIED: "#b35c00",
    Status.DISPUTED: "#c62828",
    Status.SUPERSEDED: "#6a4c93",
}
_STALE_COLOUR = "#8a6d00"


class FactTableModel(QAbstractTableModel):
    """Show facts (text, status badge, topic, date) with a checkbox for "in the brief"."""

    checkToggled = Signal(str, bool)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        library: Library,
        language: str,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QObject | None = None,
    ) -> None:
        """Show facts of ``library`` with their text in ``language`` first."""
        super().__init__(parent)
        self.library = library
        self.language = language
        self._today = today
        self._ids: list[str] = []
        self._given: list[str] = []  # the ids in the order they were given (best match first)
        self._checked: frozenset[str] = frozenset()
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_fact_ids(self, ids: list[str]) -> None:
        """Show exactly the facts ``ids``: in that order, or sorted by the chosen column."""
        self.beginResetModel()
        self._given = ids
        self._ids = self._sorted(ids)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (-1: back to the order the ids were given in)."""
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._ids = self._sorted(self._given)
        self.layoutChanged.emit()

    def _sorted(self, ids: list[str]) -> list[str]:
        column = self.sort_column
        if column < 0:
            return ids
        facts, library, language = self.library.facts, self.library, self.language
        statuses = {status: n for n, status in enumerate(Status)}
        keys: dict[int, Callable[[str], object]] = {
            COLUMN_FACT: lambda i: facts[i].text.get_or_other(language).casefold(),
            COLUMN_STATUS: lambda i: statuses[facts[i].status],
            COLUMN_TOPIC: lambda i: library.topic(facts[i].topic).label.get_or_other(language),
            COLUMN_DATE: lambda i: _date_key(facts[i]),
        }
        key = keys.get(column)
        if key is None:
            return ids
        descending = self.sort_order is Qt.SortOrder.DescendingOrder
        return sorted(ids, key=key, reverse=descending)  # type: ignore[arg-type]

    def set_checked(self, ids: frozenset[str]) -> None:
        """Mark the facts in ``ids`` as checked (in the brief)."""
        if ids == self._checked:
            return
        self._checked = ids
        if self._ids:
            self.dataChanged.emit(
                self.index(0, COLUMN_FACT),
                self.index(len(self._ids) - 1, COLUMN_FACT),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def checked_ids(self) -> frozenset[str]:
        """Return the ids of the facts marked as checked."""
        return self._checked

    def fact_ids(self) -> list[str]:
        """Return the ids shown, in order."""
        return list(self._ids)

    def fact_at(self, row: int) -> Fact | None:
        """Return the fact shown in ``row``."""
        if 0 <= row < len(self._ids):
            return self.library.fact(self._ids[row])
        return None

    def row_of(self, fact_id: str) -> int:
        """Return the row of ``fact_id``, or -1 if it is not shown."""
        try:
            return self._ids.index(fact_id)
        except ValueError:
            return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of facts shown."""
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns."""
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Return the column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Fact"), self.tr("Status"), self.tr("Topic"), self.tr("Date"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return the flags: every row selectable, the fact column checkable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COLUMN_FACT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return what a cell shows, looking the fact up only now."""
        fact = self.fact_at(index.row()) if index.isValid() else None
        if fact is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COLUMN_FACT:
            checked = fact.id in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(fact, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(fact, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN_STATUS:
            return self._badge_brush(fact)
        if role == Qt.ItemDataRole.UserRole:
            return fact.id
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Report a checkbox toggle; the brief decides, and :meth:`set_checked` follows."""
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COLUMN_FACT:
            return False
        fact = self.fact_at(index.row())
        if fact is None:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))  # type: ignore[call-overload]
        self.checkToggled.emit(fact.id, state == Qt.CheckState.Checked)
        return True

    def _display(self, fact: Fact, column: int) -> str:
        if column == COLUMN_FACT:
            return fact.text.get_or_other(self.language)
        if column == COLUMN_STATUS:
            return self.badge_text(fact)
        if column == COLUMN_TOPIC:
            return self.library.topic(fact.topic).label.get_or_other(self.language)
        return fact.date.isoformat() if fact.date else ""

    def badge_text(self, fact: Fact) -> str:
        """Return the status badge: the status, with a warning sign when it needs attention."""
        parts = [("⚠ " if fact.status.needs_flag else "") + status_name(fact.status)]
        if fact.is_stale(self._today()):
            parts.append("⏱ " + stale_name())
        return " · ".join(parts)

    def _tooltip(self, fact: Fact, column: int) -> str:
        if column == COLUMN_STATUS:
            text = status_explanation(fact.status)
            if fact.is_stale(self._today()):
                text += "\n" + self.tr("Past its review date ({date}).").format(
                    date=fact.review_by.isoformat() if fact.review_by else ""
                )
            return text
        if column == COLUMN_FACT:
            # The whole statement (the row shows two lines), then its other language.
            other = "ja" if self.language == "en" else "en"
            texts = (fact.text.get_or_other(self.language), fact.text.get(other))
            return "\n\n".join(text for text in texts if text)
        return ""

    def _badge_brush(self, fact: Fact) -> QBrush:
        colour = _STATUS_COLOURS.get(fact.status)
        if colour is None and fact.is_stale(self._today()):
            colour = _STALE_COLOUR
        if colour is None:
            return QApplication.palette().brush(QPalette.ColorRole.Text)
        return QBrush(QColor(colour))


def _date_key(fact: Fact) -> tuple[int, int, int]:
    """Return a sort key that puts undated facts last."""
    return fact.date.sort_key() if fact.date else (9999, 99, 99)
