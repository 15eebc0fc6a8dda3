"""Autosaved briefs on disk: where they live, who owns them, and finding one to recover.

Each running session writes its brief to ``session-<pid>-<random>.brief`` in
:func:`autosave_dir`, with a note beside it (``.json``: the file the brief came
from and its SHA-256 then) and holds an OS lock on a ``.lock`` file beside it.
The operating system lets go of that lock when its process ends, however it
ends, so an autosave whose lock can be taken belongs to a session that crashed
or was killed, and only those are offered for recovery.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.core.system import paths
from briefgen.core.system.input_file import InputFileError, read_input_file
from briefgen.core.system.owned_file import OwnedFile, abandoned, lock_path

if TYPE_CHECKING:
    # Brief files are read and written through briefgen.core.brief.file, imported
    # where it is used: a window's start-up needs only the lock.
    from briefgen.core.brief.file import FileStamp
    from briefgen.core.brief.model import Brief

MAX_NOTE_BYTES = 64 * 1024


def autosave_dir() -> Path:
    """Return the folder that holds autosaved briefs."""
    return paths.data_dir() / "autosave"


def _note_path(autosave: Path) -> Path:
    return autosave.with_suffix(".json")


@dataclass(frozen=True, slots=True)
class Autosave:
    """An autosaved brief left behind by a session that did not close cleanly."""

    path: Path
    brief: Brief
    original: Path | None
    original_stamp: FileStamp | None = None  # the original file as the crashed session knew it

    def delete(self) -> None:
        """Remove the autosave, its note of the original file and its lock file."""
        for target in (self.path, _note_path(self.path), lock_path(self.path)):
            target.unlink(missing_ok=True)


class AutosaveSlot(OwnedFile):
    """One running session's autosave file, and the lock that says the session is alive."""

    def __init__(self, folder: Path | None = None) -> None:
        """Choose a new file in ``folder`` (the autosave folder) and take its lock.

        A folder that cannot be made is not an error: :meth:`write` fails
        later, and the session works on without autosave.
        """
        super().__init__(autosave_dir() if folder is None else folder, "session", ".brief")

    def write(self, brief: Brief, original: Path | None, stamp: FileStamp | None) -> None:
        """Write ``brief`` and the note of its file; raise OSError if they cannot be written."""
        from briefgen.core.brief.file import encode_brief
        from briefgen.core.system.atomic import write_atomic

        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, encode_brief(brief))
        note = {"path": str(original) if original else "", "sha256": stamp.sha256 if stamp else ""}
        write_atomic(_note_path(self.path), json.dumps(note).encode())

    def discard(self) -> None:
        """Delete the autosave and its note (the brief was saved or closed); keep the lock."""
        for target in (self.path, _note_path(self.path)):
            target.unlink(missing_ok=True)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # deleted meanwhile by the session that owned it
        return 0.0


def _read_note(autosave: Path) -> tuple[Path | None, FileStamp | None]:
    """Return the original file and its stamp from an autosave's note (None if unreadable)."""
    from briefgen.core.brief.file import FileStamp

    try:
        note = json.loads(read_input_file(_note_path(autosave), MAX_NOTE_BYTES))
    except (InputFileError, ValueError):
        return None, None
    if not isinstance(note, dict) or not note.get("path"):
        return None, None
    stamp = FileStamp(str(note["sha256"])) if note.get("sha256") else None
    return Path(str(note["path"])), stamp


def find_autosave(folder: Path | None = None) -> Autosave | None:
    """Return the newest readable autosave in ``folder`` that no running session owns, or None."""
    from briefgen.core.brief.file import MAX_BRIEF_BYTES, BriefFileError, decode_brief

    folder = autosave_dir() if folder is None else folder
    if not folder.is_dir():
        return None
    for candidate in sorted(folder.glob("*.brief"), key=_modified, reverse=True):
        if not abandoned(candidate):
            continue
        try:
            brief = decode_brief(read_input_file(candidate, MAX_BRIEF_BYTES), str(candidate))
        except (InputFileError, BriefFileError):
            continue
        original, stamp = _read_note(candidate)
        return Autosave(candidate, brief, original, stamp)
    return None
