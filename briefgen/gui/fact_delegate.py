"""Paint a fact's text in the facts table: wrapped to two lines, the search's words marked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefgen.core.search.query import Query
from briefgen.gui.highlight_html import highlighted_html

LINES_PER_ROW = 2
_KEPT_DOCUMENTS = 200


class FactTextDelegate(QStyledItemDelegate):
    """Draw the fact column as rich text: wrapped, with matched words highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start with no search (nothing highlighted)."""
        super().__init__(parent)
        self.query: Query | None = None
        # Laid-out cells for the current search: a repaint (hover, selection,
        # scrolling back) reuses them instead of parsing and laying out again.
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}

    def set_search(self, text: str) -> None:
        """Highlight the words of the search ``text`` from now on."""
        query = Query.parse(text) if text.strip() else None
        query = query if query is not None and not query.is_empty else None
        if query != self.query:
            self._documents.clear()
        self.query = query

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the cell's background, check box and focus as usual, then the marked text."""
        if self.query is None:  # nothing to mark: Qt's own (faster) wrapped text
            super().paint(painter, option, index)
            return
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        text = view_option.text
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, view_option, widget)
        document = self._document(text, rect.width(), view_option.font)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(
            QPalette.ColorRole.Text,
            view_option.palette.color(role),
        )
        # Whole lines only: the row has room for LINES_PER_ROW, never a cut third.
        lines = view_option.fontMetrics.lineSpacing() * LINES_PER_ROW + 2  # + the margin
        context.clip = QRectF(0, 0, rect.width(), min(rect.height(), lines))
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def _document(self, text: str, width: int, font: QFont) -> QTextDocument:
        """Return the laid-out text of a cell, kept while the search stays the same."""
        key = (text, width, font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= _KEPT_DOCUMENTS:
                self._documents.pop(next(iter(self._documents)))
            document = QTextDocument()
            document.setDefaultFont(font)
            document.setDocumentMargin(2)
            document.setTextWidth(width)
            document.setHtml(highlighted_html(text, self.query))
            self._documents[key] = document
        return document

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Return a size of two lines of text (rows are not measured one by one)."""
        hint = super().sizeHint(option, index)
        lines = option.fontMetrics.lineSpacing() * LINES_PER_ROW + 6
        return QSize(hint.width(), max(hint.height(), lines))
