"""The brief being edited: its value, undo history, file, and autosave.

The session owns the current :class:`~briefgen.core.brief.model.Brief` (an
immutable value). Every edit is a :class:`BriefEdit` on the undo stack holding
the brief before and after, so undo and redo just set the brief back. Views
watch :attr:`Session.briefChanged`; they never change the brief themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefgen.core.brief.autosave import Autosave, AutosaveSlot
from briefgen.gui.prompts import ConflictChoice, Prompter, UnsavedChoice
from briefgen.gui.settings import Settings

if TYPE_CHECKING:
    # Brief files are read and written through briefgen.core.brief.file, imported
    # where it is used: the window's start-up does not need it.
    from briefgen.core.brief.file import FileStamp
    from briefgen.core.brief.model import Brief
    from briefgen.core.library.assembly import Library

AUTOSAVE_INTERVAL_MS = 30_000
AUTOSAVE_DEBOUNCE_MS = 1_500
# The debounce starts again with every edit, so steady typing would put the
# autosave off until it stops: the first unsaved edit also starts this timer,
# which no later edit moves.
AUTOSAVE_MAX_DELAY_MS = 3_000
_MERGE_ID = 0x42524946


class BriefEdit(QUndoCommand):
    """One undoable edit: the brief before and after it.

    Edits with the same ``merge_key`` in a row (typing in one field) merge into
    one undo step.
    """

    def __init__(
        self, session: Session, before: Brief, after: Brief, text: str, merge_key: str = ""
    ) -> None:
        """Record an edit from ``before`` to ``after`` described by ``text``."""
        super().__init__(text)
        self._session = session
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        """Apply the edit."""
        self._session._show(self.after)

    def undo(self) -> None:
        """Go back to the brief before the edit."""
        self._session._show(self.before)

    def id(self) -> int:
        """Return an id for mergeable edits, -1 otherwise."""
        return _MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Absorb ``other`` when it continues the same field edit."""
        if not isinstance(other, BriefEdit) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


class Session(QObject):
    """Own the brief being edited, its undo stack, its file and its autosave."""

    briefChanged = Signal()  # noqa: N815 (Qt signal naming)
    fileChanged = Signal()  # noqa: N815 (Qt signal naming)
    dirtyChanged = Signal(bool)  # noqa: N815 (Qt signal naming)

    def __init__(self, settings: Settings, prompter: Prompter, parent: QObject | None = None):
        """Start with no brief; questions go through ``prompter``."""
        super().__init__(parent)
        self.settings = settings
        self.prompter = prompter
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._brief: Brief | None = None
        self.path: Path | None = None
        self.stamp: FileStamp | None = None
        # Its lock is held while this session lives, so another running briefgen
        # does not offer this session's autosave as if it had crashed.
        self._autosave = AutosaveSlot()
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_timer.start()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(AUTOSAVE_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.autosave)
        self._max_delay = QTimer(self)
        self._max_delay.setSingleShot(True)
        self._max_delay.setInterval(AUTOSAVE_MAX_DELAY_MS)
        self._max_delay.timeout.connect(self.autosave)

    def _clean_changed(self, clean: bool) -> None:
        if clean:  # undone back to what is saved: an autosave would offer stale work
            self.discard_autosave()
        self.dirtyChanged.emit(not clean)

    # The brief and its edits.

    @property
    def brief(self) -> Brief | None:
        """Return the brief being edited, or None before one is started or opened."""
        return self._brief

    @property
    def is_dirty(self) -> bool:
        """Return True when the brief has changes not saved to its file."""
        return self._brief is not None and not self.undo_stack.isClean()

    def title(self) -> str:
        """Return a name for the brief to show in titles and questions."""
        if self.path is not None:
            return self.path.stem
        if self._brief is not None:
            from briefgen.core.brief.model import LanguageMode

            # In the brief's language: a Japanese brief is named by its Japanese title.
            language = "ja" if self._brief.language is LanguageMode.JAPANESE else "en"
            return self._brief.title.get_or_other(language) or QCoreApplication.translate(
                "Session", "Untitled brief"
            )
        return QCoreApplication.translate("Session", "Untitled brief")

    def _show(self, brief: Brief) -> None:
        self._brief = brief
        self.briefChanged.emit()
        self._debounce.start()
        if not self._max_delay.isActive():
            self._max_delay.start()

    def edit(self, change: Callable[[Brief], Brief], text: str, merge_key: str = "") -> None:
        """Apply ``change`` to the brief as one undoable step described by ``text``."""
        if self._brief is None:
            return
        after = change(self._brief)
        if after == self._brief:
            return
        self.undo_stack.push(BriefEdit(self, self._brief, after, text, merge_key))

    def start(self, brief: Brief, path: Path | None = None, stamp: FileStamp | None = None) -> None:
        """Make ``brief`` the one being edited, with a fresh undo history."""
        self.undo_stack.clear()
        self.path = path
        self.stamp = stamp
        self._brief = brief
        self.briefChanged.emit()
        self.fileChanged.emit()
        self.dirtyChanged.emit(self.is_dirty)

    def start_unsaved(self, brief: Brief) -> None:
        """Make ``brief`` the one being edited, marked as not yet saved (new or recovered)."""
        self.start(brief)
        self.undo_stack.resetClean()
        self.dirtyChanged.emit(True)
        self.autosave()

    # Files.

    def confirm_close(self) -> bool:
        """Return True when the brief may be replaced or closed (saved or discarded if dirty)."""
        if not self.is_dirty:
            return True
        choice = self.prompter.ask_unsaved_changes(self.title())
        if choice is UnsavedChoice.SAVE:
            return self.save()
        return choice is UnsavedChoice.DISCARD

    def open(self, path: Path, library: Library | None) -> bool:
        """Open the brief at ``path``; offer to update it if the library changed since."""
        from briefgen.core.brief.file import BriefFileError, load_brief, review_brief, update_brief

        path = path.absolute()
        try:
            brief, stamp = load_brief(path)
        except BriefFileError as exc:
            from briefgen.gui.error_labels import brief_error_text

            self.prompter.show_error(
                QCoreApplication.translate("Session", "Cannot open brief"),
                brief_error_text(exc, path, saving=False),
            )
            if not path.exists():
                self.settings.remove_recent_file(path)
            return False
        self.discard_autosave()
        self.start(brief, path, stamp)
        self.settings.add_recent_file(path)
        if library is not None:
            changes = review_brief(brief, library)
            if changes and self.prompter.ask_update(changes):
                self.edit(
                    lambda b: update_brief(b, library),
                    QCoreApplication.translate("Session", "Update from library"),
                )
        return True

    def save(self) -> bool:
        """Save to the brief's file (asking for one if it has none); return True if saved."""
        if self._brief is None:
            return False
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path, self.stamp)

    def save_as(self) -> bool:
        """Ask for a file and save the brief there; return True if saved."""
        if self._brief is None:
            return False
        from briefgen.core.system.file_names import file_stem

        suggested = self.path or (self._last_folder() / f"{file_stem(self.title())}.brief")
        target = self.prompter.choose_brief_save_path(suggested)
        if target is None:
            return False
        # The user chose this file in a dialog that already asked about replacing it.
        return self._save_to(target, None, overwrite=True)

    def _last_folder(self) -> Path:
        recent = self.settings.recent_files()
        return recent[0].parent if recent else Path.home()

    def _save_to(self, path: Path, expected: FileStamp | None, overwrite: bool = False) -> bool:
        assert self._brief is not None
        from briefgen.core.brief.file import BriefFileError, ConflictError, save_brief

        path = path.absolute()
        try:
            stamp = save_brief(path, self._brief, expected=expected, overwrite=overwrite)
        except ConflictError:
            choice = self.prompter.ask_conflict(path)
            if choice is ConflictChoice.OVERWRITE:
                return self._save_to(path, expected, overwrite=True)
            if choice is ConflictChoice.SAVE_AS:
                return self.save_as()
            return False
        except BriefFileError as exc:
            from briefgen.gui.error_labels import brief_error_text

            self.prompter.show_error(
                QCoreApplication.translate("Session", "Cannot save brief"),
                brief_error_text(exc, path, saving=True),
            )
            return False
        self.path, self.stamp = path, stamp
        self.undo_stack.setClean()
        self.settings.add_recent_file(path)
        self.discard_autosave()
        self.fileChanged.emit()
        return True

    def close(self) -> None:
        """Forget the brief and its autosave (after :meth:`confirm_close`)."""
        self.discard_autosave()
        self.undo_stack.clear()
        self._brief = None
        self.path = None
        self.stamp = None
        self.briefChanged.emit()
        self.fileChanged.emit()

    # Autosave.

    @property
    def autosave_path(self) -> Path:
        """Return where this session autosaves."""
        return self._autosave.path

    def autosave(self) -> None:
        """Write the brief to the autosave folder if it has unsaved changes."""
        self._debounce.stop()
        self._max_delay.stop()
        if self._brief is None or not self.is_dirty:
            return
        try:
            self._autosave.write(self._brief, self.path, self.stamp)
        except Exception:  # an autosave that fails must never interrupt the user's work
            return

    def discard_autosave(self) -> None:
        """Delete this session's autosave (the brief is saved or closed)."""
        self._debounce.stop()
        self._max_delay.stop()
        self._autosave.discard()

    def release_autosave_lock(self) -> None:
        """Let go of this session's autosave lock (the window is closing)."""
        self._autosave.release()

    def recover(self, autosave: Autosave) -> None:
        """Continue editing an autosaved brief, as unsaved changes to its original file."""
        # The stamp the crashed session had: if the file changed on disk since,
        # saving asks before overwriting, as it would have then.
        self.start(autosave.brief, autosave.original, autosave.original_stamp)
        self.undo_stack.resetClean()
        self.autosave()  # the recovered work is on disk again before the old copy goes
        autosave.delete()
        self.dirtyChanged.emit(True)
        self.autosave()
