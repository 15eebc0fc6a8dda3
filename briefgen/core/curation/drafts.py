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

import contextlib
import os
from pathlib import Path
from typing import Any

import filelock
import msgspec

from briefgen.core.system import paths
from briefgen.core.system.atomic import write_atomic
from briefgen.core.system.input_file import InputFileError, read_input_file

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


def _lock_path(draft: Path) -> Path:
    return draft.with_suffix(".lock")


class DraftSlot:
    """One open editor's draft file, and the lock that says its manager is alive."""

    def __init__(self, folder: Path | None = None) -> None:
        """Choose a new file in ``folder`` (the drafts folder) and take its lock.

        A folder that cannot be made is not an error: :meth:`write` fails
        later, and editing goes on without drafts.
        """
        folder = drafts_dir() if folder is None else folder
        self.path = folder / f"edit-{os.getpid()}-{os.urandom(4).hex()}.json"
        self._lock = filelock.FileLock(str(_lock_path(self.path)), timeout=0)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
        except (OSError, filelock.Timeout):
            pass

    def write(self, draft: LibraryDraft) -> None:
        """Write ``draft``; raise :class:`WriteError` if it cannot be written."""
        write_atomic(self.path, msgspec.json.encode(draft))

    def discard(self) -> None:
        """Delete the draft (saved or cancelled) and let go of its lock."""
        self.path.unlink(missing_ok=True)
        self.release()

    def release(self) -> None:
        """Let go of the lock, keeping the draft to be offered next time."""
        self._lock.release()
        with contextlib.suppress(OSError):
            _lock_path(self.path).unlink(missing_ok=True)


def _abandoned(draft: Path) -> bool:
    lock = filelock.FileLock(str(_lock_path(draft)), timeout=0)
    try:
        lock.acquire()
    except (filelock.Timeout, OSError):
        return False  # a manager still running holds it, or the lock is not ours to judge
    lock.release()
    with contextlib.suppress(OSError):
        _lock_path(draft).unlink(missing_ok=True)
    return True


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
        if os.path.realpath(draft.root) == wanted and _abandoned(candidate):
            found.append((candidate, draft))
    return found


def delete_draft(path: Path) -> None:
    """Remove a draft that was recovered or declined."""
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        _lock_path(path).unlink(missing_ok=True)
