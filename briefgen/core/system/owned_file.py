"""A file that belongs to one running process, known by an OS lock held beside it.

Brief autosaves and the library manager's drafts both work this way: each
session writes to a file with a name of its own and holds a lock on a
``.lock`` file beside it. The operating system lets go of that lock when its
process ends, however it ends, so a file whose lock can be taken was left by a
process that crashed, was killed or quit, and may be offered for recovery.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import filelock


def lock_path(path: Path) -> Path:
    """Return the lock file that says who owns ``path``."""
    return path.with_suffix(".lock")


class OwnedFile:
    """A new file name in a folder, and the lock that says this process is alive."""

    def __init__(self, folder: Path, prefix: str, suffix: str) -> None:
        """Choose ``<prefix>-<pid>-<random><suffix>`` in ``folder`` and take its lock.

        A folder that cannot be made is not an error: writing the file fails
        later, and the caller works on without it.
        """
        self.path = folder / f"{prefix}-{os.getpid()}-{os.urandom(4).hex()}{suffix}"
        self._lock = filelock.FileLock(str(lock_path(self.path)), timeout=0)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
        except (OSError, filelock.Timeout):
            pass

    def release(self) -> None:
        """Let go of the lock and remove its file; the owned file itself stays."""
        self._lock.release()
        with contextlib.suppress(OSError):
            lock_path(self.path).unlink(missing_ok=True)


def abandoned(path: Path) -> bool:
    """Return True when no running process owns ``path`` (its owner crashed or quit)."""
    lock = filelock.FileLock(str(lock_path(path)), timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        return False  # a process still running (another window) holds it
    except OSError:
        return False  # a lock that cannot even be opened is not ours to judge
    lock.release()
    return True


def remove_with_lock(path: Path) -> None:
    """Delete ``path`` and its lock file, whichever exist."""
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        lock_path(path).unlink(missing_ok=True)
