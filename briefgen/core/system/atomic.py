"""Write files so that a failure never leaves half a file or loses the old one.

Every output path is checked before anything is written (:func:`check_target`),
so a name the filesystem cannot hold, a folder the user may not enter or a
parent that is a file ends in a sentence, not a traceback. The bytes then go to
a temporary file beside the target, which replaces it in one rename. The
temporary files being written are known to :func:`abort_writes`, which a
signal handler calls so that a terminated briefgen leaves none behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import threading
from pathlib import Path


class WriteError(Exception):
    """Raised when a file cannot be written; the message names the file and says why."""


class ReadOnlyTargetError(WriteError):
    """Raised when the file to replace is read-only and replacing it was not asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is read-only, so it was not replaced")
        self.path = path


def _reason(exc: OSError, path: Path) -> str:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"cannot write {path}: the disk is full"
    if code in (errno.EACCES, errno.EPERM):
        return f"cannot write {path}: permission denied (choose another folder)"
    if code == errno.ENOENT:
        return f"cannot write {path}: the folder {path.parent} does not exist"
    if code == errno.ENOTDIR:
        blocking = _file_in_the_way(path)
        if blocking is not None:
            return f"cannot write {path}: {blocking} is a file, not a folder"
    if code == errno.EROFS:
        return f"cannot write {path}: the disk is read-only"
    if code == errno.EISDIR:
        return f"cannot write {path}: it is a folder"
    if code == errno.ENAMETOOLONG:
        return f"cannot write {path}: the file name is too long"
    if code == errno.EFBIG:
        return f"cannot write {path}: the file size limit of this system or disk was reached"
    if code == errno.ELOOP:
        return f"cannot write {path}: a loop of symbolic links"
    return f"cannot write {path}: {exc.strerror or exc}"


def _file_in_the_way(path: Path) -> Path | None:
    """Return the first part of ``path``'s folder that exists and is not a folder."""
    for ancestor in reversed(path.parents):
        try:
            info = ancestor.stat()
        except OSError:
            return None
        if not stat.S_ISDIR(info.st_mode):
            return ancestor
    return None


def _name_max(folder: Path) -> int:
    pathconf = getattr(os, "pathconf", None)  # not on Windows, where names hold 255
    if pathconf is None:
        return 255
    try:
        return int(pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError):
        return 255


def _read_only(path: Path, mode: int) -> bool:
    return mode & 0o222 == 0 or not os.access(path, os.W_OK)


def check_target(path: Path, *, replace_read_only: bool = False) -> Path:
    """Return the file that writing ``path`` would replace, or raise :class:`WriteError`.

    A symbolic link is followed (a brief kept in a synced folder, say). The
    target must not be a folder or a special file, its folder must exist and
    be one the user may write in, and its name must fit the filesystem. An
    existing read-only file raises :class:`ReadOnlyTargetError` unless
    ``replace_read_only``. Nothing is written.
    """
    real = Path(os.path.realpath(path))
    folder = real.parent
    try:
        folder_info = folder.stat()
    except OSError as exc:
        raise WriteError(_reason(exc, real)) from None
    if not stat.S_ISDIR(folder_info.st_mode):
        raise WriteError(f"cannot write {real}: {folder} is a file, not a folder")
    if len(os.fsencode(real.name)) > _name_max(folder):
        raise WriteError(f"cannot write {real}: the file name is too long")
    try:
        info: os.stat_result | None = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise WriteError(_reason(exc, real)) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise WriteError(f"cannot write {real}: it is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise WriteError(f"cannot write {real}: it is not a regular file")
        if not replace_read_only and _read_only(real, info.st_mode):
            raise ReadOnlyTargetError(real)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WriteError(f"cannot write {real}: permission denied (choose another folder)")
    return real


# Temporary files being written, so that a signal handler can remove them.
_lock = threading.Lock()
_pending: set[Path] = set()
_aborted = False


def abort_writes() -> None:
    """Remove every temporary file being written and refuse new writes: the process is ending.

    A write that was about to replace its target fails instead, so the
    previous file stays as it was.
    """
    global _aborted
    with _lock:
        _aborted = True
        for tmp in _pending:
            with contextlib.suppress(OSError):
                tmp.unlink()
        _pending.clear()


def _temporary_name(real: Path) -> Path:
    # Short enough for any target name the filesystem holds: the target's
    # name is cut to 40 characters (160 bytes at most).
    return real.with_name(f".{real.name[:40]}.{os.urandom(8).hex()}.tmp")


_CREATE_FLAGS = (
    os.O_WRONLY
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)  # Windows: no newline translation
)


def _create(tmp: Path) -> int:
    # 0o666: the kernel takes the process's umask off, as for any new file; reading
    # the umask would mean setting it, for every thread of the process at once.
    return os.open(tmp, _CREATE_FLAGS, 0o666)


def write_atomic(path: Path, data: bytes, *, replace_read_only: bool = False) -> None:
    """Write ``data`` to ``path`` all at once, or not at all.

    The bytes go to a temporary file in the same folder, are flushed to disk,
    and then replace ``path`` in one rename: readers see the old file or the
    new one, never a mix, and a failure (full disk, no permission, a signal)
    leaves the old file as it was and no temporary file behind.
    """
    real = check_target(path, replace_read_only=replace_read_only)
    tmp: Path | None = None
    try:
        with _lock:
            if _aborted:
                raise WriteError(f"cannot write {real}: briefgen is stopping")
            while True:
                # The name is known before the file exists, so an interruption
                # at any point leaves nothing that the clean-up below misses.
                tmp = name = _temporary_name(real)
                _pending.add(name)
                try:
                    fd = _create(name)
                    break
                except FileExistsError:
                    _pending.discard(name)
                    tmp = None
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if real.exists():
            # Keep the permissions of the file being replaced.
            name.chmod(real.stat().st_mode & 0o7777)
        with _lock:
            if name not in _pending:  # aborted meanwhile: the temporary file is gone
                raise WriteError(f"cannot write {real}: briefgen is stopping")
            name.replace(real)
            _pending.discard(name)
            tmp = None
    except OSError as exc:
        if _aborted:  # the temporary file was removed under this write
            raise WriteError(f"cannot write {real}: briefgen is stopping") from None
        raise WriteError(_reason(exc, real)) from None
    finally:
        if tmp is not None:
            with _lock:
                _pending.discard(tmp)
            with contextlib.suppress(OSError):
                tmp.unlink()
