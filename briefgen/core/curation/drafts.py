"""Unsaved edits of library entries, kept on disk until saved, and recovered after a crash.

The library manager writes each open editor's fields to
``edit-<pid>-<random>.json`` in :func:`drafts_dir` as the curator types, and
holds an OS lock on a ``.lock`` file beside it (as brief autosaves do). The
operating system lets go of that lock when its process ends, however it ends,
so a draft whose lock can be taken was left by a manager that crashed or was
killed (or closed with the editor still open), and is offered for recovery
the next time that library is opened in the manager.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import msgspec

from briefgen.core.system import paths
from briefgen.core.system.atomic import write_atomic
from briefgen.core.system.input_file import InputFileError, read_input_file
from briefgen.core.system.owned_file import OwnedFile, abandoned, remove_with_lock

MAX_DRAFT_BYTES = 4 * 1024 * 1024


class LibraryDraft(msgspec.Struct, frozen=True):
    """One editor's unsaved fields: which library, what entry, and how it was being edited."""

    root: str
    entry: str  # "fact" or "source"
    mode: str  # how the editor was opened: "new", "edit" or "supersede"
    original_id: str  # the entry being edited or superseded ("" for a new one)
    fields: dict[str, Any]


def drafts_dir() -> Path:
    """Return the folder holding the drafts of library edits."""
    return paths.data_dir() / "library-drafts"


class DraftSlot(OwnedFile):
    """One open editor's draft file, and the lock that says its manager is alive."""

    def __init__(self, folder: Path | None = None) -> None:
        """Choose a new file in ``folder`` (the drafts folder) and take its lock.

        A folder that cannot be made is not an error: :meth:`write` fails
        later, and editing goes on without drafts.
        """
        super().__init__(drafts_dir() if folder is None else folder, "edit", ".json")

    def write(self, draft: LibraryDraft) -> None:
        """Write ``draft``; raise :class:`WriteError` if it cannot be written."""
        write_atomic(self.path, msgspec.json.encode(draft))

    def discard(self) -> None:
        """Delete the draft (saved or cancelled) and let go of its lock."""
        self.path.unlink(missing_ok=True)
        self.release()


def find_drafts(root: Path, folder: Path | None = None) -> list[tuple[Path, LibraryDraft]]:
    """Return the drafts of edits to the library in ``root`` that no running manager owns."""
    folder = drafts_dir() if folder is None else folder
    if not folder.is_dir():
        return []
    wanted = os.path.realpath(root)
    found: list[tuple[Path, LibraryDraft]] = []
    for candidate in sorted(folder.glob("edit-*.json")):
        try:
            draft = msgspec.json.decode(
                read_input_file(candidate, MAX_DRAFT_BYTES), type=LibraryDraft
            )
        except (InputFileError, msgspec.DecodeError, msgspec.ValidationError):
            continue
        if os.path.realpath(draft.root) == wanted and abandoned(candidate):
            found.append((candidate, draft))
    return found


def delete_draft(path: Path) -> None:
    """Remove a draft that was recovered or declined."""
    remove_with_lock(path)
