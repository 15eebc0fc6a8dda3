"""Small editing widgets the manager's editors share: dates, tags, and a field's messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from briefgen.core.library.problems import Problem
from briefgen.gui.problem_labels import problem_message

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a6d00"


def to_qdate(day: dt.date) -> QDate:
    """Return ``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    """Return a QDate as a date."""
    return dt.date(day.year(), day.month(), day.day())


def date_edit(accessible: str) -> QDateEdit:
    """Return a date field with a calendar, written YYYY-MM-DD as the library writes dates."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(accessible)
    return edit


class OptionalDate(QWidget):
    """A date that may be absent: a check box ("set") and a date field with a calendar."""

    changed = Signal()

    def __init__(self, label: str, accessible: str, parent: QWidget | None = None) -> None:
        """Label the check box ``label``; name the date field ``accessible``."""
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.check.setAccessibleName(accessible)
        self.edit = date_edit(accessible)
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _: self.changed.emit())
        self.edit.dateChanged.connect(lambda _: self.changed.emit())

    def value(self) -> dt.date | None:
        """Return the date, or None when it is not set."""
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None, default: dt.date) -> None:
        """Show ``day`` (``default`` in the field when it is None)."""
        self.edit.setDate(to_qdate(day or default))
        self.check.setChecked(day is not None)


class _LastWordCompleter(QCompleter):
    """Complete the last comma-separated word of a line, keeping the words before it."""

    def splitPath(self, path: str) -> list[str]:
        """Complete only the word being typed."""
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """Return the line with its last word completed."""
        widget = self.widget()
        words = widget.text().split(",") if isinstance(widget, QLineEdit) else [""]
        chosen = str(index.data())
        return ", ".join([*(w.strip() for w in words[:-1] if w.strip()), chosen])


def tags_edit(known: Iterable[str], accessible: str) -> QLineEdit:
    """Return a line for comma-separated tags, completing each from the ``known`` tags."""
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    completer = _LastWordCompleter(sorted(set(known)), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    edit.setCompleter(completer)
    return edit


def tag_list(text: str) -> tuple[str, ...]:
    """Return the tags written in ``text``, in order, without blanks or repeats."""
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def completer_model(edit: QLineEdit) -> QAbstractItemModel:
    """Return the model the completer of ``edit`` completes from (for tests)."""
    completer = edit.completer()
    assert completer is not None
    return completer.model()


class FieldMessages(QLabel):
    """The problems of one field, shown next to it in the interface language."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        """Show the messages of ``field`` (which screen readers also hear as its description)."""
        super().__init__(parent)
        self.field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.problems: list[Problem] = []
        self.hide()

    def show_problems(self, problems: list[Problem]) -> None:
        """Show ``problems`` (hide the label when there are none)."""
        self.problems = problems
        text = "\n".join(problem_message(p) for p in problems)
        colour = ERROR_COLOUR if any(p.is_error for p in problems) else WARNING_COLOUR
        self.setStyleSheet(f"color: {colour};")
        self.setText(text)
        self.setAccessibleName(text)
        self.field.setAccessibleDescription(text)
        self.setVisible(bool(problems))


def show_by_field(
    problems: list[Problem], messages: dict[str, FieldMessages], fallback: str
) -> None:
    """Show each problem next to its field (`sources.0` next to `sources`), others at `fallback`."""
    by_field: dict[str, list[Problem]] = {field: [] for field in messages}
    for problem in problems:
        field = problem.field.split(".")[0] or fallback
        by_field.get(field, by_field[fallback]).append(problem)
    for field, label in messages.items():
        label.show_problems(by_field[field])


def name_corner_button(table: QTableView) -> None:
    """Name the button in a table's corner (it selects every cell) for screen readers."""
    for button in table.findChildren(QAbstractButton):
        button.setAccessibleName(QCoreApplication.translate("FormFields", "Select all"))
