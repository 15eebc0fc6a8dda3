"""The library the manager edits: opened through the one store, changed through LibraryEditor.

Every change goes through :meth:`LibrarySession.apply`: nothing is written
until the curator saves an entry, a file changed on disk since the library was
read (another copy of the app, a ``git pull``) is shown to the curator, who
chooses, and after each save the library is read again, so the lists, the
search and the checks see what is on disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from briefgen.core.curation.edit import (
    EditBusyError,
    EditConflictError,
    EditError,
    EditIdTakenError,
    EditRejectedError,
    LibraryEditor,
)
from briefgen.core.library.assembly import Library
from briefgen.core.library.loader import LibraryNotFoundError
from briefgen.core.library.store import LibraryStore, open_library
from briefgen.gui.problem_labels import problem_message


class ConflictAnswer(Enum):
    """What to do when a file changed on disk since the library was read."""

    APPLY_AGAIN = "apply-again"  # read the library again, then save my change over it
    DISCARD_MINE = "discard-mine"  # read the library again and drop my change
    CANCEL = "cancel"  # keep my change in the editor, save nothing


class ManagerPrompter:
    """The questions the manager asks; tests pass one that answers from fields."""

    def __init__(self, parent: object | None = None) -> None:
        """Parent the dialogs to ``parent`` (a QWidget)."""
        self.parent = parent

    def ask_conflict(self, path: str) -> ConflictAnswer:
        """Ask what to do because ``path`` changed on disk since the library was read."""
        from briefgen.gui.manager.dialogs import ask_conflict

        return ask_conflict(self.parent, path)

    def show_error(self, title: str, message: str) -> None:
        """Show an error the curator must read."""
        from briefgen.gui.manager.dialogs import show_error

        show_error(self.parent, title, message)

    def choose_import_file(self, folder: Path | None) -> Path | None:
        """Ask for a CSL-JSON or BibTeX file to import."""
        from briefgen.gui.manager.dialogs import choose_import_file

        return choose_import_file(self.parent, folder)

    def choose_library_folder(self, current: Path | None) -> Path | None:
        """Ask for a library folder."""
        from briefgen.gui.manager.dialogs import choose_library_folder

        return choose_library_folder(self.parent, current)

    def ask_reviewer_name(self) -> str | None:
        """Ask the curator's name for "Mark reviewed" (None: cancelled)."""
        from briefgen.gui.manager.dialogs import ask_reviewer_name

        return ask_reviewer_name(self.parent)

    def ask_recover_draft(self, description: str) -> bool:
        """Ask whether to reopen an unsaved edit kept from a session that ended early."""
        from briefgen.gui.manager.dialogs import ask_recover_draft

        return ask_recover_draft(self.parent, description)


class LibrarySession(QObject):
    """The open library of the manager and the one way it is changed."""

    reloaded = Signal()
    saved = Signal()

    def __init__(
        self,
        root: Path,
        prompter: ManagerPrompter,
        today: dt.date | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Prepare to edit the library in ``root`` (call :meth:`open`)."""
        super().__init__(parent)
        self.root = root
        self.prompter = prompter
        self.today = today
        self._store: LibraryStore | None = None

    def open(self, root: Path | None = None) -> bool:
        """Read the library (in ``root``, or the current folder); return False if it cannot be."""
        root = root or self.root
        try:
            store = open_library(root, today=self.today)
        except (LibraryNotFoundError, OSError) as exc:
            self.prompter.show_error(
                QCoreApplication.translate("LibrarySession", "Cannot open the library"), str(exc)
            )
            return False
        if self._store is not None:
            self._store.close()
        self._store, self.root = store, root
        self.reloaded.emit()
        return True

    def close(self) -> None:
        """Close the search index."""
        if self._store is not None:
            self._store.close()
            self._store = None

    @property
    def library(self) -> Library:
        """Return the library as last read (only after :meth:`open`)."""
        assert self._store is not None, "the library is not open"
        return self._store.library

    def search(self, text: str) -> set[str] | None:
        """Return the ids of the facts matching ``text`` (the app's search); None for no text."""
        if self._store is None or not text.strip():
            return None
        return set(self._store.search(text))

    def apply(self, change: Callable[[LibraryEditor], None]) -> bool:
        """Save ``change`` to the library's files; return True when it was written.

        A conflict with a change on disk is put to the curator; a rejected
        change or a failed write is shown. After a save the library is read
        again and :attr:`saved` is emitted.
        """
        while True:
            try:
                change(LibraryEditor(self.library))
            except EditConflictError as exc:
                answer = self.prompter.ask_conflict(exc.path)
                if answer is ConflictAnswer.CANCEL:
                    return False
                self.open()
                if answer is ConflictAnswer.DISCARD_MINE:
                    return False
                continue
            except EditRejectedError as exc:
                message = "\n".join(problem_message(p) for p in exc.problems)
                self.prompter.show_error(
                    QCoreApplication.translate(
                        "LibrarySession", "The change breaks the library's rules"
                    ),
                    message,
                )
                return False
            except EditBusyError:
                self.prompter.show_error(
                    QCoreApplication.translate("LibrarySession", "Cannot save the change"),
                    QCoreApplication.translate(
                        "LibrarySession",
                        "Another process is editing the library: try again in a moment.",
                    ),
                )
                return False
            except EditIdTakenError as exc:
                self.prompter.show_error(
                    QCoreApplication.translate("LibrarySession", "Cannot save the change"),
                    QCoreApplication.translate(
                        "LibrarySession",
                        "The id {id} was taken meanwhile (another process saved an entry with "
                        "it): choose another id.",
                    ).format(id=exc.entry_id),
                )
                return False
            except EditError as exc:
                self.prompter.show_error(
                    QCoreApplication.translate("LibrarySession", "Cannot save the change"), str(exc)
                )
                return False
            break
        self.open()
        self.saved.emit()
        return True
