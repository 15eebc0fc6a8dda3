"""Open a file the user gave briefgen only after checking what it is, and read it in bounded chunks.

A path can name anything: a folder, a named pipe that blocks a reader until
someone writes to it, ``/dev/zero`` that never ends, or a sparse file that
claims gigabytes. Every input file (a library YAML file, a ``.brief`` file, an
autosave, a template) is read through :func:`read_input_file`, which opens the
path without blocking, checks that it is a regular file no larger than the
limit, and then reads at most the limit, so none of them can hang briefgen or
fill its memory.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Final

CHUNK_BYTES: Final = 1024 * 1024
_NONBLOCK: Final[int] = getattr(os, "O_NONBLOCK", 0)


class InputFileError(Exception):
    """Raised when an input file cannot be read; ``reason`` says why, without the path.

    ``detail`` is the reason to follow "cannot read: "; a file over the limit
    has ``errno`` EFBIG, its ``size`` (when known before reading) and ``limit``.
    """

    def __init__(
        self,
        path: Path,
        reason: str,
        errno_: int | None = None,
        *,
        size: int | None = None,
        limit: int = 0,
    ) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.errno = errno_
        self.size = size
        self.limit = limit

    @property
    def detail(self) -> str:
        """Return the reason worded to follow "cannot read: "."""
        return self.reason.removeprefix("cannot read: ").removeprefix("is ")


def _open_reason(exc: OSError) -> str:
    code = exc.errno
    if code == errno.ENOENT:
        return "no such file"
    if code in (errno.EACCES, errno.EPERM):
        return "cannot read: permission denied"
    if code == errno.ELOOP:
        return "cannot read: a loop of symbolic links"
    if code == errno.ENAMETOOLONG:
        return "cannot read: the file name is too long"
    if code == errno.ENOTDIR:
        return "cannot read: a part of the path is a file, not a folder"
    if code == errno.EISDIR:
        return "is a folder, not a file"
    return f"cannot read: {exc.strerror or exc}"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    return "is not a regular file"


def _megabytes(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size:,} bytes"
    return f"{size / (1024 * 1024):.0f} MB"


def too_large(size: int, limit: int) -> str:
    """Return the reason given for a file of ``size`` bytes over ``limit``."""
    return f"file is too large ({_megabytes(size)}; the limit is {_megabytes(limit)}): split it"


def _open_checked(path: Path, limit: int) -> int:
    """Return a descriptor open on the regular file ``path`` of at most ``limit`` bytes."""
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer (Windows
        # has neither the flag nor such pipes in its file system).
        flags = os.O_RDONLY | _NONBLOCK | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputFileError(path, _open_reason(exc), exc.errno) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputFileError(path, _kind(info.st_mode))
        if info.st_size > limit:
            raise InputFileError(
                path, too_large(info.st_size, limit), errno.EFBIG, size=info.st_size, limit=limit
            )
        if _NONBLOCK:
            os.set_blocking(fd, True)
    except OSError as exc:
        os.close(fd)
        raise InputFileError(path, _open_reason(exc), exc.errno) from None
    except BaseException:
        os.close(fd)
        raise
    return fd


def check_input_file(path: Path, limit: int) -> None:
    """Raise :class:`InputFileError` unless ``path`` is a regular file of at most ``limit`` bytes.

    Nothing is read: for a command line that checks its arguments before the work.
    """
    os.close(_open_checked(path, limit))


def read_input_file(path: Path, limit: int) -> bytes:
    """Return the bytes of the regular file at ``path``, at most ``limit`` of them.

    Raise :class:`InputFileError` for anything else: a missing file, a folder,
    a pipe, a device, a socket, a file over ``limit`` bytes (judged by its size
    before anything is read, and again while reading, since a file can grow or
    lie about its size), or a read error.
    """
    fd = _open_checked(path, limit)
    try:
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(CHUNK_BYTES, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                reason = f"file is too large (over the limit of {_megabytes(limit)}): split it"
                raise InputFileError(path, reason, errno.EFBIG, limit=limit)
        return b"".join(chunks)
    except OSError as exc:
        raise InputFileError(path, _open_reason(exc), exc.errno) from None
    finally:
        os.close(fd)
