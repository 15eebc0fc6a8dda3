"""Page 3: search and filter the library, read a fact's details, check the facts to use."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefgen.core.brief.model import selected_fact_ids
from briefgen.core.library.fact_filter import FactFilter
from briefgen.core.library.model import SourceKind, Status
from briefgen.core.templates.selection import add_fact, add_facts, remove_fact
from briefgen.gui.fact_delegate import LINES_PER_ROW, FactTextDelegate
from briefgen.gui.fact_detail import fact_html
from briefgen.gui.models.fact_table_model import (
    COLUMN_DATE,
    COLUMN_FACT,
    COLUMN_STATUS,
    COLUMN_TOPIC,
    FactTableModel,
)
from briefgen.gui.pages.base import BriefPage, PageContext
from briefgen.gui.pages.fact_actions import FactTableActions
from briefgen.gui.value_names import source_kind_name, status_name

SEARCH_DEBOUNCE_MS = 120


class FactsPage(BriefPage):
    """Pick the brief's facts from the library: checked means in the brief."""

    showInManager = Signal(str)  # noqa: N815 (Qt signal naming): a fact to show to curators

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        """Build the search bar, filters, fact table and detail pane."""
        # Long, and kept whole: it builds the page's widgets top to bottom, as they show.
        super().__init__(context, parent)
        self.setTitle(self.tr("Choose the facts"))
        self.setSubTitle(
            self.tr("Search in English or Japanese; check the facts the brief should include.")
        )
        self.model: FactTableModel | None = None
        layout = QVBoxLayout(self)

        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("e.g. headquarters, 本部, 推進法"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search facts"))
        search_label.setBuddy(self.search)
        self.count = QLabel()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        layout.addLayout(search_row)

        filters = QGridLayout()
        self.topic = self._combo(self.tr("Topic filter"))
        self.tag = self._combo(self.tr("Tag filter"))
        self.status = self._combo(self.tr("Status filter"))
        self.source_kind = self._combo(self.tr("Source kind filter"))
        self.suggested = self._combo(self.tr("Suggested for section"))
        self.use_dates = QCheckBox(self.tr("&Dates from"))
        self.use_dates.setAccessibleName(self.tr("Filter by date range"))
        self.date_from = QDateEdit(QDate(2016, 1, 1))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit, name in (
            (self.date_from, self.tr("From date")),
            (self.date_to, self.tr("To date")),
        ):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.setAccessibleName(name)
        self.add_suggested = QPushButton(self.tr("&Add suggested facts"))
        self.add_suggested.setAccessibleName(self.tr("Add the facts suggested for the section"))
        self.add_suggested.setEnabled(False)
        for column, (text, widget) in enumerate(
            (
                (self.tr("&Topic:"), self.topic),
                (self.tr("Ta&g:"), self.tag),
                (self.tr("Stat&us:"), self.status),
                (self.tr("Source &kind:"), self.source_kind),
            )
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label, 0, column * 2)
            filters.addWidget(widget, 0, column * 2 + 1)
        suggested_label = QLabel(self.tr("Suggested &for:"))
        suggested_label.setBuddy(self.suggested)
        filters.addWidget(suggested_label, 1, 0)
        filters.addWidget(self.suggested, 1, 1, 1, 3)
        filters.addWidget(self.add_suggested, 1, 4)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(self.date_from)
        to_label = QLabel(self.tr("to"))
        dates.addWidget(to_label)
        dates.addWidget(self.date_to)
        filters.addLayout(dates, 1, 5, 1, 3)
        for column in (1, 3, 5, 7):
            filters.setColumnStretch(column, 1)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Library facts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Two lines a row, the same for every row (measuring each of 100,000 rows
        # would take seconds); the whole statement is in the tooltip and the detail pane.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(line * LINES_PER_ROW + 8)
        self.table.setTabKeyNavigation(False)
        self.delegate = FactTextDelegate(self.table)
        self.table.setItemDelegateForColumn(COLUMN_FACT, self.delegate)
        self.table_actions = FactTableActions(self.table, context.language)
        self.table_actions.show_in_manager = self.showInManager.emit
        self.table.installEventFilter(self)
        self.detail = QTextBrowser()
        self.detail.setOpenExternalLinks(True)
        self.detail.setAccessibleName(self.tr("Fact details"))
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.toggle_hint = QLabel(
            self.tr(
                "Space or Enter checks or unchecks the selected fact; Ctrl+F goes to the search."
            )
        )
        self.toggle_hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.toggle_hint)
        # From the search box straight to the facts, then the filters.
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.detail)
        QWidget.setTabOrder(self.detail, self.topic)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        for combo in (self.topic, self.tag, self.status, self.source_kind, self.suggested):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.suggested.currentIndexChanged.connect(self._suggested_changed)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.add_suggested.clicked.connect(self.add_suggested_facts)
        self.session.briefChanged.connect(self._sync_checks)
        self.library.loaded.connect(self._library_loaded)
        if self.library.is_loaded:
            self._library_loaded()

    def _combo(self, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        return combo

    def _library_loaded(self) -> None:
        library = self.library.library
        language = self.context.language
        self.model = FactTableModel(library, language, parent=self)
        self.model.checkToggled.connect(self._check_toggled)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_FACT, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_STATUS, COLUMN_TOPIC, COLUMN_DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # Fixed widths from the font, not ResizeToContents: that would measure
        # every row, and a library can have 100,000.
        em = self.table.fontMetrics().horizontalAdvance("M")
        header.resizeSection(COLUMN_STATUS, 9 * em)
        header.resizeSection(COLUMN_TOPIC, 12 * em)
        header.resizeSection(COLUMN_DATE, 7 * em)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem(self.tr("All topics"), "")
        for topic in library.topics:
            self.topic.addItem(topic.label.get_or_other(language), topic.id)
        self.topic.blockSignals(False)
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), "")
        for tag in sorted({t for f in library.facts.values() for t in f.tags}):
            self.tag.addItem(tag, tag)
        self.tag.blockSignals(False)
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Any status"), "")
        for status in Status:
            self.status.addItem(status_name(status), status.value)
        self.status.blockSignals(False)
        self.source_kind.blockSignals(True)
        self.source_kind.clear()
        self.source_kind.addItem(self.tr("Any source"), "")
        for kind in SourceKind:
            self.source_kind.addItem(source_kind_name(kind), kind.value)
        self.source_kind.blockSignals(False)
        self.apply_filters()

    def initializePage(self) -> None:
        """Offer the brief's template sections as suggestion filters and show the checks."""
        self.suggested.blockSignals(True)
        self.suggested.clear()
        self.suggested.addItem(self.tr("Any section"), "")
        brief = self.brief
        template = self.library.template_for(brief) if brief is not None else None
        if template is not None:
            for section in template.sections:
                if section.suggest is not None:
                    self.suggested.addItem(
                        section.heading.get_or_other(self.context.language), section.section_id
                    )
        self.suggested.blockSignals(False)
        self.add_suggested.setEnabled(False)
        self.apply_filters()
        self._sync_checks()
        self.search.setFocus()

    def current_filter(self) -> FactFilter:
        """Return the filter set in the widgets."""
        only: frozenset[str] | None = None
        section_id = str(self.suggested.currentData() or "")
        brief = self.brief
        template = self.library.template_for(brief) if brief is not None else None
        if section_id and template is not None and self.library.is_loaded:
            section = next(s for s in template.sections if s.section_id == section_id)
            from briefgen.core.templates.model import suggested_facts

            only = frozenset(f.id for f in suggested_facts(section, self.library.library))
        status = str(self.status.currentData() or "")
        kind = str(self.source_kind.currentData() or "")
        use_dates = self.use_dates.isChecked()
        return FactFilter(
            topic=str(self.topic.currentData() or ""),
            tag=str(self.tag.currentData() or ""),
            status=Status(status) if status else None,
            source_kind=SourceKind(kind) if kind else None,
            date_from=self.date_from.date().toPython() if use_dates else None,  # type: ignore[arg-type]
            date_to=self.date_to.date().toPython() if use_dates else None,  # type: ignore[arg-type]
            only=only,
        )

    def apply_filters(self) -> None:
        """Show the facts matching the search text and the filters."""
        self._debounce.stop()
        if self.model is None:
            return
        library = self.library.library
        text = self.search.text().strip()
        ids = self.library.search(text) if text else list(library.facts)
        self.delegate.set_search(text)
        shown = self.current_filter().apply(ids, library)
        selected = self.selected_fact_id()
        self.model.set_fact_ids(shown)
        self.count.setText(
            self.tr("{shown} of {total} facts").format(shown=len(shown), total=len(library.facts))
        )
        row = self.model.row_of(selected) if selected else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.clear()

    def selected_fact_id(self) -> str | None:
        """Return the id of the fact selected in the table."""
        if self.model is None:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        fact = self.model.fact_at(rows[0].row()) if rows else None
        return fact.id if fact else None

    def _selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if self.model is None or not indexes:
            return
        fact = self.model.fact_at(indexes[0].row())
        if fact is not None:
            self.detail.setHtml(
                fact_html(
                    fact,
                    self.library.library,
                    self.context.language,
                    dt.date.today(),
                    self.delegate.query,
                )
            )

    def _sync_checks(self) -> None:
        if self.model is not None:
            brief = self.brief
            self.model.set_checked(frozenset(selected_fact_ids(brief)) if brief else frozenset())

    def _check_toggled(self, fact_id: str, checked: bool) -> None:
        brief = self.brief
        fact = self.library.library.fact(fact_id)
        if brief is None or fact is None:
            return
        if checked:
            template = self.library.template_for(brief)
            library = self.library.library
            self.session.edit(lambda b: add_fact(b, template, library, fact), self.tr("Add fact"))
        else:
            self.session.edit(lambda b: remove_fact(b, fact_id), self.tr("Remove fact"))

    def _suggested_changed(self) -> None:
        self.add_suggested.setEnabled(bool(self.suggested.currentData()))

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def add_suggested_facts(self) -> None:
        """Add every fact the chosen section suggests that the brief does not have yet."""
        brief = self.brief
        section_id = str(self.suggested.currentData() or "")
        template = self.library.template_for(brief) if brief is not None else None
        if brief is None or template is None or not section_id:
            return
        section = next(s for s in template.sections if s.section_id == section_id)
        library = self.library.library
        from briefgen.core.templates.model import suggested_facts

        facts = suggested_facts(section, library)
        self.session.edit(lambda b: add_facts(b, section_id, facts), self.tr("Add suggested facts"))

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Enter in the table check or uncheck the fact, never go to the next page."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            fact_id = self.selected_fact_id()
            if fact_id is not None and self.model is not None:
                checked = fact_id in self.model.checked_ids()
                self._check_toggled(fact_id, not checked)
            return True
        return super().eventFilter(watched, event)

    def index_of(self, fact_id: str) -> QModelIndex:
        """Return the table index of ``fact_id``'s fact column (for tests and keyboard use)."""
        if self.model is None:
            return QModelIndex()
        return self.model.index(self.model.row_of(fact_id), COLUMN_FACT)
