"""The fact editor in a window of its own: Save writes through the session, Cancel drops it.

While it is open, its fields are kept as a draft (:mod:`.drafting`) until
saved or cancelled, and offered again if the manager ends before either.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QPushButton, QWidget

from briefgen.core.curation.drafts import LibraryDraft
from briefgen.core.library.model import Fact
from briefgen.gui.manager.drafting import DraftKeeper
from briefgen.gui.manager.fact_editor import FactEditor, Mode
from briefgen.gui.manager.library_session import LibrarySession


class FactEditorDialog(QDialog):
    """The fact editor in a window of its own, with Save and Cancel."""

    def __init__(
        self,
        session: LibrarySession,
        language: str,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        """Edit a fact of the library of ``session``."""
        super().__init__(parent)
        self.session = session
        self.editor = FactEditor(session, language, today, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert isinstance(self.save_button, QPushButton)
        grid = QGridLayout(self)
        grid.addWidget(self.editor, 0, 0)
        grid.addWidget(self.buttons, 1, 0)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.editor.validated.connect(self._update_save)
        self.drafts = DraftKeeper(session.root, "fact", self._describe, self.editor.fields, self)
        self.editor.validated.connect(self.drafts.changed)
        self.resize(980, 720)

    def open_fact(self, fact: Fact | None, mode: Mode, topic: str = "") -> None:
        """Show ``fact`` to edit as ``mode`` says, and title the window after it."""
        titles = {
            Mode.NEW: self.tr("New fact"),
            Mode.EDIT: self.tr("Edit fact {id}"),
            Mode.SUPERSEDE: self.tr("Supersede fact {id}"),
        }
        self.setWindowTitle(titles[mode].format(id=fact.id if fact else ""))
        self.editor.load(fact, mode, topic)
        self.drafts.start()

    def open_draft(self, draft: LibraryDraft) -> None:
        """Show the unsaved edit ``draft`` again (a new fact if what it edited is gone)."""
        original = self.session.library.facts.get(draft.original_id)
        mode = Mode(draft.mode) if original is not None else Mode.NEW
        self.open_fact(original, mode)
        self.editor.restore(draft.fields)

    def _describe(self) -> tuple[str, str]:
        original = self.editor.original
        return self.editor.mode.value, original.id if original else ""

    def reject(self) -> None:
        """Close without saving, deleting the draft."""
        self.drafts.discard()
        super().reject()

    def _update_save(self) -> None:
        self.save_button.setEnabled(self.editor.can_save)

    def save(self) -> bool:
        """Write the fact through the session; close the window when it is saved."""
        self.editor.validate()
        fact, _ = self.editor.fact()
        if not self.editor.can_save:
            return False
        editor, original = self.editor, self.editor.original
        if editor.mode is Mode.EDIT:
            saved = self.session.apply(lambda e: e.edit_fact(fact))
        elif editor.mode is Mode.SUPERSEDE and original is not None:
            saved = self.session.apply(
                lambda e: e.supersede_fact(original.id, fact, editor.target_file())
            )
        else:
            saved = self.session.apply(lambda e: e.add_fact(fact, editor.target_file()))
        if saved:
            self.drafts.discard()
            self.accept()
        return saved
