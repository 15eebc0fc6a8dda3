"""What needs a curator's attention, grouped as ``briefgen library stale`` lists it.

Facts past their review-by date, disputed and unverified facts, facts missing
a translation, and sources with no access date. "Mark reviewed" records the
check (:mod:`briefgen.core.curation.review_mark`); "Open" edits the entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefgen.core.curation.edit import LibraryEditor
from briefgen.core.curation.review_mark import mark_fact_reviewed, mark_source_reviewed
from briefgen.core.library.review import ReviewItem, ReviewReason, review
from briefgen.gui.manager.library_session import LibrarySession
from briefgen.gui.problem_labels import problem_message, problem_text

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_heading(reason: ReviewReason) -> str:
    """Return the heading of a group of the review list, in the interface language."""
    headings = {
        ReviewReason.REVIEW_DUE: QCoreApplication.translate(
            "ReviewView", "Past their review-by date (re-check against the sources)"
        ),
        ReviewReason.DISPUTED: QCoreApplication.translate(
            "ReviewView", "Disputed (sources disagree)"
        ),
        ReviewReason.UNVERIFIED: QCoreApplication.translate(
            "ReviewView", "Unverified (no source confirms them yet)"
        ),
        ReviewReason.MISSING_TRANSLATION: QCoreApplication.translate(
            "ReviewView", "Missing a translation"
        ),
        ReviewReason.NO_ACCESS_DATE: QCoreApplication.translate(
            "ReviewView", "Sources with no access date"
        ),
    }
    return headings[reason]


def _detail(item: ReviewItem) -> str:
    if item.review_by is not None:
        return QCoreApplication.translate("ReviewView", "review by {date}").format(
            date=item.review_by.isoformat()
        )
    if item.language:
        if item.language == "ja":
            return QCoreApplication.translate("ReviewView", "no Japanese text")
        return QCoreApplication.translate("ReviewView", "no English text")
    return ""


class ReviewView(QWidget):
    """The review list, with Open and Mark reviewed for the selected entry."""

    openFact = Signal(str)  # noqa: N815 (Qt signal naming)
    openSource = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        session: LibrarySession,
        today: Callable[[], dt.date],
        reviewer: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        """List what ``session``'s library needs; ``reviewer`` gives the name to record."""
        super().__init__(parent)
        self.session, self._today, self._reviewer = session, today, reviewer
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Entries to review"))
        self.tree.setHeaderLabels([self.tr("Entry"), self.tr("Why"), self.tr("Where")])
        self.tree.setColumnWidth(0, 320)
        self.tree.setColumnWidth(1, 220)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected entry"))
        self.mark_button = QPushButton(self.tr("&Mark reviewed"))
        self.mark_button.setAccessibleName(self.tr("Mark the selected entry reviewed"))
        self.mark_button.setToolTip(
            self.tr(
                "A fact: as of today, review-by moved by the library's review interval, your "
                "name recorded. A source: accessed today."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.mark_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.open_button.clicked.connect(self.open_selected)
        self.mark_button.clicked.connect(self.mark_selected)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        session.reloaded.connect(self.refresh)

    def refresh(self) -> None:
        """List what the library needs today."""
        current = self.selected()
        found = review(self.session.library, self._today())
        self.tree.clear()
        errors = self.session.library.errors
        if errors:
            # Entries the library left out cannot be opened here: their file is fixed by hand.
            heading = self.tr("Left out for errors: fix these in their files ({count})")
            group = QTreeWidgetItem([heading.format(count=len(errors))])
            self.tree.addTopLevelItem(group)
            for problem in errors:
                row = QTreeWidgetItem([problem.entry_id, problem_message(problem),
                                       f"{problem.path}:{problem.line}"])  # fmt: skip
                row.setToolTip(1, problem_text(problem))
                group.addChild(row)
            group.setExpanded(True)
        for reason, items in found.groups.items():
            group = QTreeWidgetItem([f"{reason_heading(reason)} ({len(items)})"])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(group)
            for item in items:
                row = QTreeWidgetItem([item.entry_id, _detail(item), f"{item.path}:{item.line}"])
                row.setData(0, ITEM_ROLE, item)
                group.addChild(row)
                if current is not None and (item.reason, item.entry_id) == (
                    current.reason,
                    current.entry_id,
                ):
                    self.tree.setCurrentItem(row)
            group.setExpanded(True)
        if found.count or errors:
            self.summary.setText(
                self.tr("{count} entries to review").format(count=found.count + len(errors))
            )
        else:
            self.summary.setText(self.tr("Nothing to review."))
        self._update_buttons()

    def selected(self) -> ReviewItem | None:
        """Return the review item selected, if any."""
        current = self.tree.currentItem()
        value = current.data(0, ITEM_ROLE) if current is not None else None
        return value if isinstance(value, ReviewItem) else None

    def select(self, reason: ReviewReason, entry_id: str) -> bool:
        """Select ``entry_id`` in the group ``reason``; return False if it is not listed."""
        for row in self._rows():
            item = row.data(0, ITEM_ROLE)
            if isinstance(item, ReviewItem) and (item.reason, item.entry_id) == (reason, entry_id):
                self.tree.setCurrentItem(row)
                return True
        return False

    def _rows(self) -> list[QTreeWidgetItem]:
        rows: list[QTreeWidgetItem] = []
        for n in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(n)
            if group is not None:
                rows.extend(c for m in range(group.childCount()) if (c := group.child(m)))
        return rows

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.mark_button.setEnabled(has)

    def open_selected(self) -> None:
        """Open the selected entry in its editor."""
        item = self.selected()
        if item is None:
            return
        if item.reason is ReviewReason.NO_ACCESS_DATE:
            self.openSource.emit(item.entry_id)
        else:
            self.openFact.emit(item.entry_id)

    def mark_selected(self) -> bool:
        """Mark the selected entry reviewed and save it; return True when saved."""
        item = self.selected()
        if item is None:
            return False
        today = self._today()
        if item.reason is ReviewReason.NO_ACCESS_DATE:
            source_id = item.entry_id
            return self.session.apply(
                lambda e: e.edit_source(mark_source_reviewed(e.library.sources[source_id], today))
            )
        name = self._reviewer()
        if name is None:
            return False
        fact_id = item.entry_id

        def mark(editor: LibraryEditor) -> None:
            library = editor.library
            interval = library.info.review_interval
            editor.edit_fact(mark_fact_reviewed(library.facts[fact_id], today, interval, name))

        return self.session.apply(mark)
