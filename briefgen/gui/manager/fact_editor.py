"""The fact editor: English and Japanese side by side, every field, checked as one types.

Each change builds the fact and checks it with the rules of
``briefgen library check`` (:meth:`Library.check_fact`); each problem is shown
next to its field in the interface language, and the save is blocked while
there is an error. Saving goes through the manager's :class:`LibrarySession`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from enum import Enum
from typing import Any

import msgspec
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from briefgen.core.curation.new_entries import fact_file_for, is_id_free, propose_fact_id
from briefgen.core.library.dates import DateFormatError, PartialDate
from briefgen.core.library.model import Bilingual, Fact, Origin, SourceRef, Status
from briefgen.core.library.problems import Problem, ProblemCode
from briefgen.gui.manager.citations import CitationsEditor
from briefgen.gui.manager.form_fields import (
    FieldMessages,
    OptionalDate,
    date_edit,
    from_qdate,
    show_by_field,
    tag_list,
    tags_edit,
    to_qdate,
)
from briefgen.gui.manager.library_session import LibrarySession
from briefgen.gui.value_names import status_name


class Mode(Enum):
    """What saving the editor does."""

    NEW = "new"
    EDIT = "edit"
    SUPERSEDE = "supersede"  # add a successor and mark the old fact superseded by it


class FactEditor(QWidget):
    """Edit one fact; :attr:`problems` and :attr:`can_save` follow every keystroke."""

    validated = Signal()

    def __init__(
        self,
        session: LibrarySession,
        language: str,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        """Edit facts of the library of ``session``; labels in ``language``."""
        # Long, and kept whole: it builds the widgets top to bottom, as they show.
        super().__init__(parent)
        self.session, self.language, self.today = session, language, today
        library = session.library
        self.mode = Mode.NEW
        self.original: Fact | None = None
        self.problems: list[Problem] = []
        self._id_touched = False
        self.id = QLineEdit()
        self.id.setAccessibleName(self.tr("Id"))
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        for topic in library.topics:
            self.topic.addItem(f"{topic.label.get_or_other(language)} ({topic.id})", topic.id)
        known_tags = {t for f in library.facts.values() for t in f.tags}
        self.tags = tags_edit(known_tags, self.tr("Tags, separated by commas"))
        self.en = QPlainTextEdit()
        self.en.setAccessibleName(self.tr("English text"))
        self.ja = QPlainTextEdit()
        self.ja.setAccessibleName(self.tr("Japanese text"))
        for text in (self.en, self.ja):
            text.setTabChangesFocus(True)
            text.setMinimumHeight(80)
        self.date = QLineEdit()
        self.date.setAccessibleName(self.tr("Date the fact refers to"))
        self.date.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.date_end = QLineEdit()
        self.date_end.setAccessibleName(self.tr("End of the period"))
        self.date_end.setPlaceholderText(self.tr("optional"))
        self.as_of = date_edit(self.tr("Checked as true on (as of)"))
        self.review_by = OptionalDate(self.tr("Review by"), self.tr("Review by"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in Status:
            self.status.addItem(status_name(status), status.value)
        self.successor = QComboBox()
        self.successor.setEditable(True)
        self.successor.setAccessibleName(self.tr("Superseded by"))
        self.successor.addItem("", "")
        for fact_id in library.facts:
            self.successor.addItem(fact_id, fact_id)
        self.citations = CitationsEditor(library.sources, language)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Curator notes (never printed)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.messages: dict[str, FieldMessages] = {}
        self._lay_out()
        for line in (self.id, self.tags, self.date, self.date_end):
            line.textChanged.connect(self.validate)
        self.id.textEdited.connect(self._id_edited)
        for text in (self.en, self.ja, self.notes):
            text.textChanged.connect(self.validate)
        self.en.textChanged.connect(self._propose_id)
        self.topic.currentIndexChanged.connect(self.validate)
        self.topic.currentIndexChanged.connect(self._propose_id)
        self.status.currentIndexChanged.connect(self.validate)
        self.successor.currentTextChanged.connect(self.validate)
        self.as_of.dateChanged.connect(self.validate)
        self.review_by.changed.connect(self.validate)
        self.citations.changed.connect(self.validate)

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Id"), self.id, "id"),
            (self.tr("To&pic"), self.topic, "topic"),
            (self.tr("Ta&gs"), self.tags, "tags"),
        ]
        row = 0
        for label, widget, field in rows:
            row = self._add_row(grid, row, label, widget, field)
        en_label, ja_label = QLabel(self.tr("&English")), QLabel(self.tr("&Japanese"))
        en_label.setBuddy(self.en)
        ja_label.setBuddy(self.ja)
        grid.addWidget(en_label, row, 0)
        grid.addWidget(self.en, row, 1)
        grid.addWidget(ja_label, row, 2)
        grid.addWidget(self.ja, row, 3)
        self.messages["en"] = FieldMessages(self.en)
        self.messages["ja"] = FieldMessages(self.ja)
        grid.addWidget(self.messages["en"], row + 1, 1)
        grid.addWidget(self.messages["ja"], row + 1, 3)
        row += 2
        for label, widget, field in [
            (self.tr("&Date"), self.date, "date"),
            (self.tr("Date e&nd"), self.date_end, "date_end"),
            (self.tr("&As of"), self.as_of, "as_of"),
            (self.tr("Re&view"), self.review_by, "review_by"),
            (self.tr("&Status"), self.status, "status"),
            (self.tr("Superseded &by"), self.successor, "superseded_by"),
            (self.tr("S&ources"), self.citations, "sources"),
            (self.tr("No&tes"), self.notes, "notes"),
        ]:
            row = self._add_row(grid, row, label, widget, field)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _add_row(self, grid: QGridLayout, row: int, label: str, widget: QWidget, field: str) -> int:
        caption = QLabel(label)
        caption.setBuddy(widget)
        grid.addWidget(caption, row, 0)
        grid.addWidget(widget, row, 1, 1, 3)
        self.messages[field] = FieldMessages(widget)
        grid.addWidget(self.messages[field], row + 1, 1, 1, 3)
        return row + 2

    def load(self, fact: Fact | None, mode: Mode, topic: str = "") -> None:
        """Show ``fact`` (None: an empty new fact of ``topic``) to edit as ``mode`` says."""
        self.mode, self.original = mode, fact
        base = fact or Fact(
            id="",
            text=Bilingual(),
            topic=topic or (self.topic.itemData(0) or ""),
            as_of=self.today,
            status=Status.UNVERIFIED,
            sources=(),
            origin=Origin("", 0),
        )
        if mode is Mode.SUPERSEDE:
            base = msgspec.structs.replace(
                base, id="", as_of=self.today, status=Status.CONFIRMED, superseded_by=None
            )
        self._id_touched = mode is Mode.EDIT
        self.id.setText(base.id)
        self.id.setReadOnly(mode is Mode.EDIT)
        self.topic.setCurrentIndex(max(0, self.topic.findData(base.topic)))
        self.tags.setText(", ".join(base.tags))
        self.en.setPlainText(base.text.en)
        self.ja.setPlainText(base.text.ja)
        self.date.setText(str(base.date or ""))
        self.date_end.setText(str(base.date_end or ""))
        self.as_of.setDate(to_qdate(base.as_of))
        self.review_by.set_value(base.review_by, self.today)
        self.status.setCurrentIndex(max(0, self.status.findData(base.status.value)))
        self.successor.setCurrentText(base.superseded_by or "")
        self.citations.set_refs(base.sources)
        self.notes.setPlainText(base.notes)
        self._propose_id()
        self.validate()

    def _id_edited(self, _text: str) -> None:
        self._id_touched = True

    def fields(self) -> dict[str, Any]:
        """Return the fields as typed, for a draft (dates that do not parse included)."""
        review_by = self.review_by.value()
        return {
            "id": self.id.text(), "topic": self.topic.currentData() or "",
            "tags": self.tags.text(), "en": self.en.toPlainText(), "ja": self.ja.toPlainText(),
            "date": self.date.text(), "date_end": self.date_end.text(),
            "as_of": from_qdate(self.as_of.date()).isoformat(),
            "review_by": review_by.isoformat() if review_by else "",
            "status": self.status.currentData(), "superseded_by": self.successor.currentText(),
            "sources": [[r.source, r.locator, r.quote] for r in self.citations.refs()],
            "notes": self.notes.toPlainText(),
        }  # fmt: skip

    def restore(self, fields: dict[str, Any]) -> None:
        """Show the fields of a draft (see :meth:`fields`)."""
        text = {key: str(value) for key, value in fields.items() if isinstance(value, str)}
        self._id_touched = True
        self.id.setText(text.get("id", self.id.text()))
        self.topic.setCurrentIndex(max(0, self.topic.findData(text.get("topic", ""))))
        for line, key in ((self.tags, "tags"), (self.date, "date"), (self.date_end, "date_end")):
            line.setText(text.get(key, ""))
        for edit, key in ((self.en, "en"), (self.ja, "ja"), (self.notes, "notes")):
            edit.setPlainText(text.get(key, ""))
        with contextlib.suppress(ValueError):
            self.as_of.setDate(to_qdate(dt.date.fromisoformat(text.get("as_of", ""))))
        review_by = text.get("review_by", "")
        with contextlib.suppress(ValueError):
            self.review_by.set_value(dt.date.fromisoformat(review_by) if review_by else None,
                                     self.today)  # fmt: skip
        self.status.setCurrentIndex(max(0, self.status.findData(text.get("status", ""))))
        self.successor.setCurrentText(text.get("superseded_by", ""))
        refs = [r for r in fields.get("sources", []) if isinstance(r, list) and len(r) == 3]
        self.citations.set_refs(tuple(SourceRef(*(str(v) for v in r)) for r in refs))
        self.validate()

    def _propose_id(self) -> None:
        if self._id_touched or self.mode is Mode.EDIT:
            return
        topic = str(self.topic.currentData() or "")
        proposed = propose_fact_id(self.session.library, topic, self.en.toPlainText())
        if proposed != self.id.text():
            self.id.setText(proposed)

    def fact(self) -> tuple[Fact, list[Problem]]:
        """Return the fact as edited, and the problems of dates that cannot be read.

        A date that cannot be read is left out of the fact, so that the rest
        is still checked; its problem keeps the fact from being saved.
        """
        fact_id = self.id.text().strip()
        problems: list[Problem] = []
        dates: dict[str, PartialDate | None] = {}
        for field, line in (("date", self.date), ("date_end", self.date_end)):
            text = line.text().strip()
            try:
                dates[field] = PartialDate.parse(text) if text else None
            except DateFormatError as exc:
                dates[field] = None
                problems.append(self._problem(ProblemCode.INVALID_DATE, field, fact_id,
                                              value=text, detail=str(exc)))  # fmt: skip
        origin = self.original.origin if self.original and self.mode is Mode.EDIT else None
        status = Status(self.status.currentData())
        fact = Fact(
            id=fact_id,
            text=Bilingual(en=self.en.toPlainText().strip(), ja=self.ja.toPlainText().strip()),
            topic=str(self.topic.currentData() or ""),
            as_of=from_qdate(self.as_of.date()),
            status=status,
            sources=self.citations.refs(),
            origin=origin or Origin(self.target_file(), 0),
            tags=tag_list(self.tags.text()),
            date=dates["date"],
            date_end=dates["date_end"],
            superseded_by=self.successor.currentText().strip() or None,
            review_by=self.review_by.value(),
            reviewed_by=self.original.reviewed_by if self.original else "",
            notes=self.notes.toPlainText().strip(),
        )
        return fact, problems

    def target_file(self) -> str:
        """Return the file a new fact is saved to (the file of its topic)."""
        if self.mode is Mode.SUPERSEDE and self.original is not None:
            return self.original.origin.path
        return fact_file_for(self.session.library, str(self.topic.currentData() or ""))

    def validate(self) -> None:
        """Check the fact as edited and show each problem at its field."""
        fact, problems = self.fact()
        unread = {p.field for p in problems}
        library = self.session.library
        # A date left out for not being one must not also be reported as missing.
        problems += [
            p for p in library.check_fact(fact, self.today)
            if not (p.code is ProblemCode.DATE_END_WITHOUT_DATE and "date" in unread)
        ]  # fmt: skip
        if self.mode is not Mode.EDIT and fact.id and not is_id_free(library, "fact", fact.id):
            first = library.facts.get(fact.id)
            where = str(first.origin) if first else ""
            problems.append(self._problem(ProblemCode.DUPLICATE_ID, "id", fact.id,
                                          first=where))  # fmt: skip
        self.problems = problems
        show_by_field(problems, self.messages, fallback="en")
        self.validated.emit()

    @property
    def can_save(self) -> bool:
        """Return True when the fact has no error."""
        return not any(p.is_error for p in self.problems)

    def _problem(self, code: ProblemCode, field: str, fact_id: str, **params: str) -> Problem:
        return Problem(code, "", 0, field=field, params=params, entry="fact", entry_id=fact_id)
