"""Write files so that a failure never leaves half a file or loses the old one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


class WriteError(Exception):
    """Raised when a file cannot be written; the message names the file and says why."""


def _reason(exc: OSError, path: Path) -> str:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"cannot write {path}: the disk is full"
    if code in (errno.EACCES, errno.EPERM):
        return f"cannot write {path}: permission denied (choose another folder)"
    if code == errno.ENOENT:
        return f"cannot write {path}: the folder {path.parent} does not exist"
    if code == errno.EROFS:
        return f"cannot write {path}: the disk is read-only"
    if code == errno.EISDIR:
        return f"cannot write {path}: it is a folder"
    if code == errno.ENAMETOOLONG:
        return f"cannot write {path}: the file name is too long"
    return f"cannot write {path}: {exc.strerror or exc}"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once, or not at all.

    The bytes go to a temporary file in the same folder, are flushed to disk,
    and then replace ``path`` in one rename: readers see the old file or the
    new one, never a mix, and a failure (full disk, no permission) leaves the
    old file as it was and no temporary file behind.
    """
    # Write through a symbolic link (a brief kept in a synced folder, say):
    # replacing the link itself would leave its target unsaved.
    path = Path(os.path.realpath(path))
    if path.is_dir():
        raise WriteError(f"cannot write {path}: it is a folder")
    if not path.parent.is_dir():
        raise WriteError(f"cannot write {path}: the folder {path.parent} does not exist")
    fd: int | None = None
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as handle:
            fd = None
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the permissions of the file being replaced.
            tmp.chmod(path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            tmp.chmod(0o666 & ~umask)
        tmp.replace(path)
        tmp = None
    except OSError as exc:
        raise WriteError(_reason(exc, path)) from None
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
