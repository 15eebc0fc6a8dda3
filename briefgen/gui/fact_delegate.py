"""Paint a fact's text in the facts table: wrapped to two lines, the search's words marked."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from briefgen.core.search.query import Query
from briefgen.gui.highlight_html import highlighted_html

LINES_PER_ROW = 2


class FactTextDelegate(QStyledItemDelegate):
    """Draw the fact column as rich text: wrapped, with matched words highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Start with no search (nothing highlighted)."""
        super().__init__(parent)
        self.query: Query | None = None

    def set_search(self, text: str) -> None:
        """Highlight the words of the search ``text`` from now on."""
        query = Query.parse(text) if text.strip() else None
        self.query = query if query is not None and not query.is_empty else None

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the cell's background, check box and focus as usual, then the marked text."""
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        text = view_option.text
        view_option.text = ""
        widget = view_option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, view_option, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, view_option, widget)
        document = QTextDocument()
        document.setDefaultFont(view_option.font)
        document.setDocumentMargin(2)
        document.setTextWidth(rect.width())
        document.setHtml(highlighted_html(text, self.query))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(view_option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(
            QPalette.ColorRole.Text,
            view_option.palette.color(role),
        )
        context.clip = QRectF(0, 0, rect.width(), rect.height())
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Return a size of two lines of text (rows are not measured one by one)."""
        hint = super().sizeHint(option, index)
        lines = option.fontMetrics.lineSpacing() * LINES_PER_ROW + 6
        return QSize(hint.width(), max(hint.height(), lines))
