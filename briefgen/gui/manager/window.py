"""The library manager window: the facts and sources of a library, their editors, the review.

Opened from the wizard (Library → Manage library…, or its toolbar button) or
with ``briefgen library manage``. It edits the library through its own
:class:`LibrarySession`; after each save it emits :attr:`ManagerWindow.saved`,
and the wizard reads the library again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefgen.core.curation.drafts import delete_draft, find_drafts
from briefgen.core.curation.reference_import import ImportFormatError, read_references
from briefgen.core.library.model import Fact, Source
from briefgen.gui.manager.entry_lists import (
    ID_ROLE,
    FactListModel,
    IdFilter,
    SourceListModel,
    entry_table,
    source_matches,
)
from briefgen.gui.manager.fact_dialog import FactEditorDialog
from briefgen.gui.manager.fact_editor import Mode
from briefgen.gui.manager.import_preview import ImportPreview
from briefgen.gui.manager.library_session import LibrarySession, ManagerPrompter
from briefgen.gui.manager.review_view import ReviewView
from briefgen.gui.manager.source_editor import SourceEditorDialog
from briefgen.gui.settings import Settings


class ManagerWindow(QMainWindow):
    """Browse, search, edit, review and import the entries of one library."""

    saved = Signal()

    def __init__(
        self,
        root: Path,
        settings: Settings,
        language: str,
        prompter: ManagerPrompter | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        """Manage the library in ``root``; questions go through ``prompter``."""
        # Long, and kept whole: it builds the widgets top to bottom, as they show.
        super().__init__(parent)
        self.setObjectName("library-manager")
        self.settings, self.language, self._today = settings, language, today
        self.prompter = prompter or ManagerPrompter(self)
        if self.prompter.parent is None:
            self.prompter.parent = self
        self.session = LibrarySession(root, self.prompter, parent=self)
        self.dialogs: list[QWidget] = []
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Library"))
        self.fact_search = QLineEdit()
        self.fact_search.setAccessibleName(self.tr("Search facts"))
        self.fact_search.setPlaceholderText(self.tr("Search facts in English or Japanese"))
        self.fact_search.setClearButtonEnabled(True)
        self.facts = FactListModel(self)
        self.fact_filter = IdFilter(self)
        self.fact_filter.setSourceModel(self.facts)
        self.fact_table = entry_table(self.tr("Facts"))
        self.fact_table.setModel(self.fact_filter)
        self.source_search = QLineEdit()
        self.source_search.setAccessibleName(self.tr("Search sources"))
        self.source_search.setPlaceholderText(self.tr("Search sources by id, title or publisher"))
        self.source_search.setClearButtonEnabled(True)
        self.sources = SourceListModel(self)
        self.source_filter = IdFilter(self)
        self.source_filter.setSourceModel(self.sources)
        self.source_table = entry_table(self.tr("Sources"))
        self.source_table.setModel(self.source_filter)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Library parts"))
        self.tabs.addTab(self._page(self.fact_search, self.fact_table), self.tr("&Facts"))
        self.tabs.addTab(self._page(self.source_search, self.source_table), self.tr("S&ources"))
        self.review = ReviewView(self.session, today, self.reviewer_name)
        self.tabs.addTab(self.review, self.tr("&Review"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self.fact_search.textChanged.connect(self._filter_facts)
        self.source_search.textChanged.connect(self._filter_sources)
        self.fact_table.doubleClicked.connect(lambda _: self.edit_fact())
        self.fact_table.activated.connect(lambda _: self.edit_fact())
        self.source_table.doubleClicked.connect(lambda _: self.edit_source())
        self.source_table.activated.connect(lambda _: self.edit_source())
        self.review.openFact.connect(self._open_fact_by_id)
        self.review.openSource.connect(self._open_source_by_id)
        self.session.reloaded.connect(self._show_library)
        self.session.saved.connect(self.saved)
        self.resize(1100, 720)

    def _page(self, search: QLineEdit, table: QTableView) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(search)
        layout.addWidget(table, 1)
        return page

    def _build_actions(self) -> None:
        bar = self.menuBar()
        library_menu = bar.addMenu(self.tr("&Library"))
        entry_menu = bar.addMenu(self.tr("&Entry"))
        toolbar = QToolBar(self.tr("Library manager"))
        toolbar.setObjectName("manager-toolbar")
        toolbar.setAccessibleName(self.tr("Library manager"))
        self.addToolBar(toolbar)
        self.open_action = self._action(library_menu, self.tr("&Open library…"), self.open_other)
        self.import_action = self._action(
            library_menu, self.tr("&Import references…"), self.import_references, "Ctrl+I"
        )
        self.name_action = self._action(
            library_menu, self.tr("Your &name as reviewer…"), self.ask_reviewer_name
        )
        self.reload_action = self._action(
            library_menu, self.tr("&Reload"), self.reload, QKeySequence.StandardKey.Refresh
        )
        library_menu.addSeparator()
        self._action(library_menu, self.tr("&Close"), self.close, QKeySequence.StandardKey.Close)
        self.new_fact_action = self._action(
            entry_menu, self.tr("&New fact…"), self.new_fact, QKeySequence.StandardKey.New
        )
        self.edit_fact_action = self._action(entry_menu, self.tr("&Edit fact…"), self.edit_fact)
        self.supersede_action = self._action(
            entry_menu, self.tr("&Supersede fact…"), self.supersede_fact
        )
        entry_menu.addSeparator()
        self.new_source_action = self._action(
            entry_menu, self.tr("New s&ource…"), self.new_source, "Ctrl+Shift+N"
        )
        self.edit_source_action = self._action(
            entry_menu, self.tr("Edit so&urce…"), self.edit_source
        )
        entry_menu.addSeparator()
        self.mark_action = self._action(
            entry_menu, self.tr("&Mark reviewed"), self.mark_reviewed, "Ctrl+R"
        )
        for action in (
            self.new_fact_action,
            self.edit_fact_action,
            self.supersede_action,
            self.new_source_action,
            self.mark_action,
            self.import_action,
        ):
            toolbar.addAction(action)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: slot())
        menu.addAction(action)
        return action

    # The library

    def open_library(self) -> bool:
        """Read the library, then offer the unsaved edits a crash left; False if unreadable."""
        if not self.session.open():
            return False
        self.recover_drafts()
        return True

    def recover_drafts(self) -> list[QWidget]:
        """Offer each unsaved edit of this library left by a manager that ended early."""
        reopened: list[QWidget] = []
        for path, draft in find_drafts(self.session.root):
            entry_id = str(draft.fields.get("id") or "") or self.tr("(new)")
            if draft.entry == "fact":
                description = self.tr("fact {id}").format(id=entry_id)
            else:
                description = self.tr("source {id}").format(id=entry_id)
            if self.prompter.ask_recover_draft(description):
                dialog: FactEditorDialog | SourceEditorDialog
                if draft.entry == "fact":
                    dialog = FactEditorDialog(self.session, self.language, self._today(), self)
                else:
                    dialog = SourceEditorDialog(self.session, self._today(), self)
                dialog.open_draft(draft)
                dialog.drafts.flush()  # this window owns the draft now
                self._show_dialog(dialog)
                reopened.append(dialog)
            delete_draft(path)
        return reopened

    def open_other(self) -> bool:
        """Ask for another library folder and open it."""
        folder = self.prompter.choose_library_folder(self.session.root)
        if folder is None or not self.session.open(folder):
            return False
        self.settings.set_library_folder(folder)
        return True

    def reload(self) -> None:
        """Read the library again from its files."""
        self.session.open()

    def _show_library(self) -> None:
        library = self.session.library
        self.facts.set_library(library, self.language)
        self.sources.set_library(library, self.language)
        self._filter_facts()
        self._filter_sources()
        name = library.info.name.get_or_other(self.language)
        count = len(library.facts)
        self.heading.setText(
            self.tr(
                "{name} — version {version} ({revision}) — {count} facts, {sources} sources"
            ).format(
                name=name,
                version=library.version,
                revision=self._revision_text(),
                count=count,
                sources=len(library.sources),
            )
        )
        self.setWindowTitle(self.tr("Library manager — {name}").format(name=name))

    def _revision_text(self) -> str:
        revision = self.session.library.revision
        if revision.commit:
            if revision.dirty:
                return self.tr("git {commit} with local changes").format(
                    commit=revision.commit[:12]
                )
            return self.tr("git {commit}").format(commit=revision.commit[:12])
        return self.tr("content {digest}").format(digest=revision.digest[:16])

    def _filter_facts(self) -> None:
        self.fact_filter.set_ids(self.session.search(self.fact_search.text()))

    def _filter_sources(self) -> None:
        text = self.source_search.text()
        ids = None
        if text.strip():
            ids = {s.id for s in self.session.library.sources.values() if source_matches(s, text)}
        self.source_filter.set_ids(ids)

    # Facts

    def selected_fact(self) -> Fact | None:
        """Return the fact selected in the list, if any."""
        return self.session.library.facts.get(self._selected_id(self.fact_table) or "")

    def select_fact(self, fact_id: str) -> None:
        """Select the fact ``fact_id`` in the list (clearing the search if it hides it)."""
        self._select(
            self.fact_table, self.fact_filter, self.facts.row_of(fact_id), self.fact_search
        )

    def _selected_id(self, table: QTableView) -> str | None:
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        return str(rows[0].data(ID_ROLE)) if rows else None

    def _select(self, table: QTableView, proxy: IdFilter, row: int, search: QLineEdit) -> None:
        if row < 0:
            return
        model = proxy.sourceModel()
        index = proxy.mapFromSource(model.index(row, 0))
        if not index.isValid():
            search.clear()
            index = proxy.mapFromSource(model.index(row, 0))
        table.selectRow(index.row())
        table.scrollTo(index)

    def new_fact(self) -> FactEditorDialog:
        """Open the editor on a new fact (of the selected fact's topic)."""
        selected = self.selected_fact()
        return self._fact_dialog(None, Mode.NEW, selected.topic if selected else "")

    def edit_fact(self) -> FactEditorDialog | None:
        """Open the editor on the selected fact."""
        fact = self.selected_fact()
        return self._fact_dialog(fact, Mode.EDIT) if fact is not None else None

    def supersede_fact(self) -> FactEditorDialog | None:
        """Open the editor on a successor of the selected fact, which it will supersede."""
        fact = self.selected_fact()
        return self._fact_dialog(fact, Mode.SUPERSEDE) if fact is not None else None

    def _fact_dialog(self, fact: Fact | None, mode: Mode, topic: str = "") -> FactEditorDialog:
        dialog = FactEditorDialog(self.session, self.language, self._today(), self)
        dialog.open_fact(fact, mode, topic)
        dialog.accepted.connect(lambda: self.select_fact(dialog.editor.id.text().strip()))
        self._show_dialog(dialog)
        return dialog

    def _show_dialog(self, dialog: QWidget) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.show()

    # Sources

    def selected_source(self) -> Source | None:
        """Return the source selected in the list, if any."""
        return self.session.library.sources.get(self._selected_id(self.source_table) or "")

    def select_source(self, source_id: str) -> None:
        """Select the source ``source_id`` in the list."""
        row = self.sources.row_of(source_id)
        self._select(self.source_table, self.source_filter, row, self.source_search)

    def new_source(self) -> SourceEditorDialog:
        """Open the editor on a new source."""
        return self._source_dialog(None)

    def edit_source(self) -> SourceEditorDialog | None:
        """Open the editor on the selected source."""
        source = self.selected_source()
        return self._source_dialog(source) if source is not None else None

    def _source_dialog(self, source: Source | None) -> SourceEditorDialog:
        dialog = SourceEditorDialog(self.session, self._today(), self)
        dialog.open_source(source)
        dialog.accepted.connect(lambda: self.select_source(dialog.editor.id.text().strip()))
        self.tabs.setCurrentIndex(1)
        self._show_dialog(dialog)
        return dialog

    def _open_fact_by_id(self, fact_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.select_fact(fact_id)
        self.edit_fact()

    def _open_source_by_id(self, source_id: str) -> None:
        self.select_source(source_id)
        self.edit_source()

    # Review and import

    def ask_reviewer_name(self) -> str | None:
        """Ask the curator's name for "Mark reviewed" and remember it (None: cancelled)."""
        name = self.prompter.ask_reviewer_name()
        if name:
            self.settings.set_reviewer_name(name)
        return name

    def reviewer_name(self) -> str | None:
        """Return the curator's name from the settings, asking once (None: cancelled)."""
        return self.settings.reviewer_name() or self.ask_reviewer_name()

    def mark_reviewed(self) -> bool:
        """Mark the entry selected in the review list reviewed (and show the list)."""
        self.tabs.setCurrentWidget(self.review)
        return self.review.mark_selected()

    def import_references(self, path: Path | None = None) -> ImportPreview | None:
        """Ask for a CSL-JSON or BibTeX file and preview what importing it adds."""
        path = path or self.prompter.choose_import_file(None)
        if path is None:
            return None
        try:
            references = read_references(path)
        except ImportFormatError as exc:
            self.prompter.show_error(self.tr("Cannot import references"), str(exc))
            return None
        dialog = ImportPreview(self.session, path, references, self)
        dialog.accepted.connect(lambda: self.tabs.setCurrentIndex(1))
        self._show_dialog(dialog)
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the drafts of editors still open; close the library's search index."""
        for dialog in self.dialogs:
            if isinstance(dialog, FactEditorDialog | SourceEditorDialog) and dialog.isVisible():
                dialog.drafts.keep()
        self.session.close()
        super().closeEvent(event)
