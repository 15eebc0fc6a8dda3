"""Autosaved briefs on disk: where they live, who owns them, and finding one to recover.

A running session holds a lock beside its autosave (see :func:`owner_lock`),
so only the autosaves of sessions that crashed or were killed are offered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

from briefgen.core.system import paths

if TYPE_CHECKING:
    from briefgen.core.brief.file import FileStamp
    from briefgen.core.brief.model import Brief


def autosave_dir() -> Path:
    """Return the folder that holds autosaved briefs."""
    return paths.data_dir() / "autosave"


@dataclass(frozen=True, slots=True)
class Autosave:
    """An autosaved brief left behind by a session that did not close cleanly."""

    path: Path
    brief: Brief
    original: Path | None
    original_stamp: FileStamp | None = None  # the original file as the crashed session knew it

    def delete(self) -> None:
        """Remove the autosave and its note of the original file."""
        for target in (self.path, self.path.with_suffix(".json"), self.path.with_suffix(".lock")):
            target.unlink(missing_ok=True)


def owner_lock(autosave: Path) -> QLockFile:
    """Return the lock a running session holds on its autosave.

    Its owner's process id is in the lock file, so a lock left by a session
    that crashed or was killed is recognised as stale; no time limit applies.
    """
    lock = QLockFile(str(autosave.with_suffix(".lock")))
    lock.setStaleLockTime(0)
    return lock


def _abandoned(autosave: Path) -> bool:
    """Return True when no running session owns ``autosave`` (its owner crashed or quit)."""
    lock = owner_lock(autosave)
    if not lock.tryLock(0):
        return False  # a briefgen still running (another window) is working on it
    lock.unlock()
    return True


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # deleted meanwhile by the session that owned it
        return 0.0


def find_autosave() -> Autosave | None:
    """Return the newest readable autosave that no running session owns, or None."""
    folder = autosave_dir()
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob("*.brief"), key=_modified, reverse=True)
    for candidate in candidates:
        if not _abandoned(candidate):
            continue
        import json

        from briefgen.core.brief.file import (
            MAX_BRIEF_BYTES,
            BriefFileError,
            FileStamp,
            decode_brief,
        )
        from briefgen.core.system.input_file import InputFileError, read_input_file

        try:
            data = read_input_file(candidate, MAX_BRIEF_BYTES)
            brief = decode_brief(data, str(candidate))
        except (InputFileError, BriefFileError):
            continue
        original: Path | None = None
        stamp: FileStamp | None = None
        try:
            note = json.loads(read_input_file(candidate.with_suffix(".json"), 64 * 1024))
            if isinstance(note, dict) and note.get("path"):
                original = Path(str(note["path"]))
                if note.get("sha256"):
                    stamp = FileStamp(str(note["sha256"]))
        except (InputFileError, ValueError):
            original = None
        return Autosave(candidate, brief, original, stamp)
    return None
