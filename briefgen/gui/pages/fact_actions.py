"""What the facts table offers beyond checking: sorting by a column, and a context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QTableView

from briefgen.core.library.citation import fact_with_citation
from briefgen.core.library.model import Fact
from briefgen.gui.models.fact_table_model import FactTableModel


class FactTableActions(QObject):
    """Sort the facts table by a clicked column, and offer copying and opening sources."""

    def __init__(self, table: QTableView, language: str) -> None:
        """Act on ``table``, whose model is a :class:`FactTableModel` once the library loads."""
        super().__init__(table)
        self.table = table
        self.language = language
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self.sort_by)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._menu_requested)
        self.menu: QMenu | None = None
        # Set by the page when the app has a library manager to show a fact in.
        self.show_in_manager: Callable[[str], None] | None = None

    def _model(self) -> FactTableModel | None:
        model = self.table.model()
        return model if isinstance(model, FactTableModel) else None

    def sort_by(self, column: int) -> None:
        """Sort by ``column``: ascending, then descending, then back to the search's order."""
        model = self._model()
        if model is None:
            return
        header = self.table.horizontalHeader()
        current = model.sort_column
        if current != column:
            order: Qt.SortOrder | None = Qt.SortOrder.AscendingOrder
        elif model.sort_order is Qt.SortOrder.AscendingOrder:
            order = Qt.SortOrder.DescendingOrder
        else:
            order = None  # best matches first again
        if order is None:
            header.setSortIndicatorShown(False)
            model.sort(-1)
            return
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        model.sort(column, order)

    def selected_fact(self) -> Fact | None:
        """Return the fact of the current row."""
        model = self._model()
        index = self.table.currentIndex()
        return model.fact_at(index.row()) if model is not None and index.isValid() else None

    def build_menu(self) -> QMenu | None:
        """Return the context menu for the current fact (None when there is none)."""
        fact = self.selected_fact()
        model = self._model()
        if fact is None or model is None:
            return None
        menu = QMenu(self.table)
        copy = menu.addAction(self.tr("&Copy text"))
        copy.triggered.connect(lambda: self._copy(fact.text.get_or_other(self.language)))
        cited = menu.addAction(self.tr("Copy with &citation"))
        cited.triggered.connect(
            lambda: self._copy(fact_with_citation(fact, model.library, self.language))
        )
        menu.addSeparator()
        for ref in fact.sources:
            source = model.library.source(ref.source)
            if source is None or not source.url:
                continue
            title = source.title_in(self.language)
            short = title if len(title) <= 60 else title[:59] + "…"
            action = menu.addAction(self.tr("Open source: {title}").format(title=short))
            action.setToolTip(source.url)
            action.triggered.connect(lambda _=False, url=source.url: self._open(url))
        if self.show_in_manager is not None:
            menu.addSeparator()
            show = menu.addAction(self.tr("Show in the library &manager"))
            show.triggered.connect(lambda _=False, fact_id=fact.id: self._show(fact_id))
        return menu

    def _show(self, fact_id: str) -> None:
        if self.show_in_manager is not None:
            self.show_in_manager(fact_id)

    def _menu_requested(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.setCurrentIndex(index)
        self.menu = self.build_menu()
        if self.menu is not None:
            self.menu.popup(self.table.viewport().mapToGlobal(position))

    @staticmethod
    def _copy(text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    @staticmethod
    def _open(url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))
