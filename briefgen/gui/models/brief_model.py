"""The brief as a tree: sections, and the facts and notes in each, for the arrange page.

Moving items by drag and drop produces :func:`~briefgen.core.brief.model.move_item`
edits through the session, so every move is one undo step. The model never
changes the brief itself: it is reset whenever the session's brief changes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from briefgen.core.brief.model import Brief, FactItem, Item, NoteItem, Section, move_item
from briefgen.gui.library_state import LibraryState
from briefgen.gui.session import Session
from briefgen.gui.value_names import fact_badge

Index = QModelIndex | QPersistentModelIndex

MIME_TYPE = "application/x-briefgen-item"
_SECTION = 0  # internal id of section rows; item rows carry their section's row + 1


class BriefModel(QAbstractItemModel):
    """Show the session's brief as sections holding items, and move items by drag and drop."""

    def __init__(
        self, session: Session, library: LibraryState, language: str, parent: QObject | None = None
    ) -> None:
        """Watch ``session``; show fact texts from ``library`` in ``language`` first."""
        super().__init__(parent)
        self.session = session
        self.library = library
        self.language = language
        self._brief: Brief | None = session.brief
        session.briefChanged.connect(self._reload)

    def _reload(self) -> None:
        self.beginResetModel()
        self._brief = self.session.brief
        self.endResetModel()

    @property
    def sections(self) -> tuple[Section, ...]:
        """Return the sections shown."""
        return self._brief.sections if self._brief else ()

    def location(self, index: Index) -> tuple[str, int] | None:
        """Return (section id, item index) for an item row, None for a section or nothing."""
        if not index.isValid() or index.internalId() == _SECTION:
            return None
        section = self.sections[index.internalId() - 1]
        return (section.section_id, index.row())

    def section_id(self, index: Index) -> str | None:
        """Return the id of the section a row is or belongs to."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _SECTION else index.internalId() - 1
        return self.sections[row].section_id

    def item(self, index: Index) -> Item | None:
        """Return the fact or note of an item row."""
        where = self.location(index)
        if where is None:
            return None
        section = self.sections[index.internalId() - 1]
        return section.items[where[1]]

    def item_index(self, section_id: str, position: int) -> QModelIndex:
        """Return the index of item ``position`` in the section ``section_id``."""
        for row, section in enumerate(self.sections):
            if section.section_id == section_id and 0 <= position < len(section.items):
                return self.index(position, 0, self.index(row, 0))
        return QModelIndex()

    # Structure.

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Return the index of a section (top level) or of an item in one."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self.sections):
                return self.createIndex(row, 0, _SECTION)
            return QModelIndex()
        if parent.internalId() != _SECTION:
            return QModelIndex()
        if row < len(self.sections[parent.row()].items):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Return a section for an item row, nothing for a section."""
        if not child.isValid() or child.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _SECTION)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of sections, or of items in a section."""
        if not parent.isValid():
            return len(self.sections)
        if parent.internalId() == _SECTION:
            return len(self.sections[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return one column."""
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return flags: items drag, sections and items accept drops."""
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _SECTION:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    # Content.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return a section heading or an item's text."""
        if not index.isValid():
            return None
        if index.internalId() == _SECTION:
            section = self.sections[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                heading = section.heading.get_or_other(self.language)
                return self.tr("{heading}  ({count})").format(
                    heading=heading, count=len(section.items)
                )
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        item = self.item(index)
        if isinstance(item, NoteItem):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Note: {text}").format(text=item.text.get_or_other(self.language))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#1f5fa8"))
            return None
        if isinstance(item, FactItem):
            return self._fact_data(item, role)
        return None

    def _fact_data(self, item: FactItem, role: int) -> object:
        fact = self.library.library.fact(item.fact_id) if self.library.is_loaded else None
        if role == Qt.ItemDataRole.DisplayRole:
            if fact is None:
                return self.tr("{id} (no longer in the library)").format(id=item.fact_id)
            text = (
                item.reword.get(self.language) if item.reword else ""
            ) or fact.text.get_or_other(self.language)
            text = self.tr("{text}  [reworded]").format(text=text) if item.reword else text
            badge = fact_badge(fact, dt.date.today())
            return f"{badge}  {text}" if badge else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.fact_id
        if role == Qt.ItemDataRole.FontRole and item.reword is not None:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    # Drag and drop.

    def supportedDropActions(self) -> Qt.DropAction:
        """Return the move action: items are moved, never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Return the move action."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Return the one MIME type this model drags."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Return the dragged item's place in the brief."""
        data = QMimeData()
        places = [self.location(i) for i in indexes]
        found = [p for p in places if p is not None]
        if found:
            data.setData(MIME_TYPE, json.dumps(list(found[0])).encode("utf-8"))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Return True for one of our items dropped into a section."""
        return data.hasFormat(MIME_TYPE) and parent.isValid()

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged item to where it was dropped, as one undoable edit."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            section_id, position = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        except (ValueError, TypeError):
            return False
        # An item dragged from another window (another brief) names a place
        # this brief may not have: only moves within this brief are accepted.
        source = next((s for s in self.sections if s.section_id == section_id), None)
        if source is None or not isinstance(position, int) or not 0 <= position < len(source.items):
            return False
        if parent.internalId() == _SECTION:
            target_section = self.sections[parent.row()].section_id
            target_row = row if row >= 0 else len(self.sections[parent.row()].items)
        else:  # dropped onto an item: take its place
            target_section = self.sections[parent.internalId() - 1].section_id
            target_row = parent.row()
        if target_section == section_id and target_row > position:
            target_row -= 1  # the index once the item has been taken out
        if (target_section, target_row) == (section_id, position):
            return False
        self.session.edit(
            lambda b: move_item(b, (section_id, position), (target_section, target_row)),
            self.tr("Move item"),
        )
        # The view must not remove the source rows: the edit has already moved the item.
        return False
