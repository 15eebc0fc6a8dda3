"""The source editor: a publication's fields, checked as one types, and the facts citing it."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from briefgen.core.curation.drafts import LibraryDraft
from briefgen.core.curation.new_entries import is_id_free, propose_source_id, source_file_for
from briefgen.core.library.dates import DateFormatError, PartialDate
from briefgen.core.library.model import Origin, Source, SourceKind
from briefgen.core.library.problems import Problem, ProblemCode
from briefgen.core.library.validate import is_web_url
from briefgen.gui.manager.drafting import DraftKeeper
from briefgen.gui.manager.form_fields import FieldMessages, OptionalDate, show_by_field
from briefgen.gui.manager.library_session import LibrarySession
from briefgen.gui.value_names import source_kind_name


class SourceEditor(QWidget):
    """Edit one source; :attr:`problems` and :attr:`can_save` follow every keystroke."""

    validated = Signal()

    def __init__(
        self, session: LibrarySession, today: dt.date, parent: QWidget | None = None
    ) -> None:
        """Edit sources of the library of ``session``."""
        # Long, and kept whole: it builds the widgets top to bottom, as they show.
        super().__init__(parent)
        self.session, self.today = session, today
        self.original: Source | None = None
        self.problems: list[Problem] = []
        self._id_touched = False
        self.id = self._line(self.tr("Id"))
        self.title = self._line(self.tr("Title in the original language"))
        self.devised = QCheckBox(self.tr("Title devised by the curators (in [brackets])"))
        self.translated = self._line(self.tr("Title translated"))
        self.authors = QPlainTextEdit()
        self.authors.setAccessibleName(self.tr("Authors, one per line"))
        self.authors.setTabChangesFocus(True)
        self.authors.setMaximumHeight(60)
        self.container = self._line(self.tr("Container (journal, newspaper, site)"))
        self.publisher = self._line(self.tr("Publisher"))
        self.url = self._line(self.tr("Web address (URL)"))
        self.open_url = QPushButton(self.tr("Open in bro&wser"))
        self.doi = self._line(self.tr("DOI"))
        self.published = self._line(self.tr("Published"))
        self.published.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.published_note = self._line(self.tr("Note on the publication date"))
        self.accessed = OptionalDate(self.tr("Accessed on"), self.tr("Accessed on"))
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setAccessibleName(self.tr("Language of the source (code)"))
        self.language.addItems(["ja", "en"])
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in SourceKind:
            self.kind.addItem(source_kind_name(kind), kind.value)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Curator notes (never printed)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(60)
        self.cited_by = QListWidget()
        self.cited_by.setAccessibleName(self.tr("Facts citing this source"))
        self.cited_by.setMaximumHeight(80)
        self.messages: dict[str, FieldMessages] = {}
        self._lay_out()
        for line in (
            self.id,
            self.title,
            self.translated,
            self.container,
            self.publisher,
            self.url,
            self.doi,
            self.published,
            self.published_note,
        ):
            line.textChanged.connect(self.validate)  # fmt: skip
        self.id.textEdited.connect(self._id_edited)
        self.title.textChanged.connect(self._propose_id)
        self.translated.textChanged.connect(self._propose_id)
        for text in (self.authors, self.notes):
            text.textChanged.connect(self.validate)
        self.devised.toggled.connect(self.validate)
        self.accessed.changed.connect(self.validate)
        self.language.currentTextChanged.connect(self.validate)
        self.kind.currentIndexChanged.connect(self.validate)
        self.open_url.clicked.connect(self._open_url)

    def _line(self, accessible: str) -> QLineEdit:
        line = QLineEdit()
        line.setAccessibleName(accessible)
        return line

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        url_row = QWidget()
        url_layout = QHBoxLayout(url_row)
        url_layout.setContentsMargins(0, 0, 0, 0)
        url_layout.addWidget(self.url, 1)
        url_layout.addWidget(self.open_url)
        row = 0
        for label, widget, field in [
            (self.tr("&Id"), self.id, "id"),
            (self.tr("&Title"), self.title, "title"),
            ("", self.devised, "title_devised"),
            (self.tr("Title tra&nslated"), self.translated, "title_translated"),
            (self.tr("&Authors"), self.authors, "authors"),
            (self.tr("&Container"), self.container, "container"),
            (self.tr("&Publisher"), self.publisher, "publisher"),
            (self.tr("&URL"), url_row, "url"),
            (self.tr("&DOI"), self.doi, "doi"),
            (self.tr("Pu&blished"), self.published, "published"),
            (self.tr("Date n&ote"), self.published_note, "published_note"),
            (self.tr("Acc&essed"), self.accessed, "accessed"),
            (self.tr("&Language"), self.language, "language"),
            (self.tr("&Kind"), self.kind, "kind"),
            (self.tr("Note&s"), self.notes, "notes"),
            (self.tr("Cited by"), self.cited_by, "cited_by"),
        ]:
            caption = QLabel(label)
            caption.setBuddy(self.url if widget is url_row else widget)
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
            self.messages[field] = FieldMessages(self.url if widget is url_row else widget)
            grid.addWidget(self.messages[field], row + 1, 1)
            row += 2
        grid.setRowStretch(row, 1)  # extra height below the fields, not between them
        grid.setColumnStretch(1, 1)

    def load(self, source: Source | None) -> None:
        """Show ``source`` (None: a new one)."""
        self.original = source
        base = source or Source(
            id="", title="", publisher="", language="ja", kind=SourceKind.GOVERNMENT,
            origin=Origin("", 0),
        )  # fmt: skip
        self._id_touched = source is not None
        self.id.setText(base.id)
        self.id.setReadOnly(source is not None)
        self.title.setText(base.title)
        self.devised.setChecked(base.title_devised)
        self.translated.setText(base.title_translated)
        self.authors.setPlainText("\n".join(base.authors))
        self.container.setText(base.container)
        self.publisher.setText(base.publisher)
        self.url.setText(base.url)
        self.doi.setText(base.doi)
        self.published.setText(str(base.published or ""))
        self.published_note.setText(base.published_note)
        self.accessed.set_value(base.accessed, self.today)
        self.language.setCurrentText(base.language)
        self.kind.setCurrentIndex(max(0, self.kind.findData(base.kind.value)))
        self.notes.setPlainText(base.notes)
        self.cited_by.clear()
        for fact in self.session.library.facts.values():
            if any(ref.source == base.id for ref in fact.sources) and base.id:
                self.cited_by.addItem(fact.id)
        self.validate()

    def _id_edited(self, _text: str) -> None:
        self._id_touched = True

    def _lines(self) -> dict[str, QLineEdit]:
        return {
            "id": self.id, "title": self.title, "title_translated": self.translated,
            "container": self.container, "publisher": self.publisher, "url": self.url,
            "doi": self.doi, "published": self.published, "published_note": self.published_note,
        }  # fmt: skip

    def fields(self) -> dict[str, Any]:
        """Return the fields as typed, for a draft."""
        accessed = self.accessed.value()
        values: dict[str, Any] = {key: line.text() for key, line in self._lines().items()}
        values.update(
            title_devised=self.devised.isChecked(), authors=self.authors.toPlainText(),
            accessed=accessed.isoformat() if accessed else "",
            language=self.language.currentText(), kind=self.kind.currentData(),
            notes=self.notes.toPlainText(),
        )  # fmt: skip
        return values

    def restore(self, fields: dict[str, Any]) -> None:
        """Show the fields of a draft (see :meth:`fields`)."""
        text = {key: value for key, value in fields.items() if isinstance(value, str)}
        self._id_touched = True
        for key, line in self._lines().items():
            line.setText(text.get(key, ""))
        self.devised.setChecked(fields.get("title_devised") is True)
        self.authors.setPlainText(text.get("authors", ""))
        self.notes.setPlainText(text.get("notes", ""))
        with contextlib.suppress(ValueError):
            accessed = text.get("accessed", "")
            self.accessed.set_value(dt.date.fromisoformat(accessed) if accessed else None,
                                    self.today)  # fmt: skip
        self.language.setCurrentText(text.get("language", ""))
        self.kind.setCurrentIndex(max(0, self.kind.findData(text.get("kind", ""))))
        self.validate()

    def _propose_id(self) -> None:
        if self._id_touched:
            return
        library = self.session.library
        proposed = propose_source_id(library, self.title.text(), self.translated.text())
        if proposed != self.id.text():
            self.id.setText(proposed)

    def _open_url(self) -> None:
        if is_web_url(self.url.text().strip()):
            QDesktopServices.openUrl(QUrl(self.url.text().strip()))

    def source(self) -> tuple[Source | None, list[Problem]]:
        """Return the source as edited (None if its date cannot be read) and the date problem."""
        source_id = self.id.text().strip()
        text = self.published.text().strip()
        try:
            published = PartialDate.parse(text) if text else None
        except DateFormatError as exc:
            params = {"value": text, "detail": str(exc)}
            problem = Problem(ProblemCode.INVALID_DATE, "", 0, field="published", params=params,
                              entry="source", entry_id=source_id)  # fmt: skip
            return None, [problem]
        kind = SourceKind(self.kind.currentData())
        origin = self.original.origin if self.original else Origin(self.target_file(), 0)
        source = Source(
            id=source_id,
            title=self.title.text().strip(),
            publisher=self.publisher.text().strip(),
            language=self.language.currentText().strip(),
            kind=kind,
            origin=origin,
            title_devised=self.devised.isChecked(),
            title_translated=self.translated.text().strip(),
            authors=tuple(a.strip() for a in self.authors.toPlainText().splitlines() if a.strip()),
            container=self.container.text().strip(),
            url=self.url.text().strip(),
            doi=self.doi.text().strip(),
            published=published,
            published_note=self.published_note.text().strip(),
            accessed=self.accessed.value(),
            notes=self.notes.toPlainText().strip(),
        )
        return source, []

    def target_file(self) -> str:
        """Return the file a new source is saved to (the file of its kind)."""
        kind = SourceKind(self.kind.currentData())
        return source_file_for(self.session.library, kind)

    def validate(self) -> None:
        """Check the source as edited and show each problem at its field."""
        source, problems = self.source()
        if source is not None:
            library = self.session.library
            problems = library.check_source(source)
            if self.original is None and source.id and not is_id_free(library, "source", source.id):
                first = library.sources.get(source.id)
                where = str(first.origin) if first else ""
                problems.append(
                    Problem(ProblemCode.DUPLICATE_ID, "", 0, field="id", params={"first": where},
                            entry="source", entry_id=source.id)
                )  # fmt: skip
        self.problems = problems
        show_by_field(problems, self.messages, fallback="id")
        self.validated.emit()

    @property
    def can_save(self) -> bool:
        """Return True when the source has no error."""
        return not any(p.is_error for p in self.problems)


class SourceEditorDialog(QDialog):
    """The source editor in a window of its own, with Save and Cancel."""

    def __init__(
        self, session: LibrarySession, today: dt.date, parent: QWidget | None = None
    ) -> None:
        """Edit a source of the library of ``session``."""
        super().__init__(parent)
        self.session = session
        self.editor = SourceEditor(session, today, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(save, QPushButton)
        self.save_button = save
        grid = QGridLayout(self)
        grid.addWidget(self.editor, 0, 0)
        grid.addWidget(self.buttons, 1, 0)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.editor.validated.connect(lambda: save.setEnabled(self.editor.can_save))
        self.drafts = DraftKeeper(session.root, "source", self._describe, self.editor.fields, self)
        self.editor.validated.connect(self.drafts.changed)
        self.resize(760, 760)

    def open_source(self, source: Source | None) -> None:
        """Show ``source`` (None: a new one) and title the window after it."""
        if source is None:
            self.setWindowTitle(self.tr("New source"))
        else:
            self.setWindowTitle(self.tr("Edit source {id}").format(id=source.id))
        self.editor.load(source)
        self.drafts.start()

    def open_draft(self, draft: LibraryDraft) -> None:
        """Show the unsaved edit ``draft`` again (a new source if what it edited is gone)."""
        self.open_source(self.session.library.sources.get(draft.original_id))
        self.editor.restore(draft.fields)

    def _describe(self) -> tuple[str, str]:
        original = self.editor.original
        return ("edit", original.id) if original else ("new", "")

    def reject(self) -> None:
        """Close without saving, deleting the draft."""
        self.drafts.discard()
        super().reject()

    def save(self) -> bool:
        """Write the source through the session; close the window when it is saved."""
        self.editor.validate()
        source, _ = self.editor.source()
        if source is None or not self.editor.can_save:
            return False
        if self.editor.original is not None:
            saved = self.session.apply(lambda e: e.edit_source(source))
        else:
            target = self.editor.target_file()
            saved = self.session.apply(lambda e: e.add_source(source, target))
        if saved:
            self.drafts.discard()
            self.accept()
        return saved
