"""Rows of a tree that wrap their text to the view's width, so that nothing is cut short."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Give each row of ``tree`` the height of its text wrapped to the visible width.

    A tree asks its delegate for a row's size without telling it the width the
    row will have, so Qt's own delegate answers one line and the text is cut
    with "…": this one measures against the viewport, and asks the tree to lay
    its rows out again when the viewport's width changes.
    """

    def __init__(self, tree: QTreeView) -> None:
        """Wrap the rows of ``tree``."""
        super().__init__(tree)
        self.tree = tree
        tree.setWordWrap(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        tree.setItemDelegate(self)
        tree.viewport().installEventFilter(self)
        self._width = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Lay the rows out again when the width changes."""
        if event.type() == QEvent.Type.Resize and self.tree.viewport().width() != self._width:
            self._width = self.tree.viewport().width()
            self.sizeHintChanged.emit(self.tree.model().index(0, 0))
        return super().eventFilter(watched, event)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Return the size of the row's text wrapped to the width it has in the tree."""
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 12
        bounds = view_option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 80), 1_000_000),
            int(Qt.TextFlag.TextWordWrap),
            view_option.text,
        )
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), bounds.height() + 6))
