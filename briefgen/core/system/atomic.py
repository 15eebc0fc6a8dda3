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
from enum import StrEnum
from pathlib import Path


class WriteReason(StrEnum):
    """Why a file cannot be written; each interface words it (the message is English)."""

    DISK_FULL = "disk-full"
    PERMISSION = "permission"
    NO_FOLDER = "no-folder"
    FILE_IN_THE_WAY = "file-in-the-way"
    READ_ONLY_DISK = "read-only-disk"
    IS_A_FOLDER = "is-a-folder"
    NOT_A_FILE = "not-a-file"
    NAME_TOO_LONG = "name-too-long"
    TOO_LARGE = "too-large"
    LINK_LOOP = "link-loop"
    STOPPING = "stopping"
    READ_ONLY_FILE = "read-only-file"
    OTHER = "other"


class WriteError(Exception):
    """Raised when a file cannot be written; the message names the file and says why.

    ``reason`` says why as a value, ``path`` is the file, and ``other`` the
    path the reason names (the missing folder, the file in the way).
    """

    def __init__(
        self,
        message: str,
        *,
        path: Path | None = None,
        reason: WriteReason = WriteReason.OTHER,
        other: Path | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.other = other


class ReadOnlyTargetError(WriteError):
    """Raised when the file to replace is read-only and replacing it was not asked for."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is read-only, so it was not replaced",
            path=path,
            reason=WriteReason.READ_ONLY_FILE,
        )


_SAID: dict[WriteReason, str] = {
    WriteReason.DISK_FULL: "the disk is full",
    WriteReason.PERMISSION: "permission denied (choose another folder)",
    WriteReason.NO_FOLDER: "the folder {other} does not exist",
    WriteReason.FILE_IN_THE_WAY: "{other} is a file, not a folder",
    WriteReason.READ_ONLY_DISK: "the disk is read-only",
    WriteReason.IS_A_FOLDER: "it is a folder",
    WriteReason.NOT_A_FILE: "it is not a regular file",
    WriteReason.NAME_TOO_LONG: "the file name is too long",
    WriteReason.TOO_LARGE: "the file size limit of this system or disk was reached",
    WriteReason.LINK_LOOP: "a loop of symbolic links",
    WriteReason.STOPPING: "briefgen is stopping",
}


def _error(path: Path, reason: WriteReason, other: Path | None = None) -> WriteError:
    said = _SAID[reason].format(other=other)
    return WriteError(f"cannot write {path}: {said}", path=path, reason=reason, other=other)


def _reason(exc: OSError, path: Path) -> WriteError:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return _error(path, WriteReason.DISK_FULL)
    if code in (errno.EACCES, errno.EPERM):
        return _error(path, WriteReason.PERMISSION)
    if code == errno.ENOENT:
        return _error(path, WriteReason.NO_FOLDER, path.parent)
    if code == errno.ENOTDIR:
        blocking = _file_in_the_way(path)
        if blocking is not None:
            return _error(path, WriteReason.FILE_IN_THE_WAY, blocking)
    simple = {
        errno.EROFS: WriteReason.READ_ONLY_DISK,
        errno.EISDIR: WriteReason.IS_A_FOLDER,
        errno.ENAMETOOLONG: WriteReason.NAME_TOO_LONG,
        errno.EFBIG: WriteReason.TOO_LARGE,
        errno.ELOOP: WriteReason.LINK_LOOP,
    }
    if code in simple:
        return _error(path, simple[code])
    return WriteError(f"cannot write {path}: {exc.strerror or exc}", path=path)


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
        raise _reason(exc, real) from None
    if not stat.S_ISDIR(folder_info.st_mode):
        raise _error(real, WriteReason.FILE_IN_THE_WAY, folder)
    if len(os.fsencode(real.name)) > _name_max(folder):
        raise _error(real, WriteReason.NAME_TOO_LONG)
    try:
        info: os.stat_result | None = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _reason(exc, real) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise _error(real, WriteReason.IS_A_FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise _error(real, WriteReason.NOT_A_FILE)
        if not replace_read_only and _read_only(real, info.st_mode):
            raise ReadOnlyTargetError(real)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _error(real, WriteReason.PERMISSION)
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
                raise _error(real, WriteReason.STOPPING)
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
                raise _error(real, WriteReason.STOPPING)
            name.replace(real)
            _pending.discard(name)
            tmp = None
    except OSError as exc:
        if _aborted:  # the temporary file was removed under this write
            raise _error(real, WriteReason.STOPPING) from None
        raise _reason(exc, real) from None
    finally:
        if tmp is not None:
            with _lock:
                _pending.discard(tmp)
            with contextlib.suppress(OSError):
                tmp.unlink()
